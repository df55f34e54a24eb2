package vn.motcua.it;

import jakarta.json.JsonObject;

import static org.assertj.core.api.Assertions.assertThat;

/** Tenants the tests create for themselves through the API, with unique ids and logins. */
final class Tenants {

    /** Unique per test run: the whole run shares one database and one Keycloak. */
    static final String RUN = Long.toString(System.currentTimeMillis() % 46_656_000L, 36);

    private Tenants() {
    }

    static String id(String stem) {
        return "it-" + stem + "-" + RUN;
    }

    static String adminOf(String tenantId) {
        return tenantId.replace('-', '.') + ".admin";
    }

    static Api.Reply create(String asUser, String id, String name, String kind, String parentId) {
        String parent = parentId == null ? "null" : "\"" + parentId + "\"";
        String admin = adminOf(id);
        return Api.post("/api/tenants", Api.token(asUser), """
                {"id": "%s", "name": "%s", "kind": "%s", "parentId": %s,
                 "firstAdmin": {"username": "%s", "email": "%s@motcua.test", "firstName": "Văn Thử", "lastName": "Nguyễn"}}"""
                .formatted(id, name, kind, parent, admin, admin));
    }

    /**
     * A login of the tenant's staff with {@code role}, named after the tenant and the role, in the
     * tenant's Keycloak group {@code groupPath}; its password is {@link Api#PASSWORD}.
     */
    static String staff(String tenantId, String groupPath, String role) {
        String username = tenantId.replace('-', '.') + "." + role;
        Keycloak.createStaff(username, groupPath, role);
        return username;
    }

    /** Creates the tenant and lets its first admin log in with {@link Api#PASSWORD}. */
    static JsonObject created(String asUser, String id, String name, String kind, String parentId) {
        Api.Reply reply = create(asUser, id, name, kind, parentId);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        Keycloak.setPassword(adminOf(id));
        return reply.object();
    }
}
