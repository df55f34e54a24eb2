package vn.motcua.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The malformed requests a client sent to the demo, each answered as a 400 problem naming the field
 * and what it must be (they answered 500, 404, a misleading 409 or were silently coerced): malformed
 * or non-object bodies, deep nesting, strings for numbers and objects, unknown enum constants,
 * unparsable dates, fractions for integers, numbers for strings, unknown properties, a day-off reason
 * over its column, years no calendar has, a page limit that is no number, encoded slashes and OPTIONS.
 * {@link OpenApiWalkIT} sends the same kinds of input to every operation.
 */
class BadInputIT extends DeployedEar {

    @Test
    void a_dossier_body_that_is_no_json_object_is_a_problem_naming_the_body() {
        for (String body : new String[]{"{\"procedureId\": ", "[]", "\"hello\"", "[".repeat(10_000) + "]".repeat(10_000)}) {
            assertNames(Api.post("/api/dossiers", Api.token("hailang.reception"), body), "body", "");
        }
    }

    @Test
    void a_dossier_with_values_of_the_wrong_type_is_refused_field_by_field_not_coerced() {
        String token = Api.token("hailang.reception");
        long procedure = Demo.procedureId("hailang.reception", Demo.VISIT_GRAVES);
        assertNames(Api.post("/api/dossiers", token, """
                {"procedureId": "abc", "applicant": {"name": "Lê Văn An"}}"""), "procedureId", "must be an integer");
        assertNames(Api.post("/api/dossiers", token, """
                {"procedureId": "%d", "applicant": {"name": "Lê Văn An"}}""".formatted(procedure)), "procedureId", "must be an integer");
        // 1.5 was read as procedure 1
        assertNames(Api.post("/api/dossiers", token, """
                {"procedureId": %d.5, "applicant": {"name": "Lê Văn An"}}""".formatted(procedure)), "procedureId", "not the number");
        assertNames(Api.post("/api/dossiers", token, """
                {"procedureId": %d, "applicant": "X"}""".formatted(procedure)), "applicant", "must be an object");
        assertNames(Api.post("/api/dossiers", token, """
                {"procedureId": %d, "applicant": {"name": 123}}""".formatted(procedure)), "applicant.name", "must be a string");
        assertNames(Api.post("/api/dossiers", token, """
                {"procedureId": %d, "applicant": {"name": "Lê Văn An"}, "channel": "CARRIER_PIGEON"}""".formatted(procedure)),
                "channel", "must be one of ONLINE, IN_PERSON, POSTAL");
    }

    @Test
    void an_unknown_property_is_refused_with_its_name_rather_than_ignored() {
        long procedure = Demo.procedureId("hailang.reception", Demo.VISIT_GRAVES);
        Api.Reply reply = Api.post("/api/dossiers", Api.token("hailang.reception"), """
                {"procedureId": %d, "applicant": {"name": "Lê Văn An", "idNumber": "0123"}, "urgent": true}""".formatted(procedure));
        assertNames(reply, "urgent", "is not a property");
        assertThat(reply.object().getJsonObject("errors").getString("applicant.idNumber")).contains("name, identityNumber, address, phone, email, account");
    }

    @Test
    void an_adoption_of_the_wrong_shape_is_refused_and_changes_nothing() {
        String admin = Api.token("hailang.admin");
        String before = Api.get("/api/adoption", admin).body();
        assertNames(Api.put("/api/adoption", admin, "[]"), "body", "must be an object");
        assertNames(Api.put("/api/adoption", admin, "{\"adoptsAll\": \"yes\"}"), "adoptsAll", "true or false");
        assertNames(Api.put("/api/adoption", admin, "{\"procedures\": [{\"nationalCode\": 1001776}]}"), "procedures.0.nationalCode",
                "must be a string");
        assertNames(Api.put("/api/adoption", admin, """
                {"overrides": [{"nationalCode": "1.001776.000.00.00.H50", "step": "1", "budgetDays": "half"}]}"""),
                "overrides.0.budgetDays", "must be a number");
        assertThat(Api.get("/api/adoption", admin).body()).isEqualTo(before);
    }

    @Test
    void a_unit_of_an_unknown_kind_or_without_an_admin_object_is_refused_before_keycloak() {
        String id = Tenants.id("sai-kieu");
        assertNames(Api.post("/api/tenants", Api.token("qt.admin"), """
                {"id": "%s", "name": "Xã Sai Kiểu", "kind": "CITY", "parentId": "quang-tri",
                 "firstAdmin": {"username": "%s", "email": "a@motcua.test"}}""".formatted(id, Tenants.adminOf(id))),
                "kind", "must be one of PROVINCE, DISTRICT, COMMUNE, WARD");
        assertNames(Api.post("/api/tenants", Api.token("qt.admin"), """
                {"id": "%s", "name": "Xã Sai Kiểu", "kind": "COMMUNE", "parentId": "quang-tri", "firstAdmin": "X"}""".formatted(id)),
                "firstAdmin", "must be an object");
        assertThat(Keycloak.group("/quang-tri/" + id)).isEmpty();
    }

    @Test
    void a_draft_procedure_or_a_publication_of_the_wrong_shape_is_refused_field_by_field() {
        String admin = Api.token("th.admin");
        assertNames(Api.post("/api/catalog/draft/procedures", admin, "\"hello\""), "body", "must be an object");
        assertNames(Api.post("/api/catalog/draft/procedures", admin, """
                {"name": "Thủ tục sai kiểu", "onlineLevel": "SOMETIMES", "totalDays": 3}"""), "onlineLevel", "FULL, PARTIAL, NONE");
        assertNames(Api.post("/api/catalog/draft/procedures", admin, """
                {"name": "Thủ tục sai kiểu", "onlineLevel": "FULL", "totalDays": "three"}"""), "totalDays", "must be a number");
        assertNames(Api.post("/api/catalog/draft/procedures", admin, """
                {"name": "Thủ tục sai kiểu", "onlineLevel": "FULL", "totalDays": 3, "steps": [{"number": 1}]}"""),
                "steps.0.number", "must be a string");
        assertNames(Api.post("/api/catalog/versions/1/publication", admin, """
                {"decisionNumber": "1/QĐ-UBND", "effectiveFrom": "tomorrow"}"""), "effectiveFrom", "a date such as 2026-09-01");
    }

    @Test
    void a_service_day_on_an_unknown_weekday_is_refused_with_the_weekdays() {
        assertNames(Api.post("/api/service-days", Api.token("p5.admin"), """
                {"name": "Ngày sai", "weekday": "FUNDAY", "mode": "ASSISTED_ONLINE"}"""),
                "weekday", "MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY");
    }

    @Test
    void a_day_off_reason_over_its_column_is_a_400_with_the_limit_not_a_409() {
        String admin = Api.token("hailang.admin");
        Api.Reply reply = Api.put("/api/calendar/days-off/2031-05-06", admin, "{\"reason\": \"%s\"}".formatted("ạ".repeat(100_000)));
        assertNames(reply, "reason", "500");
        assertThat(Api.get("/api/calendar?year=2031", admin).body()).doesNotContain("2031-05-06");
    }

    @Test
    void a_year_no_calendar_has_is_refused_not_computed() {
        String token = Api.token("hailang.reception");
        assertNames(Api.get("/api/calendar?year=-5", token), "year", "from 2000 to 2100");
        assertNames(Api.get("/api/calendar?year=99999", token), "year", "from 2000 to 2100");
        assertNames(Api.get("/api/national-holiday-notices/99999", token), "year", "from 2000 to 2100");
    }

    @Test
    void a_parameter_of_the_wrong_type_is_a_400_naming_it_not_a_404() {
        assertNames(Api.get("/api/dossiers?limit=abc", Api.token("hailang.reception")), "limit", "must be an integer");
        assertNames(Api.get("/api/catalog/procedures?offset=1.5", Api.token("qt.admin")), "offset", "must be an integer");
        assertNames(Api.get("/api/catalog/versions/abc", Api.token("qt.admin")), "id", "must be an integer");
    }

    @Test
    void an_encoded_slash_is_a_problem_404_wherever_it_leads() {
        for (String path : new String[]{"/api/dossiers/..%2F..", "/api/dossiers/a%2Fb", "/api/dossiers/..%2F..%2Fno-such"}) {
            Api.Reply reply = Api.get(path, Api.token("hailang.reception"));
            assertThat(reply.status()).as(path + " " + reply).isEqualTo(404);
            assertThat(reply.contentType()).as(path).startsWith("application/problem+json");
            assertThat(reply.object().getInt("status")).isEqualTo(404);
        }
    }

    @Test
    void options_answers_the_allowed_methods_not_a_wadl_document() throws Exception {
        HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(TestStackSession.baseUrl() + "/api/dossiers")).method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(reply.statusCode()).isLessThan(300);
        assertThat(reply.headers().firstValue("Allow").orElse("")).contains("GET", "POST");
        assertThat(reply.headers().firstValue("Content-Type").orElse("")).doesNotContain("wadl");
        assertThat(reply.body()).doesNotContain("wadl");
    }

    @Test
    void a_body_over_a_mebibyte_is_a_413_problem() {
        Api.Reply reply = Api.post("/api/dossiers", Api.token("hailang.reception"),
                "{\"applicant\": {\"name\": \"%s\"}}".formatted("x".repeat(1_100_000)));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(413);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    /** A 400 problem whose errors name {@code field} with a message containing {@code says}. */
    private static void assertNames(Api.Reply reply, String field, String says) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).as(reply.toString()).startsWith("application/problem+json");
        JsonObject problem = reply.object();
        assertThat(problem.getInt("status")).isEqualTo(400);
        assertThat(problem.getString("detail")).isNotBlank();
        assertThat(problem.getJsonObject("errors").keySet()).as(reply.toString()).contains(field);
        assertThat(problem.getJsonObject("errors").getString(field)).as(reply.toString()).contains(says);
    }
}
