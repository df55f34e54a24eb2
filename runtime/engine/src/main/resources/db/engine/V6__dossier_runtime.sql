-- The dossier runtime (issue 10): the pure core vn.motcua.engine.dossier persisted. Replaces the
-- linear walker's tables. Their rows are kept, renamed legacy_*, read-only by convention and read by
-- nothing: the walker's dossiers carry codes made from tenant ids and no route snapshot, outcome or
-- clock, so they cannot become dossiers of the new lifecycle, and nothing is deleted (a database
-- kept by the Run command, or one upgraded from the shared history, holds only demo and test
-- dossiers of the walker, but an audit may still want them).
RENAME TABLE dossier TO legacy_dossier, dossier_event TO legacy_dossier_event, dossier_step TO legacy_dossier_step,
    dossier_sequence TO legacy_dossier_sequence;

-- One row per dossier: its state, the route as copied at reception (route_json, immutable) pinned to
-- the catalog version and the adoption row's id and version, the clocks, the resolution, the head of
-- the history chain, and the optimistic version every command bumps.
CREATE TABLE dossier (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code                   VARCHAR(64)   NOT NULL,
    unit_code              VARCHAR(32)   NOT NULL,
    receiving_tenant_id    VARCHAR(64)   NOT NULL,
    -- the tenant holding it now (the open step's, or the desk returning the result)
    holder_tenant_id       VARCHAR(64)   NOT NULL,
    competent_tenant_id    VARCHAR(64)   NOT NULL,
    procedure_id           BIGINT        NULL,
    national_code          VARCHAR(64)   NULL,
    procedure_name         VARCHAR(500)  NOT NULL,
    catalog_version_id     BIGINT        NOT NULL,
    adoption_id            BIGINT        NULL,
    adoption_version       BIGINT        NOT NULL,
    route_json             LONGTEXT      NOT NULL,
    channel                VARCHAR(16)   NOT NULL,
    applicant_name         VARCHAR(200)  NOT NULL,
    applicant_identity     VARCHAR(32)   NULL,
    applicant_address      VARCHAR(500)  NULL,
    applicant_phone        VARCHAR(32)   NULL,
    applicant_email        VARCHAR(200)  NULL,
    applicant_account      VARCHAR(100)  NULL,
    status                 VARCHAR(40)   NOT NULL,
    stage                  VARCHAR(16)   NOT NULL,
    registered_at          DATETIME(6)   NOT NULL,
    accepted_at            DATETIME(6)   NULL,
    -- the receipt's clock: start, budget, office time paused so far, current pause
    clock_start            DATETIME(6)   NULL,
    clock_budget_quarters  INT           NULL,
    paused_working_ms      BIGINT        NOT NULL DEFAULT 0,
    paused_since           DATETIME(6)   NULL,
    appointment_at         DATETIME(6)   NULL,
    unresolved_reasons     MEDIUMTEXT    NULL,
    processing_ended_at    DATETIME(6)   NULL,
    lateness               VARCHAR(16)   NULL,
    resolution             VARCHAR(16)   NULL,
    resolution_reasons     MEDIUMTEXT    NULL,
    resolution_note        VARCHAR(1000) NULL,
    delivery_channel       VARCHAR(16)   NULL,
    delivery_receiver      VARCHAR(200)  NULL,
    delivery_reference     VARCHAR(200)  NULL,
    result_returned_at     DATETIME(6)   NULL,
    history_length         BIGINT        NOT NULL,
    history_head           CHAR(64)      NOT NULL,
    version                BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_dossier_code UNIQUE (code),
    CONSTRAINT fk_dossier_receiving FOREIGN KEY (receiving_tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_dossier_holder FOREIGN KEY (holder_tenant_id) REFERENCES tenant (id),
    INDEX ix_dossier_holder (holder_tenant_id, status, appointment_at),
    INDEX ix_dossier_status (status, appointment_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every tenant a dossier reached (the receiving desk, each unit that handled a step): the dossier's
-- tenant criteria read this table, so the district sees a commune's dossier from its transfer on,
-- and the commune keeps seeing it; nobody else does.
CREATE TABLE dossier_participant (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    dossier_id  BIGINT      NOT NULL,
    tenant_id   VARCHAR(64) NOT NULL,
    CONSTRAINT uq_participant UNIQUE (dossier_id, tenant_id),
    CONSTRAINT fk_participant_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id),
    CONSTRAINT fk_participant_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    INDEX ix_participant_tenant (tenant_id, dossier_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per step execution (a return makes a new pass, the old row stays): who, when, its own due
-- and lateness, its posting, and an optimistic version.
CREATE TABLE dossier_step_execution (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    dossier_id            BIGINT        NOT NULL,
    sequence              INT           NOT NULL,
    route_index           INT           NOT NULL,
    step_number           VARCHAR(16)   NOT NULL,
    pass                  INT           NOT NULL,
    handling_tenant_id    VARCHAR(64)   NOT NULL,
    unit                  VARCHAR(500)  NULL,
    role                  VARCHAR(32)   NULL,
    assignee              VARCHAR(100)  NULL,
    started_at            DATETIME(6)   NOT NULL,
    budget_quarters       INT           NULL,
    paused_working_ms     BIGINT        NOT NULL DEFAULT 0,
    paused_since          DATETIME(6)   NULL,
    due_at                DATETIME(6)   NULL,
    ended_at              DATETIME(6)   NULL,
    ended_by              VARCHAR(100)  NULL,
    ending                VARCHAR(32)   NULL,
    outcome_kind          VARCHAR(16)   NULL,
    outcome_target        VARCHAR(16)   NULL,
    outcome_label         VARCHAR(200)  NULL,
    reasons               MEDIUMTEXT    NULL,
    lateness              VARCHAR(16)   NULL,
    posting_number        INT           NULL,
    posting_started_at    DATETIME(6)   NULL,
    posting_ends_at       DATETIME(6)   NULL,
    posting_complaint     VARCHAR(2000) NULL,
    posting_ended_at      DATETIME(6)   NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_step_execution UNIQUE (dossier_id, sequence),
    CONSTRAINT fk_step_execution_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id),
    INDEX ix_step_open (handling_tenant_id, ended_at, due_at),
    INDEX ix_step_assignee (assignee, ended_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The append-only history, one row per command, each hash chaining it to the dossier's previous row
-- (HistoryChain). The database refuses to change or remove a row.
CREATE TABLE dossier_history (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    dossier_id       BIGINT        NOT NULL,
    dossier_code     VARCHAR(64)   NOT NULL,
    sequence         BIGINT        NOT NULL,
    at               DATETIME(6)   NOT NULL,
    command          VARCHAR(40)   NOT NULL,
    user_id          VARCHAR(100)  NOT NULL,
    role             VARCHAR(32)   NULL,
    actor_tenant_id  VARCHAR(64)   NULL,
    client_id        VARCHAR(100)  NULL,
    client_ip        VARCHAR(64)   NULL,
    idempotency_key  VARCHAR(200)  NULL,
    status_before    VARCHAR(40)   NULL,
    status_after     VARCHAR(40)   NOT NULL,
    step_before      VARCHAR(32)   NULL,
    step_after       VARCHAR(32)   NULL,
    holder_before    VARCHAR(64)   NULL,
    holder_after     VARCHAR(64)   NULL,
    outcome          VARCHAR(300)  NULL,
    reasons          MEDIUMTEXT    NULL,
    details          MEDIUMTEXT    NULL,
    prev_hash        CHAR(64)      NOT NULL,
    hash             CHAR(64)      NOT NULL,
    CONSTRAINT uq_history_sequence UNIQUE (dossier_id, sequence),
    CONSTRAINT fk_history_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER dossier_history_no_update BEFORE UPDATE ON dossier_history FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'dossier_history is append-only: UPDATE refused';

CREATE TRIGGER dossier_history_no_delete BEFORE DELETE ON dossier_history FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'dossier_history is append-only: DELETE refused';

-- Timers (a posting comes down, a dossier enters its warning window), one row per key. Any server
-- claims due rows with SELECT … FOR UPDATE SKIP LOCKED, marks them with its name and a lock expiry,
-- and fires each in its own transaction, which sets fired_at: a row fires once, and a crashed
-- server's claims expire.
CREATE TABLE dossier_timer (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    dossier_code     VARCHAR(64)  NOT NULL,
    purpose          VARCHAR(32)  NOT NULL,
    discriminator    VARCHAR(64)  NOT NULL,
    due_at           DATETIME(6)  NOT NULL,
    lock_owner       VARCHAR(100) NULL,
    lock_expires_at  DATETIME(6)  NULL,
    fired_at         DATETIME(6)  NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_timer_key UNIQUE (dossier_code, purpose, discriminator),
    INDEX ix_timer_due (fired_at, due_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Events of committed commands for the runtimes after this one (notifications, forms, portal sync,
-- reports), written in the command's transaction; dedupe key: code, history sequence, event type.
CREATE TABLE outbox (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    dedupe_key    VARCHAR(200) NOT NULL,
    dossier_code  VARCHAR(64)  NOT NULL,
    type          VARCHAR(64)  NOT NULL,
    payload       MEDIUMTEXT         NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    published_at  DATETIME(6)  NULL,
    CONSTRAINT uq_outbox_dedupe UNIQUE (dedupe_key),
    INDEX ix_outbox_unpublished (published_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The first answer to each Idempotency-Key of a caller, stored in the command's transaction.
CREATE TABLE idempotency_key (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    caller           VARCHAR(100)  NOT NULL,
    idem_key         VARCHAR(200)  NOT NULL,
    request_hash     CHAR(64)      NOT NULL,
    response_status  INT           NOT NULL,
    response_body    LONGTEXT      NULL,
    created_at       DATETIME(6)   NOT NULL,
    CONSTRAINT uq_idempotency UNIQUE (caller, idem_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Daily dossier numbers per unit code. Row first: the (unit, day) row is made to exist in a short
-- transaction of its own (INSERT IGNORE), then the command's transaction advances it with
-- UPDATE … SET last_value = LAST_INSERT_ID(last_value + 1), which rolls back with the command: gap-free.
-- (INSERT … ON DUPLICATE KEY UPDATE in the command's transaction deadlocked on the day's first burst.)
CREATE TABLE dossier_sequence (
    unit_code   VARCHAR(32) NOT NULL,
    day         DATE        NOT NULL,
    last_value  INT         NOT NULL,
    PRIMARY KEY (unit_code, day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
