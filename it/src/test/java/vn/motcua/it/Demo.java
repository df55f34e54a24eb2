package vn.motcua.it;

import jakarta.json.JsonObject;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo data every test starts from, and small steps built on it. */
final class Demo {

    static final String VISIT_GRAVES = "Thăm viếng mộ liệt sĩ";
    static final String FUNERAL_SUPPORT = "Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội";
    static final String MONTHLY_ALLOWANCE = "Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hàng tháng";

    /** Huyện Hải Lăng's adoption in the demo data (demo.yaml): tests that change it put this back. */
    static final String HAI_LANG_ADOPTION = """
            {"adoptsAll": false, "procedures": [{"name": "Thăm viếng mộ liệt sĩ"},
             {"nationalCode": "1.001776.000.00.00.H50"}, {"nationalCode": "1.001731.000.00.00.H50"}], "overrides": []}""";

    private Demo() {
    }

    /** Puts Huyện Hải Lăng's demo adoption back, whatever a test made of it. */
    static void restoreHaiLangAdoption() {
        Api.Reply reply = Api.put("/api/adoption", Api.token("hailang.admin"), HAI_LANG_ADOPTION);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    /**
     * Publishes the open draft of the admin's tenant, if there is one, so that a test starts from a
     * published catalog with no draft (tests that add to the draft keep it publishable).
     */
    static void publishOpenDraft(String admin) {
        String token = Api.token(admin);
        Api.get("/api/catalog/versions", token).array().getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getString("status").equals("DRAFT"))
                .forEach(v -> {
                    String body = """
                            {"decisionNumber": "IT-%d/QĐ-UBND", "effectiveFrom": "%s"}"""
                            .formatted(System.currentTimeMillis() % 1_000_000, java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
                    Api.Reply published = Api.post("/api/catalog/versions/" + v.getJsonNumber("id").longValue() + "/publication", token, body);
                    assertThat(published.status()).as(published.toString()).isEqualTo(200);
                });
    }

    /** The ids of the admin's tenant's catalog versions, with their status ("DRAFT", "PUBLISHED"), newest first. */
    static java.util.List<String> versions(String admin) {
        return Api.get("/api/catalog/versions", Api.token(admin)).array().getValuesAs(JsonObject.class).stream()
                .map(v -> v.getJsonNumber("id") + " " + v.getString("status")).toList();
    }

    static long procedureId(String user, String name) {
        return Api.get("/api/procedures", Api.token(user)).array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("name").equals(name))
                .mapToLong(p -> p.getJsonNumber("id").longValue())
                .findFirst()
                .orElseThrow(() -> new AssertionError(user + " has no procedure " + name));
    }

    /** Receives a dossier for "Thăm viếng mộ liệt sĩ" at Hải Lăng's desk. */
    static JsonObject receiveVisit(String applicant) {
        return receive("hailang.reception", VISIT_GRAVES, applicant);
    }

    /** Accepts the dossier {@code code} at the clerk's desk with every required document presented. */
    static JsonObject accept(String clerk, String code) {
        JsonObject dossier = Api.get("/api/dossiers/" + code, Api.token(clerk)).object();
        jakarta.json.JsonArrayBuilder presented = jakarta.json.Json.createArrayBuilder();
        dossier.getJsonArray("documents").forEach(presented::add);
        Api.Reply reply = Api.post("/api/dossiers/" + code + "/acceptance", Api.token(clerk),
                jakarta.json.Json.createObjectBuilder().add("presented", presented).build().toString());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.object();
    }

    /** Receives a dossier for {@code procedure} (by name) at the desk of the reception clerk {@code clerk}. */
    static JsonObject receive(String clerk, String procedure, String applicant) {
        String body = """
                {"procedureId": %d, "applicant": {"name": "%s", "phone": "0912345678"}, "channel": "IN_PERSON"}"""
                .formatted(procedureId(clerk, procedure), applicant);
        Api.Reply reply = Api.post("/api/dossiers", Api.token(clerk), body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.object();
    }
}
