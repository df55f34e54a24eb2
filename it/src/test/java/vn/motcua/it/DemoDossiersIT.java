package vn.motcua.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Run command's demo data (the test stack loads it too) has dossiers in every status of the
 * portal's ten at Huyện Hải Lăng, Xã Hải Quế and Phường 5, one late and one about to be late at each,
 * and a monthly allowance of Hải Quế with the district for its steps 4–5 — made by the runtime's
 * own commands, so each one's history chain verifies.
 */
class DemoDossiersIT extends DeployedEar {

    private static final List<String> STATUSES = List.of("NEWLY_REGISTERED", "RECEIVED", "NOT_RECEIVED", "PROCESSING",
            "AWAITING_SUPPLEMENT", "AWAITING_FINANCIAL_OBLIGATION", "WITHDRAWN", "STOPPED", "PROCESSED", "RESULT_RETURNED");

    @Test
    void every_demo_unit_has_a_dossier_in_every_status_and_one_late_and_one_about_to_be_late() {
        for (String clerk : List.of("hailang.reception", "haique.reception", "p5.reception")) {
            String token = Api.token(clerk);
            List<JsonObject> items = Api.get("/api/dossiers?limit=500", token).object().getJsonArray("items")
                    .getValuesAs(JsonObject.class);
            Map<String, String> byApplicant = items.stream().collect(Collectors.toMap(d -> d.getString("applicant"),
                    d -> d.getString("code"), (a, b) -> a));
            assertThat(items).extracting(d -> d.getString("status")).as(clerk).containsAll(STATUSES);

            JsonObject late = Api.get("/api/dossiers/" + byApplicant.get("Cao Văn Trễ Hạn"), token).object();
            assertThat(late.getBoolean("late")).as(clerk + ": late").isTrue();
            JsonObject soon = Api.get("/api/dossiers/" + byApplicant.get("Lý Thị Sắp Hạn"), token).object();
            // about to be late when loaded; late by now if the suite has run past its due
            assertThat(soon.getBoolean("aboutToBeLate") || soon.getBoolean("late")).as(clerk + ": about to be late").isTrue();
            for (String code : byApplicant.values()) {
                assertThat(Api.get("/api/dossiers/" + code + "/history/verification", token).object().getBoolean("intact"))
                        .as(code).isTrue();
            }
        }
        List<JsonObject> atDistrict = Api.get("/api/dossiers?held=true&limit=500", Api.token("hailang.specialist")).object()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(atDistrict).filteredOn(d -> d.getString("applicant").equals("Lê Văn Ba"))
                .singleElement().satisfies(d -> assertThat(d.getString("step")).startsWith("4."));
    }
}
