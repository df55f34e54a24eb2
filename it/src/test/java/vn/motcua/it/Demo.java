package vn.motcua.it;

import jakarta.json.JsonObject;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo data every test starts from, and small steps built on it. */
final class Demo {

    static final String VISIT_GRAVES = "Thăm viếng mộ liệt sĩ";
    static final String FUNERAL_SUPPORT = "Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội";
    static final String MONTHLY_ALLOWANCE = "Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hàng tháng";

    private Demo() {
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
        String body = """
                {"procedureId": %d, "applicant": {"name": "%s", "phone": "0912345678"}, "channel": "IN_PERSON"}"""
                .formatted(procedureId("hailang.reception", VISIT_GRAVES), applicant);
        Api.Reply reply = Api.post("/api/dossiers", Api.token("hailang.reception"), body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.object();
    }
}
