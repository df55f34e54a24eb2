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

    private static Page tenantsScreen(String user) {
        Page page = browser.loggedIn(user, "admin");
        page.navigate(TestStackSession.baseUrl() + "/admin/tenants");
        page.waitForSelector("vaadin-grid#tenant-tree");
        return page;
    }
}
