package vn.motcua.tenants.admin;

import vn.motcua.tenants.problem.InvalidInput;
import vn.motcua.tenants.tree.Tenant;
import vn.motcua.tenants.tree.TenantKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the tenant tree allows: a province is a root; a district sits under a province; a commune
 * or ward under a district or directly under a province (the two-level model since 1 July 2025);
 * a unit moves within its province and never under itself; only communes and wards merge, within
 * one province; a merged unit is a record that no longer changes. Pure: no framework, no I/O.
 */
public final class TenantRules {

    /** Ids are also Keycloak group names and the {@code tenant} claim: keep them URL- and path-safe. */
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,63}");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,49}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final int NAME_LENGTH = 200;

    private TenantRules() {
    }

    public static void checkNew(TenantTree tree, NewTenant t) {
        List<TenantRule> broken = new ArrayList<>();
        checkId(tree, t.id(), broken);
        checkName(t.name(), broken);
        if (t.kind() == null) {
            broken.add(TenantRule.KIND_MISSING);
        } else {
            broken.addAll(placement(tree, t.kind(), t.parentId()));
        }
        if (t.firstAdmin() != null) {
            broken.addAll(checkAdmin(t.firstAdmin()));
        }
        refuse(broken);
    }

    public static void checkRename(Tenant tenant, String name) {
        List<TenantRule> broken = new ArrayList<>();
        if (tenant.isMerged()) {
            broken.add(TenantRule.MERGED_IS_RECORD);
        }
        checkName(name, broken);
        refuse(broken);
    }

    public static void checkMove(TenantTree tree, Tenant tenant, String newParentId) {
        List<TenantRule> broken = new ArrayList<>();
        if (tenant.isMerged()) {
            broken.add(TenantRule.MERGED_IS_RECORD);
        } else if (tenant.kind() == TenantKind.PROVINCE) {
            broken.add(TenantRule.PROVINCE_NOT_MOVABLE);
        } else if (newParentId == null) {
            broken.add(TenantRule.PARENT_MISSING);
        } else if (tree.isWithin(newParentId, tenant.id())) {
            broken.add(TenantRule.MOVE_INTO_ITSELF);
        } else if (!tree.provinceOf(newParentId).id().equals(tree.provinceOf(tenant.id()).id())) {
            broken.add(TenantRule.MOVE_ACROSS_PROVINCES);
        } else {
            broken.addAll(placement(tree, tenant.kind(), newParentId));
        }
        refuse(broken);
    }

    /** Checks a merger; the units named must exist (the caller's service reports those that do not). */
    public static void checkMerge(TenantTree tree, Merger m) {
        List<TenantRule> broken = new ArrayList<>();
        List<Tenant> merging = m.merging().stream().filter(Objects::nonNull).map(id -> tree.find(id).orElseThrow()).toList();
        if (merging.size() < 2) {
            broken.add(TenantRule.MERGE_TOO_FEW);
        }
        if (merging.stream().anyMatch(t -> !t.kind().isCommuneLevel())) {
            broken.add(TenantRule.MERGE_NOT_COMMUNES);
        }
        if (merging.stream().anyMatch(Tenant::isMerged)) {
            broken.add(TenantRule.MERGED_IS_RECORD);
        }
        long provinces = merging.stream().map(t -> tree.provinceOf(t.id()).id()).distinct().count();
        if (provinces > 1) {
            broken.add(TenantRule.MERGE_ACROSS_PROVINCES);
        }
        if (m.intoExisting()) {
            if (m.name() != null) {
                checkName(m.name(), broken);
            }
        } else {
            checkId(tree, m.intoId(), broken);
            checkName(m.name(), broken);
            if (m.kind() == null || !m.kind().isCommuneLevel()) {
                broken.add(TenantRule.MERGE_TARGET_KIND);
            } else {
                String parent = mergedParent(m, merging).orElse(null);
                broken.addAll(placement(tree, m.kind(), parent));
                if (parent != null && tree.contains(parent) && provinces == 1 && !merging.isEmpty()
                        && !tree.provinceOf(parent).id().equals(tree.provinceOf(merging.get(0).id()).id())) {
                    broken.add(TenantRule.MERGE_ACROSS_PROVINCES);
                }
            }
        }
        refuse(broken);
    }

    /** Where a new merged unit goes: the parent asked for, or else the parent all merged units share. */
    public static Optional<String> mergedParent(Merger m, List<Tenant> merging) {
        if (m.parentId() != null) {
            return Optional.of(m.parentId());
        }
        List<String> parents = merging.stream().map(Tenant::parentId).distinct().toList();
        return parents.size() == 1 ? Optional.ofNullable(parents.get(0)) : Optional.empty();
    }

    static List<TenantRule> placement(TenantTree tree, TenantKind kind, String parentId) {
        Optional<Tenant> parent = tree.find(parentId);
        if (kind == TenantKind.PROVINCE) {
            return parentId == null ? List.of() : List.of(TenantRule.PROVINCE_IS_ROOT);
        }
        if (parent.isEmpty()) {
            return List.of(TenantRule.PARENT_MISSING);
        }
        if (parent.get().isMerged()) {
            return List.of(TenantRule.PARENT_MERGED);
        }
        TenantKind above = parent.get().kind();
        if (kind == TenantKind.DISTRICT && above != TenantKind.PROVINCE) {
            return List.of(TenantRule.DISTRICT_UNDER_PROVINCE);
        }
        if (kind.isCommuneLevel() && above != TenantKind.PROVINCE && above != TenantKind.DISTRICT) {
            return List.of(TenantRule.COMMUNE_UNDER_DISTRICT_OR_PROVINCE);
        }
        return List.of();
    }

    static List<TenantRule> checkAdmin(FirstAdmin a) {
        List<TenantRule> broken = new ArrayList<>();
        if (a.username() == null || !USERNAME.matcher(a.username()).matches()) {
            broken.add(TenantRule.ADMIN_USERNAME);
        }
        if (a.email() == null || !EMAIL.matcher(a.email()).matches()) {
            broken.add(TenantRule.ADMIN_EMAIL);
        }
        if (a.firstName() == null) {
            broken.add(TenantRule.ADMIN_FIRST_NAME);
        }
        if (a.lastName() == null) {
            broken.add(TenantRule.ADMIN_LAST_NAME);
        }
        return broken;
    }

    private static void checkId(TenantTree tree, String id, List<TenantRule> broken) {
        if (id == null || !ID.matcher(id).matches()) {
            broken.add(TenantRule.ID_FORMAT);
        } else if (tree.contains(id)) {
            broken.add(TenantRule.ID_TAKEN);
        }
    }

    private static void checkName(String name, List<TenantRule> broken) {
        if (name == null || name.isBlank() || name.length() > NAME_LENGTH) {
            broken.add(TenantRule.NAME_MISSING);
        }
    }

    private static void refuse(List<TenantRule> broken) {
        if (!broken.isEmpty()) {
            throw new InvalidInput(broken);
        }
    }
}
