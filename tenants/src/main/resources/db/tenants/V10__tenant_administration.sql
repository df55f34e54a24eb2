-- Tenant administration: merged units stay as rows (their dossiers, catalogs and history keep
-- their tenant ids and legal record) marked with the unit they were merged into; the Keycloak
-- group a tenant is provisioned to; and the append-only history of every change to the tree.
-- "successor", not "merged_into": Connector/J 9 takes a SELECT naming a column …_into for a
-- SELECT … INTO, which returns no result set, and refuses to run it with executeQuery.
ALTER TABLE tenant
    ADD COLUMN successor_id      VARCHAR(64) NULL,
    ADD COLUMN merged_at         DATETIME(6) NULL,
    ADD COLUMN keycloak_group_id VARCHAR(64) NULL,
    ADD CONSTRAINT fk_tenant_successor FOREIGN KEY (successor_id) REFERENCES tenant (id),
    ADD INDEX ix_tenant_successor (successor_id);

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
