package vn.motcua.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The dossier runtime through the API on the real stack, with the adjustable clock: a dossier of
 * Quảng Trị's 22-day monthly allowance runs from Xã Hải Quế to Huyện Hải Lăng and back, its public
 * posting ended by the timer; concurrent commands, parallel receptions, idempotency, If-Match, the
 * history's hash chain against tampering, and who sees a dossier while it travels.
 */
class DossierRuntimeIT extends DeployedEar {

    private static final Api.Server SERVER = Api.on(TestStackSession.baseUrl());
    private static HaiQueStaff staff;
    private final TestClock clock = TestClock.ofStack();

    @BeforeAll
    static void communeStaff() {
        staff = HaiQueStaff.create("runtime");
    }

    @AfterEach
    void release() {
        clock.release();
    }

    @Test
    void the_monthly_allowance_goes_commune_to_district_and_back_with_its_posting_ended_by_the_timer() {
        at("2026-05-04T08:00");
        String code = receive("haique.reception", Demo.MONTHLY_ALLOWANCE, "Lê Văn Ba");
        assertThat(code).startsWith("000.23.17.H50-260504-");
        JsonObject d = Demo.accept("haique.reception", code);
        assertThat(d.getString("status")).isEqualTo("RECEIVED");
        // 22 working days from Monday 4 May 08:00 on Hải Lăng's calendar (the competent unit's)
        assertThat(Instant.parse(d.getString("appointment"))).isAfter(Instant.parse("2026-06-01T00:00:00Z"));

        boolean posted = false;
        boolean districtSaw = false;
        for (int guard = 0; guard < 40; guard++) {
            d = read(code);
            if (!d.getString("status").equals("RECEIVED") && !d.getString("status").equals("PROCESSING")) {
                break;
            }
            JsonObject step = d.getJsonObject("currentStep");
            String holder = d.getString("holder");
            if (holder.equals("hai-lang")) {
                districtSaw = true;
                // the district sees and acts on it; the commune still sees where it is; a sibling ward does not
                Api.Reply district = Api.get("/api/dossiers/" + code, Api.token("hailang.specialist"));
                Api.Reply commune = Api.get("/api/dossiers/" + code, Api.token("haique.reception"));
                assertThat(district.status()).isEqualTo(200);
                assertThat(commune.status()).isEqualTo(200);
                // the commune sees what the status allows but has nothing to do while the district holds it
                assertThat(district.object().getJsonArray("actions")).isNotEmpty();
                assertThat(commune.object().getJsonArray("allowedCommands")).isNotEmpty();
                assertThat(commune.object().getJsonArray("actions")).isEmpty();
                assertThat(Api.get("/api/dossiers/" + code, Api.token("p5.reception")).status()).isEqualTo(404);
            }
            if (step.getBoolean("posted")) {
                posted = true;
                // nothing ends the step while its list is up; the timer brings it down after 2 working days
                Instant ends = Instant.parse(step.getString("postingEndsAt"));
                assertThat(Api.post(path(code, step, "completion"), Api.token(staff.userFor(step)), null).status()).isEqualTo(409);
                clock.set(ends.plusSeconds(60));
                Api.Reply run = Api.post("/api/clock/timers", Api.token("platform.admin"), null);
                assertThat(run.status()).as(run.toString()).isEqualTo(200);
                JsonObject after = read(code);
                assertThat(after.getJsonObject("currentStep").getString("number")).isNotEqualTo(step.getString("number"));
                assertThat(after.getJsonArray("history").getValuesAs(JsonObject.class))
                        .filteredOn(h -> h.getString("command").equals("END_POSTING")).hasSize(1);
                continue;
            }
            tick();
            staff.act(SERVER, code, step);
        }
        d = read(code);
        assertThat(posted).as("step 2 posted its list").isTrue();
        assertThat(districtSaw).as("steps 4–5 at the district").isTrue();
        assertThat(d.getString("status")).isEqualTo("PROCESSED");
        assertThat(d.getString("lateness")).isIn("EARLY", "ON_TIME");
        assertThat(d.getJsonArray("participants").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactly("hai-que", "hai-lang");
        tick();
        Api.Reply returned = Api.post("/api/dossiers/" + code + "/result-return", Api.token("haique.reception"),
                "{\"channel\": \"IN_PERSON\", \"receiver\": \"Lê Văn Ba\"}");
        assertThat(returned.status()).as(returned.toString()).isEqualTo(200);
        assertThat(returned.object().getString("status")).isEqualTo("RESULT_RETURNED");
        assertThat(Api.get("/api/dossiers/" + code + "/history/verification", Api.token("haique.reception")).object()
                .getBoolean("intact")).isTrue();
    }

    @Test
    void a_refusal_at_reception_and_a_withdrawal_end_the_dossier_and_a_second_completion_of_a_step_is_refused() {
        at("2026-05-05T09:00");
        String refused = receive("hailang.reception", Demo.VISIT_GRAVES, "Ngô Văn Một");
        Api.Reply r = Api.post("/api/dossiers/" + refused + "/refusal", Api.token("hailang.reception"),
                "{\"reasons\": [\"Thiếu giấy tờ chứng minh thân nhân liệt sĩ\"]}");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.object().getString("status")).isEqualTo("NOT_RECEIVED");

        String withdrawn = receive("hailang.reception", Demo.VISIT_GRAVES, "Ngô Văn Hai");
        Demo.accept("hailang.reception", withdrawn);
        Api.Reply w = Api.post("/api/dossiers/" + withdrawn + "/withdrawal", Api.token("hailang.reception"),
                "{\"reasons\": [\"Công dân có đơn xin rút hồ sơ\"]}");
        assertThat(w.object().getString("status")).isEqualTo("WITHDRAWN");
        assertThat(w.object().getJsonArray("allowedCommands")).isEmpty();
    }

    @Test
    void two_concurrent_completions_of_one_step_one_wins_and_one_history_row() throws Exception {
        at("2026-05-06T09:00");
        String code = receive("hailang.reception", Demo.VISIT_GRAVES, "Ngô Thị Thu");
        Demo.accept("hailang.reception", code);
        JsonObject step = read(code).getJsonObject("currentStep");
        String token = Api.token(staff.userFor(step));
        tick();
        List<Integer> statuses = Concurrently.run(2, i -> Api.post(path(code, step, "completion"), token, null).status());

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(1);
        assertThat(read(code).getJsonArray("history").getValuesAs(JsonObject.class))
                .filteredOn(h -> h.getString("command").equals("COMPLETE_STEP")).hasSize(1);
    }

    @Test
    void fifty_parallel_receptions_at_one_unit_on_one_day_get_fifty_distinct_gap_free_codes() throws Exception {
        at("2026-05-07T09:00");
        long procedure = Demo.procedureId("p5.reception", Demo.VISIT_GRAVES);
        String token = Api.token("p5.reception");
        List<String> codes = Concurrently.run(50, i -> {
            Api.Reply reply = Api.post("/api/dossiers", token, """
                    {"procedureId": %d, "applicant": {"name": "Người Thứ %d"}}""".formatted(procedure, i));
            assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
            return reply.object().getString("code");
        });
        List<Integer> numbers = codes.stream().map(c -> Integer.parseInt(c.substring(c.lastIndexOf('-') + 1))).sorted().toList();
        assertThat(codes).doesNotHaveDuplicates().allMatch(c -> c.startsWith("000.05.01.H50-260507-"));
        for (int i = 1; i < numbers.size(); i++) {
            assertThat(numbers.get(i)).as("gap-free").isEqualTo(numbers.get(i - 1) + 1);
        }
    }

    @Test
    void an_idempotency_key_answers_the_first_answer_again_and_refuses_another_body_and_if_match_guards_the_version() {
        at("2026-05-08T09:00");
        long procedure = Demo.procedureId("hailang.reception", Demo.VISIT_GRAVES);
        String token = Api.token("hailang.reception");
        String body = "{\"procedureId\": %d, \"applicant\": {\"name\": \"Đinh Văn Lặp\"}}".formatted(procedure);
        Map<String, String> key = Map.of("Idempotency-Key", "it-" + Tenants.RUN + "-receive");
        Api.Reply first = Api.post("/api/dossiers", token, body, key);
        Api.Reply again = Api.post("/api/dossiers", token, body, key);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        Api.Reply other = Api.post("/api/dossiers", token, body.replace("Lặp", "Khác"), key);
        assertThat(other.status()).as(other.toString()).isEqualTo(422);
        assertThat(other.contentType()).startsWith("application/problem+json");

        String code = first.object().getString("code");
        JsonObject read = read(code);
        long version = read.getJsonNumber("version").longValue();
        Api.Reply stale = Api.post("/api/dossiers/" + code + "/acceptance", token, acceptance(read),
                Map.of("If-Match", "\"" + (version - 1) + "\""));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
        Api.Reply current = Api.post("/api/dossiers/" + code + "/acceptance", token, acceptance(read),
                Map.of("If-Match", "\"" + version + "\""));
        assertThat(current.status()).as(current.toString()).isEqualTo(200);
        assertThat(current.etag()).contains(Long.toString(current.object().getJsonNumber("version").longValue()));
    }

    @Test
    void the_database_refuses_to_change_the_history_and_a_tampered_row_breaks_the_verification() throws Exception {
        at("2026-05-11T09:00");
        String code = receive("hailang.reception", Demo.VISIT_GRAVES, "Võ Thị Sử");
        Demo.accept("hailang.reception", code);
        String verification = "/api/dossiers/" + code + "/history/verification";
        assertThat(Api.get(verification, Api.token("hailang.reception")).object().getBoolean("intact")).isTrue();

        try (Connection c = connect(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE dossier_history SET user_id = 'mallory' WHERE dossier_code = '" + code + "'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM dossier_history WHERE dossier_code = '" + code + "'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            // a privileged hand drops the trigger and rewrites who accepted it
            s.execute("DROP TRIGGER dossier_history_no_update");
            try {
                s.executeUpdate("UPDATE dossier_history SET user_id = 'mallory' WHERE dossier_code = '" + code + "' AND sequence = 2");
                JsonObject broken = Api.get(verification, Api.token("hailang.reception")).object();
                assertThat(broken.getBoolean("intact")).isFalse();
                assertThat(broken.getJsonNumber("firstBroken").longValue()).isEqualTo(2);
                s.executeUpdate("UPDATE dossier_history SET user_id = 'hailang.reception' WHERE dossier_code = '" + code + "' AND sequence = 2");
            } finally {
                s.execute("""
                        CREATE TRIGGER dossier_history_no_update BEFORE UPDATE ON dossier_history FOR EACH ROW
                            SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'dossier_history is append-only: UPDATE refused'""");
            }
        }
        assertThat(Api.get(verification, Api.token("hailang.reception")).object().getBoolean("intact")).isTrue();
    }

    @Test
    void a_dossier_is_404_to_a_sibling_commune_another_district_and_another_province() {
        at("2026-05-12T09:00");
        String code = receive("haique.reception", Demo.VISIT_GRAVES, "Trương Văn Riêng");
        for (String outsider : List.of("p5.reception", "th.reception", "hailang.reception")) {
            Api.Reply r = Api.get("/api/dossiers/" + code, Api.token(outsider));
            assertThat(r.status()).as(outsider).isEqualTo(404);
            assertThat(r.body()).doesNotContain("Trương Văn Riêng");
        }
        assertThat(Api.get("/api/dossiers/" + code, Api.token("qt.supervisor")).status()).isEqualTo(200);
    }

    // ---------------------------------------------------------------- helpers

    private static String path(String code, JsonObject step, String command) {
        return HaiQueStaff.stepPath(code, step, command);
    }

    private static String acceptance(JsonObject dossier) {
        return Json.createObjectBuilder().add("presented", Json.createArrayBuilder(dossier.getJsonArray("documents"))).build().toString();
    }

    private static JsonObject read(String code) {
        return HaiQueStaff.read(SERVER, code);
    }

    private static String receive(String clerk, String procedure, String applicant) {
        return Demo.receive(clerk, procedure, applicant).getString("code");
    }

    private void at(String local) {
        clock.at(local);
    }

    private void tick() {
        clock.tick(Duration.ofHours(1));
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(TestStackSession.jdbcUrl(), TestStackSession.dbUser(), TestStackSession.dbPassword());
    }
}
