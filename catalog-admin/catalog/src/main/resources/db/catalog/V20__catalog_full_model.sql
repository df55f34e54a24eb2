-- Every field of a decision's procedure (Quảng Trị 71/QĐ-UBND): channels, documents, fees,
-- legal basis; steps with their kind (a public posting and its duration) and their outcomes.

-- What a draft knows of the decision it transcribes, and where citizens submit online.
ALTER TABLE catalog_version
    ADD COLUMN issuer        VARCHAR(300) NULL,
    ADD COLUMN decision_year SMALLINT     NULL,
    ADD COLUMN portal_url    VARCHAR(500) NULL;

-- Channels are comma-separated constant names (ONLINE,IN_PERSON,POSTAL / EMAIL,ZALO,SMS); NULL = not stated.
ALTER TABLE procedure_def
    ADD COLUMN submission_channels   VARCHAR(64) NULL,
    ADD COLUMN result_channels       VARCHAR(64) NULL,
    ADD COLUMN notification_channels VARCHAR(64) NULL,
    ADD COLUMN legal_basis           TEXT        NULL;

-- Thành phần hồ sơ, in the decision's order.
CREATE TABLE procedure_document (
    procedure_id BIGINT        NOT NULL,
    position     INT           NOT NULL,
    name         VARCHAR(1000) NOT NULL,
    form         VARCHAR(500)  NULL,
    originals    INT           NOT NULL,
    copies       INT           NOT NULL,
    note         VARCHAR(1000) NULL,
    PRIMARY KEY (procedure_id, position),
    CONSTRAINT fk_document_procedure FOREIGN KEY (procedure_id) REFERENCES procedure_def (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Phí, lệ phí in whole đồng; 0 = free.
CREATE TABLE procedure_fee (
    procedure_id BIGINT       NOT NULL,
    position     INT          NOT NULL,
    description  VARCHAR(500) NOT NULL,
    amount_vnd   BIGINT       NOT NULL,
    legal_basis  VARCHAR(500) NULL,
    PRIMARY KEY (procedure_id, position),
    CONSTRAINT fk_fee_procedure FOREIGN KEY (procedure_id) REFERENCES procedure_def (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- kind TASK | POSTING; a posting's duration in quarter days; outcomes one per line, KIND>target:label.
ALTER TABLE step_definition
    ADD COLUMN kind             VARCHAR(16)   NOT NULL DEFAULT 'TASK',
    ADD COLUMN posting_quarters INT           NULL,
    ADD COLUMN outcomes         VARCHAR(2000) NULL;
