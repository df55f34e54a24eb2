package vn.motcua.tenants.admin;

/** The first catalog admin of a new tenant, created in Keycloak with the tenant's group. */
public record FirstAdmin(String username, String email, String firstName, String lastName) {

    public FirstAdmin {
        username = NewTenant.trim(username);
        email = NewTenant.trim(email);
        firstName = NewTenant.trim(firstName);
        lastName = NewTenant.trim(lastName);
    }
}
