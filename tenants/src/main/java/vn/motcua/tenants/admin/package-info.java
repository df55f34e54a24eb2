/**
 * Administration of the tenant tree: create a unit under its parent, rename, move, and merge
 * communes or wards (as the 2025 reform did). The rules are pure ({@link vn.motcua.tenants.admin.TenantRules},
 * {@link vn.motcua.tenants.admin.TenantPermissions}); {@link vn.motcua.tenants.admin.TenantRecords}
 * applies them in one transaction with an append-only history ({@link vn.motcua.tenants.admin.TenantEvent});
 * {@link vn.motcua.tenants.admin.TenantAdministration} then brings the identity provider in step,
 * outside the transaction, through {@link vn.motcua.tenants.admin.IdentityProvisioning}.
 *
 * <p>A merged unit stays a row, marked with its successor and placed under it: its dossiers,
 * catalogs and history keep their tenant id, and the successor's scope reads them.
 */
package vn.motcua.tenants.admin;
