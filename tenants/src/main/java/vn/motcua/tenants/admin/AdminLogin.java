package vn.motcua.tenants.admin;

/**
 * The first admin's login as created. {@code temporaryPassword} is shown once to whoever created
 * the tenant and is not stored by Motcua; Keycloak makes the admin change it at first login.
 * It is null when the admin had already set their own password.
 */
public record AdminLogin(String username, String temporaryPassword) {
}
