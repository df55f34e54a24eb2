package vn.motcua.tenants.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;

/**
 * The Keycloak login sessions their users ended. Each UI WAR keeps its own HTTP session, so a
 * logout in the desk cannot invalidate the admin's session of the same login in the same browser;
 * instead the logout records the login's {@code sid}, and every request of every UI, on every
 * server, checks it (a primary-key read) and ends a session born from an ended login.
 */
@ApplicationScoped
@Transactional
public class LoginSessions {

    /**
     * How long an ended login is remembered: a UI session ends after 60 idle minutes, but an open
     * tab keeps it alive (Vaadin's heartbeat), so a week rather than the Keycloak session's 10 hours.
     */
    static final Duration KEPT = Duration.ofDays(7);

    @PersistenceContext(unitName = "motcua")
    EntityManager em;

    public void end(String sid) {
        if (sid == null || sid.isBlank()) {
            return;
        }
        // Keycloak's sessions live in real time, not in the application's (in tests, settable) clock
        Instant now = Instant.now();
        em.createQuery("delete from EndedLogin e where e.endedAt < :before")
                .setParameter("before", now.minus(KEPT))
                .executeUpdate();
        if (em.find(EndedLogin.class, sid) == null) {
            em.persist(new EndedLogin(sid, now));
        }
    }

    /** Asked at every request of the UIs: one primary-key read, in the caller's transaction if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasEnded(String sid) {
        return sid != null && em.find(EndedLogin.class, sid) != null;
    }
}
