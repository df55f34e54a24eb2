package vn.motcua.it;

import jakarta.json.JsonObject;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The people who run Xã Hải Quế's dossiers — its reception clerk, a specialist and a leader made for
 * the test class — and Huyện Hải Lăng's staff for the steps the district handles; and how a test
 * runs a dossier's current step as whoever holds it, as the desk would.
 */
record HaiQueStaff(String specialist, String leader) {

    /** Creates the commune's specialist and leader in Keycloak; {@code tag} keeps each test class's own. */
    static HaiQueStaff create(String tag) {
        HaiQueStaff staff = new HaiQueStaff("haique.specialist." + tag + "." + Tenants.RUN, "haique.leader." + tag + "." + Tenants.RUN);
        Keycloak.createStaff(staff.specialist, "/quang-tri/hai-lang/hai-que", "specialist");
        Keycloak.createStaff(staff.leader, "/quang-tri/hai-lang/hai-que", "leader");
        return staff;
    }

    /** Who acts on {@code step} (a dossier's {@code currentStep}): its role at the unit handling it. */
    String userFor(JsonObject step) {
        String role = step.getString("role", "specialist");
        if (step.getString("handlingTenant").equals("hai-lang")) {
            return "hailang." + role;
        }
        return switch (role) {
            case "reception" -> "haique.reception";
            case "leader" -> leader;
            default -> specialist;
        };
    }

    /**
     * Ends the current step as its handler: completes it, or transfers it, resolves the dossier or
     * posts the list where the route says that is what ends this step.
     */
    void act(Api.Server server, String code, JsonObject step) {
        String token = Api.token(userFor(step));
        Api.Reply done = server.post(stepPath(code, step, "completion"), token, null);
        if (done.status() == 409 && done.body().contains("TRANSFER")) {
            done = server.post(stepPath(code, step, "transfer"), token, null);
        } else if (done.status() == 409 && done.body().contains("RESOLVE")) {
            done = server.post(stepPath(code, step, "resolution"), token, "{\"note\": \"Quyết định số 12/QĐ-UBND\"}");
        } else if (done.status() == 409 && done.body().contains("has not posted its list")) {
            done = server.post(stepPath(code, step, "posting"), token, null);
        }
        assertThat(done.status()).as(step.getString("step") + " at " + step.getString("handlingTenant") + ": " + done).isEqualTo(200);
    }

    static String stepPath(String code, JsonObject step, String command) {
        return "/api/dossiers/" + code + "/steps/" + step.getString("number") + "/" + command;
    }

    /** The dossier as the province's supervisor reads it (any unit's, whoever holds it). */
    static JsonObject read(Api.Server server, String code) {
        Api.Reply r = server.get("/api/dossiers/" + code, Api.token("qt.supervisor"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.object();
    }
}
