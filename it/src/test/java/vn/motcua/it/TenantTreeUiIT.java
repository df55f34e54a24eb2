package vn.motcua.it;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The tenant tree screen in Chromium, after a real Keycloak login. */
class TenantTreeUiIT extends BrowserTest {

    private static final String CELLS = "vaadin-grid#tenant-tree vaadin-grid-cell-content";

    @Test
    void a_provincial_admin_creates_a_commune_sees_its_first_admins_login_once_and_finds_it_in_the_tree() {
        String id = Tenants.id("ui-xa");
        String name = "Xã Giao Diện " + Tenants.RUN;
        Page page = tenantsScreen("qt.admin");
        page.waitForSelector(CELLS + ":has-text('Phường 5')");

        page.click("#tenant-create");
        page.locator("#new-tenant-id input").fill("Xã Sai");
        page.locator("#new-tenant-name input").fill(name);
        page.locator("#new-admin-username input").fill(Tenants.adminOf(id));
        page.locator("#new-admin-email input").fill(Tenants.adminOf(id) + "@motcua.test");
        page.locator("#new-admin-last-name input").fill("Trần");
        page.locator("#new-admin-first-name input").fill("Thị Giao");
        page.click("#tenant-create-confirm");
        // the broken rule shows next to its field, in Vietnamese
        page.waitForSelector("vaadin-text-field#new-tenant-id[invalid]");
        assertThat(page.locator("vaadin-text-field#new-tenant-id [slot=error-message]").textContent()).contains("chữ thường");

        page.locator("#new-tenant-id input").fill(id);
        page.click("#tenant-create-confirm");
        page.waitForSelector("#created-admin-password");
        assertThat(page.textContent("#created-admin-username")).isEqualTo(Tenants.adminOf(id));
        assertThat(page.textContent("#created-admin-password")).hasSizeGreaterThanOrEqualTo(12);
        Browser.screenshot(page, "tenant-created");
        page.click("#tenant-created-close");

        page.waitForSelector(CELLS + ":has-text('" + name + "')");
        assertThat(page.locator(CELLS).allTextContents()).contains(name, id);
        assertThat(Keycloak.group("/quang-tri/" + id)).isPresent();
    }

    @Test
    void a_district_admin_sees_its_own_communes_but_not_another_districts() {
        String district = Tenants.id("ui-huyen");
        String commune = Tenants.id("ui-xa-khac");
        Tenants.created("qt.admin", district, "Huyện Khác " + Tenants.RUN, "DISTRICT", "quang-tri");
        Tenants.created("qt.admin", commune, "Xã Huyện Khác " + Tenants.RUN, "COMMUNE", district);

        Page page = tenantsScreen("hailang.admin");
        page.waitForSelector(CELLS + ":has-text('Xã Hải Quế')");
        Browser.screenshot(page, "tenant-tree-district");
        String cells = String.join("|", page.locator(CELLS).allTextContents());
        assertThat(cells).contains("Huyện Hải Lăng", "Xã Hải Quế")
                .doesNotContain("Huyện Khác", "Xã Huyện Khác", commune, "Phường 5", "Tỉnh Quảng Trị", "Thanh Hóa");
    }

    @Test
    void a_provincial_admin_renames_a_commune_and_moves_it_to_a_district_and_bad_input_shows_next_to_its_field() {
        String district = Tenants.id("ui-huyen-moi");
        String commune = Tenants.id("ui-xa-doi");
        String districtName = "Huyện Đích " + Tenants.RUN;
        String oldName = "Xã Tên Cũ " + Tenants.RUN;
        String newName = "Xã Tên Mới " + Tenants.RUN;
        Tenants.created("qt.admin", district, districtName, "DISTRICT", "quang-tri");
        Tenants.created("qt.admin", commune, oldName, "COMMUNE", "quang-tri");
        Page page = tenantsScreen("qt.admin");

        page.click(CELLS + ":has-text('" + oldName + "')");
        page.click("#tenant-rename");
        page.locator("#rename-name input").fill("  ");
        page.click("#tenant-rename-confirm");
        page.waitForSelector("vaadin-text-field#rename-name[invalid]");
        assertThat(page.locator("vaadin-text-field#rename-name [slot=error-message]").textContent()).contains("Cần nhập tên đơn vị");
        page.locator("#rename-name input").fill(newName);
        page.click("#tenant-rename-confirm");
        page.waitForSelector(CELLS + ":has-text('" + newName + "')");
        assertThat(page.locator(CELLS).allTextContents()).doesNotContain(oldName);
        assertThat(level(page, newName)).isEqualTo(1);

        page.click(CELLS + ":has-text('" + newName + "')");
        page.click("#tenant-move");
        page.click("#tenant-move-confirm");
        page.waitForSelector("vaadin-combo-box#move-parent[invalid]");
        assertThat(page.locator("vaadin-combo-box#move-parent [slot=error-message]").textContent()).contains("Chọn đơn vị cấp trên");
        page.locator("#move-parent input").fill(districtName);
        page.click("vaadin-combo-box-item:has-text('" + districtName + "')");
        page.click("#tenant-move-confirm");
        // the commune now sits one level deeper, under the district
        page.waitForCondition(() -> level(page, newName) == 2);
        Browser.screenshot(page, "tenant-moved");
        assertThat(Api.get("/api/tenants/" + commune, Api.token("qt.admin")).object().getString("parentId")).isEqualTo(district);
        assertThat(Keycloak.group("/quang-tri/" + district + "/" + commune)).isPresent();
    }

    @Test
    void a_provincial_admin_merges_two_communes_into_a_new_ward_that_gets_their_service_days() {
        String a = Tenants.id("ui-xa-e");
        String b = Tenants.id("ui-xa-f");
        String ward = Tenants.id("ui-phuong-ef");
        String nameA = "Xã E " + Tenants.RUN;
        String nameB = "Xã F " + Tenants.RUN;
        String wardName = "Phường EF " + Tenants.RUN;
        Tenants.created("qt.admin", a, nameA, "COMMUNE", "quang-tri");
        Tenants.created("qt.admin", b, nameB, "COMMUNE", "quang-tri");
        String online = "Ngày trực tuyến E " + Tenants.RUN;
        String sameDay = "Ngày không hẹn F " + Tenants.RUN;
        serviceDay(a, online, "TUESDAY", "ASSISTED_ONLINE");
        serviceDay(b, sameDay, "TUESDAY", "SAME_DAY");
        Page page = tenantsScreen("qt.admin");
        page.waitForSelector(CELLS + ":has-text('" + nameB + "')");

        page.click(CELLS + ":has-text('" + nameA + "')");
        page.click("#tenant-merge");
        page.locator("#merge-into input").fill(ward);
        page.locator("#merge-name input").fill(wardName);
        page.click("#tenant-merge-confirm");
        // one unit is not a merger: said next to the list of units
        page.waitForSelector("vaadin-multi-select-combo-box#merge-units[invalid]");
        assertThat(page.locator("vaadin-multi-select-combo-box#merge-units [slot=error-message]").textContent())
                .contains("Chọn từ hai xã, phường trở lên");
        page.locator("#merge-units input").fill(nameB);
        page.click("vaadin-multi-select-combo-box-item:has-text('" + nameB + "')");
        page.locator("vaadin-multi-select-combo-box#merge-units").evaluate("c => c.opened = false");
        page.click("#merge-kind");
        page.click("vaadin-select-item:has-text('Phường')");
        page.click("#tenant-merge-confirm");

        page.waitForSelector("#merge-carried"); // the dialog host stays hidden; its content shows
        Browser.screenshot(page, "tenant-merged");
        String carried = page.textContent("#merge-carried");
        assertThat(carried).contains(online, sameDay, nameA, nameB);
        assertThat(page.textContent("#merge-to-decide")).contains("Thứ Ba", online, sameDay);
        page.click("#merge-outcome-close");

        page.waitForSelector(CELLS + ":has-text('" + wardName + "')");
        assertThat(page.locator(CELLS).allTextContents()).contains(wardName, "Đã sáp nhập vào " + wardName);
        assertThat(level(page, nameA)).isEqualTo(level(page, wardName) + 1);
        assertThat(level(page, nameB)).isEqualTo(level(page, wardName) + 1);

        // A's admin, moved to the ward by the merger, finds both days on the ward's service-day screen
        Page admin = browser.loggedIn(Tenants.adminOf(a), "admin");
        admin.navigate(TestStackSession.baseUrl() + "/admin/service-days");
        admin.waitForSelector("vaadin-grid#service-days vaadin-grid-cell-content:has-text('" + online + "')");
        assertThat(admin.locator("vaadin-grid#service-days vaadin-grid-cell-content").allTextContents()).contains(online, sameDay);
        Browser.screenshot(admin, "merged-service-days");
    }

    /** The depth of a unit's row in the tree (the province is 0), as the hierarchy column's toggle shows it. */
    private static int level(Page page, String name) {
        return ((Number) page.locator("vaadin-grid#tenant-tree vaadin-grid-tree-toggle:has-text('" + name + "')")
                .evaluate("t => t.level")).intValue();
    }

    private static void serviceDay(String tenant, String name, String weekday, String mode) {
        Api.Reply created = Api.post("/api/service-days", Keycloak.freshToken(Tenants.adminOf(tenant)), """
                {"name": "%s", "weekday": "%s", "mode": "%s", "procedures": [{"field": "Người có công", "name": "%s"}]}"""
                .formatted(name, weekday, mode, Demo.VISIT_GRAVES));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    private static Page tenantsScreen(String user) {
        Page page = browser.loggedIn(user, "admin");
        // tall enough for the grid to render every row: the whole run adds its units to Quảng Trị's tree
        page.setViewportSize(1280, 4000);
        page.navigate(TestStackSession.baseUrl() + "/admin/tenants");
        page.waitForSelector("vaadin-grid#tenant-tree");
        return page;
    }
}
