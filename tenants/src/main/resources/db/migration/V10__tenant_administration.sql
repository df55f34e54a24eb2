-- Tenant administration: merged units stay as rows (their dossiers, catalogs and history keep
-- their tenant ids and legal record) marked with the unit they were merged into; the Keycloak
-- group a tenant is provisioned to; and the append-only history of every change to the tree.
ALTER TABLE tenant
    ADD COLUMN merged_into       VARCHAR(64) NULL,
    ADD COLUMN merged_at         DATETIME(6) NULL,
    ADD COLUMN keycloak_group_id VARCHAR(64) NULL,
    ADD CONSTRAINT fk_tenant_merged_into FOREIGN KEY (merged_into) REFERENCES tenant (id),
    ADD INDEX ix_tenant_merged_into (merged_into);

CREATE TABLE tenant_event (
    id        BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id VARCHAR(64)   NOT NULL,
    at        DATETIME(6)   NOT NULL,
    actor     VARCHAR(100)  NOT NULL,
    action    VARCHAR(32)   NOT NULL,
    old_value VARCHAR(500)  NULL,
    new_value VARCHAR(500)  NULL,
    CONSTRAINT fk_tenant_event_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    INDEX ix_tenant_event_tenant (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
