package vn.motcua.tenants.admin;

import vn.motcua.tenants.problem.BrokenRule;

import java.util.List;

/**
 * The rules of the tenant tree, each with the request field it concerns and an English message;
 * the admin UI shows them translated next to that field ({@code tenant.rule.<NAME>}).
 */
public enum TenantRule implements BrokenRule {
    ID_FORMAT("id", "an id is 2 to 64 lower-case letters, digits and hyphens, starting with a letter"),
    ID_TAKEN("id", "a tenant with this id already exists"),
    NAME_MISSING("name", "the name is required (at most 200 characters)"),
    KIND_MISSING("kind", "choose a kind: province, district, commune or ward"),
    /** Provinces are the roots of the tree. */
    PROVINCE_IS_ROOT("parentId", "a province has no parent"),
    PARENT_MISSING("parentId", "choose the unit this one belongs to"),
    /** Districts sit under a province. */
    DISTRICT_UNDER_PROVINCE("parentId", "a district belongs to a province"),
    /**
     * Communes and wards sit under a district, or directly under the province in the two-level
     * model in force since 1 July 2025 (Law on the Organisation of Local Government 72/2025/QH15).
     */
    COMMUNE_UNDER_DISTRICT_OR_PROVINCE("parentId", "a commune or ward belongs to a district or directly to a province"),
    PARENT_MERGED("parentId", "that unit was merged into another one and takes no new units"),
    MOVE_INTO_ITSELF("parentId", "a unit cannot move under itself or one of its own units"),
    MOVE_ACROSS_PROVINCES("parentId", "a unit stays within its province"),
    PROVINCE_NOT_MOVABLE("parentId", "a province does not move"),
    MERGED_IS_RECORD("id", "a merged unit is kept as a record and no longer changes"),
    MERGE_TOO_FEW("merging", "merge two or more communes or wards"),
    MERGE_NOT_COMMUNES("merging", "only communes and wards are merged"),
    MERGE_ACROSS_PROVINCES("merging", "the merged units must all belong to one province"),
    MERGE_TARGET_KIND("kind", "the merged unit is a commune or a ward"),
    ADMIN_USERNAME("firstAdmin.username", "a login is 3 to 50 lower-case letters, digits, dots, hyphens or underscores"),
    ADMIN_EMAIL("firstAdmin.email", "a valid e-mail address is required"),
    ADMIN_FIRST_NAME("firstAdmin.firstName", "the first name is required"),
    ADMIN_LAST_NAME("firstAdmin.lastName", "the last name is required");

    private final String field;
    private final String message;

    TenantRule(String field, String message) {
        this.field = field;
        this.message = message;
    }

    @Override
    public String field() {
        return field;
    }

    @Override
    public String message() {
        return message;
    }

    @Override
    public String messageKey() {
        return "tenant.rule." + name();
    }

    @Override
    public List<Object> args() {
        return List.of();
    }
}
