-- Each dossier keeps the route it was received with (the effective steps of its procedure then).
CREATE TABLE dossier_step (
    dossier_id      BIGINT       NOT NULL,
    position        INT          NOT NULL,
    number          VARCHAR(16)  NOT NULL,
    actor_role      VARCHAR(32)  NULL,
    actor_unit      VARCHAR(500) NULL,
    budget_quarters INT          NULL,
    PRIMARY KEY (dossier_id, position),
    CONSTRAINT fk_dossier_step FOREIGN KEY (dossier_id) REFERENCES dossier (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
