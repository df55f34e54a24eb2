package vn.motcua.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.motcua.tenants.calendar.WorkingCalendar;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Phường 5 adopts part of Quảng Trị's catalog with a local actor and a shorter budget; its desk
 * then works with that effective catalog, and nobody else's changes.
 */
class AdoptionIT extends DeployedEar {

    private static final String ADOPTION = """
            {"adoptsAll": false,
             "procedures": [{"name": "Thăm viếng mộ liệt sĩ"}, {"nationalCode": "1.001776.000.00.00.H50"}],
             "overrides": [{"name": "Thăm viếng mộ liệt sĩ", "step": "2",
                            "actorUnit": "Công chức Văn hóa - xã hội Phường 5", "budgetDays": %s}]}""";

    @Test
    void a_ward_adopts_a_subset_with_a_local_actor_and_a_shorter_budget_and_its_desk_runs_on_it() {
        Api.Reply adopted = Api.put("/api/adoption", Api.token("p5.admin"), ADOPTION.formatted("1"));
        assertThat(adopted.status()).as(adopted.toString()).isEqualTo(200);
        assertThat(adopted.object().getBoolean("adoptsAll")).isFalse();

        List<JsonObject> procedures = Api.get("/api/procedures", Api.token("p5.reception")).array().getValuesAs(JsonObject.class);
        assertThat(procedures).extracting(p -> p.getString("name")).containsExactlyInAnyOrder(Demo.VISIT_GRAVES, Demo.MONTHLY_ALLOWANCE);
        JsonObject visit = procedures.stream().filter(p -> p.getString("name").equals(Demo.VISIT_GRAVES)).findFirst().orElseThrow();
        assertThat(visit.getJsonNumber("totalDays").bigDecimalValue()).isEqualByComparingTo("2.5");
        JsonObject step2 = visit.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("number").equals("2")).findFirst().orElseThrow();
        assertThat(step2.getString("actor")).isEqualTo("Công chức Văn hóa - xã hội Phường 5");
        assertThat(step2.getBoolean("overridden")).isTrue();

        String body = """
                {"procedureId": %d, "applicant": {"name": "Trương Thị Hạnh"}}""".formatted(visit.getJsonNumber("id").longValue());
        Api.Reply received = Api.post("/api/dossiers", Api.token("p5.reception"), body);
        assertThat(received.status()).as(received.toString()).isEqualTo(201);
        Instant at = Instant.parse(received.object().getString("receivedAt"));
        Instant due = Instant.parse(received.object().getString("appointmentAt"));
        // 2.5 working days of 8 office hours
        assertThat(WorkingCalendar.vietnam(2020, 2035).workingTimeBetween(at, due)).isEqualTo(Duration.ofHours(20));

        // the district above keeps the province's catalog as it is
        assertThat(Api.get("/api/procedures", Api.token("hailang.reception")).array().getValuesAs(JsonObject.class))
                .filteredOn(p -> p.getString("name").equals(Demo.VISIT_GRAVES))
                .singleElement()
                .satisfies(p -> assertThat(p.getJsonNumber("totalDays").intValue()).isEqualTo(3));
    }

    @Test
    void a_ward_may_not_lengthen_a_budget_nor_receive_for_a_procedure_it_did_not_adopt() {
        Api.Reply longer = Api.put("/api/adoption", Api.token("p5.admin"), ADOPTION.formatted("2"));
        assertThat(longer.status()).isEqualTo(400);
        assertThat(longer.contentType()).startsWith("application/problem+json");
        assertThat(longer.body()).contains("not shorter");

        Api.put("/api/adoption", Api.token("p5.admin"), ADOPTION.formatted("1"));
        long funeral = Demo.procedureId("hailang.reception", Demo.FUNERAL_SUPPORT);
        Api.Reply refused = Api.post("/api/dossiers", Api.token("p5.reception"), """
                {"procedureId": %d, "applicant": {"name": "Lý Văn Tư"}}""".formatted(funeral));
        assertThat(refused.status()).isEqualTo(404);
    }

    @Test
    void only_the_tenants_catalog_admin_changes_its_adoption() {
        assertThat(Api.put("/api/adoption", Api.token("p5.reception"), ADOPTION.formatted("1")).status()).isEqualTo(403);
        assertThat(Api.get("/api/adoption", null).status()).isEqualTo(401);
    }
}
