package vn.motcua.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.tenants.calendar.WorkingCalendar;
import vn.motcua.tenants.calendar.WorkingDays;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The five procedures of Quảng Trị's decision 71/QĐ-UBND end to end through the API, on the stack's
 * adjustable clock and Vietnam's holidays of 2026 (Hùng Kings' day in lieu on Monday 27 April, 30
 * April and 1 May): each to its returned result; a supplement that pauses the clock and moves the
 * appointment by exactly the paused working time; the monthly allowance not eligible at 4.2 and
 * returned unresolved from the district to the commune; a dossier handled past its appointment,
 * ended late; and a later adoption that leaves a running dossier's route as it was.
 */
class ProceduresScenarioIT extends DeployedEar {

    static final String POOR = "Công nhận hộ nghèo, hộ cận nghèo thường xuyên hằng năm";
    static final String ESCAPED = "Công nhận hộ thoát nghèo, hộ thoát cận nghèo thường xuyên hằng năm";
    private static final WorkingCalendar NATIONAL = WorkingCalendar.vietnam(2026, 2027);
    private static final Api.Server SERVER = Api.on(TestStackSession.baseUrl());
    private static HaiQueStaff staff;
    private final TestClock clock = TestClock.ofStack();

    @BeforeAll
    static void communeStaff() {
        staff = HaiQueStaff.create("procedures");
    }

    @AfterEach
    void release() {
        clock.release();
    }

    @Test
    void each_procedure_of_decision_71_runs_from_reception_to_its_returned_result() {
        at("2026-04-24T08:00");
        for (String procedure : List.of(Demo.VISIT_GRAVES, Demo.FUNERAL_SUPPORT, Demo.MONTHLY_ALLOWANCE, POOR, ESCAPED)) {
            String code = Demo.receive("haique.reception", procedure, "Trần Văn Năm").getString("code");
            JsonObject accepted = Demo.accept("haique.reception", code);
            Instant appointment = Instant.parse(accepted.getString("appointment"));
            LocalDate day = appointment.atZone(WorkingCalendar.VIETNAM).toLocalDate();
            assertThat(day).as(procedure + ": the appointment is a working day")
                    .isNotIn(LocalDate.of(2026, 4, 27), LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 1));
            JsonObject done = runUntil(code, d -> d.getString("status").equals("PROCESSED"));
            assertThat(done.getString("status")).as(procedure).isEqualTo("PROCESSED");
            assertThat(done.getString("resolution")).isEqualTo("RESOLVED");
            tick();
            // the result waits at the desk holding it: the district's for the visit, whose steps are all the district's
            String desk = done.getString("holder").equals("hai-lang") ? "hailang.reception" : "haique.reception";
            Api.Reply returned = Api.post("/api/dossiers/" + code + "/result-return", Api.token(desk),
                    "{\"channel\": \"IN_PERSON\", \"receiver\": \"Trần Văn Năm\"}");
            assertThat(returned.status()).as(procedure + ": " + returned).isEqualTo(200);
            JsonObject end = returned.object();
            assertThat(end.getString("status")).isEqualTo("RESULT_RETURNED");
            assertThat(end.getJsonArray("steps").getValuesAs(JsonObject.class)).allMatch(s -> s.containsKey("endedAt"));
            assertThat(Api.get("/api/dossiers/" + code + "/history/verification", Api.token("haique.reception")).object()
                    .getBoolean("intact")).isTrue();
        }
    }

    @Test
    void the_visit_received_before_the_holidays_is_due_after_them() {
        at("2026-04-24T08:00");
        String code = Demo.receive("hailang.reception", Demo.VISIT_GRAVES, "Hồ Văn Lễ").getString("code");
        JsonObject accepted = Demo.accept("hailang.reception", code);
        // 3 working days from Friday 24 April 08:00: Friday, Tuesday 28, Wednesday 29 (27 in lieu, 30/4 and 1/5 off)
        assertThat(Instant.parse(accepted.getString("appointment")))
                .isEqualTo(NATIONAL.plus(Instant.parse(accepted.getString("registeredAt")), WorkingDays.ofDays(3)));
        assertThat(Instant.parse(accepted.getString("appointment")).atZone(WorkingCalendar.VIETNAM).toLocalDate())
                .isAfter(LocalDate.of(2026, 4, 28));
    }

    @Test
    void a_supplement_while_processing_pauses_the_clock_and_moves_the_appointment_by_the_paused_working_time() {
        at("2026-05-04T08:00");
        String code = Demo.receive("haique.reception", Demo.FUNERAL_SUPPORT, "Phan Thị Chờ").getString("code");
        Demo.accept("haique.reception", code);
        JsonObject d = runUntil(code, x -> outcomesOfCurrent(x).contains("SUPPLEMENT"));
        JsonObject step = d.getJsonObject("currentStep");
        Instant before = Instant.parse(d.getString("appointment"));
        at("2026-05-05T09:00");
        Api.Reply asked = Api.post("/api/dossiers/" + code + "/supplement-requests", Api.token(staff.userFor(step)), "{\"missingDocuments\": [\"Giấy chứng tử\"], \"reasons\": [\"Giấy chứng tử chưa chứng thực\"]}");
        assertThat(asked.status()).as(asked.toString()).isEqualTo(200);
        assertThat(asked.object().getString("status")).isEqualTo("AWAITING_SUPPLEMENT");
        assertThat(asked.object().getBoolean("paused")).isTrue();

        at("2026-05-06T09:00");
        Api.Reply resumed = Api.post("/api/dossiers/" + code + "/supplements", Api.token("haique.reception"),
                "{\"documentsAdded\": [\"Giấy chứng tử (bản chứng thực)\"]}");
        assertThat(resumed.status()).as(resumed.toString()).isEqualTo(200);
        JsonObject after = resumed.object();
        assertThat(after.getString("status")).isEqualTo("PROCESSING");
        // Tuesday 09:00 to Wednesday 09:00 is one working day of office time, not counted
        assertThat(after.getJsonNumber("pausedMinutes").longValue()).isEqualTo(8 * 60);
        Instant moved = Instant.parse(after.getString("appointment"));
        assertThat(moved).isAfter(before);
        assertThat(NATIONAL.workingTimeBetween(before, moved)).isEqualTo(Duration.ofHours(8));
        assertThat(after.getJsonArray("history").getValuesAs(JsonObject.class)).last()
                .satisfies(h -> assertThat(h.getJsonObject("details").getString("appointmentBefore")).isNotBlank());
    }

    @Test
    void not_eligible_at_4_2_the_district_returns_the_monthly_allowance_unresolved_to_the_commune() {
        at("2026-05-11T08:00");
        String code = Demo.receive("haique.reception", Demo.MONTHLY_ALLOWANCE, "Lê Văn Không").getString("code");
        Demo.accept("haique.reception", code);
        JsonObject d = runUntil(code, x -> x.containsKey("currentStep") && x.getJsonObject("currentStep").getString("number").equals("4.2"));
        assertThat(d.getString("holder")).isEqualTo("hai-lang");
        tick();
        Api.Reply missingReasons = Api.post("/api/dossiers/" + code + "/steps/4.2/completion", Api.token("hailang.specialist"),
                "{\"outcome\": \"RETURN\", \"target\": \"6.3\"}");
        assertThat(missingReasons.status()).isEqualTo(400);
        Api.Reply returned = Api.post("/api/dossiers/" + code + "/steps/4.2/completion", Api.token("hailang.specialist"),
                "{\"outcome\": \"RETURN\", \"target\": \"6.3\", \"reasons\": [\"Có lương hưu: không thuộc đối tượng hưởng trợ cấp\"]}");
        assertThat(returned.status()).as(returned.toString()).isEqualTo(200);
        JsonObject back = returned.object();
        assertThat(back.getString("holder")).isEqualTo("hai-que");
        assertThat(back.getJsonObject("currentStep").getString("number")).isEqualTo("6.3");
        // the district keeps seeing where it went, as a participant
        assertThat(Api.get("/api/dossiers/" + code, Api.token("hailang.specialist")).status()).isEqualTo(200);

        JsonObject done = runUntil(code, x -> x.getString("status").equals("PROCESSED"));
        assertThat(done.getString("resolution")).isEqualTo("UNRESOLVED");
        assertThat(done.getJsonArray("resolutionReasons").getValuesAs(JsonString.class)).extracting(JsonString::getString)
                .containsExactly("Có lương hưu: không thuộc đối tượng hưởng trợ cấp");
        assertThat(done.getJsonArray("steps").getValuesAs(JsonObject.class)).extracting(s -> s.getString("step"))
                .as("4.3 to 6.2 never ran").endsWith("4.1", "4.2", "6.3");
    }

    @Test
    void a_dossier_handled_past_its_appointment_is_late_in_the_list_and_ends_late() {
        at("2026-06-01T08:00");
        String code = Demo.receive("hailang.reception", Demo.VISIT_GRAVES, "Tạ Văn Muộn").getString("code");
        Demo.accept("hailang.reception", code);
        at("2026-06-15T08:00");
        assertThat(Api.get("/api/dossiers?late=true&limit=500", Api.token("hailang.leader")).object().getJsonArray("items")
                .getValuesAs(JsonObject.class)).extracting(x -> x.getString("code")).contains(code);
        assertThat(Api.get("/api/dossiers/" + code, Api.token("hailang.leader")).object().getBoolean("late")).isTrue();

        JsonObject done = runUntil(code, x -> x.getString("status").equals("PROCESSED"));
        assertThat(done.getString("lateness")).isEqualTo("LATE");
        assertThat(done.getJsonArray("steps").getValuesAs(JsonObject.class)).anyMatch(s -> "LATE".equals(s.getString("lateness", null)));
    }

    @Test
    void a_later_adoption_leaves_a_running_dossiers_route_and_pin_as_they_were() {
        at("2026-06-02T08:00");
        String running = Demo.receive("hailang.reception", Demo.VISIT_GRAVES, "Mạc Văn Cũ").getString("code");
        JsonObject before = Api.get("/api/dossiers/" + running, Api.token("hailang.reception")).object();
        try {
            Api.Reply adopted = Api.put("/api/adoption", Api.token("hailang.admin"), """
                    {"adoptsAll": false, "procedures": [{"name": "Thăm viếng mộ liệt sĩ"},
                     {"nationalCode": "1.001776.000.00.00.H50"}, {"nationalCode": "1.001731.000.00.00.H50"}],
                     "overrides": [{"name": "Thăm viếng mộ liệt sĩ", "step": "2",
                                    "actorUnit": "Phòng Lao động - Thương binh và Xã hội (thử nghiệm)"}]}""");
            assertThat(adopted.status()).as(adopted.toString()).isEqualTo(200);

            JsonObject after = Api.get("/api/dossiers/" + running, Api.token("hailang.reception")).object();
            assertThat(after.getJsonArray("route")).isEqualTo(before.getJsonArray("route"));
            assertThat(after.getJsonNumber("adoptionVersion")).isEqualTo(before.getJsonNumber("adoptionVersion"));
            assertThat(after.getJsonNumber("catalogVersionId")).isEqualTo(before.getJsonNumber("catalogVersionId"));

            JsonObject fresh = Demo.receive("hailang.reception", Demo.VISIT_GRAVES, "Mạc Văn Mới");
            assertThat(fresh.getJsonNumber("adoptionVersion").longValue()).isGreaterThan(before.getJsonNumber("adoptionVersion").longValue());
            assertThat(fresh.getJsonArray("route").getValuesAs(JsonObject.class))
                    .anySatisfy(s -> assertThat(s.getString("unit", "")).contains("thử nghiệm"));
            assertThat(after.getJsonArray("route").getValuesAs(JsonObject.class))
                    .noneSatisfy(s -> assertThat(s.getString("unit", "")).contains("thử nghiệm"));
        } finally {
            Demo.restoreHaiLangAdoption();
        }
    }

    // ---------------------------------------------------------------- the desk, driven through the API

    /** Runs the current steps (complete, transfer, resolve, post and let the timer end the posting) until {@code until}. */
    private JsonObject runUntil(String code, Predicate<JsonObject> until) {
        for (int guard = 0; guard < 60; guard++) {
            JsonObject d = read(code);
            if (until.test(d) || !d.containsKey("currentStep")) {
                return d;
            }
            JsonObject step = d.getJsonObject("currentStep");
            if (step.getBoolean("posted")) {
                clock.set(Instant.parse(step.getString("postingEndsAt")).plusSeconds(60));
                Api.Reply run = Api.post("/api/clock/timers", Api.token("platform.admin"), null);
                assertThat(run.status()).as(run.toString()).isEqualTo(200);
                JsonObject after = read(code);
                if (after.containsKey("currentStep") && after.getJsonObject("currentStep").getString("step").equals(step.getString("step"))) {
                    // the posting is down and the step has a choice to make: its handler completes it
                    tick();
                    complete(code, after.getJsonObject("currentStep"));
                }
                continue;
            }
            tick();
            complete(code, step);
        }
        throw new AssertionError("dossier " + code + " did not get there: " + read(code));
    }

    private void complete(String code, JsonObject step) {
        staff.act(SERVER, code, step);
    }

    private static List<String> outcomesOfCurrent(JsonObject d) {
        if (!d.containsKey("currentStep")) {
            return List.of();
        }
        String number = d.getJsonObject("currentStep").getString("number");
        return d.getJsonArray("route").getValuesAs(JsonObject.class).stream().filter(s -> s.getString("number").equals(number))
                .flatMap(s -> s.getJsonArray("outcomes").getValuesAs(JsonString.class).stream()).map(JsonString::getString)
                .map(o -> o.contains(">") ? o.substring(0, o.indexOf('>')) : o).toList();
    }

    private static JsonObject read(String code) {
        return HaiQueStaff.read(SERVER, code);
    }

    private void at(String local) {
        clock.at(local);
    }

    private void tick() {
        clock.tick(Duration.ofMinutes(30));
    }
}
