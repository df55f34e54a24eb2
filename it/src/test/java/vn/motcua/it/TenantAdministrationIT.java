package vn.motcua.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tenant tree through the API, checked in the real Keycloak: creating a unit creates its
 * group and first admin, whose token then carries the new tenant; renames, moves and mergers
 * follow in Keycloak; a merger keeps the merged units' dossiers reachable from the new unit.
 */
class TenantAdministrationIT extends DeployedEar {

    @Test
    void a_provincial_admin_creates_a_commune_whose_group_and_admin_exist_in_keycloak_and_whose_token_names_it() {
        String id = Tenants.id("xa");
        String name = "Xã Thử Nghiệm " + Tenants.RUN;
        Api.Reply reply = Tenants.create("qt.admin", id, name, "COMMUNE", "quang-tri");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        JsonObject body = reply.object();
        assertThat(body.getJsonObject("tenant").getString("id")).isEqualTo(id);
        assertThat(body.getJsonObject("tenant").getBoolean("provisioned")).isTrue();
        String admin = body.getJsonObject("firstAdmin").getString("username");
        String temporary = body.getJsonObject("firstAdmin").getString("temporaryPassword");
        assertThat(temporary).hasSizeGreaterThanOrEqualTo(12);

        JsonObject group = Keycloak.group("/quang-tri/" + id).orElseThrow(() -> new AssertionError("no Keycloak group for " + id));
        assertThat(Keycloak.attribute(group, "tenant")).isEqualTo(id);
        assertThat(Keycloak.attribute(group, "displayName")).isEqualTo(name);
        assertThat(Keycloak.groupPathsOf(admin)).containsExactly("/quang-tri/" + id);
        assertThat(Keycloak.realmRolesOf(admin)).contains("catalog-admin");
        assertThat(Keycloak.user(admin).orElseThrow().getJsonArray("requiredActions").toString()).contains("UPDATE_PASSWORD");

        // the temporary password works, but Keycloak wants a new one first
        Keycloak.Reply first = Keycloak.passwordGrant(admin, temporary);
        assertThat(first.status()).isEqualTo(400);
        assertThat(first.body()).contains("not fully set up");

        Keycloak.setPassword(admin);
        JsonObject claims = Keycloak.claims(Keycloak.freshToken(admin));
        assertThat(claims.getString("tenant")).isEqualTo(id);
        assertThat(claims.getJsonArray("groups").toString()).contains("catalog-admin");

        List<JsonObject> seen = Api.get("/api/tenants", Api.token(admin)).array().getValuesAs(JsonObject.class);
        assertThat(seen).extracting(t -> t.getString("id")).containsExactly(id);

        // the same request again (a client retrying) reuses the group and the admin, who keeps their password
        Api.Reply again = Tenants.create("qt.admin", id, name, "COMMUNE", "quang-tri");
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        JsonObject reused = again.object().getJsonObject("firstAdmin");
        assertThat(reused.containsKey("temporaryPassword") && !reused.isNull("temporaryPassword")).as(reused.toString()).isFalse();
        assertThat(Keycloak.groupPathsOf(admin)).containsExactly("/quang-tri/" + id);
        assertThat(Keycloak.freshToken(admin)).isNotBlank();

        assertThat(Api.get("/api/tenants/" + id + "/history", Api.token("qt.admin")).array().getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("action")).containsExactly("CREATED", "PROVISIONED");
    }

    @Test
    void renames_and_moves_follow_in_keycloak_and_a_stale_version_is_refused() {
        String district = Tenants.id("huyen");
        String commune = Tenants.id("xa-chuyen");
        Tenants.created("qt.admin", district, "Huyện Thử Nghiệm " + Tenants.RUN, "DISTRICT", "quang-tri");
        long version = Tenants.created("qt.admin", commune, "Xã Chuyển " + Tenants.RUN, "COMMUNE", district)
                .getJsonObject("tenant").getJsonNumber("version").longValue();
        assertThat(Keycloak.group("/quang-tri/" + district + "/" + commune)).isPresent();

        Api.Reply renamed = Api.put("/api/tenants/" + commune + "/name", Api.token("qt.admin"),
                "{\"name\": \"Xã Đổi Tên %s\", \"version\": %d}".formatted(Tenants.RUN, version));
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(Keycloak.attribute(Keycloak.group("/quang-tri/" + district + "/" + commune).orElseThrow(), "displayName"))
                .isEqualTo("Xã Đổi Tên " + Tenants.RUN);

        Api.Reply stale = Api.put("/api/tenants/" + commune + "/name", Api.token("qt.admin"),
                "{\"name\": \"Xã Khác\", \"version\": %d}".formatted(version));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");

        // the two-level model: the commune leaves its district for the province
        Api.Reply moved = Api.put("/api/tenants/" + commune + "/parent", Api.token("qt.admin"), "{\"parentId\": \"quang-tri\"}");
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.object().getString("parentId")).isEqualTo("quang-tri");
        assertThat(Keycloak.group("/quang-tri/" + commune)).isPresent();
        assertThat(Keycloak.group("/quang-tri/" + district + "/" + commune)).isEmpty();
        assertThat(Keycloak.claims(Keycloak.freshToken(Tenants.adminOf(commune))).getString("tenant")).isEqualTo(commune);

        Api.Reply underADistrictOfItsOwn = Api.put("/api/tenants/" + district + "/parent", Api.token("qt.admin"),
                "{\"parentId\": \"" + commune + "\"}");
        assertThat(underADistrictOfItsOwn.status()).isEqualTo(400);
        assertThat(underADistrictOfItsOwn.object().getJsonObject("errors").containsKey("parentId")).isTrue();
        // another province is not even visible to a provincial admin; to the operator it is a rule
        assertThat(Api.put("/api/tenants/" + commune + "/parent", Api.token("qt.admin"), "{\"parentId\": \"thanh-hoa\"}").status())
                .isEqualTo(404);
        Api.Reply across = Api.put("/api/tenants/" + commune + "/parent", Api.token("platform.admin"), "{\"parentId\": \"thanh-hoa\"}");
        assertThat(across.status()).isEqualTo(400);
        assertThat(across.body()).contains("within its province");

        assertThat(Api.get("/api/tenants/" + commune + "/history", Api.token("qt.admin")).array().getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("action")).containsExactly("CREATED", "PROVISIONED", "RENAMED", "MOVED");
    }

    @Test
    void merging_two_communes_moves_their_users_and_keeps_their_dossiers_reachable_under_the_new_unit() {
        String a = Tenants.id("xa-a");
        String b = Tenants.id("xa-b");
        String merged = Tenants.id("xa-ab");
        Tenants.created("qt.admin", a, "Xã A " + Tenants.RUN, "COMMUNE", "quang-tri");
        Tenants.created("qt.admin", b, "Xã B " + Tenants.RUN, "COMMUNE", "quang-tri");
        String reception = a.replace('-', '.') + ".reception";
        Keycloak.createStaff(reception, "/quang-tri/" + a, "reception");

        // a dossier received at commune A before the merger
        String token = Keycloak.freshToken(reception);
        long procedure = Api.get("/api/procedures", token).array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("name").equals(Demo.VISIT_GRAVES)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        Api.Reply received = Api.post("/api/dossiers", token,
                "{\"procedureId\": %d, \"applicant\": {\"name\": \"Hồ Thị Sáu\"}}".formatted(procedure));
        assertThat(received.status()).as(received.toString()).isEqualTo(201);
        String code = received.object().getString("code");

        String request = """
                {"merging": ["%s", "%s"], "intoId": "%s", "name": "Xã Hợp Nhất %s", "kind": "COMMUNE"}"""
                .formatted(a, b, merged, Tenants.RUN);
        Api.Reply merger = Api.post("/api/tenants/merges", Api.token("qt.admin"), request);
        assertThat(merger.status()).as(merger.toString()).isEqualTo(200);
        assertThat(merger.object().getString("id")).isEqualTo(merged);
        assertThat(merger.object().getString("parentId")).isEqualTo("quang-tri");

        JsonObject oldA = Api.get("/api/tenants/" + a, Api.token("qt.admin")).object();
        assertThat(oldA.getString("mergedInto")).isEqualTo(merged);
        assertThat(oldA.getString("parentId")).isEqualTo(merged);

        // the users moved to the new unit's group; the merged groups stay beneath it as records
        assertThat(Keycloak.groupPathsOf(reception)).containsExactly("/quang-tri/" + merged);
        assertThat(Keycloak.groupPathsOf(Tenants.adminOf(a))).containsExactly("/quang-tri/" + merged);
        assertThat(Keycloak.groupPathsOf(Tenants.adminOf(b))).containsExactly("/quang-tri/" + merged);
        JsonObject groupB = Keycloak.group("/quang-tri/" + merged + "/" + b).orElseThrow();
        assertThat(Keycloak.attribute(groupB, "mergedInto")).isEqualTo(merged);

        // the same staff, now of the new unit, still reach the dossier received at A
        String after = Keycloak.freshToken(reception);
        assertThat(Keycloak.claims(after).getString("tenant")).isEqualTo(merged);
        Api.Reply dossier = Api.get("/api/dossiers/" + code, after);
        assertThat(dossier.status()).as(dossier.toString()).isEqualTo(200);
        assertThat(Api.get("/api/dossiers", after).object().getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(d -> d.getString("code")).contains(code);
        List<JsonObject> seen = Api.get("/api/tenants", after).array().getValuesAs(JsonObject.class);
        assertThat(seen).extracting(t -> t.getString("id")).containsExactlyInAnyOrder(merged, a, b);

        // repeating the merger changes nothing; a merged unit is a record
        assertThat(Api.post("/api/tenants/merges", Api.token("qt.admin"), request).status()).isEqualTo(200);
        Api.Reply rename = Api.put("/api/tenants/" + a + "/name", Api.token("qt.admin"), "{\"name\": \"Xã A mới\"}");
        assertThat(rename.status()).isEqualTo(400);
        assertThat(rename.body()).contains("merged");
        assertThat(Api.get("/api/tenants/" + a + "/history", Api.token("qt.admin")).array().getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("action")).contains("MERGED_INTO", "PROVISIONED");
    }

    @Test
    void a_merger_into_a_new_unit_carries_adoptions_and_service_days_over_and_a_token_from_before_it_acts_for_the_new_unit() {
        String c = Tenants.id("xa-c");
        String d = Tenants.id("xa-d");
        String merged = Tenants.id("xa-cd");
        Tenants.created("qt.admin", c, "Xã C " + Tenants.RUN, "COMMUNE", "quang-tri");
        Tenants.created("qt.admin", d, "Xã D " + Tenants.RUN, "COMMUNE", "quang-tri");
        String beforeC = Keycloak.freshToken(Tenants.adminOf(c));
        String beforeD = Keycloak.freshToken(Tenants.adminOf(d));

        // both offer the visit, with a different officer on step 2; C also the monthly allowance
        assertThat(Api.put("/api/adoption", beforeC, ADOPTION.formatted(
                "{\"name\": \"%s\"}, {\"nationalCode\": \"%s\"}".formatted(Demo.VISIT_GRAVES, ALLOWANCE_CODE),
                Demo.VISIT_GRAVES, "Công chức Văn hóa - xã hội Xã C")).status()).isEqualTo(200);
        assertThat(Api.put("/api/adoption", beforeD, ADOPTION.formatted("{\"name\": \"%s\"}".formatted(Demo.VISIT_GRAVES),
                Demo.VISIT_GRAVES, "Công chức Văn hóa - xã hội Xã D")).status()).isEqualTo(200);
        // the same Tuesday at both desks (named differently), and a Friday at D's
        serviceDay(beforeC, "Ngày dịch vụ công trực tuyến " + Tenants.RUN, "TUESDAY", "ASSISTED_ONLINE");
        serviceDay(beforeD, "Thứ Ba trực tuyến " + Tenants.RUN, "TUESDAY", "ASSISTED_ONLINE");
        serviceDay(beforeD, "Ngày không viết - không hẹn " + Tenants.RUN, "FRIDAY", "SAME_DAY");

        Api.Reply merger = Api.post("/api/tenants/merges", Api.token("qt.admin"), """
                {"merging": ["%s", "%s"], "intoId": "%s", "name": "Phường CD %s", "kind": "WARD"}"""
                .formatted(c, d, merged, Tenants.RUN));
        assertThat(merger.status()).as(merger.toString()).isEqualTo(200);
        assertThat(merger.object().getJsonArray("carriedOver").getValuesAs(JsonObject.class)).extracting(n -> n.getString("key"))
                .containsExactlyInAnyOrder("PROCEDURES_ADOPTED", "SERVICE_DAY_COPIED", "SERVICE_DAY_COPIED");
        assertThat(merger.object().getJsonArray("toDecide").getValuesAs(JsonObject.class)).singleElement().satisfies(n -> {
            assertThat(n.getString("key")).isEqualTo("OVERRIDE_DROPPED");
            assertThat(n.getString("text")).contains("step 2", Demo.VISIT_GRAVES, "Xã C", "Xã D");
        });

        // C's admin, with the token issued before the merger, now acts for the new ward
        assertThat(Keycloak.claims(beforeC).getString("tenant")).isEqualTo(c);
        JsonObject adoption = Api.get("/api/adoption", beforeC).object();
        assertThat(adoption.getBoolean("adoptsAll")).isFalse();
        assertThat(adoption.getJsonArray("procedures").getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("nationalCode", p.getString("name", null)))
                .containsExactlyInAnyOrder(Demo.VISIT_GRAVES, ALLOWANCE_CODE);
        assertThat(adoption.getJsonArray("overrides")).isEmpty();
        assertThat(Api.get("/api/service-days", beforeC).array().getValuesAs(JsonObject.class))
                .extracting(s -> s.getString("name"), s -> s.getString("weekday"))
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Ngày dịch vụ công trực tuyến " + Tenants.RUN, "TUESDAY"),
                        org.assertj.core.groups.Tuple.tuple("Ngày không viết - không hẹn " + Tenants.RUN, "FRIDAY"));
        assertThat(Api.get("/api/tenants", beforeD).array().getValuesAs(JsonObject.class))
                .extracting(t -> t.getString("id")).containsExactlyInAnyOrder(merged, c, d);
        // the same as a fresh login, whose token names the new ward
        String after = Keycloak.freshToken(Tenants.adminOf(d));
        assertThat(Keycloak.claims(after).getString("tenant")).isEqualTo(merged);
        assertThat(Api.get("/api/service-days", after).array()).hasSize(2);

        // the history keeps what was carried and what is left to decide
        assertThat(Api.get("/api/tenants/" + merged + "/history", Api.token("qt.admin")).array().getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("action")).contains("CARRIED_OVER", "TO_DECIDE");
    }

    @Test
    void merged_into_one_of_them_a_commune_keeps_its_own_setup_and_gains_the_procedures_the_other_adopted() {
        String g = Tenants.id("xa-g");
        String h = Tenants.id("xa-h");
        Tenants.created("qt.admin", g, "Xã G " + Tenants.RUN, "COMMUNE", "quang-tri");
        Tenants.created("qt.admin", h, "Xã H " + Tenants.RUN, "COMMUNE", "quang-tri");
        String tokenG = Keycloak.freshToken(Tenants.adminOf(g));
        assertThat(Api.put("/api/adoption", tokenG, ADOPTION.formatted("{\"name\": \"%s\"}".formatted(Demo.VISIT_GRAVES),
                Demo.VISIT_GRAVES, "Công chức Văn hóa - xã hội Xã G")).status()).isEqualTo(200);
        String tokenH = Keycloak.freshToken(Tenants.adminOf(h));
        assertThat(Api.put("/api/adoption", tokenH, ADOPTION.formatted(
                "{\"name\": \"%s\"}, {\"nationalCode\": \"%s\"}".formatted(Demo.VISIT_GRAVES, ALLOWANCE_CODE),
                Demo.VISIT_GRAVES, "Công chức Văn hóa - xã hội Xã H")).status()).isEqualTo(200);
        serviceDay(tokenH, "Ngày không viết - không hẹn Xã H " + Tenants.RUN, "FRIDAY", "SAME_DAY");
        // read (and so cache) G's effective catalog before the merger changes its adoption
        assertThat(procedureNames(tokenG)).containsExactly(Demo.VISIT_GRAVES);

        Api.Reply merger = Api.post("/api/tenants/merges", Api.token("qt.admin"),
                "{\"merging\": [\"%s\", \"%s\"], \"intoId\": \"%s\"}".formatted(g, h, g));
        assertThat(merger.status()).as(merger.toString()).isEqualTo(200);
        assertThat(merger.object().getJsonArray("carriedOver").getValuesAs(JsonObject.class)).extracting(n -> n.getString("key"))
                .containsExactly("PROCEDURES_ADDED");
        assertThat(merger.object().getJsonArray("toDecide").getValuesAs(JsonObject.class)).extracting(n -> n.getString("key"))
                .containsExactlyInAnyOrder("OVERRIDE_NOT_CARRIED", "SERVICE_DAY_NOT_CARRIED");

        // G's desk can still receive what H's did; its own officer on step 2 and its own (empty) plan of days stay
        JsonObject adoption = Api.get("/api/adoption", Keycloak.freshToken(Tenants.adminOf(g))).object();
        assertThat(adoption.getJsonArray("procedures").getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("nationalCode", p.getString("name", null)))
                .containsExactlyInAnyOrder(Demo.VISIT_GRAVES, ALLOWANCE_CODE);
        assertThat(adoption.getJsonArray("overrides").getValuesAs(JsonObject.class)).singleElement()
                .satisfies(o -> assertThat(o.getString("actorUnit")).isEqualTo("Công chức Văn hóa - xã hội Xã G"));
        assertThat(Api.get("/api/service-days", tokenH).array()).isEmpty();
        assertThat(procedureNames(tokenG)).hasSize(2).contains(Demo.VISIT_GRAVES);
    }

    private static List<String> procedureNames(String token) {
        return Api.get("/api/procedures", token).array().getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("name")).toList();
    }

    private static final String ALLOWANCE_CODE = "1.001776.000.00.00.H50";

    private static final String ADOPTION = """
            {"adoptsAll": false, "procedures": [%s],
             "overrides": [{"name": "%s", "step": "2", "actorUnit": "%s"}]}""";

    private static void serviceDay(String token, String name, String weekday, String mode) {
        Api.Reply created = Api.post("/api/service-days", token, """
                {"name": "%s", "weekday": "%s", "mode": "%s", "procedures": [{"field": "Người có công", "name": "%s"}]}"""
                .formatted(name, weekday, mode, Demo.VISIT_GRAVES));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    @Test
    void only_the_platform_operator_creates_provinces_and_bad_input_is_a_problem_per_field() {
        String province = Tenants.id("tinh");
        assertThat(Tenants.create("qt.admin", province, "Tỉnh Thử Nghiệm", "PROVINCE", null).status()).isEqualTo(403);
        Api.Reply created = Tenants.create("platform.admin", province, "Tỉnh Thử Nghiệm " + Tenants.RUN, "PROVINCE", null);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(Keycloak.group("/" + province)).isPresent();

        Api.Reply bad = Api.post("/api/tenants", Api.token("qt.admin"), """
                {"id": "Hải Ba", "name": "", "kind": "DISTRICT", "parentId": "hai-lang",
                 "firstAdmin": {"username": "x", "email": "nope", "firstName": "A", "lastName": "B"}}""");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.object().getJsonObject("errors").keySet())
                .contains("id", "name", "parentId", "firstAdmin.username", "firstAdmin.email");

        assertThat(Tenants.create("hailang.reception", Tenants.id("xa-le"), "Xã Lẻ", "COMMUNE", "hai-lang").status()).isEqualTo(403);
        assertThat(Api.get("/api/tenants", null).status()).isEqualTo(401);
    }
}
