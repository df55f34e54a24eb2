package vn.motcua.tenants.admin;

import vn.motcua.tenants.problem.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import vn.motcua.tenants.access.Caller;
import vn.motcua.tenants.access.CallerContext;
import vn.motcua.tenants.problem.AccessDenied;
import vn.motcua.tenants.problem.Conflict;
import vn.motcua.tenants.problem.NotFound;
import vn.motcua.tenants.tree.Tenant;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The database half of tenant administration: each method checks the caller's rights and the
 * tree's rules, changes the tree and appends its history in one transaction. Tenants the caller
 * may not see are reported as not found; those they see but may not change, as forbidden.
 * {@link TenantAdministration} calls these and brings Keycloak in step after each commit.
 */
@ApplicationScoped
@Transactional
public class TenantRecords {

    @PersistenceContext(unitName = "motcua")
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    Event<TenantsMerged> merged;

    @Inject
    Clock clock;

    public TenantTree tree() {
        return new TenantTree(em.createQuery("select t from Tenant t", Tenant.class).getResultList());
    }

    public List<TenantView> visible() {
        return permissions(tree()).visible().stream().map(TenantView::of).toList();
    }

    public TenantView view(String id) {
        TenantTree tree = tree();
        return TenantView.of(visible(tree, permissions(tree), id));
    }

    public List<TenantEvent> history(String id) {
        view(id);
        return em.createQuery("select e from TenantEvent e where e.tenantId = :id order by e.id", TenantEvent.class)
                .setParameter("id", id)
                .getResultList();
    }

    /** Creates the tenant; repeating the same creation (a retry) changes nothing and returns it. */
    public TenantView create(NewTenant t) {
        TenantTree tree = tree();
        TenantPermissions may = permissions(tree);
        if (t.parentId() != null && !may.canSee(t.parentId())) {
            throw new NotFound("no tenant " + t.parentId());
        }
        if (!may.mayCreateUnder(t.parentId())) {
            throw new AccessDenied(t.parentId() == null ? "only the platform operator creates provinces"
                    : "you may not create units under " + t.parentId());
        }
        if (t.firstAdmin() == null) {
            throw new InvalidInput(List.of(TenantRule.ADMIN_USERNAME, TenantRule.ADMIN_EMAIL,
                    TenantRule.ADMIN_FIRST_NAME, TenantRule.ADMIN_LAST_NAME));
        }
        var existing = tree.find(t.id());
        if (existing.isPresent() && isSame(existing.get(), t)) {
            return TenantView.of(existing.get());
        }
        TenantRules.checkNew(tree, t);
        Tenant tenant = new Tenant(t.id(), t.name(), t.kind(), t.parentId());
        em.persist(tenant);
        em.flush();
        record(t.id(), TenantAction.CREATED, null, path(tree, t.parentId()) + t.name());
        return TenantView.of(tenant);
    }

    public TenantView rename(String id, String name, Long expectedVersion) {
        TenantTree tree = tree();
        Tenant tenant = administered(tree, id);
        checkVersion(tenant, expectedVersion);
        String newName = name == null ? null : name.trim();
        if (Objects.equals(tenant.name(), newName)) {
            return TenantView.of(tenant);
        }
        TenantRules.checkRename(tenant, newName);
        String old = tenant.name();
        tenant.rename(newName);
        record(id, TenantAction.RENAMED, old, newName);
        return TenantView.of(flushed(tenant));
    }

    /**
     * Sets the unit's electronic identification code (the platform operator, or an admin above the
     * unit): letters and digits in dot-separated groups, unique among units.
     */
    public TenantView setUnitCode(String id, String code, Long expectedVersion) {
        TenantTree tree = tree();
        Tenant tenant = administered(tree, id);
        checkVersion(tenant, expectedVersion);
        String newCode = code == null ? null : code.trim().toUpperCase(java.util.Locale.ROOT);
        if (newCode == null || newCode.isEmpty() || newCode.length() > 32 || !Tenant.UNIT_CODE.matcher(newCode).matches()) {
            throw new vn.motcua.tenants.problem.InvalidInput("unitCode", "a unit's electronic identification code is"
                    + " letters and digits in dot-separated groups, at most 32 characters (e.g. 000.00.17.H50)");
        }
        if (Objects.equals(tenant.unitCode(), newCode)) {
            return TenantView.of(tenant);
        }
        boolean taken = !em.createQuery("select t.id from Tenant t where t.unitCode = :code and t.id <> :id", String.class)
                .setParameter("code", newCode).setParameter("id", id).getResultList().isEmpty();
        if (taken) {
            throw new vn.motcua.tenants.problem.InvalidInput("unitCode", "another unit has the code " + newCode);
        }
        String old = tenant.unitCode();
        tenant.setUnitCode(newCode);
        record(id, TenantAction.UNIT_CODE_SET, old, newCode);
        return TenantView.of(flushed(tenant));
    }

    public TenantView move(String id, String newParentId, Long expectedVersion) {
        TenantTree tree = tree();
        TenantPermissions may = permissions(tree);
        Tenant tenant = administered(tree, id);
        checkVersion(tenant, expectedVersion);
        if (newParentId != null && !may.canSee(newParentId)) {
            throw new NotFound("no tenant " + newParentId);
        }
        if (Objects.equals(tenant.parentId(), newParentId)) {
            return TenantView.of(tenant);
        }
        // no parent chosen is a broken rule of the move (shown at its field), not a refusal
        if (newParentId != null && !may.mayCreateUnder(newParentId)) {
            throw new AccessDenied("you may not place units under " + newParentId);
        }
        TenantRules.checkMove(tree, tenant, newParentId);
        String old = tenant.parentId();
        tenant.moveTo(newParentId);
        record(id, TenantAction.MOVED, old, newParentId);
        return TenantView.of(flushed(tenant));
    }

    /**
     * Merges the units and has the modules above the tree carry their setup over ({@link TenantsMerged},
     * observed in this transaction: a carry-over that fails undoes the merger, which can then be
     * repeated, rather than leave the new unit's desk on a setup nobody chose). Repeating a merger
     * that is done (a retry) changes nothing and answers the notes its history kept.
     */
    public MergerOutcome merge(Merger m) {
        TenantTree tree = tree();
        TenantPermissions may = permissions(tree);
        List<Tenant> merging = new ArrayList<>();
        for (String id : m.merging()) {
            if (id != null) {
                merging.add(administered(tree, id));
            }
        }
        if (m.intoId() != null && tree.contains(m.intoId()) && merging.stream().anyMatch(Tenant::isMerged)
                && merging.stream().allMatch(t -> m.intoId().equals(t.mergedInto()) || t.id().equals(m.intoId()))) {
            return new MergerOutcome(TenantView.of(visible(tree, may, m.intoId())), notesOf(m.intoId()));
        }
        if (!m.intoExisting()) {
            String parent = TenantRules.mergedParent(m, merging).orElse(null);
            if (parent != null && !may.canSee(parent)) {
                throw new NotFound("no tenant " + parent);
            }
            if (parent != null && !may.mayCreateUnder(parent)) {
                throw new AccessDenied("you may not place units under " + parent);
            }
        }
        TenantRules.checkMerge(tree, m);
        Instant now = clock.instant();
        Tenant target;
        if (m.intoExisting()) {
            target = tree.find(m.intoId()).orElseThrow();
            if (m.name() != null && !m.name().equals(target.name())) {
                record(target.id(), TenantAction.RENAMED, target.name(), m.name());
                target.rename(m.name());
            }
        } else {
            String parent = TenantRules.mergedParent(m, merging).orElseThrow();
            target = new Tenant(m.intoId(), m.name(), m.kind(), parent);
            em.persist(target);
            em.flush();
            record(target.id(), TenantAction.CREATED, null, path(tree, parent) + m.name());
        }
        List<String> absorbed = new ArrayList<>();
        for (Tenant t : merging) {
            if (!t.id().equals(target.id())) {
                t.mergeInto(target.id(), now);
                record(t.id(), TenantAction.MERGED_INTO, t.name(), target.id());
                absorbed.add(t.id());
            }
        }
        record(target.id(), TenantAction.ABSORBED, String.join(", ", absorbed), target.name());
        flushed(target);
        Map<String, String> names = new LinkedHashMap<>();
        merging.forEach(t -> names.put(t.id(), t.name()));
        names.put(target.id(), target.name());
        TenantsMerged event = new TenantsMerged(absorbed, names, target.id(), m.intoExisting(), now);
        merged.fire(event);
        for (MergerNote note : event.notes()) {
            record(target.id(), note.decisionNeeded() ? TenantAction.TO_DECIDE : TenantAction.CARRIED_OVER, note.keyAndArgs(), note.text());
        }
        return new MergerOutcome(TenantView.of(flushed(target)), event.notes());
    }

    /** The carry-over notes the unit's history kept, with their keys and values so a screen translates them. */
    private List<MergerNote> notesOf(String id) {
        return em.createQuery("select e from TenantEvent e where e.tenantId = :id and e.action in :notes order by e.id", TenantEvent.class)
                .setParameter("id", id)
                .setParameter("notes", List.of(TenantAction.CARRIED_OVER, TenantAction.TO_DECIDE))
                .getResultList().stream()
                .map(e -> MergerNote.readBack(e.action() == TenantAction.TO_DECIDE, e.oldValue(), e.newValue()))
                .toList();
    }

    /** Remembers the tenant's Keycloak group. Not a change of the tree: no new version, no history. */
    public void linkGroup(String id, String groupId) {
        em.createQuery("update Tenant t set t.keycloakGroupId = :group where t.id = :id")
                .setParameter("group", groupId)
                .setParameter("id", id)
                .executeUpdate();
    }

    public void provisioned(String id, String what) {
        record(id, TenantAction.PROVISIONED, null, what);
    }

    private Tenant administered(TenantTree tree, String id) {
        TenantPermissions may = permissions(tree);
        Tenant tenant = visible(tree, may, id);
        if (!may.administers(id)) {
            throw new AccessDenied("you may not change " + id + ": a unit is administered from the unit above it");
        }
        // the managed row, not the tree's copy: read through this transaction, then changed
        return em.find(Tenant.class, tenant.id());
    }

    private static Tenant visible(TenantTree tree, TenantPermissions may, String id) {
        if (id == null || !may.canSee(id)) {
            throw new NotFound("no tenant " + id);
        }
        return tree.find(id).orElseThrow(() -> new NotFound("no tenant " + id));
    }

    private static void checkVersion(Tenant tenant, Long expected) {
        if (expected != null && expected != tenant.version()) {
            throw new Conflict(tenant.id() + " was changed by someone else (version " + tenant.version() + ", not " + expected + "); reload it");
        }
    }

    private Tenant flushed(Tenant tenant) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new Conflict(tenant.id() + " was changed by someone else at the same time; reload it", e);
        } catch (PersistenceException e) {
            if (e.getCause() instanceof OptimisticLockException) {
                throw new Conflict(tenant.id() + " was changed by someone else at the same time; reload it", e);
            }
            throw e;
        }
        return tenant;
    }

    private void record(String tenantId, TenantAction action, String oldValue, String newValue) {
        em.persist(new TenantEvent(tenantId, clock.instant(), callers.get().username(), action, oldValue, newValue));
    }

    private TenantPermissions permissions(TenantTree tree) {
        Caller caller = callers.get();
        return new TenantPermissions(caller, tree);
    }

    private static boolean isSame(Tenant existing, NewTenant t) {
        return existing.name().equals(t.name()) && existing.kind() == t.kind() && Objects.equals(existing.parentId(), t.parentId());
    }

    private static String path(TenantTree tree, String parentId) {
        StringBuilder s = new StringBuilder();
        if (parentId != null) {
            tree.ancestorsOf(parentId).forEach(a -> s.append(a.name()).append(" / "));
            tree.find(parentId).ifPresent(p -> s.append(p.name()).append(" / "));
        }
        return s.toString();
    }
}
