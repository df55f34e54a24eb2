package vn.motcua.it;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Working days as an admin reads and types them, in both languages: a decimal comma in Vietnamese,
 * a point in English, in fields, placeholders, totals and messages; "1.5" typed on a Vietnamese
 * screen is 1,5 — never dropped — and what is no number is said next to its field.
 */
class WorkingDaysUiIT extends BrowserTest {

    @AfterEach
    void restore() {
        Demo.restoreHaiLangAdoption();
    }

    @Test
    void the_procedure_editor_writes_and_reads_days_with_a_decimal_comma_in_vietnamese() {
        Page page = browser.loggedIn("qt.admin", "admin");
        page.click("#add-procedure");
        page.waitForSelector("#total-days");
        page.locator("#name textarea").fill("Đăng ký khai tử");
        Locator step = page.locator(".step-row").first();
        assertThat(step.locator(".step-days input")).hasAttribute("placeholder", "Không tính");

        step.locator(".step-days input").fill("0,5");
        page.locator("#total-days input").fill("1.5");
        assertThat(page.locator("#step-sum")).hasText("Tổng thời gian các bước: 0,5 / 1,5 ngày làm việc");
        assertThat(page.locator("#total-days [slot='error-message']")).hasText("Các bước cộng lại 0,5 ngày, thủ tục quy định 1,5 ngày.");
        // leaving the field, the point typed is shown as the comma Vietnamese writes
        page.locator("#name textarea").focus();
        assertThat(page.locator("#total-days input")).hasValue("1,5");

        page.locator("#total-days input").fill("1,5 ngày");
        assertThat(page.locator("#total-days [slot='error-message']"))
                .hasText("“1,5 ngày” không phải số ngày làm việc: nhập số, ví dụ 1,5.");
        assertThat(page.locator("#total-days")).hasAttribute("invalid", "");

        step.locator(".step-days input").fill("-1");
        assertThat(step.locator(".step-days [slot='error-message']")).hasText("Số ngày không được âm.");
        Browser.screenshot(page, "admin-days-vi");
    }

    @Test
    void the_procedure_editor_writes_days_with_a_point_in_english() {
        Page page = browser.loggedIn("qt.admin", "admin");
        Browser.english(page);
        page.click("#add-procedure");
        page.waitForSelector("#total-days");
        page.locator("#name textarea").fill("Death registration");
        Locator step = page.locator(".step-row").first();
        step.locator(".step-days input").fill("0,5");
        page.locator("#total-days input").fill("2.75");
        assertThat(page.locator("#step-sum")).containsText("0.5 / 2.75");
        assertThat(page.locator("#total-days [slot='error-message']")).hasText("The steps add up to 0.5 days; the procedure has 2.75.");
        step.locator(".step-days input").focus();
        page.locator("#name textarea").focus();
        assertThat(step.locator(".step-days input")).hasValue("0.5");
        Browser.screenshot(page, "admin-days-en");
    }

    @Test
    void a_districts_shorter_budget_is_typed_and_totalled_in_the_screens_language() {
        Page page = browser.loggedIn("hailang.admin", "admin");
        page.navigate(TestStackSession.baseUrl() + "/admin/adoption");
        page.click(".adoption-steps[data-procedure='" + Demo.MONTHLY_ALLOWANCE + "']:visible");
        Locator days = page.locator("#adoption-steps-dialog .adoption-step[data-step='1.2'] .override-days");
        assertThat(days.locator("input")).hasAttribute("placeholder", "5,5");
        days.locator("input").fill("5.25");
        assertThat(page.locator("#adoption-dialog-total")).hasText("Thời hạn tại đơn vị: 21,75 / 22 ngày làm việc");
        days.locator("input").fill("-1");
        assertThat(days.locator("[slot='error-message']")).hasText("Số ngày không được âm.");
        page.click("#adoption-dialog-cancel");

        Browser.english(page);
        page.navigate(TestStackSession.baseUrl() + "/admin/adoption");
        page.click(".adoption-steps[data-procedure='" + Demo.MONTHLY_ALLOWANCE + "']:visible");
        days = page.locator("#adoption-steps-dialog .adoption-step[data-step='1.2'] .override-days");
        assertThat(days.locator("input")).hasAttribute("placeholder", "5.5");
        days.locator("input").fill("5,25");
        assertThat(page.locator("#adoption-dialog-total")).hasText("Budget at this unit: 21.75 / 22 working days");
        Browser.screenshot(page, "admin-days-adoption-en");
    }
}
