-- The tenant tree. Ids are stable slugs; they are also the `tenant` claim in Keycloak tokens.
CREATE TABLE tenant (
    id        VARCHAR(64)  NOT NULL PRIMARY KEY,
    name      VARCHAR(200) NOT NULL,
    kind      VARCHAR(16)  NOT NULL,
    parent_id VARCHAR(64)  NULL,
    version   BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_tenant_parent FOREIGN KEY (parent_id) REFERENCES tenant (id),
    INDEX ix_tenant_parent (parent_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
