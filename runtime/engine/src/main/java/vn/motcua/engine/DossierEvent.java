package vn.motcua.engine;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.motcua.tenants.persistence.PersonalData;

import java.time.Instant;

/** One line of a dossier's history. Append-only: written with the change it records, never updated. */
@Entity
@Table(name = "dossier_event")
public class DossierEvent extends PersonalData {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_id", nullable = false, updatable = false)
    private long dossierId;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, length = 100, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32, updatable = false)
    private EventType type;

    @Column(name = "step_number", length = 16, updatable = false)
    private String stepNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_after", nullable = false, length = 32, updatable = false)
    private DossierStatus statusAfter;

    @Column(length = 1000, updatable = false)
    private String note;

    protected DossierEvent() {
    }

    DossierEvent(Dossier dossier, Instant at, String actor, EventType type, String stepNumber, String note) {
        super(dossier.tenantId());
        this.dossierId = dossier.id();
        this.at = at;
        this.actor = actor;
        this.type = type;
        this.stepNumber = stepNumber;
        this.statusAfter = dossier.status();
        this.note = note;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public EventType type() {
        return type;
    }

    public String stepNumber() {
        return stepNumber;
    }

    public DossierStatus statusAfter() {
        return statusAfter;
    }

    public String note() {
        return note;
    }
}
