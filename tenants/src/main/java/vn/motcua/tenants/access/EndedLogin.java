package vn.motcua.tenants.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A Keycloak login session (its {@code sid}) that its user ended; see {@link LoginSessions}. */
@Entity
@Table(name = "ended_login")
public class EndedLogin {

    @Id
    @Column(length = 255, updatable = false)
    private String sid;

    @Column(name = "ended_at", nullable = false, updatable = false)
    private Instant endedAt;

    protected EndedLogin() {
    }

    EndedLogin(String sid, Instant endedAt) {
        this.sid = sid;
        this.endedAt = endedAt;
    }
}
