/**
 * The tenant tree over HTTP ({@code /tenants}): reading it, creating, renaming, moving and merging
 * units through {@link vn.motcua.tenants.admin.TenantAdministration}, with the request and reply bodies.
 */
package vn.motcua.api.tenants;
