package vn.motcua.tenants;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Objects;

/**
 * A province, district, commune or ward using Motcua. Its id is stable for life (moves and
 * renames do not change it) and is what Keycloak puts in a user's {@code tenant} claim.
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
}
