package vn.motcua.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.stack.PayaraServer;
import vn.motcua.tenants.time.Vietnam;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Payara servers on one database, as a province runs Motcua behind a load balancer: the same
 * workload on both loses, doubles and half-applies nothing, each posting timer fires once though
 * both servers poll, and a server killed with SIGKILL in the middle of a load comes back with every
 * accepted command there exactly once and every history chain intact.
 */
class TwoServersIT extends DeployedEar {

    private static final String HAI_LANG_UNIT = "000.00.17.H50";
    private static HaiQueStaff staff;

    @BeforeAll
    static void communeStaff() {
        staff = HaiQueStaff.create("twin");
    }

    @AfterEach
    void realTimeAgain() {
        TestClock.of(servers()).release();
    }

    @Test
    void the_same_workload_on_both_servers_loses_nothing_and_doubles_nothing() throws Exception {
        setClocks(local("2026-07-07T08:00"));
        List<Api.Server> servers = servers();
        long procedure = Demo.procedureId("hailang.reception", Demo.VISIT_GRAVES);
        String clerk = Api.token("hailang.reception");
        int n = 20;

        // receptions spread over both servers at once
        List<Api.Reply> received = Concurrently.run(n, i -> servers.get(i % 2).post("/api/dossiers", clerk,
                receiveBody(procedure, "Hai máy " + Tenants.RUN + " " + i), Map.of("Idempotency-Key", "twin-" + Tenants.RUN + "-" + i)));
        assertThat(received).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
        List<String> codes = received.stream().map(r -> r.object().getString("code")).toList();
        assertGapFree(codes, HAI_LANG_UNIT + "-260707-");

        // the completeness check on one server or the other
        Concurrently.run(n, i -> {
            Api.Reply accepted = servers.get((i + 1) % 2).post("/api/dossiers/" + codes.get(i) + "/acceptance", clerk,
                    presented(received.get(i).object()), Map.of());
            assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
            return accepted;
        });

        // both servers complete the same step of the same dossier at the same moment: one wins
        for (String code : codes) {
            JsonObject dossier = read(servers.get(0), code);
            String step = dossier.getJsonObject("currentStep").getString("number");
            String role = dossier.getJsonObject("currentStep").getString("role", "specialist");
            String token = role.equals("reception") ? clerk : Api.token("hailang." + role);
            List<Api.Reply> race = Concurrently.run(2, i -> servers.get(i).post(
                    "/api/dossiers/" + code + "/steps/" + step + "/completion", token, null,
                    Map.of("If-Match", "\"" + dossier.getJsonNumber("version").longValue() + "\"")));
            assertThat(race).extracting(Api.Reply::status).as(race.toString()).containsOnlyOnce(200);
            assertThat(race).extracting(Api.Reply::status).filteredOn(s -> s != 200).allMatch(s -> s == 409 || s == 412);
        }

        for (String code : codes) {
            JsonObject dossier = read(servers.get(1), code);
            assertThat(dossier.getJsonArray("history").getValuesAs(JsonObject.class))
                    .extracting(h -> h.getString("command"))
                    .as(code).containsExactly("RECEIVE", "ACCEPT", "COMPLETE_STEP");
            assertIntact(servers.get(1), code);
        }
    }

    @Test
    void each_posting_timer_fires_once_though_both_servers_poll() throws Exception {
        Instant start = local("2026-07-08T08:00");
        setClocks(start);
        List<Api.Server> servers = servers();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String code = Demo.receive("haique.reception", Demo.MONTHLY_ALLOWANCE, "Niêm yết " + Tenants.RUN + " " + i).getString("code");
            Demo.accept("haique.reception", code);
            codes.add(code);
        }
        Instant latestEnd = start;
        for (String code : codes) {
            JsonObject step = driveToPosting(servers.get(0), code);
            Instant ends = Instant.parse(step.getString("postingEndsAt"));
            latestEnd = ends.isAfter(latestEnd) ? ends : latestEnd;
        }
        setClocks(latestEnd.plus(Duration.ofMinutes(1)));

        // both servers are asked to run their due timers twice at once (their pollers run as well)
        List<Api.Reply> runs = Concurrently.run(4, i -> servers.get(i % 2).post("/api/clock/timers", Api.token("platform.admin"), null));
        assertThat(runs).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(200));
        assertThat(runs.stream().mapToInt(r -> r.object().getInt("fired")).sum()).isLessThanOrEqualTo(codes.size());

        for (String code : codes) {
            JsonObject dossier = read(servers.get(1), code);
            assertThat(dossier.getJsonArray("history").getValuesAs(JsonObject.class))
                    .filteredOn(h -> h.getString("command").equals("END_POSTING")).as(code).hasSize(1);
            assertThat(dossier.getJsonObject("currentStep").getBoolean("posted")).as(code).isFalse();
            assertIntact(servers.get(0), code);
        }
    }

    @Test
    void a_server_killed_in_the_middle_of_a_load_comes_back_with_every_accepted_command_there_once() throws Exception {
        Instant at = local("2026-07-09T08:00");
        setClocks(at);
        PayaraServer second = TestStackSession.secondServer();
        Api.Server target = Api.on(second.ports().baseUrl());
        long procedure = Demo.procedureId("hailang.reception", Demo.VISIT_GRAVES);
        String clerk = Api.token("hailang.reception");

        // four clients receive dossiers on the second server, each request under its own key, until it dies
        Map<String, Api.Reply> answered = new ConcurrentHashMap<>();
        Map<String, String> unanswered = new ConcurrentHashMap<>(); // key → body
        Map<String, String> bodies = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        for (int c = 0; c < 4; c++) {
            int client = c;
            clients.submit(() -> {
                for (int i = 0; !stop.get(); i++) {
                    String key = "crash-" + Tenants.RUN + "-" + client + "-" + i;
                    String body = receiveBody(procedure, "Mất điện " + Tenants.RUN + " " + client + "-" + i);
                    bodies.put(key, body);
                    try {
                        Api.Reply reply = target.post("/api/dossiers", clerk, body, Map.of("Idempotency-Key", key));
                        if (reply.status() == 201) {
                            answered.put(key, reply);
                        } else {
                            unanswered.put(key, body); // the server was going down: outcome unknown
                        }
                    } catch (RuntimeException e) {
                        unanswered.put(key, body);
                        return;
                    }
                }
            });
        }
        assertThat(poll(Duration.ofMinutes(3), () -> answered.size() >= 12)).as("12 receptions answered").isTrue();
        second.kill();
        stop.set(true);
        clients.shutdown();
        assertThat(clients.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        assertThat(unanswered).as("requests in flight when the server died").isNotEmpty();

        // after the restart each client sends what got no answer again, under the same key
        PayaraServer restarted = TestStackSession.secondServer();
        Api.Server again = Api.on(restarted.ports().baseUrl());
        setClocks(at.plus(Duration.ofHours(1)));
        Map<String, String> codes = new ConcurrentHashMap<>();
        answered.forEach((key, reply) -> codes.put(key, reply.object().getString("code")));
        for (Map.Entry<String, String> lost : unanswered.entrySet()) {
            Api.Reply retried = again.post("/api/dossiers", clerk, lost.getValue(), Map.of("Idempotency-Key", lost.getKey()));
            assertThat(retried.status()).as(retried.toString()).isEqualTo(201);
            codes.put(lost.getKey(), retried.object().getString("code"));
        }
        // an answered request sent again is answered as before, not received twice
        Map.Entry<String, Api.Reply> one = answered.entrySet().iterator().next();
        assertThat(again.post("/api/dossiers", clerk, bodies.get(one.getKey()), Map.of("Idempotency-Key", one.getKey())).body())
                .isEqualTo(one.getValue().body());

        assertThat(codes).hasSize(bodies.size());
        assertThat(codes.values()).doesNotHaveDuplicates();
        assertGapFree(List.copyOf(codes.values()), HAI_LANG_UNIT + "-260709-");
        try (Connection c = connect(); PreparedStatement q = c.prepareStatement(
                "SELECT applicant_name, COUNT(*) FROM dossier WHERE applicant_name LIKE ? GROUP BY applicant_name")) {
            q.setString(1, "Mất điện " + Tenants.RUN + " %");
            int names = 0;
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    names++;
                    assertThat(rs.getInt(2)).as(rs.getString(1) + " received once").isEqualTo(1);
                }
            }
            assertThat(names).as("every request is there").isEqualTo(bodies.size());
        }
        for (String code : codes.values()) {
            JsonObject dossier = read(again, code);
            assertThat(dossier.getJsonArray("history").getValuesAs(JsonObject.class))
                    .extracting(h -> h.getString("command")).containsExactly("RECEIVE");
            assertIntact(again, code);
        }
    }

    // ---------------------------------------------------------------- helpers

    private static List<Api.Server> servers() {
        return List.of(Api.on(TestStackSession.baseUrl()), Api.on(TestStackSession.secondServer().ports().baseUrl()));
    }

    /** Every server has its own clock: both are set to the same instant. */
    private static void setClocks(Instant instant) {
        TestClock.of(servers()).set(instant);
    }

    private static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(Vietnam.ZONE).toInstant();
    }

    private static String receiveBody(long procedure, String applicant) {
        return Json.createObjectBuilder().add("procedureId", procedure)
                .add("applicant", Json.createObjectBuilder().add("name", applicant)).build().toString();
    }

    private static String presented(JsonObject dossier) {
        return Json.createObjectBuilder().add("presented", Json.createArrayBuilder(dossier.getJsonArray("documents"))).build().toString();
    }

    private static JsonObject read(Api.Server server, String code) {
        return HaiQueStaff.read(server, code);
    }

    private static void assertIntact(Api.Server server, String code) {
        Api.Reply v = server.get("/api/dossiers/" + code + "/history/verification", Api.token("qt.supervisor"));
        assertThat(v.status()).as(v.toString()).isEqualTo(200);
        assertThat(v.object().getBoolean("intact")).as(code + " " + v).isTrue();
    }

    /** The codes share the unit and day, and their sequence numbers follow each other without a hole. */
    private static void assertGapFree(List<String> codes, String prefix) {
        assertThat(codes).doesNotHaveDuplicates().allMatch(c -> c.startsWith(prefix));
        List<Integer> numbers = codes.stream().map(c -> Integer.parseInt(c.substring(prefix.length()))).sorted().toList();
        assertThat(numbers.get(numbers.size() - 1) - numbers.get(0) + 1).as("gap-free " + numbers).isEqualTo(numbers.size());
    }

    /** Runs the monthly allowance's steps at Hải Quế until its list is posted; the posted step. */
    private static JsonObject driveToPosting(Api.Server server, String code) {
        for (int guard = 0; guard < 20; guard++) {
            JsonObject step = read(server, code).getJsonObject("currentStep");
            if (step.getBoolean("posted")) {
                return step;
            }
            staff.act(server, code, step);
        }
        throw new AssertionError(code + " never reached its public posting");
    }

    private static boolean poll(Duration timeout, Supplier<Boolean> condition) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (condition.get()) {
                return true;
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
        return condition.get();
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(TestStackSession.jdbcUrl(), TestStackSession.dbUser(), TestStackSession.dbPassword());
    }
}
