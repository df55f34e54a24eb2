package vn.motcua.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Talks to the running Motcua API and to Keycloak the way a portal would. */
final class Api {

    static final String PASSWORD = "motcua";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private Api() {
    }

    /** An access token from Keycloak's password grant on the public test client. */
    static String token(String username) {
        return TOKENS.computeIfAbsent(username, u -> {
            String form = "grant_type=password&client_id=motcua-cli&username=" + enc(u) + "&password=" + enc(PASSWORD);
            Reply reply = send(HttpRequest.newBuilder(URI.create(TestStackSession.realmUrl() + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build());
            if (reply.status() != 200) {
                throw new IllegalStateException("no token for " + u + ": " + reply.body());
            }
            return reply.object().getString("access_token");
        });
    }

    static Reply get(String path, String token) {
        return FIRST.get(path, token);
    }

    static Reply post(String path, String token, String json) {
        return FIRST.post(path, token, json);
    }

    /** A POST with extra headers (Idempotency-Key, If-Match). */
    static Reply post(String path, String token, String json, Map<String, String> headers) {
        return FIRST.post(path, token, json, headers);
    }

    static Reply put(String path, String token, String json) {
        return FIRST.put(path, token, json);
    }

    /** A GET that accepts any type, as a browser downloading an export does. */
    static Reply download(String path, String token) {
        return FIRST.download(path, token);
    }

    static Reply delete(String path, String token) {
        return FIRST.delete(path, token);
    }

    /** The same calls against another server of the same database (the two-server tests). */
    static Server on(String baseUrl) {
        return new Server(baseUrl);
    }

    private static final Server FIRST = new Server(null);

    /** One Motcua server; a null base URL is the test stack's first server. */
    record Server(String baseUrl) {

        Reply get(String path, String token) {
            return send(request(path, token).GET().build());
        }

        Reply post(String path, String token, String json) {
            return post(path, token, json, Map.of());
        }

        Reply post(String path, String token, String json, Map<String, String> headers) {
            HttpRequest.Builder b = request(path, token).header("Content-Type", "application/json")
                    .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
            headers.forEach(b::header);
            return send(b.build());
        }

        Reply put(String path, String token, String json) {
            return send(request(path, token)
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(json))
                    .build());
        }

        Reply download(String path, String token) {
            return send(request(path, token).setHeader("Accept", "*/*").GET().build());
        }

        Reply delete(String path, String token) {
            return send(request(path, token).DELETE().build());
        }

        private HttpRequest.Builder request(String path, String token) {
            String base = baseUrl == null ? TestStackSession.baseUrl() : baseUrl;
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Accept", "application/json");
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            return b;
        }
    }

    private static Reply send(HttpRequest request) {
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(),
                    r.headers().firstValue("ETag").orElse(null));
        } catch (Exception e) {
            throw new IllegalStateException(request.uri() + " failed", e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    record Reply(int status, String contentType, String body, String etag) {

        Reply(int status, String contentType, String body) {
            this(status, contentType, body, null);
        }

        JsonObject object() {
            return (JsonObject) json();
        }

        JsonArray array() {
            return (JsonArray) json();
        }

        private JsonStructure json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            } catch (RuntimeException e) {
                throw new AssertionError("not JSON: HTTP " + status + " " + body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
