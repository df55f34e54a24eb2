package vn.motcua.engine.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.LocalDate;

/**
 * The daily sequence of a unit's dossier codes, gap-free: the number is taken in the reception's own
 * transaction and rolls back with it, so a failed reception leaves no hole. Row first (see
 * {@link SequenceRows}), then one UPDATE that both advances the counter and hands the value to this
 * connection's LAST_INSERT_ID().
 */
@ApplicationScoped
public class DossierNumbers {

    @PersistenceContext(unitName = "motcua")
    EntityManager em;

    @Inject
    SequenceRows rows;

    /** The next number of {@code unitCode}'s day, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int next(String unitCode, LocalDate day) {
        rows.ensure(unitCode, day); // its own transaction, committed before the UPDATE below locks the row
        int updated = em.createNativeQuery("""
                        UPDATE dossier_sequence SET last_value = LAST_INSERT_ID(last_value + 1)
                        WHERE unit_code = ?1 AND day = ?2""")
                .setParameter(1, unitCode).setParameter(2, day).executeUpdate();
        if (updated != 1) {
            throw new IllegalStateException("no counter row for " + unitCode + " on " + day + ": prepare it first");
        }
        return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).intValue();
    }
}
