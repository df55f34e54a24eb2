package vn.motcua.engine.timer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.motcua.tenants.persistence.Tenancy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Claims a batch of due timers for one server, in a short transaction of its own: rows nobody holds
 * (or whose holder's claim expired: it crashed) are locked with SKIP LOCKED, so two servers polling
 * at once take different rows, and marked with the owner and an expiry.
 */
@ApplicationScoped
public class TimerClaims {

    /** Long enough for a batch's commands; a crashed server's claims come free after it. */
    static final Duration LOCK = Duration.ofMinutes(2);

    @Inject
    Tenancy tenancy;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> claim(String owner, Instant now, int batch) {
        EntityManager em = tenancy.asSystem();
        LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                        SELECT id FROM dossier_timer
                        WHERE fired_at IS NULL AND due_at <= ?1 AND (lock_expires_at IS NULL OR lock_expires_at < ?1)
                        ORDER BY due_at, id LIMIT ?2
                        FOR UPDATE SKIP LOCKED""")
                .setParameter(1, at).setParameter(2, batch).getResultList();
        List<Long> claimed = ids.stream().map(Number::longValue).toList();
        if (!claimed.isEmpty()) {
            em.createNativeQuery("UPDATE dossier_timer SET lock_owner = ?1, lock_expires_at = ?2, version = version + 1"
                            + " WHERE id IN (" + String.join(",", claimed.stream().map(String::valueOf).toList()) + ")")
                    .setParameter(1, owner).setParameter(2, LocalDateTime.ofInstant(now.plus(LOCK), ZoneOffset.UTC))
                    .executeUpdate();
        }
        return claimed;
    }
}
