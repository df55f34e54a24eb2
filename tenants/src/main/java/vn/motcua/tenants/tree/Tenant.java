package vn.motcua.tenants.tree;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;

/**
 * A province, district, commune or ward using Motcua. Its id is stable for life (moves and
 * renames do not change it) and is what Keycloak puts in a user's {@code tenant} claim.
 *
 * <p>A unit merged into another (as the 2025 reform merged communes) is not deleted: it stays,
 * marked {@link #mergedInto()} and placed under the unit it became, so its dossiers, catalogs
 * and history keep their tenant id and legal record and the new unit's scope reads them.
 * The rules for changing the tree are in {@link vn.motcua.tenants.admin.TenantRules}.
 */
@Entity
@Table(name = "tenant")
public class Tenant {

    @Id
    @Column(length = 64)
    private String id;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TenantKind kind;

    @Column(name = "parent_id", length = 64)
    private String parentId;

    /** The unit this one was merged into (column named so because of V10's note on Connector/J). */
    @Column(name = "successor_id", length = 64)
    private String mergedInto;

    @Column(name = "merged_at")
    private Instant mergedAt;

    /** The Keycloak group the tenant is provisioned to, once known. */
    @Column(name = "keycloak_group_id", length = 64)
    private String keycloakGroupId;

    /**
     * The unit's electronic identification code, opening its dossier codes ("000.00.17.H50"); null
     * until set, and a unit without one receives no dossier.
     */
    @Column(name = "unit_code", length = 32)
    private String unitCode;

    @Version
    private long version;

    protected Tenant() {
    }

    public Tenant(String id, String name, TenantKind kind, String parentId) {
        this.id = Objects.requireNonNull(id);
        this.name = Objects.requireNonNull(name);
        this.kind = Objects.requireNonNull(kind);
        this.parentId = parentId;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public TenantKind kind() {
        return kind;
    }

    public String parentId() {
        return parentId;
    }

    public boolean isRoot() {
        return parentId == null;
    }

    public String mergedInto() {
        return mergedInto;
    }

    public Instant mergedAt() {
        return mergedAt;
    }

    public boolean isMerged() {
        return mergedInto != null;
    }

    public String keycloakGroupId() {
        return keycloakGroupId;
    }

    public long version() {
        return version;
    }

    public String unitCode() {
        return unitCode;
    }

    /** Letters and digits in dot-separated groups, never a hyphen, so a dossier code splits unambiguously. */
    public static final java.util.regex.Pattern UNIT_CODE = java.util.regex.Pattern.compile("[A-Z0-9]+(?:\\.[A-Z0-9]+)*");

    public void setUnitCode(String code) {
        this.unitCode = code;
    }

    // The changes below are checked by TenantRules and made by TenantAdministration only.

    public void rename(String newName) {
        this.name = Objects.requireNonNull(newName);
    }

    public void moveTo(String newParentId) {
        this.parentId = newParentId;
    }

    /** Becomes part of {@code unitId}, and sits under it in the tree. */
    public void mergeInto(String unitId, Instant at) {
        this.mergedInto = Objects.requireNonNull(unitId);
        this.parentId = unitId;
        this.mergedAt = at;
    }

    public void linkGroup(String groupId) {
        this.keycloakGroupId = groupId;
    }

    @Override
    public String toString() {
        return id + " (" + name + ")";
    }
}
