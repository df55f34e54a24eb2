package vn.motcua.it;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The admins' first screen, in a real browser, after a real Keycloak login. */
class AdminUiIT extends BrowserTest {

    @AfterEach
    void restore() {
        Demo.restoreHaiLangAdoption();
    }

    @Test
    void the_provincial_admin_sees_quang_tris_procedures_in_vietnamese() {
        Page page = browser.loggedIn("qt.admin", "admin");
        page.waitForSelector("vaadin-grid#procedures vaadin-grid-cell-content:has-text('Thăm viếng mộ liệt sĩ')");
        Browser.screenshot(page, "admin-procedures");

        List<String> cells = page.locator("vaadin-grid#procedures vaadin-grid-cell-content").allTextContents();
        assertThat(cells).contains("Tên thủ tục", "Cấp thực hiện", "Mức độ DVC trực tuyến", "Thời hạn (ngày làm việc)");
        assertThat(cells).contains("Toàn trình", "Một phần", "22");
        assertThat(page.locator("vaadin-grid#procedures .procedure-name").allTextContents()).contains(Demo.VISIT_GRAVES, Demo.MONTHLY_ALLOWANCE);
        // the national code and the field, under the name
        assertThat(page.locator("vaadin-grid#procedures .procedure-detail").allTextContents())
                .contains("1.001776.000.00.00.H50 · Lao động, Thương binh và Xã hội");
        assertThat(page.textContent("#current-user")).contains("qt.admin", "Tỉnh Quảng Trị");
    }

    @Test
    void search_ignores_diacritics() {
        Page page = browser.loggedIn("qt.admin", "admin");
        page.waitForSelector("vaadin-grid#procedures vaadin-grid-cell-content:has-text('Thăm viếng mộ liệt sĩ')");

        page.locator("#procedure-search input").fill("ho thoat ngheo");
        // the grid's size is the count the server returned for the search
        page.waitForFunction("() => document.querySelector('vaadin-grid#procedures').size === 1");

        assertThat(page.locator("vaadin-grid#procedures .procedure-name:visible").allTextContents())
                .contains("Công nhận hộ thoát nghèo, hộ thoát cận nghèo thường xuyên hằng năm")
                .doesNotContain(Demo.VISIT_GRAVES);
    }

    @Test
    void a_search_that_matches_nothing_says_so_rather_than_that_the_unit_has_no_procedures() {
        Page page = browser.loggedIn("qt.admin", "admin");
        page.waitForSelector("vaadin-grid#procedures vaadin-grid-cell-content:has-text('Thăm viếng mộ liệt sĩ')");

        page.locator("#procedure-search input").fill("khong co thu tuc nao ten nhu vay");
        page.waitForFunction("() => document.querySelector('vaadin-grid#procedures').size === 0");
        assertThat(page.locator("vaadin-grid#procedures :text('Không có thủ tục nào khớp với tìm kiếm và bộ lọc.')")).isVisible();
        assertThat(page.locator("vaadin-grid#procedures :text('Chưa có thủ tục nào')")).hasCount(0);
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
    void a_district_admin_lands_on_the_procedures_it_adopts_with_where_they_come_from() {
        Page page = browser.loggedIn("hailang.admin", "admin");
        page.waitForSelector("vaadin-grid#procedures .procedure-name:has-text('" + Demo.FUNERAL_SUPPORT + "')");
        Browser.screenshot(page, "admin-district-procedures");

        assertThat(page.locator("#version-status")).containsText("Đơn vị áp dụng danh mục của Tỉnh Quảng Trị");
        // Hải Lăng's demo adoption: three of the province's procedures, not the two poverty recognitions
        assertThat(page.locator("vaadin-grid#procedures .procedure-name").allTextContents())
                .containsExactlyInAnyOrder(Demo.FUNERAL_SUPPORT, Demo.MONTHLY_ALLOWANCE, Demo.VISIT_GRAVES);
        List<String> cells = page.locator("vaadin-grid#procedures vaadin-grid-cell-content").allTextContents();
        assertThat(cells).contains("Nguồn").anyMatch(c -> c.startsWith("Tỉnh Quảng Trị · "));
        assertThat(page.locator("#add-procedure")).hasCount(0);
        page.click("#open-adoption");
        page.waitForSelector("h2:has-text('Áp dụng danh mục')");
    }

    @Test
    void the_menu_and_the_filter_name_service_days_alike_and_the_history_has_one_way_in() {
        Page page = browser.loggedIn("qt.admin", "admin");
        page.waitForSelector("vaadin-grid#procedures");
        assertThat(page.locator("vaadin-side-nav-item:has-text('Ngày dịch vụ')")).hasCount(1);
        assertThat(page.locator("#filter-service-day input")).hasAttribute("placeholder", "Ngày dịch vụ");
        assertThat(page.locator("text=Ngày phục vụ")).hasCount(0);
        assertThat(page.locator("vaadin-side-nav-item:has-text('Lịch sử phiên bản')")).hasCount(1);
        assertThat(page.locator("vaadin-button:has-text('Lịch sử phiên bản')")).hasCount(0);
    }

    @Test
    void a_reception_user_is_not_an_admin() {
        Page page = browser.loggedIn("hailang.reception", "admin");
        page.waitForSelector("text=không có quyền quản trị");
        assertThat(page.locator("vaadin-grid#procedures").count()).isZero();
    }
}
