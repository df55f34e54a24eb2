package vn.motcua.engine.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.motcua.catalog.version.Channel;
import vn.motcua.engine.dossier.Applicant;
import vn.motcua.engine.dossier.Dossier;
import vn.motcua.engine.dossier.DossierCode;
import vn.motcua.engine.dossier.DossierStatus;
import vn.motcua.engine.dossier.Lateness;
import vn.motcua.engine.dossier.Resolution;
import vn.motcua.engine.dossier.ResultDelivery;
import vn.motcua.engine.dossier.Route;
import vn.motcua.engine.dossier.Stage;
import vn.motcua.engine.dossier.StepExecution;
import vn.motcua.engine.dossier.WorkingClock;
import vn.motcua.tenants.calendar.WorkingDays;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The dossier's row: the aggregate's state (the route as immutable JSON, pinned to the catalog and
 * adoption versions), with its optimistic {@link #version}, bumped by every command. Not read by
 * itself: {@link DossierStore} finds rows through {@link ParticipantRecord}, whose tenant criteria
 * decide who sees a dossier.
 */
@Entity(name = "Dossier")
@Table(name = "dossier")
public class DossierRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64, updatable = false)
    private String code;

    @Column(name = "unit_code", nullable = false, length = 32, updatable = false)
    private String unitCode;

    @Column(name = "receiving_tenant_id", nullable = false, length = 64, updatable = false)
    private String receivingTenant;

    @Column(name = "holder_tenant_id", nullable = false, length = 64)
    private String holder;

    @Column(name = "competent_tenant_id", nullable = false, length = 64, updatable = false)
    private String competentTenant;

    @Column(name = "procedure_id", updatable = false)
    private Long procedureId;

    @Column(name = "national_code", length = 64, updatable = false)
    private String nationalCode;

    @Column(name = "procedure_name", nullable = false, length = 500, updatable = false)
    private String procedureName;

    @Column(name = "catalog_version_id", nullable = false, updatable = false)
    private long catalogVersionId;

    @Column(name = "adoption_id", updatable = false)
    private Long adoptionId;

    @Column(name = "adoption_version", nullable = false, updatable = false)
    private long adoptionVersion;

    @Column(name = "route_json", nullable = false, updatable = false, columnDefinition = "LONGTEXT")
    private String routeJson;

    @Column(nullable = false, length = 16, updatable = false)
    private String channel;

    @Column(name = "applicant_name", nullable = false, length = 200, updatable = false)
    private String applicantName;
    @Column(name = "applicant_identity", length = 32, updatable = false)
    private String applicantIdentity;
    @Column(name = "applicant_address", length = 500, updatable = false)
    private String applicantAddress;
    @Column(name = "applicant_phone", length = 32, updatable = false)
    private String applicantPhone;
    @Column(name = "applicant_email", length = 200, updatable = false)
    private String applicantEmail;
    @Column(name = "applicant_account", length = 100, updatable = false)
    private String applicantAccount;

    @Column(nullable = false, length = 40)
    private String status;
    @Column(nullable = false, length = 16)
    private String stage;
    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;
    @Column(name = "accepted_at")
    private Instant acceptedAt;
    @Column(name = "clock_start")
    private Instant clockStart;
    @Column(name = "clock_budget_quarters")
    private Integer clockBudgetQuarters;
    @Column(name = "paused_working_ms", nullable = false)
    private long pausedWorkingMs;
    @Column(name = "paused_since")
    private Instant pausedSince;
    @Column(name = "appointment_at")
    private Instant appointment;
    @Column(name = "unresolved_reasons")
    private String unresolvedReasons;
    @Column(name = "processing_ended_at")
    private Instant processingEndedAt;
    @Column(length = 16)
    private String lateness;
    @Column(length = 16)
    private String resolution;
    @Column(name = "resolution_reasons")
    private String resolutionReasons;
    @Column(name = "resolution_note", length = 1000)
    private String resolutionNote;
    @Column(name = "delivery_channel", length = 16)
    private String deliveryChannel;
    @Column(name = "delivery_receiver", length = 200)
    private String deliveryReceiver;
    @Column(name = "delivery_reference", length = 200)
    private String deliveryReference;
    @Column(name = "result_returned_at")
    private Instant resultReturnedAt;
    @Column(name = "history_length", nullable = false)
    private long historyLength;
    @Column(name = "history_head", nullable = false, length = 64)
    private String historyHead;

    @Version
    private long version;

    protected DossierRecord() {
    }

    /** The row of a dossier just received. */
    static DossierRecord of(Dossier d) {
        DossierRecord r = new DossierRecord();
        r.code = d.code();
        r.unitCode = d.dossierCode().unitCode();
        r.receivingTenant = d.receivingTenant();
        Route route = d.route();
        r.competentTenant = route.handlingTenant();
        r.procedureId = route.procedureId();
        r.nationalCode = route.nationalCode();
        r.procedureName = route.procedureName();
        r.catalogVersionId = route.pin().catalogVersionId();
        r.adoptionId = route.pin().adoptionId();
        r.adoptionVersion = route.pin().adoptionVersion();
        r.routeJson = StoredJson.route(route);
        r.channel = d.channel().name();
        Applicant a = d.applicant();
        r.applicantName = a.name();
        r.applicantIdentity = a.identityNumber();
        r.applicantAddress = a.address();
        r.applicantPhone = a.phone();
        r.applicantEmail = a.email();
        r.applicantAccount = a.account();
        r.registeredAt = d.registeredAt();
        r.update(d);
        return r;
    }

    /** Copies what a command may have changed. */
    void update(Dossier d) {
        holder = d.holder();
        status = d.status().name();
        stage = d.stage().name();
        acceptedAt = d.acceptedAt();
        WorkingClock clock = d.clock();
        clockStart = clock == null ? null : clock.start();
        clockBudgetQuarters = clock == null ? null : clock.budget().quarters();
        pausedWorkingMs = clock == null ? 0 : clock.pausedWorkingTime().toMillis();
        pausedSince = clock == null ? null : clock.pausedSince();
        appointment = d.appointment();
        unresolvedReasons = StoredJson.lines(d.unresolvedReasons());
        processingEndedAt = d.processingEndedAt();
        lateness = d.lateness() == null ? null : d.lateness().name();
        Resolution res = d.resolution();
        resolution = res == null ? null : res.kind().name();
        resolutionReasons = res == null ? null : StoredJson.lines(res.reasons());
        resolutionNote = res == null ? null : res.note();
        ResultDelivery delivery = d.delivery();
        deliveryChannel = delivery == null ? null : delivery.channel().name();
        deliveryReceiver = delivery == null ? null : delivery.receiver();
        deliveryReference = delivery == null ? null : delivery.reference();
        resultReturnedAt = d.resultReturnedAt();
        historyLength = d.historyLength();
        historyHead = d.historyHead();
    }

    /** The aggregate again, with its executions and participants. */
    Dossier toDossier(List<StepExecution> executions, List<String> participants) {
        WorkingClock clock = clockStart == null ? null : new WorkingClock(clockStart,
                WorkingDays.ofQuarters(clockBudgetQuarters), Duration.ofMillis(pausedWorkingMs), pausedSince);
        Resolution res = resolution == null ? null
                : new Resolution(Resolution.Kind.valueOf(resolution), StoredJson.lines(resolutionReasons), resolutionNote);
        ResultDelivery delivery = deliveryChannel == null ? null
                : new ResultDelivery(Channel.valueOf(deliveryChannel), deliveryReceiver, deliveryReference);
        return Dossier.restore(new Dossier.Stored(id, DossierCode.parse(code), StoredJson.route(routeJson),
                Channel.valueOf(channel),
                new Applicant(applicantName, applicantIdentity, applicantAddress, applicantPhone, applicantEmail, applicantAccount),
                registeredAt, DossierStatus.valueOf(status), Stage.valueOf(stage), holder, participants, executions,
                acceptedAt, clock, appointment, unresolvedReasons == null ? null : StoredJson.lines(unresolvedReasons),
                processingEndedAt, lateness == null ? null : Lateness.valueOf(lateness), res, delivery, resultReturnedAt,
                historyLength, historyHead, version));
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public long version() {
        return version;
    }

    public String holder() {
        return holder;
    }

    public String status() {
        return status;
    }

    public String procedureName() {
        return procedureName;
    }

    public String applicantName() {
        return applicantName;
    }

    public Instant appointment() {
        return appointment;
    }

    /** The unit competent for the procedure: the appointment is on its calendar. */
    public String competentTenant() {
        return competentTenant;
    }

    /** The receipt's clock as stored, null until accepted. */
    public WorkingClock clock() {
        return clockStart == null ? null : new WorkingClock(clockStart, WorkingDays.ofQuarters(clockBudgetQuarters),
                Duration.ofMillis(pausedWorkingMs), pausedSince);
    }

    public Instant processingEndedAt() {
        return processingEndedAt;
    }

    /** Early, on time or late against the appointment, stored when processing ended; null before. */
    public String lateness() {
        return lateness;
    }

    /** Running past its appointment at {@code now}: accepted, not ended, not waiting for the citizen. */
    public boolean isLate(Instant now) {
        return appointment != null && now.isAfter(appointment) && processingEndedAt == null && pausedSince == null
                && !vn.motcua.engine.dossier.DossierStatus.valueOf(status).isFinal();
    }
}
