package vn.motcua.tenants.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.motcua.tenants.tree.Tenant;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Creates, renames, moves and merges tenants, and keeps Keycloak in step: first the tree changes
 * in the database (one transaction, {@link TenantRecords}), then, outside any transaction, the
 * tenant's group and users are brought to match it ({@link IdentityProvisioning}). A Keycloak
 * failure therefore never rolls back nor half-writes the tree; it surfaces as
 * {@link vn.motcua.tenants.problem.ProvisioningFailed}, and repeating the same request finishes the job,
 * because the database step then finds its work done and every Keycloak step is idempotent.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class TenantAdministration {

    private static final Logger LOG = Logger.getLogger(TenantAdministration.class.getName());

    @Inject
    TenantRecords records;

    @Inject
    IdentityProvisioning provisioning;

    /** A tenant just created, and its first admin's login. */
    public record Created(TenantView tenant, AdminLogin firstAdmin) {
    }

    public List<TenantView> visible() {
        return records.visible();
    }

    public TenantView find(String id) {
        return records.view(id);
    }

    public List<TenantEvent> history(String id) {
        return records.history(id);
    }

    public Created create(NewTenant t) {
        records.create(t);
        Group group = sync(t.id());
        AdminLogin login = provisioning.ensureFirstAdmin(group.id(), group.path(), t.firstAdmin());
        if (login.temporaryPassword() != null) {
            records.provisioned(t.id(), "group " + group.path() + ", first admin " + login.username());
        }
        LOG.info(() -> "tenant " + t.id() + " created under " + t.parentId() + " with admin " + login.username());
        return new Created(records.view(t.id()), login);
    }

    public TenantView rename(String id, String name, Long expectedVersion) {
        records.rename(id, name, expectedVersion);
        sync(id);
        return records.view(id);
    }

    /** The unit code is Motcua's alone (Keycloak knows nothing of it): nothing to provision. */
    public TenantView setUnitCode(String id, String code, Long expectedVersion) {
        return records.setUnitCode(id, code, expectedVersion);
    }

    public TenantView move(String id, String newParentId, Long expectedVersion) {
        records.move(id, newParentId, expectedVersion);
        sync(id);
        return records.view(id);
    }

    /**
     * Merges the units; their users move to the new unit's group, their groups stay beneath it as
     * records. Answers the unit and what of the merged units' setup was carried over to it.
     */
    public MergerOutcome merge(Merger m) {
        MergerOutcome outcome = records.merge(m);
        TenantView target = outcome.tenant();
        Group into = sync(target.id());
        for (String id : m.merging()) {
            if (!id.equals(target.id())) {
                Group merged = sync(id);
                int moved = provisioning.moveMembers(merged.id(), into.id());
                if (moved > 0) {
                    records.provisioned(id, moved + " users moved to " + into.path());
                }
            }
        }
        return new MergerOutcome(records.view(target.id()), outcome.notes());
    }

    private record Group(String id, String path) {
    }

    /** Brings the groups of the tenant and its ancestors, root first, to match the tree. */
    private Group sync(String id) {
        TenantTree tree = records.tree();
        List<Tenant> chain = new ArrayList<>(tree.ancestorsOf(id));
        chain.add(tree.find(id).orElseThrow());
        String parentGroup = null;
        StringBuilder path = new StringBuilder();
        for (Tenant t : chain) {
            path.append('/').append(t.id());
            String group = provisioning.syncGroup(new IdentityProvisioning.GroupSpec(t.id(), t.name(), t.keycloakGroupId(),
                    parentGroup, path.toString(), t.mergedInto()));
            if (!group.equals(t.keycloakGroupId())) {
                records.linkGroup(t.id(), group);
            }
            parentGroup = group;
        }
        return new Group(parentGroup, path.toString());
    }
}
