package vn.motcua.it;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A provincial admin edits the catalog in the browser: a new procedure, its validation, publishing. */
class CatalogEditingIT extends BrowserTest {


    @Test
    void a_budget_that_does_not_add_up_is_shown_next_to_the_total_as_the_admin_types() {
        Page page = browser.loggedIn("qt.admin", "admin");
        page.click("#add-procedure");
        page.waitForSelector("#total-days");

        page.locator("#name textarea").fill("Đăng ký khai tử");
        page.locator(".step-row").first().locator(".step-actor textarea").fill("Công chức tư pháp - hộ tịch");
        page.locator(".step-row").first().locator(".step-days input").fill("1");
        page.locator("#total-days input").fill("3");

        Locator total = page.locator("#total-days");
        assertThat(total.locator("[slot='error-message']")).hasText("Các bước cộng lại 1 ngày, thủ tục quy định 3 ngày.");
        assertThat(page.locator("#step-sum")).containsText("1 / 3");
        org.assertj.core.api.Assertions.assertThat(total.getAttribute("invalid")).isNotNull();

        page.locator("#total-days input").fill("1");
        page.waitForFunction("() => document.querySelector('#total-days').invalid === false");
        assertThat(page.locator("#step-sum")).containsText("1 / 1");
    }

    @Test
    void a_new_procedure_opens_without_errors_and_shows_them_once_the_admin_tries_to_save() {
        Page page = browser.loggedIn("qt.admin", "admin");
        page.click("#add-procedure");
        page.waitForSelector(".step-row");
        assertThat(page.locator("[invalid]")).hasCount(0);

        page.click("#save");
        assertThat(page.locator("#name [slot='error-message']")).hasText("Cần nhập tên thủ tục.");
        assertThat(page.locator("#total-days [slot='error-message']")).hasText("Cần nhập tổng thời gian giải quyết.");
        page.waitForSelector("vaadin-notification-card:has-text('Chưa lưu được')");
    }

    @Test
    void a_blank_step_line_is_not_saved_and_a_step_without_actor_or_content_is_flagged_next_to_it_and_at_publishing() {
        String name = "Đăng ký giám hộ — thử " + (System.currentTimeMillis() % 100_000);
        Page page = browser.loggedIn("qt.admin", "admin");
        page.click("#add-procedure");
        page.waitForSelector(".step-row");
        page.locator("#name textarea").fill(name);
        Locator first = page.locator(".step-row").first();
        first.locator(".step-actor textarea").fill("Công chức tư pháp - hộ tịch");
        first.locator(".step-content textarea").fill("Tiếp nhận, kiểm tra hồ sơ");
        first.locator(".step-days input").fill("0,5");
        page.click("#add-step");
        Locator second = page.locator(".step-row").nth(1);
        second.locator(".step-days input").fill("0,5");
        page.click("#add-step"); // a third line, left blank
        page.locator("#total-days input").fill("1");
        // typed but not yet saved: the empty fields of step 2 wait for the admin
        assertThat(second.locator(".step-actor")).not().hasAttribute("invalid", "");

        page.click("#save");
        page.waitForSelector("vaadin-notification-card:has-text('Đã lưu vào dự thảo')");
        assertThat(second.locator(".step-actor [slot='error-message']")).hasText("Bước 2 chưa có người thực hiện.");
        assertThat(second.locator(".step-content [slot='error-message']")).hasText("Bước 2 chưa ghi nội dung công việc.");
        assertThat(page.locator(".step-row")).hasCount(2);
        long id = Api.get("/api/catalog/procedures?search=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8),
                Api.token("qt.admin")).array().getJsonObject(0).getJsonNumber("id").longValue();
        try {
            JsonObject stored = Api.get("/api/catalog/draft/procedures/" + id, Api.token("qt.admin")).object();
            org.assertj.core.api.Assertions.assertThat(stored.getJsonObject("procedure").getJsonArray("steps")).hasSize(2);

            page.navigate(TestStackSession.baseUrl() + "/admin/");
            page.click("#publish");
            page.locator("#decision-number input").fill("999/QĐ-UBND");
            page.evaluate("d => { const p = document.querySelector('#effective-from'); p.value = d; "
                    + "p.dispatchEvent(new CustomEvent('change', {bubbles: true})); }", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString());
            page.click("#confirm-publish");
            assertThat(page.locator("#publish-problems")).containsText(name + ": Bước 2 chưa có người thực hiện.");
            assertThat(page.locator("#publish-problems")).containsText(name + ": Bước 2 chưa ghi nội dung công việc.");
            Browser.screenshot(page, "admin-publish-step-problems");
        } finally {
            // the shared draft stays publishable for the other tests
            Api.Reply removed = Api.delete("/api/catalog/draft/procedures/" + id, Api.token("qt.admin"));
            org.assertj.core.api.Assertions.assertThat(removed.status()).as(removed.toString()).isEqualTo(204);
        }
    }

    @Test
    void the_provincial_admin_creates_and_publishes_a_procedure_and_an_adopting_commune_has_it() {
        Page page = browser.loggedIn("qt.admin", "admin");
        page.click("#add-procedure");
        page.waitForSelector("#total-days");
        page.locator("#name textarea").fill("Đăng ký khai sinh");
        page.locator("#code input").fill("1.001193.000.00.00.H50");
        Locator first = page.locator(".step-row").first();
        first.locator(".step-actor textarea").fill("Công chức tư pháp - hộ tịch tại Bộ phận TN&TKQ");
        first.locator(".step-content textarea").fill("Tiếp nhận, kiểm tra hồ sơ");
        first.locator(".step-days input").fill("1");
        page.click("#add-step");
        Locator second = page.locator(".step-row").nth(1);
        second.locator(".step-actor textarea").fill("Chủ tịch UBND xã");
        second.locator(".step-content textarea").fill("Ký giấy khai sinh");
        second.locator(".step-days input").fill("1");
        page.locator("#total-days input").fill("2");
        page.waitForFunction("() => document.querySelector('#total-days').invalid === false");
        page.click("#save");
        page.waitForSelector("vaadin-notification-card:has-text('Đã lưu vào dự thảo')");

        page.navigate(TestStackSession.baseUrl() + "/admin/");
        page.waitForSelector("#version-status:has-text('dự thảo')");
        page.waitForSelector("vaadin-grid#procedures vaadin-grid-cell-content:has-text('Đăng ký khai sinh')");
        page.click("#publish");
        page.locator("#decision-number input").fill("125/QĐ-UBND");
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        page.evaluate("d => { const p = document.querySelector('#effective-from'); p.value = d; "
                + "p.dispatchEvent(new CustomEvent('change', {bubbles: true})); }", today);
        page.click("#confirm-publish");
        page.waitForSelector("#version-status:has-text('125/QĐ-UBND')");
        Browser.screenshot(page, "admin-published");

        // the version history, reached from the navigation (the one button to it), says in Vietnamese what the decision changed
        org.assertj.core.api.Assertions.assertThat(page.locator("#version-history").count()).isZero();
        page.click("vaadin-side-nav-item:has-text('Lịch sử phiên bản')");
        page.click("vaadin-grid#versions vaadin-grid-cell-content:has-text('125/QĐ-UBND')");
        assertThat(page.locator("#version-changes")).containsText("Thêm “Đăng ký khai sinh” (1.001193.000.00.00.H50)");
        assertThat(page.locator("#version-changes")).not().containsText("added");
        Browser.screenshot(page, "admin-versions");

        // a commune that adopts the whole catalog receives for the new procedure at once
        JsonObject birth = Api.get("/api/procedures", Api.token("haique.reception")).array().getValuesAs(JsonObject.class)
                .stream().filter(p -> p.getString("name").equals("Đăng ký khai sinh")).findFirst().orElseThrow();
        org.assertj.core.api.Assertions.assertThat(birth.getString("decision")).isEqualTo("125/QĐ-UBND");
        org.assertj.core.api.Assertions.assertThat(birth.getJsonNumber("totalDays").intValue()).isEqualTo(2);
        org.assertj.core.api.Assertions.assertThat(birth.getJsonArray("steps")).hasSize(2);
    }
}
