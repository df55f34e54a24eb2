package vn.motcua.engine.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The first answer to a caller's Idempotency-Key, with a hash of the request it answered. */
@Entity(name = "IdempotencyKey")
@Table(name = "idempotency_key")
public class IdempotencyRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, length = 100, updatable = false)
    private String caller;
    @Column(name = "idem_key", nullable = false, length = 200, updatable = false)
    private String key;
    @Column(name = "request_hash", nullable = false, length = 64, updatable = false)
    private String requestHash;
    @Column(name = "response_status", nullable = false, updatable = false)
    private int responseStatus;
    @Column(name = "response_body", updatable = false)
    private String responseBody;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected IdempotencyRecord() {
    }

    public IdempotencyRecord(String caller, String key, String requestHash, int responseStatus, String responseBody,
                             Instant createdAt) {
        this.caller = caller;
        this.key = key;
        this.requestHash = requestHash;
        this.responseStatus = responseStatus;
        this.responseBody = responseBody;
        this.createdAt = createdAt;
    }

    public String requestHash() {
        return requestHash;
    }

    public int responseStatus() {
        return responseStatus;
    }

    public String responseBody() {
        return responseBody;
    }
}
