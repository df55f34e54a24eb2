/**
 * Who is calling and what they may see: the {@link vn.motcua.tenants.access.Caller} the web
 * modules put in the {@link vn.motcua.tenants.access.CallerContext} before any service runs, the
 * realm's {@link vn.motcua.tenants.access.Role}s, the {@link vn.motcua.tenants.access.TenantScope}
 * of tenants whose rows a caller may read, and the login sessions their users ended
 * ({@link vn.motcua.tenants.access.LoginSessions}).
 */
package vn.motcua.tenants.access;
