/**
 * The tenant tree screen: the units below the caller's, and creating, renaming, moving and merging
 * them with what a merger carried over ({@link vn.motcua.admin.tenants.TenantsView}).
 */
package vn.motcua.admin.tenants;
