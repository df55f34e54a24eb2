package vn.motcua.tenants.calendar;

import java.util.Objects;

/**
 * A calendar setting together with the tenant it comes from, so a screen can say whether a
 * tenant set it itself or inherits it.
 *
 * @param tenantId the tenant that set it, or null for the built-in Vietnamese default (the
 *                 Labour Code's holidays, Monday to Friday, 07:30–11:30 and 13:30–17:30)
 */
public record Sourced<T>(T value, String tenantId) {

    public Sourced {
        Objects.requireNonNull(value, "value");
    }

    public boolean isBuiltIn() {
        return tenantId == null;
    }

    public boolean isSetBy(String tenant) {
        return tenant != null && tenant.equals(tenantId);
    }
}
