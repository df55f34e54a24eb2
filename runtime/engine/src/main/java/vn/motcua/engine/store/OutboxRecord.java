package vn.motcua.engine.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * An event of a committed command for the runtimes after this one (notifications and forms, the
 * portal sync, reports), written in the command's transaction; none reads it yet.
 */
@Entity(name = "OutboxEvent")
@Table(name = "outbox")
public class OutboxRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "dedupe_key", nullable = false, length = 200, updatable = false)
    private String dedupeKey;
    @Column(name = "dossier_code", nullable = false, length = 64, updatable = false)
    private String dossierCode;
    @Column(nullable = false, length = 64, updatable = false)
    private String type;
    @Column(nullable = false, updatable = false)
    private String payload;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "published_at")
    private Instant publishedAt;

    protected OutboxRecord() {
    }

    OutboxRecord(String dedupeKey, String dossierCode, String type, String payload, Instant createdAt) {
        this.dedupeKey = dedupeKey;
        this.dossierCode = dossierCode;
        this.type = type;
        this.payload = payload;
        this.createdAt = createdAt;
    }
}
