package vn.motcua.tenants.keycloak;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.tenants.problem.ProvisioningFailed;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Keycloak's Admin REST API for the realm, called with {@code java.net.http} and JSON-P (the
 * {@code keycloak-admin-client} library would bring RESTEasy into Payara). It authenticates as the
 * service account of the confidential client {@code motcua-provisioner}, whose realm-management
 * roles allow managing users and groups and nothing else (see the realm template).
 */
@ApplicationScoped
public class KeycloakAdmin {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    @Inject
    @ConfigProperty(name = "motcua.oidc.provider")
    String realmUrl;

    @Inject
    @ConfigProperty(name = "motcua.keycloak.admin-client-id", defaultValue = "motcua-provisioner")
    String clientId;

    @Inject
    @ConfigProperty(name = "motcua.keycloak.admin-client-secret")
    Optional<String> clientSecret;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile String token;
    private volatile Instant tokenExpires = Instant.EPOCH;

    /** A reply of the Admin API: its status, its {@code Location} (for 201) and its JSON body, if any. */
    public record Reply(int status, String location, String body) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public JsonStructure json() {
            try (JsonReader r = Json.createReader(new StringReader(body))) {
                return r.read();
            }
        }

        public JsonObject object() {
            return (JsonObject) json();
        }

        /** The id at the end of the {@code Location} of a created resource. */
        public String createdId() {
            return location == null ? null : location.substring(location.lastIndexOf('/') + 1);
        }
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply post(String path, JsonValue body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    public Reply put(String path, JsonValue body) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    /** Fails with {@link ProvisioningFailed} unless the reply is 2xx. */
    public Reply require(Reply reply, String what) {
        if (!reply.ok()) {
            throw new ProvisioningFailed(what + ": Keycloak answered " + reply.status() + " " + abbreviate(reply.body()));
        }
        return reply;
    }

    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(adminBase() + path))
                .timeout(TIMEOUT)
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token());
    }

    /** {@code http://host/realms/motcua} → {@code http://host/admin/realms/motcua}. */
    String adminBase() {
        int at = realmUrl.lastIndexOf("/realms/");
        if (at < 0) {
            throw new ProvisioningFailed("motcua.oidc.provider is not a Keycloak realm URL: " + realmUrl);
        }
        return realmUrl.substring(0, at) + "/admin" + realmUrl.substring(at);
    }

    private Reply send(HttpRequest.Builder request) {
        HttpRequest built = request.build();
        try {
            HttpResponse<String> r = http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() == 401) {
                token = null; // expired or revoked: the next call asks for a new one
            }
            return new Reply(r.statusCode(), r.headers().firstValue("Location").orElse(null), r.body());
        } catch (IOException e) {
            throw new ProvisioningFailed("Keycloak is unreachable (" + built.method() + " " + built.uri().getPath() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProvisioningFailed("interrupted while calling Keycloak", e);
        }
    }

    /**
     * The service account's access token (client credentials grant), renewed before it expires.
     * Keycloak's tokens expire in real time, so this reads the system's time, not the application's clock.
     */
    private String token() {
        String current = token;
        if (current != null && Instant.now().isBefore(tokenExpires)) {
            return current;
        }
        synchronized (this) {
            if (token != null && Instant.now().isBefore(tokenExpires)) {
                return token;
            }
            String secret = clientSecret.filter(s -> !s.isBlank())
                    .orElseThrow(() -> new ProvisioningFailed("no Keycloak admin client secret configured (MOTCUA_KEYCLOAK_ADMIN_CLIENT_SECRET)"));
            String form = "grant_type=client_credentials&client_id=" + enc(clientId) + "&client_secret=" + enc(secret);
            HttpRequest request = HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                    .timeout(TIMEOUT)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build();
            Instant asked = Instant.now();
            Reply reply;
            try {
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                reply = new Reply(r.statusCode(), null, r.body());
            } catch (IOException e) {
                throw new ProvisioningFailed("Keycloak is unreachable (token)", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ProvisioningFailed("interrupted while calling Keycloak", e);
            }
            require(reply, "service account token of " + clientId);
            JsonObject json = reply.object();
            token = json.getString("access_token");
            tokenExpires = asked.plusSeconds(Math.max(5, json.getJsonNumber("expires_in").longValue() - 30));
            return token;
        }
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
