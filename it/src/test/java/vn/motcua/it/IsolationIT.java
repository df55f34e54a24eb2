package vn.motcua.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.tenants.access.Role;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The isolation suite over HTTP, with real tokens: every catalog and tenant operation called
 * with the ids of another tenant — a sibling commune, the parent district, a district of the
 * same province, another province — answers 403 or 404 and shows none of that tenant's data.
 * Each refusal has a positive control (the owner, or a supervisor, gets the same thing), so a
 * broken endpoint cannot pass for an isolated one.
 *
 * <p>The tenants are this class's own: a district with communes A and B under Quảng Trị, and a
 * province of its own (Thanh Hóa's catalog stays empty for {@code AdminUiIT}); so are the staff
 * and the dossier of commune A, which only A's desk and the supervisors above A read.
 */
class IsolationIT extends DeployedEar {

    static final String D = Tenants.id("iso-d");
    static final String A = Tenants.id("iso-a");
    static final String B = Tenants.id("iso-b");
    static final String P = Tenants.id("iso-p");
    static final String A_PUBLISHED = "Thủ tục riêng xã A " + Tenants.RUN;
    static final String A_DRAFTED = "Thủ tục dự thảo xã A " + Tenants.RUN;
    static final String D_DRAFTED = "Thủ tục dự thảo huyện D " + Tenants.RUN;
    static final String P_DRAFTED = "Thủ tục dự thảo tỉnh P " + Tenants.RUN;

    static long aPublished;
    static long aDraft;
    static long aDraftProcedure;
    static long dDraft;
    static long dDraftProcedure;
    static long pDraftProcedure;
    static long quangTri;

    static final String APPLICANT = "Võ Thị Riêng Tư " + Tenants.RUN;
    static String aReception;
    static String bReception;
    static String dSupervisor;
    static String bSupervisor;
    static String dReporter;
    static String aDossier;

    @BeforeAll
    static void tenantsWithCatalogs() {
        Tenants.created("qt.admin", D, "Huyện Cách Ly " + Tenants.RUN, "DISTRICT", "quang-tri");
        Tenants.created("qt.admin", A, "Xã Cách Ly A " + Tenants.RUN, "COMMUNE", D);
        Tenants.created("qt.admin", B, "Xã Cách Ly B " + Tenants.RUN, "COMMUNE", D);
        Tenants.created("platform.admin", P, "Tỉnh Cách Ly " + Tenants.RUN, "PROVINCE", null);

        String a = admin(A);
        JsonObject first = created(Api.post("/api/catalog/draft/procedures", a, procedure(A_PUBLISHED)));
        aPublished = first.getJsonNumber("versionId").longValue();
        Api.Reply published = Api.post("/api/catalog/versions/" + aPublished + "/publication", a,
                "{\"decisionNumber\": \"1/QĐ-A-%s\", \"effectiveFrom\": \"2025-07-01\"}".formatted(Tenants.RUN));
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        JsonObject second = created(Api.post("/api/catalog/draft/procedures", a, procedure(A_DRAFTED)));
        aDraft = second.getJsonNumber("versionId").longValue();
        aDraftProcedure = second.getJsonNumber("id").longValue();
        assertThat(aDraft).isNotEqualTo(aPublished);

        JsonObject d = created(Api.post("/api/catalog/draft/procedures", admin(D), procedure(D_DRAFTED)));
        dDraft = d.getJsonNumber("versionId").longValue();
        dDraftProcedure = d.getJsonNumber("id").longValue();
        pDraftProcedure = created(Api.post("/api/catalog/draft/procedures", admin(P), procedure(P_DRAFTED))).getJsonNumber("id").longValue();

        quangTri = Api.get("/api/catalog/versions", Api.token("qt.admin")).array().getValuesAs(JsonObject.class).stream()
                .filter(v -> "71/QĐ-UBND".equals(v.getString("decisionNumber", null)))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();

        aReception = Tenants.staff(A, "/quang-tri/" + D + "/" + A, Role.RECEPTION);
        bReception = Tenants.staff(B, "/quang-tri/" + D + "/" + B, Role.RECEPTION);
        bSupervisor = Tenants.staff(B, "/quang-tri/" + D + "/" + B, Role.SUPERVISOR);
        dSupervisor = Tenants.staff(D, "/quang-tri/" + D, Role.SUPERVISOR);
        dReporter = Tenants.staff(D, "/quang-tri/" + D, Role.REPORTING_OFFICER);
        aDossier = Demo.receive(aReception, A_PUBLISHED, APPLICANT).getString("code");
    }

    @Test
    void a_dossier_with_its_applicant_is_read_by_its_units_desk_and_the_supervisors_above_only() {
        String path = "/api/dossiers/" + aDossier;
        // administering a catalog — the unit's own, the district's, the province's — reads no dossier; nor does reporting
        for (String user : List.of(Tenants.adminOf(A), Tenants.adminOf(D), "qt.admin", dReporter, "qt.reporter")) {
            refused(Api.get(path, Api.token(user)), APPLICANT);
            refused(Api.get("/api/dossiers", Api.token(user)), APPLICANT);
        }
        // a sibling commune's desk and supervisor, another province, the platform operator
        for (String user : List.of(bReception, bSupervisor, Tenants.adminOf(P), "platform.admin")) {
            refused(Api.get(path, Api.token(user)), APPLICANT);
        }
        assertThat(Api.get("/api/dossiers", Api.token(bReception)).body()).doesNotContain(aDossier, APPLICANT);

        // the unit's desk reads it, applicant included, and has it in its queue
        JsonObject own = Api.get(path, Api.token(aReception)).object();
        assertThat(own.getJsonObject("applicant").getString("name")).isEqualTo(APPLICANT);
        assertThat(Api.get("/api/dossiers", Api.token(aReception)).body()).contains(aDossier, APPLICANT);
        // so do the supervisors of the district above and of the province, two levels up
        for (String supervisor : List.of(dSupervisor, "qt.supervisor")) {
            Api.Reply read = Api.get(path, Api.token(supervisor));
            assertThat(read.status()).as(supervisor + ": " + read).isEqualTo(200);
            assertThat(read.object().getJsonObject("applicant").getString("name")).isEqualTo(APPLICANT);
            assertThat(read.object().getJsonArray("history")).isNotEmpty();
            // reading is all: the step is reception's, at A
            refused(Api.post(path + "/steps/1/completion", Api.token(supervisor), null), APPLICANT);
        }
        assertThat(Api.get(path, Api.token(aReception)).object().getJsonObject("currentStep").getString("number")).isEqualTo("1");
    }

    @Test
    void a_sibling_commune_reads_lists_searches_exports_changes_publishes_and_deletes_nothing_of_another() {
        String b = admin(B);
        for (long version : List.of(aPublished, aDraft)) {
            refused(Api.get("/api/catalog/versions/" + version, b), A_PUBLISHED);
            refused(Api.download("/api/catalog/versions/" + version + "/export.yaml", b), A_PUBLISHED);
            refused(Api.download("/api/catalog/versions/" + version + "/export.xlsx", b), A_PUBLISHED);
        }
        refused(Api.post("/api/catalog/versions/" + aDraft + "/publication", b,
                "{\"decisionNumber\": \"9/QĐ-B\", \"effectiveFrom\": \"2025-07-01\"}"), A_DRAFTED);
        refused(Api.get("/api/catalog/draft/procedures/" + aDraftProcedure, b), A_DRAFTED);
        refused(Api.put("/api/catalog/draft/procedures/" + aDraftProcedure, b, procedure("Xã B ghi đè")), A_DRAFTED);
        refused(Api.delete("/api/catalog/draft/procedures/" + aDraftProcedure, b), A_DRAFTED);
        assertThat(Api.get("/api/catalog/procedures?search=" + enc("thu tuc rieng xa a " + Tenants.RUN), b).array()).isEmpty();
        assertThat(Api.get("/api/catalog/versions", b).body()).doesNotContain("QĐ-A-" + Tenants.RUN);

        // A's catalog is untouched and its own admin sees all of it
        String a = admin(A);
        assertThat(Api.get("/api/catalog/versions/" + aPublished, a).body()).contains(A_PUBLISHED, "PUBLISHED");
        assertThat(Api.download("/api/catalog/versions/" + aDraft + "/export.yaml", a).body()).contains(A_DRAFTED);
        Api.Reply xlsx = Api.download("/api/catalog/versions/" + aPublished + "/export.xlsx", a);
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).startsWith(CatalogTypes.XLSX);
        JsonObject draftProcedure = Api.get("/api/catalog/draft/procedures/" + aDraftProcedure, a).object();
        assertThat(draftProcedure.getJsonObject("procedure").getString("name")).isEqualTo(A_DRAFTED);
        assertThat(Api.get("/api/catalog/versions", a).body()).contains("\"DRAFT\"");
        assertThat(Api.get("/api/catalog/procedures?search=" + enc("thu tuc du thao xa a " + Tenants.RUN), a).body()).contains(A_DRAFTED);
    }

    @Test
    void a_sibling_commune_cannot_read_or_change_another_in_the_tree() {
        String b = admin(B);
        assertThat(Api.get("/api/tenants", b).body()).doesNotContain(A, "Xã Cách Ly A");
        refused(Api.get("/api/tenants/" + A, b), "Xã Cách Ly A");
        refused(Api.get("/api/tenants/" + A + "/history", b), "Xã Cách Ly A");
        refused(Api.put("/api/tenants/" + A + "/name", b, "{\"name\": \"Xã Bị Đổi Tên\"}"), "Xã Cách Ly A");
        refused(Api.put("/api/tenants/" + A + "/parent", b, "{\"parentId\": \"" + B + "\"}"), "Xã Cách Ly A");
        refused(Api.post("/api/tenants/merges", b, "{\"merging\": [\"%s\", \"%s\"], \"intoId\": \"%s\"}".formatted(A, B, B)), "Xã Cách Ly A");
        refused(Tenants.create(Tenants.adminOf(B), Tenants.id("iso-under-a"),
                "Thôn X", "COMMUNE", A), "Xã Cách Ly A");
        // a unit does not administer itself either: that is its parent's job
        assertThat(Api.put("/api/tenants/" + B + "/name", b, "{\"name\": \"Xã Tự Đổi\"}").status()).isEqualTo(403);

        // the district above both sees and administers them
        String d = admin(D);
        assertThat(Api.get("/api/tenants", d).array().getValuesAs(JsonObject.class)).extracting(t -> t.getString("id"))
                .containsExactly(D, A, B);
        assertThat(Api.get("/api/tenants/" + A, d).status()).isEqualTo(200);
        assertThat(Api.get("/api/tenants/" + A, admin(A)).object().getString("name")).isEqualTo("Xã Cách Ly A " + Tenants.RUN);
    }

    @Test
    void a_commune_reads_its_provinces_published_catalog_but_nothing_of_its_districts_draft_nor_the_district_itself() {
        String a = admin(A);
        refused(Api.get("/api/catalog/versions/" + dDraft, a), D_DRAFTED);
        refused(Api.download("/api/catalog/versions/" + dDraft + "/export.yaml", a), D_DRAFTED);
        refused(Api.download("/api/catalog/versions/" + dDraft + "/export.xlsx", a), D_DRAFTED);
        // the gap this suite found: a draft above was readable by the data layer, and so publishable
        refused(Api.post("/api/catalog/versions/" + dDraft + "/publication", a,
                "{\"decisionNumber\": \"9/QĐ-A\", \"effectiveFrom\": \"2025-07-01\"}"), D_DRAFTED);
        refused(Api.get("/api/catalog/draft/procedures/" + dDraftProcedure, a), D_DRAFTED);
        refused(Api.put("/api/catalog/draft/procedures/" + dDraftProcedure, a, procedure("Xã A ghi đè")), D_DRAFTED);
        refused(Api.delete("/api/catalog/draft/procedures/" + dDraftProcedure, a), D_DRAFTED);
        refused(Api.get("/api/tenants/" + D, a), "Huyện Cách Ly");
        refused(Api.put("/api/tenants/" + D + "/name", a, "{\"name\": \"Huyện Bị Đổi Tên\"}"), "Huyện Cách Ly");
        refused(Tenants.create(Tenants.adminOf(A), Tenants.id("iso-under-d"), "Xã Y", "COMMUNE", D),
                "Huyện Cách Ly");
        assertThat(Api.get("/api/tenants", a).body()).doesNotContain("Huyện Cách Ly");

        // still a draft, with its procedure; and the district, a supervisor, reads its communes' catalogs
        String d = admin(D);
        JsonObject draft = Api.get("/api/catalog/versions/" + dDraft, d).object();
        assertThat(draft.getString("status")).isEqualTo("DRAFT");
        assertThat(draft.toString()).contains(D_DRAFTED);
        assertThat(Api.get("/api/catalog/versions/" + aPublished, d).body()).contains(A_PUBLISHED);
        // what a commune adopts is readable from below: the province's published decision
        assertThat(Api.get("/api/catalog/versions/" + quangTri, a).body()).contains(Demo.VISIT_GRAVES);
    }

    @Test
    void another_district_and_another_province_see_nothing_of_these_tenants_or_of_quang_tri() {
        String hl = Api.token("hailang.admin");
        refused(Api.get("/api/tenants/" + A, hl), "Xã Cách Ly A");
        refused(Api.get("/api/catalog/versions/" + aPublished, hl), A_PUBLISHED);
        refused(Api.put("/api/tenants/" + A + "/parent", hl, "{\"parentId\": \"hai-lang\"}"), "Xã Cách Ly A");
        assertThat(Api.get("/api/catalog/procedures?search=" + enc("thu tuc rieng"), hl).body()).doesNotContain(A_PUBLISHED);

        String p = admin(P);
        refused(Api.get("/api/catalog/versions/" + quangTri, p), Demo.VISIT_GRAVES);
        refused(Api.download("/api/catalog/versions/" + quangTri + "/export.yaml", p), Demo.VISIT_GRAVES);
        refused(Api.download("/api/catalog/versions/" + quangTri + "/export.xlsx", p), Demo.VISIT_GRAVES);
        refused(Api.post("/api/catalog/versions/" + quangTri + "/publication", p,
                "{\"decisionNumber\": \"9/QĐ-P\", \"effectiveFrom\": \"2025-07-01\"}"), Demo.VISIT_GRAVES);
        refused(Api.get("/api/tenants/quang-tri", p), "Quảng Trị");
        refused(Api.post("/api/tenants/merges", p, "{\"merging\": [\"hai-que\", \"phuong-5\"], \"intoId\": \"phuong-5\"}"), "Hải Quế");
        refused(Tenants.create(Tenants.adminOf(P), Tenants.id("iso-under-qt"), "Xã Z", "COMMUNE", "quang-tri"), "Quảng Trị");
        assertThat(Api.get("/api/catalog/procedures?search=" + enc("tham vieng"), p).array()).isEmpty();
        assertThat(Api.get("/api/procedures", p).body()).doesNotContain(Demo.VISIT_GRAVES);
        assertThat(Api.get("/api/tenants", p).body()).doesNotContain("quang-tri", "Quảng Trị", A);

        String th = Api.token("th.admin");
        refused(Api.get("/api/catalog/draft/procedures/" + pDraftProcedure, th), P_DRAFTED);
        refused(Api.delete("/api/catalog/draft/procedures/" + pDraftProcedure, th), P_DRAFTED);
        refused(Api.get("/api/catalog/versions/" + aDraft, th), A_DRAFTED);
        assertThat(Api.get("/api/catalog/draft/procedures/" + pDraftProcedure, p).status()).isEqualTo(200);
    }

    @Test
    void an_adoption_is_the_tenants_own_and_a_neighbours_choice_does_not_reach_it() {
        // the adoption API names no tenant: each admin reads and changes their own tenant's only
        Api.Reply adopted = Api.put("/api/adoption", admin(B), """
                {"adoptsAll": false, "procedures": [{"name": "%s"}]}""".formatted(Demo.VISIT_GRAVES));
        assertThat(adopted.status()).as(adopted.toString()).isEqualTo(200);
        assertThat(adopted.object().getBoolean("adoptsAll")).isFalse();

        assertThat(Api.get("/api/adoption", admin(D)).object().getBoolean("adoptsAll")).isTrue();
        assertThat(Api.get("/api/adoption", admin(A)).object().getBoolean("adoptsAll")).isTrue();
        assertThat(Api.get("/api/adoption", admin(P)).body()).doesNotContain(Demo.VISIT_GRAVES);
        assertThat(Api.get("/api/adoption", admin(B)).body()).contains(Demo.VISIT_GRAVES);
    }

    @Test
    void staff_see_their_own_unit_only_and_change_nothing_in_the_tree() {
        String reception = Api.token("hailang.reception");
        assertThat(Api.get("/api/tenants", reception).array().getValuesAs(JsonObject.class)).extracting(t -> t.getString("id"))
                .containsExactly("hai-lang");
        refused(Api.get("/api/tenants/hai-que", reception), "Hải Quế");
        assertThat(Api.put("/api/tenants/hai-que/name", reception, "{\"name\": \"Xã X\"}").status()).isEqualTo(403);
        assertThat(Api.get("/api/catalog/versions/" + quangTri, reception).status()).isEqualTo(403);
    }

    private static void refused(Api.Reply reply, String... secrets) {
        assertThat(reply.status()).as(reply.toString()).isIn(403, 404);
        assertThat(reply.contentType()).as(reply.toString()).startsWith("application/problem+json");
        assertThat(reply.body()).doesNotContain(secrets);
    }

    private static String admin(String tenant) {
        return Api.token(Tenants.adminOf(tenant));
    }

    private static JsonObject created(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.object();
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    static String procedure(String name) {
        return """
                {"name": "%s", "field": "Thử nghiệm cách ly", "handlingLevel": "COMMUNE", "onlineLevel": "PARTIAL", "totalDays": 2,
                 "steps": [
                   {"number": "1", "actorUnit": "Bộ phận một cửa", "actorRole": "reception", "content": "Tiếp nhận hồ sơ",
                    "budgetDays": 0.5, "level": "COMMUNE"},
                   {"number": "2", "actorUnit": "Công chức chuyên môn", "actorRole": "specialist", "content": "Thẩm định",
                    "budgetDays": 1, "level": "COMMUNE"},
                   {"number": "3", "actorUnit": "Chủ tịch UBND", "actorRole": "leader", "content": "Ký kết quả",
                    "budgetDays": 0.5, "level": "COMMUNE"}]}""".formatted(name);
    }

    /** Media types the catalog exports use. */
    static final class CatalogTypes {
        static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }
}
