package vn.motcua.stack;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The test stack against the real servers: database, tokens, Payara, and a clean stop. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StackIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private TestStack stack;

    @BeforeAll
    void start() {
        stack = TestStack.start();
    }

    @AfterAll
    void stopAndCheckPortsFree() {
        Ports ports = stack.ports();
        stack.close();
        assertThat(ports.all().entrySet().stream().filter(e -> !Procs.free(e.getValue()))
                .map(Map.Entry::getKey).collect(Collectors.toList())).as("ports still in use").isEmpty();
    }

    @Test
    void vietnameseRoundTripAsTheAppUser() throws Exception {
        StackEnvironment env = stack.environment();
        assertThat(env.dbUser()).isEqualTo("motcua");
        List<String> names = List.of("Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội", "Đăng ký khai sinh");
        try (Connection c = DriverManager.getConnection(env.dbUrl(), env.dbUser(), env.dbPassword());
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE stack_it (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(255) NOT NULL)");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO stack_it (name) VALUES (?)")) {
                for (String n : names) {
                    ps.setString(1, n);
                    ps.executeUpdate();
                }
            }
            try (ResultSet r = s.executeQuery("SELECT name FROM stack_it ORDER BY id")) {
                for (String n : names) {
                    assertThat(r.next()).isTrue();
                    assertThat(r.getString(1)).isEqualTo(n);
                }
            }
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM stack_it WHERE name = 'ĐĂNG KÝ KHAI SINH'")) {
                r.next();
                assertThat(r.getInt(1)).as("utf8mb4_unicode_ci: case-insensitive").isEqualTo(1);
            }
            try (ResultSet r = s.executeQuery("SELECT @@character_set_database, @@collation_database")) {
                r.next();
                assertThat(r.getString(1)).isEqualTo("utf8mb4");
                assertThat(r.getString(2)).isEqualTo("utf8mb4_unicode_ci");
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"hailang.reception, hai-lang, reception", "haique.reception, hai-que, reception",
            "qt.admin, quang-tri, catalog-admin", "citizen.an, , citizen"})
    void passwordGrantTokens(String user, String tenant, String role) throws Exception {
        String realm = stack.ports().realmUrl();
        String form = "grant_type=password&client_id=motcua-cli&scope=openid&username="
                + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=" + Realm.DEMO_PASSWORD;
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonObject body = json(r.body());
        for (String kind : List.of("access_token", "id_token")) {
            JsonObject claims = payload(body.getString(kind));
            assertThat(claims.getString("iss")).isEqualTo(realm);
            if (tenant == null) {
                assertThat(claims.containsKey("tenant")).as(kind + " tenant").isFalse();
            } else {
                assertThat(claims.getString("tenant")).as(kind + " tenant").isEqualTo(tenant);
            }
            assertThat(strings(claims, "groups")).as(kind + " groups").contains(role);
            assertThat(claims.getString("preferred_username")).isEqualTo(user);
            assertThat(claims.getString("email")).isEqualTo(user + "@motcua.test");
            assertThat(claims.getString("name")).isNotBlank();
        }
        assertThat(strings(payload(body.getString("access_token")), "aud")).contains("motcua-api");
    }

    @Test
    void payaraAnswersWithTheStackEnvironment() {
        // a fresh Payara serves its first request lazily: on 2 busy cores that took over 5 s
        assertThat(Procs.status(stack.ports().baseUrl() + "/", Duration.ofSeconds(60))).isEqualTo(200);
        assertThat(Procs.status(stack.ports().adminUrl() + "/management/domain", Duration.ofSeconds(60))).isEqualTo(200);
        Map<String, String> serverEnv = stack.payara().serverEnvironment().orElseThrow();
        assertThat(serverEnv).containsAllEntriesOf(stack.environment().toMap());
    }

    private static JsonObject payload(String jwt) {
        return json(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    private static JsonObject json(String s) {
        try (JsonReader r = Json.createReader(new StringReader(s))) {
            return r.readObject();
        }
    }

    /** A claim that may be a string or an array of strings. */
    private static List<String> strings(JsonObject o, String name) {
        return switch (o.get(name).getValueType()) {
            case STRING -> List.of(o.getString(name));
            case ARRAY -> o.getJsonArray(name).getValuesAs(JsonString.class).stream().map(JsonString::getString)
                    .collect(Collectors.toList());
            default -> List.of();
        };
    }
}
