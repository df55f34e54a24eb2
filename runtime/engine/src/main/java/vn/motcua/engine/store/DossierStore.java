package vn.motcua.engine.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import vn.motcua.engine.dossier.CommandResult;
import vn.motcua.engine.dossier.Dossier;
import vn.motcua.engine.dossier.DossierEvent;
import vn.motcua.engine.dossier.HistoryEntry;
import vn.motcua.engine.dossier.StepExecution;
import vn.motcua.engine.dossier.TimerChange;
import vn.motcua.tenants.persistence.Tenancy;
import vn.motcua.tenants.problem.Conflict;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and writes dossiers as the pure core's aggregate. A dossier is found through its
 * participants ({@link ParticipantRecord}), so the caller's tenant criteria decide whether it exists
 * for them; the system (timers) reads every dossier. A write stores what the command returned —
 * state, step executions, participants, the history entry, timers, outbox events — in the
 * command's transaction, each mutable row under its optimistic version.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DossierStore {

    @Inject
    Tenancy tenancy;

    /** A dossier as loaded: the aggregate, and its rows to write back. */
    public static final class Loaded {
        private final DossierRecord record;
        private final Map<Integer, StepExecutionRecord> steps;
        private final Set<String> participants;
        private final Dossier dossier;

        Loaded(DossierRecord record, Map<Integer, StepExecutionRecord> steps, Set<String> participants, Dossier dossier) {
            this.record = record;
            this.steps = steps;
            this.participants = participants;
            this.dossier = dossier;
        }

        public Dossier dossier() {
            return dossier;
        }

        /** The row's optimistic version as read (what If-Match compares). */
        public long version() {
            return record.version();
        }

        public DossierRecord record() {
            return record;
        }
    }

    /** The dossier {@code code} if the caller's scope reaches one of its participants. */
    public Optional<Loaded> find(String code) {
        EntityManager em = tenancy.entityManager();
        return em.createQuery("select p.dossier from DossierParticipant p where p.dossier.code = :code", DossierRecord.class)
                .setParameter("code", code)
                .setMaxResults(1)
                .getResultStream().findFirst().map(r -> load(em, r));
    }

    /** The dossier {@code code}, whoever's it is: for the system's own work (timers). */
    public Optional<Loaded> findAsSystem(String code) {
        EntityManager em = tenancy.asSystem();
        return em.createQuery("select d from Dossier d where d.code = :code", DossierRecord.class)
                .setParameter("code", code)
                .getResultStream().findFirst().map(r -> load(em, r));
    }

    private Loaded load(EntityManager em, DossierRecord record) {
        Map<Integer, StepExecutionRecord> steps = new HashMap<>();
        em.createQuery("select s from StepExecution s where s.dossierId = :id order by s.sequence", StepExecutionRecord.class)
                .setParameter("id", record.id())
                .getResultList().forEach(s -> steps.put(s.sequence(), s));
        // every participant, not only those in the caller's scope: the caller may already see the dossier,
        // and the aggregate must know every unit it reached (native: the criteria would hide the others)
        @SuppressWarnings("unchecked")
        List<String> participants = em.createNativeQuery(
                        "SELECT tenant_id FROM dossier_participant WHERE dossier_id = ?1 ORDER BY id")
                .setParameter(1, record.id()).getResultList();
        List<StepExecution> executions = steps.values().stream().map(StepExecutionRecord::toExecution).toList();
        return new Loaded(record, steps, new LinkedHashSet<>(participants),
                record.toDossier(executions, participants));
    }

    /** Stores a dossier just received, with what its reception did. */
    public Loaded insert(Dossier dossier, CommandResult result) {
        EntityManager em = tenancy.asSystem(); // a new dossier is written whole; the criteria guard reads
        DossierRecord record = DossierRecord.of(dossier);
        em.persist(record);
        em.flush();
        Loaded loaded = new Loaded(record, new HashMap<>(), new LinkedHashSet<>(), dossier);
        write(em, loaded, result);
        return loaded;
    }

    /** Stores what {@code result} changed on {@code loaded}'s dossier; a concurrent change is a 409. */
    public void update(Loaded loaded, CommandResult result) {
        EntityManager em = tenancy.asSystem();
        loaded.record.update(loaded.dossier);
        write(em, loaded, result);
    }

    private void write(EntityManager em, Loaded loaded, CommandResult result) {
        DossierRecord record = loaded.record;
        Dossier dossier = loaded.dossier;
        for (StepExecution e : dossier.executions()) {
            StepExecutionRecord row = loaded.steps.get(e.sequence());
            if (row == null) {
                row = StepExecutionRecord.of(record.id(), e);
                em.persist(row);
                loaded.steps.put(e.sequence(), row);
            } else {
                row.update(e);
            }
        }
        for (String tenant : dossier.participants()) {
            if (loaded.participants.add(tenant)) {
                em.persist(new ParticipantRecord(record, tenant));
            }
        }
        HistoryEntry entry = result.history();
        if (entry != null) {
            em.persist(HistoryRecord.of(record.id(), entry));
        }
        for (TimerChange t : result.timers()) {
            TimerRecord row = timer(em, t.key());
            if (t instanceof TimerChange.Schedule s) {
                if (row == null) {
                    em.persist(new TimerRecord(s.key(), s.at()));
                } else {
                    row.reschedule(s.at());
                }
            } else if (row != null && row.firedAt() == null) {
                em.remove(row);
            }
        }
        List<DossierEvent> events = result.events();
        for (int i = 0; i < events.size(); i++) {
            DossierEvent event = events.get(i);
            String type = event.getClass().getSimpleName();
            // a warning has no history entry: its instant keeps its key apart from the next warning's
            String after = entry == null ? "w" + event.at().toEpochMilli() : Long.toString(entry.sequence());
            em.persist(new OutboxRecord(dossier.code() + "#" + after + "#" + type + "#" + i, dossier.code(), type,
                    payload(event), event.at()));
        }
        flush(em, dossier.code());
    }

    private static TimerRecord timer(EntityManager em, TimerChange.Key key) {
        return em.createQuery("""
                        select t from DossierTimer t
                        where t.dossierCode = :code and t.purpose = :purpose and t.discriminator = :d""", TimerRecord.class)
                .setParameter("code", key.dossier()).setParameter("purpose", key.purpose().name())
                .setParameter("d", key.discriminator())
                .getResultStream().findFirst().orElse(null);
    }

    /** The event's fields as a JSON object: the outbox's payload. */
    static String payload(DossierEvent event) {
        JsonObjectBuilder b = StoredJson.JSON.createObjectBuilder();
        for (RecordComponent c : event.getClass().getRecordComponents()) {
            try {
                Object value = c.getAccessor().invoke(event);
                if (value == null) {
                    b.addNull(c.getName());
                } else if (value instanceof Number n) {
                    b.add(c.getName(), n.longValue());
                } else if (value instanceof Boolean bool) {
                    b.add(c.getName(), bool);
                } else {
                    b.add(c.getName(), value.toString());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return b.build().toString();
    }

    static void flush(EntityManager em, String code) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw changedMeanwhile(code, e);
        } catch (PersistenceException e) {
            if (e.getCause() instanceof OptimisticLockException) {
                throw changedMeanwhile(code, e);
            }
            throw e;
        }
    }

    private static Conflict changedMeanwhile(String code, Exception cause) {
        return new Conflict("dossier " + code + " was changed by someone else at the same time; read it again", cause);
    }

    /** The dossier's history as stored, in order (the caller has found the dossier already). */
    public List<HistoryEntry> history(Loaded loaded) {
        return tenancy.asSystem().createQuery(
                        "select h from DossierHistory h where h.dossierId = :id order by h.sequence", HistoryRecord.class)
                .setParameter("id", loaded.record.id())
                .getResultList().stream().map(HistoryRecord::toEntry).toList();
    }
}
