package vn.motcua.tenants.admin;

import vn.motcua.tenants.problem.InvalidInput;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A change to the tenant tree that breaks one or more {@link TenantRule}s (HTTP 400). */
public class TenantRuleBroken extends InvalidInput {

    private final List<TenantRule> rules;

    public TenantRuleBroken(List<TenantRule> rules) {
        super(rules.get(0).message(), fieldErrors(rules));
        this.rules = List.copyOf(rules);
    }

    public List<TenantRule> rules() {
        return rules;
    }

    private static Map<String, String> fieldErrors(List<TenantRule> rules) {
        Map<String, String> errors = new LinkedHashMap<>();
        rules.forEach(r -> errors.putIfAbsent(r.field(), r.message()));
        return errors;
    }
}
