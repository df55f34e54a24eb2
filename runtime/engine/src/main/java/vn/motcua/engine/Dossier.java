package vn.motcua.engine;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.motcua.catalog.adoption.EffectiveProcedure;
import vn.motcua.tenants.problem.Conflict;

import java.util.ArrayList;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A citizen's application for one procedure (hồ sơ). It pins the catalog version it was received
 * under and keeps its own copy of the route (the effective steps at reception), which it walks in
 * order. Every
 * change bumps {@link #version}: two people completing the same step cannot both succeed.
 */
@Entity
@Table(name = "dossier")
public class Dossier extends vn.motcua.tenants.persistence.PersonalData {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64, updatable = false)
    private String code;

    @Column(name = "procedure_id", nullable = false, updatable = false)
    private long procedureId;

    @Column(name = "catalog_version_id", nullable = false, updatable = false)
    private long catalogVersionId;

    @Column(name = "procedure_name", nullable = false, length = 500, updatable = false)
    private String procedureName;

    @Embedded
    private Applicant applicant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private SubmissionChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private DossierStatus status;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "received_by", nullable = false, length = 100, updatable = false)
    private String receivedBy;

    /** The appointment on the receipt: when the result is due. */
    @Column(name = "appointment_at", nullable = false)
    private Instant appointmentAt;

    /** Index into the procedure's executable steps; equal to their count once completed. */
    @Column(name = "step_index", nullable = false)
    private int stepIndex;

    @Column(name = "step_number", length = 16)
    private String stepNumber;

    @Column(name = "step_role", length = 32)
    private String stepRole;

    @Column(name = "step_started_at")
    private Instant stepStartedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "dossier_step", joinColumns = @JoinColumn(name = "dossier_id"))
    @OrderColumn(name = "position")
    private List<DossierStep> route = new ArrayList<>();

    @Version
    private long version;

    protected Dossier() {
    }

    Dossier(String tenantId, String code, EffectiveProcedure procedure, long catalogVersionId, Applicant applicant,
            SubmissionChannel channel, Instant receivedAt, String receivedBy, Instant appointmentAt) {
        super(tenantId);
        this.code = Objects.requireNonNull(code);
        this.procedureId = procedure.provinceProcedureId();
        this.catalogVersionId = catalogVersionId;
        this.procedureName = procedure.name();
        procedure.executableSteps().forEach(s -> route.add(new DossierStep(s.number(), s.actorRole(), s.actorUnit(), s.budgetQuarters())));
        if (route.isEmpty()) {
            throw new Conflict("procedure " + procedure.name() + " has no steps to execute");
        }
        this.applicant = Objects.requireNonNull(applicant);
        this.channel = Objects.requireNonNull(channel);
        this.receivedAt = receivedAt;
        this.receivedBy = receivedBy;
        this.appointmentAt = appointmentAt;
        this.status = DossierStatus.IN_PROGRESS;
        enterStep(0, receivedAt);
    }

    /**
     * Completes the current step and moves to the next, or completes the dossier after the last.
     *
     * @param expectedStep the step the caller believes is current; completing a step twice is a conflict
     */
    void completeStep(String expectedStep, Instant now) {
        requireCurrentStep(expectedStep);
        if (stepIndex + 1 < route.size()) {
            enterStep(stepIndex + 1, now);
        } else {
            stepIndex = route.size();
            stepNumber = null;
            stepRole = null;
            stepStartedAt = null;
            status = DossierStatus.COMPLETED;
            completedAt = now;
        }
    }

    /** Refuses to act on a step that is not the current one: someone completed it already. */
    public void requireCurrentStep(String expectedStep) {
        if (status != DossierStatus.IN_PROGRESS) {
            throw new Conflict("dossier " + code + " is " + status + "; it has no step to complete");
        }
        if (!Objects.equals(stepNumber, expectedStep)) {
            throw new Conflict("step " + expectedStep + " of dossier " + code + " is not the current step (" + stepNumber + ")");
        }
    }

    private void enterStep(int index, Instant now) {
        DossierStep step = route.get(index);
        this.stepIndex = index;
        this.stepNumber = step.number();
        this.stepRole = step.role();
        this.stepStartedAt = now;
    }

    public List<DossierStep> route() {
        return java.util.Collections.unmodifiableList(route);
    }

    public boolean isOverdue(Instant now) {
        Instant end = completedAt != null ? completedAt : now;
        return end.isAfter(appointmentAt);
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public long procedureId() {
        return procedureId;
    }

    public long catalogVersionId() {
        return catalogVersionId;
    }

    public String procedureName() {
        return procedureName;
    }

    public Applicant applicant() {
        return applicant;
    }

    public SubmissionChannel channel() {
        return channel;
    }

    public DossierStatus status() {
        return status;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public String receivedBy() {
        return receivedBy;
    }

    public Instant appointmentAt() {
        return appointmentAt;
    }

    public String stepNumber() {
        return stepNumber;
    }

    public String stepRole() {
        return stepRole;
    }

    public Instant stepStartedAt() {
        return stepStartedAt;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public long version() {
        return version;
    }
}
