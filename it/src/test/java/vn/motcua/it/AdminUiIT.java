package vn.motcua.it;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The provincial admin's first screen, in a real browser, after a real Keycloak login. */
class AdminUiIT extends BrowserTest {


    @Test
    void the_provincial_admin_sees_quang_tris_procedures_in_vietnamese() {
        Page page = browser.loggedIn("qt.admin", "admin");
        page.waitForSelector("vaadin-grid#procedures vaadin-grid-cell-content:has-text('Thăm viếng mộ liệt sĩ')");
        Browser.screenshot(page, "admin-procedures");

        List<String> cells = page.locator("vaadin-grid#procedures vaadin-grid-cell-content").allTextContents();
        assertThat(cells).contains("Tên thủ tục", "Mã thủ tục", "Mức độ DVC trực tuyến", "Thời hạn (ngày làm việc)");
        assertThat(cells).contains(Demo.VISIT_GRAVES, Demo.MONTHLY_ALLOWANCE, "1.001776.000.00.00.H50", "Toàn trình", "Một phần", "22");
        assertThat(page.textContent("#current-user")).contains("qt.admin", "Tỉnh Quảng Trị");
    }

    @Test
    void search_ignores_diacritics() {
        Page page = browser.loggedIn("qt.admin", "admin");
        page.waitForSelector("vaadin-grid#procedures vaadin-grid-cell-content:has-text('Thăm viếng mộ liệt sĩ')");

        page.locator("#procedure-search input").fill("ho thoat ngheo");
        // the grid's size is the count the server returned for the search
        page.waitForFunction("() => document.querySelector('vaadin-grid#procedures').size === 1");

        assertThat(page.locator("vaadin-grid#procedures vaadin-grid-cell-content:visible").allTextContents())
                .contains("Công nhận hộ thoát nghèo, hộ thoát cận nghèo thường xuyên hằng năm")
                .doesNotContain(Demo.VISIT_GRAVES);
    }

    @Test
    void an_admin_of_another_province_sees_none_of_them() {
        Page page = browser.loggedIn("th.admin", "admin");
        page.waitForSelector("vaadin-grid#procedures");
        page.waitForSelector("#current-user:has-text('Tỉnh Thanh Hóa')");
        // the grid has settled when its empty-state text shows
        page.waitForSelector("vaadin-grid#procedures :text('Chưa có thủ tục nào')");

        List<String> cells = page.locator("vaadin-grid#procedures vaadin-grid-cell-content").allTextContents();
        assertThat(String.join("|", cells)).doesNotContain(Demo.VISIT_GRAVES, "H50");
    }

    @Test
    void a_reception_user_is_not_an_admin() {
        Page page = browser.loggedIn("hailang.reception", "admin");
        page.waitForSelector("text=không có quyền quản trị");
        assertThat(page.locator("vaadin-grid#procedures").count()).isZero();
    }
}
