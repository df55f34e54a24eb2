package vn.motcua.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.motcua.tenants.calendar.WorkingCalendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** A reception user receives, advances and reads a dossier through the REST API. */
class DossierApiIT extends DeployedEar {

    @Test
    void reception_receives_a_dossier_with_the_units_code_and_accepting_it_gives_a_working_day_appointment() {
        JsonObject dossier = Demo.receiveVisit("Lê Văn Bảy");

        // Huyện Hải Lăng's electronic identification code, the day, a daily sequence of four digits
        assertThat(dossier.getString("code")).matches("000\\.00\\.17\\.H50-\\d{6}-\\d{4}");
        assertThat(dossier.getString("status")).isEqualTo("NEWLY_REGISTERED");
        assertThat(dossier.getJsonObject("currentStep").getString("number")).isEqualTo("1");
        assertThat(dossier.getJsonObject("currentStep").getString("role")).isEqualTo("reception");
        assertThat(dossier.containsKey("appointment")).as("no appointment before the completeness check").isFalse();

        JsonObject accepted = Demo.accept("hailang.reception", dossier.getString("code"));
        assertThat(accepted.getString("status")).isEqualTo("RECEIVED");
        Instant received = Instant.parse(dossier.getString("registeredAt"));
        Instant due = Instant.parse(accepted.getString("appointment"));
        // "Thăm viếng mộ liệt sĩ" takes 3 working days of 8 office hours
        assertThat(WorkingCalendar.vietnam(2020, 2035).workingTimeBetween(received, due)).isEqualTo(Duration.ofHours(24));
        ZonedDateTime local = due.atZone(ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(local.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(local.toLocalTime()).isBetween(java.time.LocalTime.of(7, 30), java.time.LocalTime.of(17, 30));
    }

    @Test
    void completing_a_step_moves_the_dossier_on_and_records_it_in_the_history() {
        String code = Demo.receiveVisit("Trần Thị Mai").getString("code");
        Demo.accept("hailang.reception", code);
        String token = Api.token("hailang.specialist");
        String step = Api.get("/api/dossiers/" + code, token).object().getJsonObject("currentStep").getString("number");

        Api.Reply advanced = Api.post("/api/dossiers/" + code + "/steps/" + step + "/completion", token, null);
        assertThat(advanced.status()).as(advanced.toString()).isEqualTo(200);

        JsonObject read = Api.get("/api/dossiers/" + code, token).object();
        assertThat(read.getString("status")).isEqualTo("PROCESSING");
        assertThat(read.getJsonObject("currentStep").getString("number")).isNotEqualTo(step);
        assertThat(read.getJsonArray("history").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("command"))
                .containsExactly("RECEIVE", "ACCEPT", "COMPLETE_STEP");
    }

    @Test
    void a_command_the_status_does_not_allow_is_a_409_naming_the_status_and_what_is_allowed() {
        String code = Demo.receiveVisit("Phạm Văn Chín").getString("code");

        Api.Reply refused = Api.post("/api/dossiers/" + code + "/result-return", Api.token("hailang.reception"),
                "{\"channel\": \"IN_PERSON\", \"receiver\": \"Phạm Văn Chín\"}");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertProblem(refused, 409);
        assertThat(refused.object().getString("detail")).contains("NEWLY_REGISTERED", "ACCEPT", "REFUSE");
        assertThat(refused.object().getJsonObject("errors").getString("status")).isEqualTo("NEWLY_REGISTERED");
    }

    @Test
    void no_token_is_401() {
        assertThat(Api.get("/api/dossiers", null).status()).isEqualTo(401);
        Api.Reply reply = Api.post("/api/dossiers", null, "{}");
        assertThat(reply.status()).isEqualTo(401);
        assertProblem(reply, 401);
    }

    /** What the container answers itself (MP-JWT's 401, @RolesAllowed's 403, unknown paths) is problem+json too. */
    private static void assertProblem(Api.Reply reply, int status) {
        assertThat(reply.contentType()).as(reply.toString()).startsWith("application/problem+json");
        assertThat(reply.object().getInt("status")).isEqualTo(status);
        assertThat(reply.object().getString("detail")).isNotBlank();
    }

    @Test
    void a_forged_token_is_401() {
        String token = Api.token("hailang.reception");
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        Api.Reply reply = Api.get("/api/dossiers", forged);
        assertThat(reply.status()).isEqualTo(401);
        assertProblem(reply, 401);
    }

    @Test
    void an_unknown_path_is_a_problem_404() {
        Api.Reply reply = Api.get("/api/no-such-resource", Api.token("hailang.reception"));
        assertThat(reply.status()).isEqualTo(404);
        assertProblem(reply, 404);
    }

    @Test
    void a_citizen_may_not_receive_at_the_desk() {
        String body = """
                {"procedureId": %d, "applicant": {"name": "Nguyễn Văn An"}}""".formatted(
                Demo.procedureId("hailang.reception", Demo.VISIT_GRAVES));
        Api.Reply reply = Api.post("/api/dossiers", Api.token("citizen.an"), body);
        assertThat(reply.status()).isEqualTo(403);
        assertProblem(reply, 403);
    }

    @Test
    void another_tenants_dossier_is_404() {
        String code = Demo.receiveVisit("Hoàng Văn Mười").getString("code");

        Api.Reply ward = Api.get("/api/dossiers/" + code, Api.token("p5.reception"));
        assertThat(ward.status()).isEqualTo(404);
        assertThat(ward.contentType()).startsWith("application/problem+json");
        assertThat(ward.body()).doesNotContain("Hoàng Văn Mười");
        assertThat(Api.get("/api/dossiers/" + code, Api.token("th.reception")).status()).isEqualTo(404);
        assertThat(Api.post("/api/dossiers/" + code + "/steps/1/claim", Api.token("th.reception"), null).status())
                .isEqualTo(404);
    }

    @Test
    void a_dossier_without_an_applicant_name_is_a_problem_naming_the_field() {
        String body = """
                {"procedureId": %d, "applicant": {"name": "  "}}""".formatted(
                Demo.procedureId("hailang.reception", Demo.VISIT_GRAVES));
        Api.Reply reply = Api.post("/api/dossiers", Api.token("hailang.reception"), body);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.object().getJsonObject("errors").containsKey("applicant.name")).as(reply.body()).isTrue();
    }

    @Test
    void a_phone_or_email_that_is_none_is_a_problem_naming_each_field_and_nothing_is_received() {
        String applicant = "Sai Số " + Tenants.RUN;
        String body = """
                {"procedureId": %d, "applicant": {"name": "%s", "phone": "gọi tôi", "email": "ba.example.vn"}}""".formatted(
                Demo.procedureId("hailang.reception", Demo.VISIT_GRAVES), applicant);
        Api.Reply reply = Api.post("/api/dossiers", Api.token("hailang.reception"), body);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.object().getJsonObject("errors").keySet()).containsExactlyInAnyOrder("applicant.phone", "applicant.email");
        Api.Reply list = Api.get("/api/dossiers?limit=500", Api.token("hailang.reception"));
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).doesNotContain(applicant);
    }

    @Test
    void a_procedure_of_the_provinces_decision_that_the_commune_did_not_adopt_is_404() {
        // a commune of this test's own, which adopted one procedure of the province's decision
        String commune = Tenants.id("one-procedure");
        Tenants.created("qt.admin", commune, "Xã Một Thủ Tục " + Tenants.RUN, "COMMUNE", "quang-tri");
        Api.Reply adopted = Api.put("/api/adoption", Api.token(Tenants.adminOf(commune)), """
                {"adoptsAll": false, "procedures": [{"name": "%s"}]}""".formatted(Demo.VISIT_GRAVES));
        assertThat(adopted.status()).as(adopted.toString()).isEqualTo(200);
        String clerk = Tenants.staff(commune, "/quang-tri/" + commune, "reception");
        long notAdopted = Demo.procedureId("qt.admin", Demo.FUNERAL_SUPPORT);

        Api.Reply refused = Api.post("/api/dossiers", Api.token(clerk), """
                {"procedureId": %d, "applicant": {"name": "Lê Thị Hoa"}}""".formatted(notAdopted));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(404);
        assertProblem(refused, 404);
        assertThat(Api.get("/api/dossiers", Api.token(clerk)).object().getJsonArray("items")).isEmpty();
        // the procedure it adopted is received there, under the unit's code
        assertThat(Demo.receive(clerk, Demo.VISIT_GRAVES, "Lê Thị Hoa").getString("code")).startsWith(Tenants.unitCode(commune) + "-");
    }

    @Test
    void the_district_sees_what_it_adopted_of_the_provinces_catalog_and_another_province_none() {
        // demo data: Hải Lăng adopted the three procedures a district takes part in
        assertThat(Api.get("/api/procedures", Api.token("hailang.reception")).array().getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("name"))
                .containsExactlyInAnyOrder(Demo.VISIT_GRAVES, Demo.MONTHLY_ALLOWANCE, Demo.FUNERAL_SUPPORT);
        assertThat(Api.get("/api/procedures", Api.token("haique.reception")).array().getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("name"))
                .contains(Demo.VISIT_GRAVES, Demo.FUNERAL_SUPPORT, "Công nhận hộ nghèo, hộ cận nghèo thường xuyên hằng năm",
                        "Công nhận hộ thoát nghèo, hộ thoát cận nghèo thường xuyên hằng năm");
        assertThat(Api.get("/api/procedures", Api.token("th.reception")).array()).isEmpty();
    }
}
