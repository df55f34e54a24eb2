package vn.motcua.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The test stack's Keycloak as its administrator sees it (master realm, admin/admin): to check
 * what Motcua provisioned, independently of Motcua's own client, and to prepare logins.
 */
final class Keycloak {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Keycloak() {
    }

    static String base() {
        String realm = TestStackSession.realmUrl();
        return realm.substring(0, realm.indexOf("/realms/"));
    }

    /** A group by its path, e.g. {@code /quang-tri/hai-lang}. */
    static Optional<JsonObject> group(String path) {
        Reply r = admin("GET", "/group-by-path" + path, null);
        return r.status() == 404 ? Optional.empty() : Optional.of(r.require(200).object());
    }

    static Optional<JsonObject> user(String username) {
        return admin("GET", "/users?exact=true&briefRepresentation=false&username=" + enc(username), null).require(200).array()
                .getValuesAs(JsonObject.class).stream().findFirst();
    }

    static List<String> groupPathsOf(String username) {
        String id = user(username).orElseThrow().getString("id");
        return admin("GET", "/users/" + id + "/groups", null).require(200).array().getValuesAs(JsonObject.class).stream()
                .map(g -> g.getString("path")).toList();
    }

    static List<String> realmRolesOf(String username) {
        String id = user(username).orElseThrow().getString("id");
        return admin("GET", "/users/" + id + "/role-mappings/realm", null).require(200).array().getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("name")).toList();
    }

    static String attribute(JsonObject group, String name) {
        JsonObject attributes = group.getJsonObject("attributes");
        return attributes == null || !attributes.containsKey(name) ? null : attributes.getJsonArray(name).getString(0);
    }

    /** Does what a new admin does at first login: sets their own password ({@link Api#PASSWORD}). */
    static void setPassword(String username) {
        JsonObject user = user(username).orElseThrow();
        String id = user.getString("id");
        admin("PUT", "/users/" + id + "/reset-password", Json.createObjectBuilder()
                .add("type", "password").add("value", Api.PASSWORD).add("temporary", false).build()).require(204);
        JsonObject full = admin("GET", "/users/" + id, null).require(200).object();
        admin("PUT", "/users/" + id, Json.createObjectBuilder(full).add("requiredActions", JsonValue.EMPTY_JSON_ARRAY).build()).require(204);
    }

    /** A staff login with {@code role} in the tenant's group, password {@link Api#PASSWORD}. */
    static void createStaff(String username, String groupPath, String role) {
        admin("POST", "/users", Json.createObjectBuilder()
                .add("username", username).add("email", username + "@motcua.test").add("firstName", "Thử").add("lastName", "Nghiệm")
                .add("enabled", true).add("emailVerified", true)
                .add("groups", Json.createArrayBuilder().add(groupPath))
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "password").add("value", Api.PASSWORD).add("temporary", false)))
                .build()).require(201);
        String id = user(username).orElseThrow().getString("id");
        JsonObject roleRep = admin("GET", "/roles/" + role, null).require(200).object();
        admin("POST", "/users/" + id + "/role-mappings/realm", Json.createArrayBuilder().add(roleRep).build()).require(204);
    }

    /** A new token (not the cached one of {@link Api#token}), or the error Keycloak gives. */
    static Reply passwordGrant(String username, String password) {
        String form = "grant_type=password&client_id=motcua-cli&username=" + enc(username) + "&password=" + enc(password);
        return send(HttpRequest.newBuilder(URI.create(TestStackSession.realmUrl() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    static String freshToken(String username) {
        return passwordGrant(username, Api.PASSWORD).require(200).object().getString("access_token");
    }

    /** The claims of a JWT, read without verifying it (Keycloak just issued it to us). */
    static JsonObject claims(String jwt) {
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        try (var r = Json.createReader(new StringReader(payload))) {
            return r.readObject();
        }
    }

    private static Reply admin(String method, String path, JsonStructure body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + "/admin/realms/motcua" + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + masterToken())
                .header("Accept", "application/json");
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.toString()));
        return send(b.build());
    }

    private static String masterToken() {
        String form = "grant_type=password&client_id=admin-cli&username=admin&password=admin";
        return send(HttpRequest.newBuilder(URI.create(base() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build()).require(200).object().getString("access_token");
    }

    private static Reply send(HttpRequest request) {
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.body());
        } catch (Exception e) {
            throw new IllegalStateException(request.uri() + " failed", e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    record Reply(int status, String body) {
        Reply require(int expected) {
            if (status != expected) {
                throw new AssertionError("Keycloak answered " + status + " (expected " + expected + "): " + body);
            }
            return this;
        }

        JsonObject object() {
            return (JsonObject) json();
        }

        JsonArray array() {
            return (JsonArray) json();
        }

        private JsonStructure json() {
            try (var r = Json.createReader(new StringReader(body))) {
                return r.read();
            }
        }
    }
}
