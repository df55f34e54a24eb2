package vn.motcua.it;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A provincial admin reads a published procedure without amending the catalog: it opens
 * read-only, and going back leaves the catalog, its publish button and its version history as
 * they were. "Edit" is what opens a draft. A district admin reads a procedure it adopts, read-only,
 * with no way to edit the province's catalog.
 */
class ProcedureReadingIT extends BrowserTest {

    /** Step 1 of the funeral support as decision 71/QĐ-UBND words it. */
    private static final String FUNERAL_STEP_1 = "Kiểm tra, hoàn thiện thông tin người nộp; kiểm tra thành phần hồ sơ: đầy đủ, hợp lệ thì "
            + "tiếp nhận, số hóa, gửi Phiếu tiếp nhận và hẹn trả kết quả; chưa đầy đủ thì yêu cầu bổ sung, hoàn thiện; "
            + "không bổ sung được thì từ chối giải quyết";

    @Test
    void reading_a_published_procedure_opens_no_draft_and_edit_does() {
        Demo.publishOpenDraft("qt.admin");
        List<String> versions = Demo.versions("qt.admin");
        assertThat(versions).noneMatch(v -> v.endsWith("DRAFT"));

        Page page = browser.loggedIn("qt.admin", "admin");
        page.waitForSelector("#version-status:has-text('Đang áp dụng')");
        assertThat(page.locator("#publish")).isDisabled();
        page.click("vaadin-grid#procedures vaadin-grid-cell-content:has-text('" + Demo.FUNERAL_SUPPORT + "')");
        page.waitForSelector("#edit-procedure");

        // every field, the steps' too, is read-only, and nothing offers to change or save it
        assertThat(page.locator("#procedure-status")).containsText("Sửa đổi");
        assertThat(page.locator("#name")).hasAttribute("readonly", "");
        assertThat(page.locator("#total-days")).hasAttribute("readonly", "");
        assertThat(page.locator(".step-row")).hasCount(8);
        assertThat(editableStepFields(page)).isEmpty();
        // a published procedure is valid: reading it shows no error
        assertThat(page.locator("[invalid]")).hasCount(0);
        assertThat(page.locator(".step-row").nth(1).locator(".step-content textarea")).hasValue(FUNERAL_STEP_1);
        for (String hidden : List.of("#save", "#add-step", "#add-document", "#add-fee", ".step-remove")) {
            assertThat(page.locator(hidden + ":visible")).hasCount(0);
        }
        Browser.screenshot(page, "admin-procedure-read-only");

        page.click("#back");
        page.waitForSelector("vaadin-grid#procedures");
        assertThat(page.locator("#version-status")).containsText("Đang áp dụng");
        assertThat(page.locator("#version-status")).not().containsText("dự thảo");
        assertThat(page.locator("#publish")).isDisabled();
        assertThat(Demo.versions("qt.admin")).isEqualTo(versions);
        page.navigate(TestStackSession.baseUrl() + "/admin/versions");
        page.waitForSelector("vaadin-grid#versions vaadin-grid-cell-content");
        assertThat(page.locator("vaadin-grid#versions vaadin-grid-cell-content:has-text('Dự thảo')")).hasCount(0);

        // "Edit" opens the draft, on the procedure's copy in it
        page.navigate(TestStackSession.baseUrl() + "/admin/");
        page.click("vaadin-grid#procedures vaadin-grid-cell-content:has-text('" + Demo.FUNERAL_SUPPORT + "')");
        String publishedUrl = page.url();
        page.click("#edit-procedure");
        page.waitForURL(url -> url.contains("/procedure/") && !url.equals(publishedUrl));
        page.waitForSelector("#save");
        assertThat(page.locator("#name")).not().hasAttribute("readonly", "");
        assertThat(page.locator(".step-row").nth(1).locator(".step-actor")).not().hasAttribute("readonly", "");
        assertThat(Demo.versions("qt.admin")).hasSize(versions.size() + 1).first().satisfies(v -> assertThat(v).endsWith("DRAFT"));
        page.click("#back");
        assertThat(page.locator("#version-status")).hasText("Đang có dự thảo chưa ban hành.");
        assertThat(page.locator("#publish")).isEnabled();
    }

    @Test
    void a_district_reads_a_procedure_it_adopts_and_is_sent_to_the_adoption_screen_to_shape_it() {
        Page page = browser.loggedIn("hailang.admin", "admin");
        page.click("vaadin-grid#procedures vaadin-grid-cell-content:has-text('" + Demo.VISIT_GRAVES + "')");
        page.waitForSelector("#open-adoption");
        assertThat(page.locator("#procedure-status")).containsText("Tỉnh Quảng Trị");
        assertThat(page.locator("#edit-procedure")).hasCount(0);
        assertThat(editableStepFields(page)).isEmpty();
        assertThat(Demo.versions("hailang.admin")).isEmpty();
        page.click("#open-adoption");
        page.waitForSelector("h2:has-text('Áp dụng danh mục')");
    }

    /** The fields of the step table an admin could type in or pick from, by class and step. */
    @SuppressWarnings("unchecked")
    private static List<String> editableStepFields(Page page) {
        return (List<String>) page.evaluate("""
                () => [...document.querySelectorAll('.step-row :is(vaadin-text-field, vaadin-text-area, vaadin-select)')]
                    .filter(f => !f.readonly && f.checkVisibility())
                    .map(f => f.tagName.toLowerCase() + '.' + [...f.classList].join('.') + ' of step ' + f.closest('.step-row').querySelector('.step-number').value)""");
    }
}
