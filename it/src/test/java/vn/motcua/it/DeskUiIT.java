package vn.motcua.it;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A dossier received through the API is in the desk's queue. */
class DeskUiIT extends BrowserTest {


    @Test
    void the_received_dossier_is_in_the_reception_users_queue() {
        String code = Demo.receiveVisit("Bùi Thị Xuân").getString("code");

        Page page = browser.loggedIn("hailang.reception", "desk");
        page.waitForSelector("vaadin-grid#queue vaadin-grid-cell-content:has-text('" + code + "')");
        Browser.screenshot(page, "desk-queue");

        assertThat(page.locator("vaadin-grid#queue vaadin-grid-cell-content").allTextContents())
                .contains(code, Demo.VISIT_GRAVES, "Bùi Thị Xuân", "1 · Bộ phận TN&TKQ");
    }

    @Test
    void another_tenants_desk_does_not_show_it() {
        String code = Demo.receiveVisit("Đinh Văn Tám").getString("code");

        Page page = browser.loggedIn("p5.reception", "desk");
        page.waitForSelector("#current-user:has-text('Phường 5')");
        // the grid has settled when its empty-state text shows: Phường 5 has no dossiers under way
        page.waitForSelector("vaadin-grid#queue :text('Không có hồ sơ đang xử lý')");
        assertThat(page.locator("vaadin-grid#queue vaadin-grid-cell-content").allTextContents()).doesNotContain(code);
    }
}
