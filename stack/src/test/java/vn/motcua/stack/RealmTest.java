package vn.motcua.stack;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The realm template renders to valid JSON with nothing left to substitute. */
class RealmTest {

    private static JsonObject render(Ports p) {
        String json = Realm.render(Realm.values(StackEnvironment.embedded(p)));
        assertThat(json).doesNotContain("${");
        try (JsonReader r = Json.createReader(new StringReader(json))) {
            return r.readObject();
        }
    }

    @Test
    void rendersValidJsonWithoutPlaceholders() {
        JsonObject realm = render(Ports.RUN);
        assertThat(realm.getString("realm")).isEqualTo("motcua");
        assertThat(realm.getString("sslRequired")).isEqualTo("none");
        assertThat(realm.getString("defaultLocale")).isEqualTo("vi");
        JsonObject web = client(realm, "motcua-web");
        assertThat(strings(web.getJsonArray("redirectUris")))
                .containsExactlyInAnyOrder("http://localhost:18080/admin/*", "http://localhost:18080/desk/*");
        // RP-initiated logout returns to the UIs' logged-out pages only (vn.motcua.web.LoggedOut)
        assertThat(web.getJsonObject("attributes").getString("post.logout.redirect.uris"))
                .isEqualTo("http://localhost:18080/admin/logged-out##http://localhost:18080/desk/logged-out");
        assertThat(web.getString("secret")).isEqualTo(StackEnvironment.WEB_CLIENT_SECRET);
        assertThat(web.getBoolean("publicClient")).isFalse();
        assertThat(client(realm, "motcua-cli").getBoolean("directAccessGrantsEnabled")).isTrue();
        assertThat(client(realm, "motcua-api").getBoolean("bearerOnly")).isTrue();
        JsonObject provisioner = client(realm, "motcua-provisioner");
        assertThat(provisioner.getString("secret")).isEqualTo(StackEnvironment.ADMIN_CLIENT_SECRET);
        assertThat(provisioner.getBoolean("serviceAccountsEnabled")).isTrue();
        assertThat(provisioner.getBoolean("directAccessGrantsEnabled")).isFalse();
        JsonObject account = realm.getJsonArray("users").getValuesAs(JsonObject.class).stream()
                .filter(u -> "motcua-provisioner".equals(u.getString("serviceAccountClientId", null))).findFirst().orElseThrow();
        // users and groups only: no realm, client or role administration
        assertThat(strings(account.getJsonObject("clientRoles").getJsonArray("realm-management")))
                .containsExactlyInAnyOrder("manage-users", "view-users", "query-users", "query-groups");

        JsonObject test = render(Ports.TEST);
        assertThat(strings(client(test, "motcua-web").getJsonArray("webOrigins"))).containsExactly("http://localhost:28080");
        assertThat(client(test, "motcua-web").getJsonObject("attributes").getString("post.logout.redirect.uris"))
                .isEqualTo("http://localhost:28080/admin/logged-out##http://localhost:28080/desk/logged-out");
    }

    @Test
    void demoUsersMatchTheTemplate() {
        JsonObject realm = render(Ports.TEST);
        Map<String, String> groupTenant = new HashMap<>();
        collectGroups(realm.getJsonArray("groups"), groupTenant);
        assertThat(groupTenant).containsOnlyKeys("/quang-tri", "/quang-tri/hai-lang", "/quang-tri/hai-lang/hai-que",
                "/quang-tri/phuong-5", "/thanh-hoa");
        List<String> usernames = new ArrayList<>();
        for (JsonValue v : realm.getJsonArray("users")) {
            JsonObject u = v.asJsonObject();
            if (u.containsKey("serviceAccountClientId")) {
                continue; // not a login
            }
            usernames.add(u.getString("username"));
            Realm.DemoUser demo = Realm.DEMO_USERS.stream().filter(d -> d.username().equals(u.getString("username")))
                    .findFirst().orElseThrow();
            assertThat(strings(u.getJsonArray("realmRoles"))).contains(demo.role());
            List<String> groups = u.containsKey("groups") ? strings(u.getJsonArray("groups")) : List.of();
            if (demo.tenant() == null) {
                assertThat(groups).isEmpty();
            } else {
                assertThat(groups).hasSize(1);
                assertThat(groupTenant.get(groups.get(0))).isEqualTo(demo.tenant());
            }
            assertThat(u.getString("email")).endsWith("@motcua.test");
            assertThat(u.getString("firstName")).isNotBlank();
            assertThat(u.getString("lastName")).isNotBlank();
            assertThat(u.getBoolean("emailVerified")).isTrue();
        }
        assertThat(usernames).containsExactlyElementsOf(
                Realm.DEMO_USERS.stream().map(Realm.DemoUser::username).collect(Collectors.toList()));
    }

    @Test
    void missingValueFails() {
        assertThatThrownBy(() -> Realm.render(Map.of())).hasMessageContaining("MOTCUA_WEB_ORIGIN");
    }

    @Test
    void environmentVariables() {
        Map<String, String> env = StackEnvironment.embedded(Ports.TEST).toMap();
        assertThat(env).containsEntry("MOTCUA_DB_USER", "motcua")
                .containsEntry("MOTCUA_DB_PASSWORD", "motcua")
                .containsEntry("MOTCUA_OIDC_PROVIDER", "http://localhost:28480/realms/motcua")
                .containsEntry("MOTCUA_JWT_ISSUER", "http://localhost:28480/realms/motcua")
                .containsEntry("MOTCUA_JWKS_URL", "http://localhost:28480/realms/motcua/protocol/openid-connect/certs")
                .containsEntry("MOTCUA_OIDC_CLIENT_ID", "motcua-web")
                .containsEntry("MOTCUA_OIDC_CLIENT_SECRET", "motcua-web-secret")
                .containsEntry("MOTCUA_WEB_ORIGIN", "http://localhost:28080")
                .containsEntry("MOTCUA_DEMO_DATA", "true")
                .containsEntry("MOTCUA_KEYCLOAK_ADMIN_CLIENT_ID", "motcua-provisioner")
                .containsEntry("MOTCUA_KEYCLOAK_ADMIN_CLIENT_SECRET", "motcua-provisioner-secret")
                .containsEntry("MOTCUA_CLOCK_ADJUSTABLE", "false");
        assertThat(StackEnvironment.embedded(Ports.TEST).withAdjustableClock().toMap())
                .containsEntry("MOTCUA_CLOCK_ADJUSTABLE", "true");
        assertThat(env.get("MOTCUA_DB_URL")).startsWith("jdbc:mysql://localhost:23306/motcua?createDatabaseIfNotExist=true");
        assertThat(env.values()).allMatch(v -> !v.isEmpty());
    }

    private static void collectGroups(JsonArray groups, Map<String, String> out) {
        for (JsonValue v : groups) {
            JsonObject g = v.asJsonObject();
            out.put(g.getString("path"), g.getJsonObject("attributes").getJsonArray("tenant").getString(0));
            collectGroups(g.getJsonArray("subGroups"), out);
        }
    }

    private static JsonObject client(JsonObject realm, String id) {
        return realm.getJsonArray("clients").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("clientId").equals(id)).findFirst().orElseThrow();
    }

    private static List<String> strings(JsonArray a) {
        return a.getValuesAs(JsonString.class).stream().map(JsonString::getString).collect(Collectors.toList());
    }
}
