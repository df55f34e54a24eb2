package vn.motcua.engine.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.motcua.engine.dossier.Command;
import vn.motcua.engine.dossier.DossierStatus;
import vn.motcua.engine.dossier.HistoryEntry;

import java.time.Instant;

/**
 * One line of a dossier's append-only history, as {@link HistoryEntry} seals it: written once in
 * the command's transaction; the table's triggers refuse UPDATE and DELETE.
 */
@Entity(name = "DossierHistory")
@Table(name = "dossier_history")
public class HistoryRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "dossier_id", nullable = false, updatable = false)
    private long dossierId;
    @Column(name = "dossier_code", nullable = false, length = 64, updatable = false)
    private String dossierCode;
    @Column(nullable = false, updatable = false)
    private long sequence;
    @Column(nullable = false, updatable = false)
    private Instant at;
    @Column(nullable = false, length = 40, updatable = false)
    private String command;
    @Column(name = "user_id", nullable = false, length = 100, updatable = false)
    private String user;
    @Column(length = 32, updatable = false)
    private String role;
    @Column(name = "actor_tenant_id", length = 64, updatable = false)
    private String actorTenant;
    @Column(name = "client_id", length = 100, updatable = false)
    private String clientId;
    @Column(name = "client_ip", length = 64, updatable = false)
    private String clientIp;
    @Column(name = "idempotency_key", length = 200, updatable = false)
    private String idempotencyKey;
    @Column(name = "status_before", length = 40, updatable = false)
    private String statusBefore;
    @Column(name = "status_after", nullable = false, length = 40, updatable = false)
    private String statusAfter;
    @Column(name = "step_before", length = 32, updatable = false)
    private String stepBefore;
    @Column(name = "step_after", length = 32, updatable = false)
    private String stepAfter;
    @Column(name = "holder_before", length = 64, updatable = false)
    private String holderBefore;
    @Column(name = "holder_after", length = 64, updatable = false)
    private String holderAfter;
    @Column(length = 300, updatable = false)
    private String outcome;
    @Column(updatable = false)
    private String reasons;
    @Column(updatable = false)
    private String details;
    @Column(name = "prev_hash", nullable = false, length = 64, updatable = false)
    private String previousHash;
    @Column(nullable = false, length = 64, updatable = false)
    private String hash;

    protected HistoryRecord() {
    }

    static HistoryRecord of(long dossierId, HistoryEntry e) {
        HistoryRecord r = new HistoryRecord();
        r.dossierId = dossierId;
        r.dossierCode = e.dossier();
        r.sequence = e.sequence();
        r.at = e.at();
        r.command = e.command().name();
        r.user = e.user();
        r.role = e.role();
        r.actorTenant = e.actorTenant();
        r.clientId = e.clientId();
        r.clientIp = e.clientIp();
        r.idempotencyKey = e.idempotencyKey();
        r.statusBefore = e.statusBefore() == null ? null : e.statusBefore().name();
        r.statusAfter = e.statusAfter().name();
        r.stepBefore = e.stepBefore();
        r.stepAfter = e.stepAfter();
        r.holderBefore = e.holderBefore();
        r.holderAfter = e.holderAfter();
        r.outcome = e.outcome();
        r.reasons = StoredJson.lines(e.reasons());
        r.details = StoredJson.details(e.details());
        r.previousHash = e.previousHash();
        r.hash = e.hash();
        return r;
    }

    /** The entry as stored: what the chain's verification hashes again. */
    public HistoryEntry toEntry() {
        return new HistoryEntry(dossierCode, sequence, at, Command.valueOf(command), user, role, actorTenant, clientId,
                clientIp, idempotencyKey, statusBefore == null ? null : DossierStatus.valueOf(statusBefore),
                DossierStatus.valueOf(statusAfter), stepBefore, stepAfter, holderBefore, holderAfter, outcome,
                StoredJson.lines(reasons), StoredJson.details(details), previousHash, hash);
    }
}
