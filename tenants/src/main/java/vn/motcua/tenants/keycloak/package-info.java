/**
 * Keycloak's Admin REST API, spoken with {@code java.net.http} and JSON-P as the service account
 * of the confidential client {@code motcua-provisioner} (secret: MicroProfile Config
 * {@code motcua.keycloak.admin-client-secret}, environment MOTCUA_KEYCLOAK_ADMIN_CLIENT_SECRET).
 * One group per tenant, named by the tenant id and nested as the tree is, with the attributes
 * {@code tenant} (mapped into every token) and {@code displayName}.
 */
package vn.motcua.tenants.keycloak;
