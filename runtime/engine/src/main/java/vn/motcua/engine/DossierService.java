package vn.motcua.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import vn.motcua.catalog.adoption.EffectiveCatalog;
import vn.motcua.catalog.adoption.EffectiveProcedure;
import vn.motcua.catalog.service.AdoptionService;
import vn.motcua.tenants.access.Caller;
import vn.motcua.tenants.access.Role;
import vn.motcua.tenants.persistence.Tenancy;
import vn.motcua.tenants.problem.AccessDenied;
import vn.motcua.tenants.problem.Conflict;
import vn.motcua.tenants.problem.InvalidInput;
import vn.motcua.tenants.problem.NotFound;

import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * The commands that change a dossier. Each runs in one transaction that writes the dossier and
 * exactly one history row, or nothing.
 */
@ApplicationScoped
@Transactional
public class DossierService {

    private static final Logger LOG = Logger.getLogger(DossierService.class.getName());

    @Inject
    Tenancy tenancy;

    @Inject
    AdoptionService adoptions;

    @Inject
    DossierClock clock;

    @Inject
    DossierCodes codes;

    public Dossier receive(ReceiveDossier command) {
        Caller caller = tenancy.caller();
        if (!caller.hasRole(Role.RECEPTION)) {
            throw new AccessDenied("only the reception desk receives dossiers");
        }
        if (command.applicant() == null || command.applicant().name() == null || command.applicant().name().isBlank()) {
            throw new InvalidInput("applicant.name", "the applicant's name is required");
        }
        Instant now = clock.now();
        EffectiveCatalog catalog = adoptions.effectiveCatalog(now)
                .orElseThrow(() -> new NotFound("no catalog in effect for this tenant"));
        EffectiveProcedure procedure = catalog.procedures().stream()
                .filter(p -> p.provinceProcedureId() == command.procedureId())
                .findFirst()
                .orElseThrow(() -> new NotFound("no procedure " + command.procedureId() + " in effect for this tenant"));
        EntityManager em = tenancy.entityManager();
        String code = codes.next(em, caller.tenantId(), now);
        Dossier dossier = new Dossier(caller.tenantId(), code, procedure, catalog.provinceVersionId(), command.applicant(),
                command.channel(), now, caller.username(), clock.dueAfter(caller.tenantId(), now, procedure.totalDays()));
        em.persist(dossier);
        em.flush();
        em.persist(new DossierEvent(dossier, now, caller.username(), EventType.RECEIVED, null, null));
        LOG.info(() -> log(dossier) + " received by " + caller.username() + ", due " + dossier.appointmentAt());
        return dossier;
    }

    /** Completes {@code stepNumber}, which must be the dossier's current step and the caller's role. */
    public Dossier completeStep(String code, String stepNumber) {
        Caller caller = tenancy.caller();
        EntityManager em = tenancy.entityManager();
        Dossier dossier = find(em, code);
        dossier.requireCurrentStep(stepNumber);
        if (dossier.stepRole() != null && !caller.hasRole(dossier.stepRole())) {
            throw new AccessDenied("step " + dossier.stepNumber() + " of " + code + " is done by role " + dossier.stepRole());
        }
        Instant now = clock.now();
        dossier.completeStep(stepNumber, now);
        EventType type = dossier.status() == DossierStatus.COMPLETED ? EventType.COMPLETED : EventType.STEP_COMPLETED;
        em.persist(new DossierEvent(dossier, now, caller.username(), type, stepNumber, null));
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new Conflict("dossier " + code + " was changed by someone else at the same time", e);
        } catch (PersistenceException e) {
            if (e.getCause() instanceof OptimisticLockException) {
                throw new Conflict("dossier " + code + " was changed by someone else at the same time", e);
            }
            throw e;
        }
        LOG.info(() -> log(dossier) + " step " + stepNumber + " completed by " + caller.username());
        return dossier;
    }

    /**
     * The dossier with {@code code}, if the caller may read it: a desk role of its unit, or a
     * supervisor above it (the data layer hides the others' dossiers, see vn.motcua.tenants.persistence.PersonalData).
     */
    public Dossier find(String code) {
        requireDossierReader();
        return find(tenancy.entityManager(), code);
    }

    public List<DossierEvent> history(String code) {
        requireDossierReader();
        EntityManager em = tenancy.entityManager();
        Dossier dossier = find(em, code);
        return em.createQuery("select e from DossierEvent e where e.dossierId = :id order by e.id", DossierEvent.class)
                .setParameter("id", dossier.id())
                .getResultList();
    }

    /**
     * The dossiers under way at the caller's tenant, the most urgent first; after a merger, those
     * of the merged units too (they keep their tenant id, see vn.motcua.tenants.tree.Tenant).
     */
    public List<Dossier> queue(int offset, int limit) {
        requireDossierReader();
        if (tenancy.ownUnits().isEmpty()) {
            return List.of();
        }
        return tenancy.entityManager().createQuery("""
                        select d from Dossier d
                        where d.tenantId in :units and d.status = :status
                        order by d.appointmentAt, d.id""", Dossier.class)
                .setParameter("units", List.copyOf(tenancy.ownUnits()))
                .setParameter("status", DossierStatus.IN_PROGRESS)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Administering a catalog or reporting reads no dossier: they hold citizens' personal data. */
    private void requireDossierReader() {
        Caller caller = tenancy.caller();
        if (!caller.readsOwnDossiers() && !caller.readsDossiersBelow()) {
            throw new AccessDenied("dossiers are read by the desk's staff and supervisors, not by " + caller.roles());
        }
    }

    private Dossier find(EntityManager em, String code) {
        return em.createQuery("select d from Dossier d where d.code = :code", Dossier.class)
                .setParameter("code", code)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("no dossier " + code));
    }

    private static String log(Dossier dossier) {
        return "[tenant=" + dossier.tenantId() + " dossier=" + dossier.code() + "]";
    }
}
