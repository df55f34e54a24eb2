/**
 * The tenant tree as everyone reads it: a {@link vn.motcua.tenants.tree.Tenant} (province,
 * district, commune or ward, {@link vn.motcua.tenants.tree.TenantKind}), its parent and the unit it
 * was merged into, and {@link vn.motcua.tenants.tree.TenantDirectory}, which answers ancestors,
 * descendants and a caller's scope. The tree is not tenant-filtered; changing it is
 * {@link vn.motcua.tenants.admin}'s.
 */
package vn.motcua.tenants.tree;
