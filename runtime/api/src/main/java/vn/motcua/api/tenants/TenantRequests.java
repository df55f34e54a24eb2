package vn.motcua.api.tenants;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.motcua.tenants.admin.AdminLogin;
import vn.motcua.tenants.admin.FirstAdmin;
import vn.motcua.tenants.admin.Merger;
import vn.motcua.tenants.admin.MergerNote;
import vn.motcua.tenants.admin.MergerOutcome;
import vn.motcua.tenants.admin.NewTenant;
import vn.motcua.tenants.admin.TenantAction;
import vn.motcua.tenants.admin.TenantEvent;
import vn.motcua.tenants.admin.TenantView;
import vn.motcua.tenants.tree.TenantKind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The bodies of {@code /tenants}: classes with fields for requests (see {@link vn.motcua.api.dossier.DossierRequests}), records for replies.
 * Sizes are the columns' (tenant, tenant_event) and Keycloak's. What is required is checked by the tenant rules
 * ({@code TenantRules}), which report every broken rule of a request at once, hence {@code @Schema(required)}
 * here rather than Bean Validation, which would answer the missing ones first.
 */
public final class TenantRequests {

    /** The columns tenant.id and tenant.name. */
    static final int ID_LENGTH = 64;
    static final int NAME_LENGTH = 200;

    private TenantRequests() {
    }

    public static class Create {
        @Schema(description = "stable slug, also the Keycloak group name and the token's tenant claim", example = "hai-an",
                required = true)
        @Size(max = ID_LENGTH)
        public String id;
        @Schema(example = "Xã Hải An", required = true)
        @Size(max = NAME_LENGTH)
        public String name;
        @Schema(required = true)
        public TenantKind kind;
        @Schema(description = "the unit above; absent for a province (platform operator only)")
        @Size(max = ID_LENGTH)
        public String parentId;
        @Schema(required = true)
        @Valid
        public Admin firstAdmin;

        NewTenant toNewTenant() {
            return new NewTenant(id, name, kind, parentId, firstAdmin == null ? null
                    : new FirstAdmin(firstAdmin.username, firstAdmin.email, firstAdmin.firstName, firstAdmin.lastName));
        }
    }

    /** The unit's first admin; names as Keycloak keeps them, the login as events record it (actor, 100 characters). */
    public static class Admin {
        @Schema(example = "hai-an.admin", required = true)
        @Size(max = 50)
        public String username;
        @Schema(required = true)
        @Size(max = 200)
        public String email;
        @Schema(required = true)
        @Size(max = 100)
        public String firstName;
        @Schema(required = true)
        @Size(max = 100)
        public String lastName;
    }

    public static class Rename {
        @Schema(required = true)
        @Size(max = NAME_LENGTH)
        public String name;
        @Schema(description = "the version read; a different current version is a 409")
        public Long version;
    }

    public static class UnitCode {
        @Schema(required = true, description = "the unit's electronic identification code, e.g. 000.00.17.H50")
        @Size(max = 32)
        public String unitCode;
        @Schema(description = "the version read; a different current version is a 409")
        public Long version;
    }

    public static class Move {
        @Schema(required = true)
        @Size(max = ID_LENGTH)
        public String parentId;
        @Schema(description = "the version read; a different current version is a 409")
        public Long version;
    }

    public static class Merge {
        @Schema(description = "the communes or wards merged", required = true)
        public List<@Size(max = ID_LENGTH) String> merging = new ArrayList<>();
        @Schema(description = "one of the merged units, or the id of a new unit", required = true)
        @Size(max = ID_LENGTH)
        public String intoId;
        @Schema(description = "the new unit's name (optional when merging into one of them: renames it)")
        @Size(max = NAME_LENGTH)
        public String name;
        @Schema(description = "the new unit's kind: COMMUNE or WARD")
        public TenantKind kind;
        @Schema(description = "the new unit's parent; by default the one the merged units share")
        @Size(max = ID_LENGTH)
        public String parentId;

        Merger toMerger() {
            return new Merger(merging, intoId, name, kind, parentId);
        }
    }

    /** A created tenant and its first admin's login; the temporary password is shown only here. */
    public record Created(TenantView tenant, AdminLogin firstAdmin) {
    }

    /**
     * The unit communes or wards became (the fields of a tenant), and what of their setup was
     * carried over to it ({@code carriedOver}) or is left to its admin ({@code toDecide}).
     */
    public record Merged(String id, String name, TenantKind kind, String parentId, String mergedInto, Instant mergedAt,
                         boolean provisioned, long version, List<Note> carriedOver, List<Note> toDecide) {
        static Merged of(MergerOutcome o) {
            TenantView t = o.tenant();
            return new Merged(t.id(), t.name(), t.kind(), t.parentId(), t.mergedInto(), t.mergedAt(), t.provisioned(), t.version(),
                    o.carried().stream().map(Note::of).toList(), o.toDecide().stream().map(Note::of).toList());
        }
    }

    /** A line of a merger's outcome: its kind and values (absent when read back from the history) and the line in English. */
    public record Note(String key, List<String> values, String text) {
        static Note of(MergerNote n) {
            return new Note(n.key(), n.args(), n.text());
        }
    }

    public record Event(Instant at, String actor, String action, String oldValue, String newValue) {
        /** A merger's note shows its key, as before its values were kept beside it for the screens. */
        static Event of(TenantEvent e) {
            boolean note = e.action() == TenantAction.CARRIED_OVER || e.action() == TenantAction.TO_DECIDE;
            String old = note ? Objects.requireNonNullElse(MergerNote.readBack(false, e.oldValue(), e.newValue()).key(), e.oldValue())
                    : e.oldValue();
            return new Event(e.at(), e.actor(), e.action().name(), old, e.newValue());
        }
    }
}
