package vn.motcua.engine.read;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import vn.motcua.catalog.adoption.EffectiveProcedure;
import vn.motcua.catalog.service.AdoptionService;
import vn.motcua.engine.command.Contexts;
import vn.motcua.engine.dossier.Calendars;
import vn.motcua.engine.dossier.ChainVerification;
import vn.motcua.engine.dossier.Lateness;
import vn.motcua.engine.dossier.WorkingClock;
import vn.motcua.tenants.calendar.WorkingCalendar;
import vn.motcua.engine.dossier.DossierStatus;
import vn.motcua.engine.dossier.HistoryChain;
import vn.motcua.engine.dossier.HistoryEntry;
import vn.motcua.engine.dossier.CommandContext;
import vn.motcua.engine.store.DossierRecord;
import vn.motcua.engine.store.DossierStore;
import vn.motcua.tenants.access.Caller;
import vn.motcua.tenants.persistence.Tenancy;
import vn.motcua.tenants.problem.AccessDenied;
import vn.motcua.tenants.problem.NotFound;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads dossiers for the desk's staff of a unit the dossier reached and the supervisors above it
 * (the participants' tenant criteria), never for catalog admins or reporting officers: a dossier
 * holds a citizen's personal data.
 */
@ApplicationScoped
@Transactional
public class DossierQueries {

    private static final List<String> FINAL = List.of(DossierStatus.NOT_RECEIVED.name(), DossierStatus.WITHDRAWN.name(),
            DossierStatus.STOPPED.name(), DossierStatus.RESULT_RETURNED.name());

    @Inject
    Tenancy tenancy;

    @Inject
    DossierStore store;

    @Inject
    Contexts contexts;

    @Inject
    AdoptionService adoptions;

    /** The procedures the caller's unit receives now: its effective catalog (the reception form's list). */
    public List<EffectiveProcedure> receivable() {
        requireReader();
        return adoptions.effectiveCatalog(contexts.now()).map(c -> c.procedures().stream()
                .filter(p -> p.provinceProcedureId() != null).toList()).orElse(List.of());
    }

    public DossierDetails get(String code) {
        requireReader();
        DossierStore.Loaded loaded = load(code);
        Instant now = contexts.now();
        return DossierDetails.of(loaded.dossier(), loaded.version(), store.history(loaded), now,
                contexts.ofCaller(null).actor(), contexts.calendars(now),
                CommandContext.DEFAULT_WARNING);
    }

    public List<HistoryView> history(String code) {
        requireReader();
        return store.history(load(code)).stream().map(HistoryView::of).toList();
    }

    /** Whether the dossier's history chain is intact, against the head and length its row keeps. */
    public ChainVerification verify(String code) {
        requireReader();
        DossierStore.Loaded loaded = load(code);
        List<HistoryEntry> entries = store.history(loaded);
        return HistoryChain.verify(entries, loaded.dossier().historyHead(), loaded.dossier().historyLength());
    }

    /** The dossiers the caller's scope reaches, narrowed by {@code filter}, most urgent first. */
    public DossierPage list(DossierFilter filter, int offset, int limit) {
        requireReader();
        Instant now = contexts.now();
        EntityManager em = tenancy.entityManager();
        String where = where(filter);
        TypedQuery<Long> count = em.createQuery("select count(distinct d.id) from DossierParticipant p join p.dossier d"
                + where, Long.class);
        TypedQuery<DossierRecord> page = em.createQuery("select distinct d from DossierParticipant p join p.dossier d"
                + where + " order by d.appointment, d.id", DossierRecord.class);
        bind(count, filter, now);
        bind(page, filter, now);
        long total = count.getSingleResult();
        List<DossierRecord> rows = page.setFirstResult(offset).setMaxResults(limit).getResultList();
        return new DossierPage(total, offset, limit, summaries(em, rows, now, contexts.calendars(now)));
    }

    private String where(DossierFilter f) {
        List<String> and = new ArrayList<>();
        if (f.status() != null) {
            and.add("d.status = :status");
        }
        if (f.step() != null) {
            and.add("exists (select s from StepExecution s where s.dossierId = d.id and s.endedAt is null and s.stepNumber = :step)");
        }
        if (f.assignee() != null) {
            and.add("exists (select s from StepExecution s where s.dossierId = d.id and s.endedAt is null and s.assignee = :assignee)");
        }
        if (f.dueBefore() != null) {
            and.add("d.appointment < :dueBefore");
        }
        if (f.late() != null) {
            String late = "(d.appointment < :now and d.processingEndedAt is null and d.pausedSince is null"
                    + " and d.status not in :final)";
            and.add(f.late() ? late : "not " + late);
        }
        if (f.held()) {
            and.add("d.holder in :units and d.status not in :final");
        }
        if (f.claimable()) {
            and.add("exists (select s from StepExecution s where s.dossierId = d.id and s.endedAt is null"
                    + " and s.assignee is null and s.role in :roles and s.handlingTenant in :units)");
        }
        return and.isEmpty() ? "" : " where " + String.join(" and ", and);
    }

    private void bind(TypedQuery<?> q, DossierFilter f, Instant now) {
        if (f.status() != null) {
            q.setParameter("status", f.status().name());
        }
        if (f.step() != null) {
            q.setParameter("step", f.step());
        }
        if (f.assignee() != null) {
            q.setParameter("assignee", f.assignee());
        }
        if (f.dueBefore() != null) {
            q.setParameter("dueBefore", f.dueBefore());
        }
        if (f.late() != null) {
            q.setParameter("now", now);
        }
        if (f.late() != null || f.held()) {
            q.setParameter("final", FINAL);
        }
        if (f.held() || f.claimable()) {
            List<String> units = List.copyOf(tenancy.ownUnits());
            q.setParameter("units", units.isEmpty() ? List.of("-") : units);
        }
        if (f.claimable()) {
            List<String> roles = List.copyOf(tenancy.caller().roles());
            q.setParameter("roles", roles.isEmpty() ? List.of("-") : roles);
        }
    }

    private List<DossierSummary> summaries(EntityManager em, List<DossierRecord> rows, Instant now, Calendars calendars) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Object[]> open = new HashMap<>();
        em.createQuery("""
                        select s.dossierId, s.stepNumber, s.pass, s.role, s.assignee, s.dueAt from StepExecution s
                        where s.dossierId in :ids and s.endedAt is null""", Object[].class)
                .setParameter("ids", rows.stream().map(DossierRecord::id).toList())
                .getResultList().forEach(r -> open.put(((Number) r[0]).longValue(), r));
        return rows.stream().map(d -> {
            Object[] s = open.get(d.id());
            String step = s == null ? null : ((Number) s[2]).intValue() == 1 ? (String) s[1] : s[1] + " (" + s[2] + ")";
            return new DossierSummary(d.code(), d.status(), d.procedureName(), d.applicantName(), d.holder(), step,
                    s == null ? null : (String) s[3], s == null ? null : (String) s[4], s == null ? null : (Instant) s[5],
                    d.appointment(), d.isLate(now), d.version(), standing(d, now, calendars));
        }).toList();
    }

    /** How the dossier stands against its appointment at {@code now} (see {@link DossierSummary#standing()}). */
    private static String standing(DossierRecord d, Instant now, Calendars calendars) {
        if (d.lateness() != null) {
            return d.lateness();
        }
        WorkingClock clock = d.clock();
        if (clock == null || d.processingEndedAt() != null || DossierStatus.valueOf(d.status()).isFinal()) {
            return null;
        }
        if (clock.isPaused()) {
            return "PAUSED";
        }
        WorkingCalendar calendar = calendars.of(d.competentTenant());
        if (clock.isLate(now, calendar)) {
            return Lateness.LATE.name();
        }
        if (clock.isAboutToBeLate(now, CommandContext.DEFAULT_WARNING, calendar)) {
            return "ABOUT_TO_BE_LATE";
        }
        return Lateness.of(now, clock.due(calendar), calendar.zone()).name();
    }

    /**
     * The leader's list: the dossiers the caller's units hold that are late or about to be late
     * (within the warning window of their appointment), the most urgent first; at most {@code limit}.
     */
    public List<DossierSummary> urgent(int limit) {
        requireReader();
        Instant now = contexts.now();
        // the window is working time: no appointment more than a month away can be inside it, whatever the holidays
        DossierFilter candidates = new DossierFilter(null, null, null, now.plus(java.time.Duration.ofDays(31)), null, true);
        return list(candidates, 0, 1000).items().stream()
                .filter(d -> Lateness.LATE.name().equals(d.standing()) || "ABOUT_TO_BE_LATE".equals(d.standing()))
                .limit(limit)
                .toList();
    }

    /** The dossier's route as its snapshot has it: every step, done or ahead, with its outcomes. */
    public List<RouteStepDetails> route(String code) {
        requireReader();
        return load(code).dossier().route().steps().stream().map(RouteStepDetails::of).toList();
    }

    private DossierStore.Loaded load(String code) {
        return store.find(code).orElseThrow(() -> new NotFound("no dossier " + code));
    }

    /** Administering a catalog or reporting reads no dossier: they hold citizens' personal data. */
    private void requireReader() {
        Caller caller = tenancy.caller();
        if (!caller.readsOwnDossiers() && !caller.readsDossiersBelow()) {
            throw new AccessDenied("dossiers are read by the desk's staff and supervisors, not by " + caller.roles());
        }
    }
}
