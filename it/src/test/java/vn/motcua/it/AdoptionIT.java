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
        JsonObject accepted = Demo.accept("p5.reception", received.object().getString("code"));
        Instant at = Instant.parse(accepted.getString("registeredAt"));
        Instant due = Instant.parse(accepted.getString("appointment"));
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

    /**
     * The effective catalog is cached per tenant: a province's publication and a commune's change of
     * its adoption (even of its overrides alone) show at the very next read after a cached one.
     * In a province of its own, so no other test's catalog moves.
     */
    @Test
    void a_publication_and_an_adoption_change_show_at_the_next_read_after_a_cached_one() {
        String province = Tenants.id("cache-p");
        String commune = Tenants.id("cache-c");
        String first = "Thủ tục bộ nhớ đệm thứ nhất " + Tenants.RUN;
        String second = "Thủ tục bộ nhớ đệm thứ hai " + Tenants.RUN;
        Tenants.created("platform.admin", province, "Tỉnh Bộ Nhớ Đệm " + Tenants.RUN, "PROVINCE", null);
        String provinceAdmin = Api.token(Tenants.adminOf(province));
        publish(provinceAdmin, draftWith(provinceAdmin, first), "1/QĐ-BNĐ-" + Tenants.RUN, "2025-07-01");
        Tenants.created(Tenants.adminOf(province), commune, "Xã Bộ Nhớ Đệm " + Tenants.RUN, "COMMUNE", province);
        String communeAdmin = Api.token(Tenants.adminOf(commune));

        assertThat(procedureNames(communeAdmin)).containsExactly(first);
        assertThat(procedureNames(communeAdmin)).containsExactly(first);

        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        publish(provinceAdmin, draftWith(provinceAdmin, second), "2/QĐ-BNĐ-" + Tenants.RUN, today);
        assertThat(procedureNames(communeAdmin)).containsExactlyInAnyOrder(first, second);

        String onlySecond = """
                {"adoptsAll": false, "procedures": [{"name": "%s"}], "overrides": [%s]}""";
        String localActor = """
                {"name": "%s", "step": "2", "actorUnit": "Công chức văn hóa xã %s"}""".formatted(second, Tenants.RUN);
        Api.Reply subset = Api.put("/api/adoption", communeAdmin, onlySecond.formatted(second, ""));
        assertThat(subset.status()).as(subset.toString()).isEqualTo(200);
        assertThat(procedureNames(communeAdmin)).containsExactly(second);
        assertThat(step2Actor(communeAdmin)).isEqualTo("Công chức chuyên môn");

        // only the overrides change: the stored row's lists, not its columns
        Api.Reply overridden = Api.put("/api/adoption", communeAdmin, onlySecond.formatted(second, localActor));
        assertThat(overridden.status()).as(overridden.toString()).isEqualTo(200);
        assertThat(step2Actor(communeAdmin)).isEqualTo("Công chức văn hóa xã " + Tenants.RUN);
        assertThat(step2Actor(communeAdmin)).isEqualTo("Công chức văn hóa xã " + Tenants.RUN);
        Api.put("/api/adoption", communeAdmin, onlySecond.formatted(second, ""));
        assertThat(step2Actor(communeAdmin)).isEqualTo("Công chức chuyên môn");
    }

    private static long draftWith(String admin, String name) {
        Api.Reply created = Api.post("/api/catalog/draft/procedures", admin, IsolationIT.procedure(name));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.object().getJsonNumber("versionId").longValue();
    }

    private static void publish(String admin, long version, String decision, String effectiveFrom) {
        Api.Reply published = Api.post("/api/catalog/versions/" + version + "/publication", admin,
                "{\"decisionNumber\": \"%s\", \"effectiveFrom\": \"%s\"}".formatted(decision, effectiveFrom));
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
    }

    private static List<String> procedureNames(String token) {
        return Api.get("/api/procedures", token).array().getValuesAs(JsonObject.class).stream().map(p -> p.getString("name")).toList();
    }

    private static String step2Actor(String token) {
        return Api.get("/api/procedures", token).array().getValuesAs(JsonObject.class).get(0).getJsonArray("steps")
                .getValuesAs(JsonObject.class).stream().filter(s -> s.getString("number").equals("2")).findFirst().orElseThrow()
                .getString("actor");
    }

    @Test
    void only_the_tenants_catalog_admin_changes_its_adoption() {
        assertThat(Api.put("/api/adoption", Api.token("p5.reception"), ADOPTION.formatted("1")).status()).isEqualTo(403);
        assertThat(Api.get("/api/adoption", null).status()).isEqualTo(401);
    }
}
