package vn.motcua.engine.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.motcua.tenants.persistence.PersonalData;

/**
 * A tenant a dossier reached: its receiving desk, and each unit that handled one of its steps. The
 * row belongs to that tenant ({@link PersonalData}'s criteria: the tenants whose dossiers the caller
 * reads), so every query for a dossier goes through it and the data layer alone decides who sees
 * what — the district from the transfer on, the commune all along, a sibling never.
 */
@Entity(name = "DossierParticipant")
@Table(name = "dossier_participant")
public class ParticipantRecord extends PersonalData {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_id", nullable = false, updatable = false, insertable = false)
    private Long dossierId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dossier_id", nullable = false, updatable = false)
    private DossierRecord dossier;

    protected ParticipantRecord() {
    }

    ParticipantRecord(DossierRecord dossier, String tenantId) {
        super(tenantId);
        this.dossier = dossier;
        this.dossierId = dossier.id();
    }

    public DossierRecord dossier() {
        return dossier;
    }
}
