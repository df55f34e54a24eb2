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

    /** The unit code the tests give {@code tenantId}: letters and digits in dot-separated groups. */
    static String unitCode(String tenantId) {
        return "IT." + RUN.toUpperCase() + "." + Integer.toUnsignedString(tenantId.hashCode(), 36).toUpperCase();
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
        // its electronic identification code, which opens its dossier codes: unique per test tenant
        Api.Reply coded = Api.put("/api/tenants/" + id + "/unit-code", Api.token(asUser),
                "{\"unitCode\": \"" + unitCode(id) + "\"}");
        assertThat(coded.status()).as(coded.toString()).isEqualTo(200);
        // the unit as it is now, its version moved by the unit code
        return jakarta.json.Json.createObjectBuilder(reply.object()).add("tenant", coded.object()).build();
    }
}
