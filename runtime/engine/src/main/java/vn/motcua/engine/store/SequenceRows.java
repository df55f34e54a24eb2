package vn.motcua.engine.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.LocalDate;

/**
 * Makes sure a unit's counter row for a day exists, in a short transaction of its own: the day's
 * first receptions then only ever UPDATE one existing row, which serialises them on its row lock
 * instead of deadlocking on the gap locks of concurrent INSERT … ON DUPLICATE KEY UPDATE (measured).
 */
@ApplicationScoped
public class SequenceRows {

    @PersistenceContext(unitName = "motcua")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void ensure(String unitCode, LocalDate day) {
        em.createNativeQuery("INSERT IGNORE INTO dossier_sequence (unit_code, day, last_value) VALUES (?1, ?2, 0)")
                .setParameter(1, unitCode).setParameter(2, day).executeUpdate();
    }
}
