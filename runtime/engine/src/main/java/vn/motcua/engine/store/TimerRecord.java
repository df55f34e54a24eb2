package vn.motcua.engine.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.motcua.engine.dossier.TimerChange;

import java.time.Instant;

/**
 * A timer of a dossier (a posting coming down, the warning window), one row per key: a new schedule
 * of the key moves its due and clears a fired mark; the poller claims due rows with an owner and a
 * lock expiry and marks each fired in the transaction of the command it runs.
 */
@Entity(name = "DossierTimer")
@Table(name = "dossier_timer")
public class TimerRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "dossier_code", nullable = false, length = 64, updatable = false)
    private String dossierCode;
    @Column(nullable = false, length = 32, updatable = false)
    private String purpose;
    @Column(nullable = false, length = 64, updatable = false)
    private String discriminator;
    @Column(name = "due_at", nullable = false)
    private Instant dueAt;
    @Column(name = "lock_owner", length = 100)
    private String lockOwner;
    @Column(name = "lock_expires_at")
    private Instant lockExpiresAt;
    @Column(name = "fired_at")
    private Instant firedAt;
    @Version
    private long version;

    protected TimerRecord() {
    }

    TimerRecord(TimerChange.Key key, Instant dueAt) {
        this.dossierCode = key.dossier();
        this.purpose = key.purpose().name();
        this.discriminator = key.discriminator();
        this.dueAt = dueAt;
    }

    void reschedule(Instant at) {
        this.dueAt = at;
        this.firedAt = null;
        this.lockOwner = null;
        this.lockExpiresAt = null;
    }

    public void fired(Instant at) {
        this.firedAt = at;
        this.lockOwner = null;
        this.lockExpiresAt = null;
    }

    public Long id() {
        return id;
    }

    public TimerChange.Key key() {
        return new TimerChange.Key(dossierCode, TimerChange.Purpose.valueOf(purpose), discriminator);
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant firedAt() {
        return firedAt;
    }

    public String lockOwner() {
        return lockOwner;
    }
}
