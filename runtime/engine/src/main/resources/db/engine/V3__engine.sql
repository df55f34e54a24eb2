-- Dossiers, their append-only history, and the per-tenant daily numbering of dossier codes.
CREATE TABLE dossier (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id          VARCHAR(64)  NOT NULL,
    code               VARCHAR(64)  NOT NULL,
    procedure_id       BIGINT       NOT NULL,
    catalog_version_id BIGINT       NOT NULL,
    procedure_name     VARCHAR(500) NOT NULL,
    applicant_name     VARCHAR(200) NOT NULL,
    applicant_phone    VARCHAR(32)  NULL,
    applicant_email    VARCHAR(200) NULL,
    channel            VARCHAR(16)  NOT NULL,
    status             VARCHAR(32)  NOT NULL,
    received_at        DATETIME(6)  NOT NULL,
    received_by        VARCHAR(100) NOT NULL,
    appointment_at     DATETIME(6)  NOT NULL,
    step_index         INT          NOT NULL,
    step_number        VARCHAR(16)  NULL,
    step_role          VARCHAR(32)  NULL,
    step_started_at    DATETIME(6)  NULL,
    completed_at       DATETIME(6)  NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_dossier_code UNIQUE (code),
    CONSTRAINT fk_dossier_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_dossier_procedure FOREIGN KEY (procedure_id) REFERENCES procedure_def (id),
    INDEX ix_dossier_queue (tenant_id, status, appointment_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE dossier_event (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id    VARCHAR(64)   NOT NULL,
    dossier_id   BIGINT        NOT NULL,
    at           DATETIME(6)   NOT NULL,
    actor        VARCHAR(100)  NOT NULL,
    type         VARCHAR(32)   NOT NULL,
    step_number  VARCHAR(16)   NULL,
    status_after VARCHAR(32)   NOT NULL,
    note         VARCHAR(1000) NULL,
    CONSTRAINT fk_event_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id),
    INDEX ix_event_dossier (dossier_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Not an entity: advanced atomically with INSERT … ON DUPLICATE KEY UPDATE LAST_INSERT_ID(…).
CREATE TABLE dossier_sequence (
    tenant_id  VARCHAR(64) NOT NULL,
    day        DATE        NOT NULL,
    last_value INT         NOT NULL,
    PRIMARY KEY (tenant_id, day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
