package vn.motcua.engine.read;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import vn.motcua.engine.command.Contexts;
import vn.motcua.engine.dossier.ChainVerification;
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

    public DossierDetails get(String code) {
        requireReader();
        DossierStore.Loaded loaded = load(code);
        Instant now = contexts.now();
        return DossierDetails.of(loaded.dossier(), loaded.version(), store.history(loaded), now, contexts.calendars(now),
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
        return new DossierPage(total, offset, limit, summaries(em, rows, now));
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
        if (f.held()) {
            List<String> units = List.copyOf(tenancy.ownUnits());
            q.setParameter("units", units.isEmpty() ? List.of("-") : units);
        }
    }

    private List<DossierSummary> summaries(EntityManager em, List<DossierRecord> rows, Instant now) {
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
                    d.appointment(), d.isLate(now), d.version());
        }).toList();
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
