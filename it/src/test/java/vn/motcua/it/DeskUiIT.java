package vn.motcua.it;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A dossier received through the API is in the claimable queue of its unit's desk, and of no other. */
class DeskUiIT extends BrowserTest {

    private static final String CELLS = "vaadin-grid#queue vaadin-grid-cell-content";

    @Test
    void the_received_dossier_is_in_the_reception_users_queue() {
        String code = Demo.receiveVisit("Bùi Thị Xuân").getString("code");

        Page page = browser.loggedIn("hailang.reception", "desk");
        page.navigate(TestStackSession.baseUrl() + "/desk/unit");
        page.waitForSelector(CELLS + ":has-text('" + code + "')");
        Browser.screenshot(page, "desk-queue");

        assertThat(page.locator(CELLS).allTextContents())
                .contains(code, Demo.VISIT_GRAVES, "Bùi Thị Xuân", "1 · Bộ phận TN&TKQ");
    }

    @Test
    void another_units_desk_shows_its_own_dossier_and_not_this_one() {
        String hailang = Demo.receiveVisit("Đinh Văn Tám").getString("code");
        // a ward of this test's own, with a clerk and one dossier: no other test works there
        String ward = Tenants.id("desk-ward");
        Tenants.created("qt.admin", ward, "Phường Quầy " + Tenants.RUN, "WARD", "quang-tri");
        String clerk = Tenants.staff(ward, "/quang-tri/" + ward, "reception");
        String own = Demo.receive(clerk, Demo.VISIT_GRAVES, "Lý Thị Nga").getString("code");

        Page page = browser.loggedIn(clerk, "desk");
        page.navigate(TestStackSession.baseUrl() + "/desk/unit");
        page.waitForSelector("#current-user:has-text('Phường Quầy')");
        page.waitForSelector(CELLS + ":has-text('" + own + "')");
        // every row the server gave the grid is loaded: the ward's one dossier
        page.waitForFunction("() => document.querySelector('vaadin-grid#queue').size === 1");

        assertThat(page.locator(CELLS).allTextContents())
                .contains(own, "Lý Thị Nga")
                .doesNotContain(hailang, "Đinh Văn Tám");
    }

    @Test
    void a_catalog_admin_reads_no_dossier_at_the_desk() {
        String code = Demo.receiveVisit("Cao Thị Yến").getString("code");

        Page page = browser.loggedIn("hailang.admin", "desk");
        page.waitForSelector("text=Tài khoản của bạn không phải cán bộ xử lý hồ sơ.");

        assertThat(page.locator("vaadin-grid#queue").count()).isZero();
        assertThat(page.content()).doesNotContain(code, "Cao Thị Yến");
    }
}
