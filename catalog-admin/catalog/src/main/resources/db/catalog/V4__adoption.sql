-- What a district or commune adopted from the catalog above it. The effective catalog is
-- computed from this and the version in effect; nothing of the province's catalog is copied.
CREATE TABLE catalog_adoption (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id  VARCHAR(64) NOT NULL,
    adopts_all BOOLEAN     NOT NULL,
    version    BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uq_adoption_tenant UNIQUE (tenant_id),
    CONSTRAINT fk_adoption_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE adoption_procedure (
    adoption_id    BIGINT       NOT NULL,
    position       INT          NOT NULL,
    national_code  VARCHAR(40)  NULL,
    procedure_name VARCHAR(500) NULL,
    PRIMARY KEY (adoption_id, position),
    CONSTRAINT fk_adoption_procedure FOREIGN KEY (adoption_id) REFERENCES catalog_adoption (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE adoption_override (
    adoption_id     BIGINT       NOT NULL,
    position        INT          NOT NULL,
    national_code   VARCHAR(40)  NULL,
    procedure_name  VARCHAR(500) NULL,
    step_number     VARCHAR(16)  NOT NULL,
    actor_unit      VARCHAR(500) NULL,
    actor_role      VARCHAR(32)  NULL,
    budget_quarters INT          NULL,
    PRIMARY KEY (adoption_id, position),
    CONSTRAINT fk_adoption_override FOREIGN KEY (adoption_id) REFERENCES catalog_adoption (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
