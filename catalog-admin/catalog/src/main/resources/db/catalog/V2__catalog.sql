-- The procedure catalog. A version is edited as a draft and frozen when published.
CREATE TABLE catalog_version (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id       VARCHAR(64)   NOT NULL,
    title           VARCHAR(500)  NOT NULL,
    decision_number VARCHAR(64)   NULL,
    decision_date   DATE          NULL,
    effective_from  DATE          NULL,
    replaces        VARCHAR(1000) NULL,
    status          VARCHAR(16)   NOT NULL,
    published_at    DATETIME(6)   NULL,
    revision        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_catalog_version_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    INDEX ix_catalog_version_effective (tenant_id, status, effective_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE procedure_def (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id      VARCHAR(64)  NOT NULL,
    version_id     BIGINT       NOT NULL,
    national_code  VARCHAR(40)  NULL,
    name           VARCHAR(500) NOT NULL,
    field          VARCHAR(200) NULL,
    search_text    VARCHAR(800) NOT NULL,
    handling_level VARCHAR(16)  NULL,
    online_level   VARCHAR(16)  NOT NULL,
    total_quarters INT          NOT NULL,
    CONSTRAINT fk_procedure_version FOREIGN KEY (version_id) REFERENCES catalog_version (id),
    CONSTRAINT uq_procedure_code UNIQUE (version_id, national_code),
    INDEX ix_procedure_tenant_name (tenant_id, version_id, name(191))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE step_definition (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id       VARCHAR(64)   NOT NULL,
    procedure_id    BIGINT        NOT NULL,
    position        INT           NOT NULL,
    number          VARCHAR(16)   NOT NULL,
    parent_number   VARCHAR(16)   NULL,
    actor_unit      VARCHAR(500)  NULL,
    actor_role      VARCHAR(32)   NULL,
    content         VARCHAR(2000) NULL,
    budget_quarters INT           NULL,
    level           VARCHAR(16)   NULL,
    CONSTRAINT fk_step_procedure FOREIGN KEY (procedure_id) REFERENCES procedure_def (id),
    CONSTRAINT uq_step_number UNIQUE (procedure_id, number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE service_day (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id   VARCHAR(64)   NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    weekday     VARCHAR(16)   NOT NULL,
    mode        VARCHAR(32)   NOT NULL,
    description VARCHAR(2000) NULL,
    CONSTRAINT fk_service_day_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE service_day_procedure (
    service_day_id BIGINT       NOT NULL,
    position       INT          NOT NULL,
    field          VARCHAR(200) NULL,
    procedure_name VARCHAR(500) NOT NULL,
    PRIMARY KEY (service_day_id, position),
    CONSTRAINT fk_sdp_day FOREIGN KEY (service_day_id) REFERENCES service_day (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
