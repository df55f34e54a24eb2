package vn.motcua.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.tenants.TenantKind;
import vn.motcua.tenants.admin.AdminLogin;
import vn.motcua.tenants.admin.FirstAdmin;
import vn.motcua.tenants.admin.Merger;
import vn.motcua.tenants.admin.MergerNote;
import vn.motcua.tenants.admin.MergerOutcome;
import vn.motcua.tenants.admin.NewTenant;
import vn.motcua.tenants.admin.TenantEvent;
import vn.motcua.tenants.admin.TenantView;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The bodies of {@code /tenants}: classes with fields for requests (see {@link ReceiveRequest}), records for replies. */
public final class TenantRequests {

    private TenantRequests() {
    }

    public static class Create {
        @Schema(description = "stable slug, also the Keycloak group name and the token's tenant claim", required = true, example = "hai-an")
        public String id;
        @Schema(required = true, example = "Xã Hải An")
        public String name;
        @Schema(required = true)
        public TenantKind kind;
        @Schema(description = "the unit above; absent for a province (platform operator only)")
        public String parentId;
        @Schema(required = true)
        public Admin firstAdmin;

        NewTenant toNewTenant() {
            return new NewTenant(id, name, kind, parentId, firstAdmin == null ? null
                    : new FirstAdmin(firstAdmin.username, firstAdmin.email, firstAdmin.firstName, firstAdmin.lastName));
        }
    }

    public static class Admin {
        public String username;
        public String email;
        public String firstName;
        public String lastName;
    }

    public static class Rename {
        @Schema(required = true)
        public String name;
        @Schema(description = "the version read; a different current version is a 409")
        public Long version;
    }

    public static class Move {
        @Schema(required = true)
        public String parentId;
        @Schema(description = "the version read; a different current version is a 409")
        public Long version;
    }

    public static class Merge {
        @Schema(description = "the communes or wards merged", required = true)
        public List<String> merging = new ArrayList<>();
        @Schema(description = "one of the merged units, or the id of a new unit", required = true)
        public String intoId;
        @Schema(description = "the new unit's name (optional when merging into one of them: renames it)")
        public String name;
        @Schema(description = "the new unit's kind: COMMUNE or WARD")
        public TenantKind kind;
        @Schema(description = "the new unit's parent; by default the one the merged units share")
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
        static Event of(TenantEvent e) {
            return new Event(e.at(), e.actor(), e.action().name(), e.oldValue(), e.newValue());
        }
    }
}
