package vn.motcua.tenants.admin;

import org.junit.jupiter.api.Test;
import vn.motcua.tenants.problem.ProvisioningFailed;
import vn.motcua.tenants.tree.Tenant;
import vn.motcua.tenants.tree.TenantKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The order of the two halves of a change and what a retry does, with the database and Keycloak
 * replaced by in-memory stand-ins (the real ones are exercised by TenantAdministrationIT).
 */
class TenantAdministrationTest {

    private final MemoryRecords records = new MemoryRecords();
    private final MemoryProvisioning keycloak = new MemoryProvisioning();
    private final TenantAdministration administration = new TenantAdministration();
    private final NewTenant haiAn = new NewTenant("hai-an", "Xã Hải An", TenantKind.COMMUNE, "hai-lang",
            new FirstAdmin("hai-an.admin", "admin@hai-an.test", "Văn Bình", "Trần"));

    TenantAdministrationTest() {
        administration.records = records;
        administration.provisioning = keycloak;
    }

    @Test
    void a_keycloak_failure_leaves_the_tree_saved_and_the_same_request_again_finishes_the_job() {
        keycloak.failuresLeft = 1;
        assertThatThrownBy(() -> administration.create(haiAn)).isInstanceOf(ProvisioningFailed.class);
        assertThat(records.tree().find("hai-an")).isPresent();
        assertThat(keycloak.admins).isEmpty();

        TenantAdministration.Created created = administration.create(haiAn);
        assertThat(created.firstAdmin().temporaryPassword()).isNotNull();
        assertThat(keycloak.groups).containsKeys("quang-tri", "hai-lang", "hai-an");
        assertThat(keycloak.paths.get("hai-an")).isEqualTo("/quang-tri/hai-lang/hai-an");
        assertThat(keycloak.admins).containsEntry("hai-an.admin", keycloak.groups.get("hai-an"));
        assertThat(records.creations).isEqualTo(1);
        assertThat(created.tenant().provisioned()).isTrue();
    }

    @Test
    void the_groups_of_the_tenant_and_its_ancestors_are_recorded_root_first() {
        administration.create(haiAn);
        assertThat(keycloak.synced).containsExactly("quang-tri", "hai-lang", "hai-an");
        assertThat(records.tree().find("hai-lang").orElseThrow().keycloakGroupId()).isEqualTo(keycloak.groups.get("hai-lang"));
        assertThat(keycloak.synced).hasSize(3);
        administration.create(haiAn);
        // the second time, every group is found by its recorded id: nothing new is created
        assertThat(keycloak.created).isEqualTo(3);
    }

    /** The tree in memory; creation as TenantRecords does it, minus rights and history. */
    static final class MemoryRecords extends TenantRecords {
        final List<Tenant> tenants = new ArrayList<>(List.of(
                new Tenant("quang-tri", "Tỉnh Quảng Trị", TenantKind.PROVINCE, null),
                new Tenant("hai-lang", "Huyện Hải Lăng", TenantKind.DISTRICT, "quang-tri")));
        int creations;

        @Override
        public TenantTree tree() {
            return new TenantTree(tenants);
        }

        @Override
        public TenantView view(String id) {
            return TenantView.of(tree().find(id).orElseThrow());
        }

        @Override
        public TenantView create(NewTenant t) {
            var existing = tree().find(t.id());
            if (existing.isPresent()) {
                return TenantView.of(existing.get());
            }
            TenantRules.checkNew(tree(), t);
            tenants.add(new Tenant(t.id(), t.name(), t.kind(), t.parentId()));
            creations++;
            return view(t.id());
        }

        @Override
        public void linkGroup(String id, String groupId) {
            tree().find(id).orElseThrow().linkGroup(groupId);
        }

        @Override
        public void provisioned(String id, String what) {
        }
    }

    /** Keycloak in memory, failing the first admin creations while {@code failuresLeft} lasts. */
    static final class MemoryProvisioning implements IdentityProvisioning {
        final Map<String, String> groups = new LinkedHashMap<>();
        final Map<String, String> paths = new LinkedHashMap<>();
        final Map<String, String> admins = new LinkedHashMap<>();
        final List<String> synced = new ArrayList<>();
        int created;
        int failuresLeft;

        @Override
        public String syncGroup(GroupSpec group) {
            if (!synced.contains(group.tenantId())) {
                synced.add(group.tenantId());
            }
            paths.put(group.tenantId(), group.path());
            if (group.knownGroupId() != null && group.knownGroupId().equals(groups.get(group.tenantId()))) {
                return group.knownGroupId();
            }
            created++;
            return groups.computeIfAbsent(group.tenantId(), k -> "g-" + k);
        }

        @Override
        public AdminLogin ensureFirstAdmin(String groupId, String groupPath, FirstAdmin admin) {
            if (failuresLeft > 0) {
                failuresLeft--;
                throw new ProvisioningFailed("Keycloak is unreachable");
            }
            admins.put(admin.username(), groupId);
            return new AdminLogin(admin.username(), "Temporary123");
        }

        @Override
        public int moveMembers(String fromGroupId, String toGroupId) {
            return 0;
        }
    }
}
