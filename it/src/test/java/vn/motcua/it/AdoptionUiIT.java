package vn.motcua.it;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A district admin adopts part of the province's catalog in the browser, with a local actor and a
 * shorter budget; the province then publishes a correction, which reaches the district and leaves
 * its override listed for review. Hải Lăng's demo adoption is put back after each test.
 */
class AdoptionUiIT extends BrowserTest {

    private static final String LOCAL_ACTOR = "Công chức LĐTBXH huyện Hải Lăng trực tại Bộ phận một cửa";

    @AfterEach
    void restore() {
        Demo.restoreHaiLangAdoption();
    }

    @Test
    void a_district_admin_adopts_a_subset_and_overrides_a_steps_actor_which_its_desk_then_uses() {
        Page page = adoptionScreen("hailang.admin");
        // the demo adoption as it stands: three of the province's five procedures
        assertThat(adopted(page, Demo.VISIT_GRAVES)).isChecked();
        assertThat(adopted(page, Demo.MONTHLY_ALLOWANCE)).isChecked();
        assertThat(adopted(page, Demo.FUNERAL_SUPPORT)).isChecked();
        assertThat(adopted(page, "Công nhận hộ nghèo, hộ cận nghèo thường xuyên hằng năm")).not().isChecked();

        // the province's catalog as a commune adopting everything has it (other tests may have added to it)
        int provinceProcedures = Api.get("/api/procedures", Api.token("haique.reception")).array().size();
        // a search that ignores diacritics narrows the lazy grid; the choices stay across searches
        page.locator("#adoption-search input").fill("tro cap xa hoi hang thang");
        assertThat(page.locator(".adopt-procedure:visible")).hasCount(1);
        page.locator(".adopt-procedure[data-procedure='" + Demo.MONTHLY_ALLOWANCE + "']:visible").click();
        assertThat(adopted(page, Demo.MONTHLY_ALLOWANCE)).not().isChecked();
        page.locator("#adoption-search input").fill("");
        assertThat(page.locator(".adopt-procedure:visible")).hasCount(provinceProcedures);
        assertThat(adopted(page, Demo.MONTHLY_ALLOWANCE)).not().isChecked();
        assertThat(page.locator("#adoption-selected-count")).hasText("Đã chọn 2 / " + provinceProcedures + " thủ tục");
        // "select all matching" and "clear" act on what the search finds
        page.locator("#adoption-search input").fill("ho ngheo");
        assertThat(page.locator(".adopt-procedure:visible")).hasCount(1);
        page.click("#adoption-select-matching");
        assertThat(adopted(page, "Công nhận hộ nghèo, hộ cận nghèo thường xuyên hằng năm")).isChecked();
        page.click("#adoption-clear-matching");
        assertThat(adopted(page, "Công nhận hộ nghèo, hộ cận nghèo thường xuyên hằng năm")).not().isChecked();
        page.locator("#adoption-search input").fill("");
        assertThat(page.locator(".adopt-procedure:visible")).hasCount(provinceProcedures);

        openSteps(page, Demo.VISIT_GRAVES);
        page.locator("#adoption-steps-dialog .adoption-step[data-step='2'] .override-actor textarea").fill(LOCAL_ACTOR);
        page.click("#adoption-dialog-apply");
        assertThat(page.locator(".adoption-steps[data-procedure='" + Demo.VISIT_GRAVES + "']:visible")).containsText("(1)");
        page.click("#save-adoption");
        page.waitForSelector("vaadin-notification-card:has-text('Đã lưu việc áp dụng danh mục')");
        Browser.screenshot(page, "admin-adoption");

        List<JsonObject> procedures = Api.get("/api/procedures", Api.token("hailang.reception")).array().getValuesAs(JsonObject.class);
        assertThat(procedures).extracting(p -> p.getString("name")).containsExactlyInAnyOrder(Demo.VISIT_GRAVES, Demo.FUNERAL_SUPPORT);
        JsonObject step2 = step(procedures, Demo.VISIT_GRAVES, "2");
        assertThat(step2.getString("actor")).isEqualTo(LOCAL_ACTOR);
        assertThat(step2.getBoolean("overridden")).isTrue();
        // step 1 stays the reception desk's
        assertThat(step(procedures, Demo.VISIT_GRAVES, "1").getString("role")).isEqualTo("reception");

        // reopened, the screen shows what was saved
        page.reload();
        page.waitForSelector("#adopt-all");
        assertThat(adopted(page, Demo.MONTHLY_ALLOWANCE)).not().isChecked();
        openSteps(page, Demo.VISIT_GRAVES);
        assertThat(page.locator("#adoption-steps-dialog .adoption-step[data-step='2'] .override-actor textarea")).hasValue(LOCAL_ACTOR);
    }

    @Test
    void a_correction_the_province_publishes_reaches_the_district_and_its_override_that_no_longer_fits_is_listed() {
        JsonObject before = procedure(Api.get("/api/procedures", Api.token("hailang.reception")).array().getValuesAs(JsonObject.class),
                Demo.FUNERAL_SUPPORT);
        BigDecimal provinceStep3 = stepOf(before, "3").getJsonNumber("days").bigDecimalValue();
        BigDecimal provinceTotal = before.getJsonNumber("totalDays").bigDecimalValue();
        BigDecimal quarter = new BigDecimal("0.25");
        BigDecimal shorter = provinceStep3.subtract(quarter);

        // the district shortens step 3 by a quarter day; a longer budget is refused next to the field
        Page district = adoptionScreen("hailang.admin");
        openSteps(district, Demo.FUNERAL_SUPPORT);
        Locator days = district.locator("#adoption-steps-dialog .adoption-step[data-step='3'] .override-days");
        days.locator("input").fill(typed(provinceStep3.add(quarter)));
        assertThat(days.locator("[slot='error-message']")).containsText("Chỉ được rút ngắn");
        days.locator("input").fill(typed(shorter));
        String shortened = "Thời hạn tại đơn vị: " + typed(provinceTotal.subtract(quarter)) + " / " + typed(provinceTotal) + " ngày làm việc";
        assertThat(district.locator("#adoption-dialog-total")).hasText(shortened);
        district.click("#adoption-dialog-apply");
        assertThat(total(district, Demo.FUNERAL_SUPPORT))
                .hasText(typed(provinceTotal.subtract(quarter)) + " / " + typed(provinceTotal) + " ngày");
        district.click("#save-adoption");
        district.waitForSelector("vaadin-notification-card:has-text('Đã lưu việc áp dụng danh mục')");
        assertThat(district.locator("#adoption-conflicts")).containsText("Không có nội dung nào cần xem lại");
        JsonObject adopted = procedure(Api.get("/api/procedures", Api.token("hailang.reception")).array().getValuesAs(JsonObject.class),
                Demo.FUNERAL_SUPPORT);
        assertThat(stepOf(adopted, "3").getJsonNumber("days").bigDecimalValue()).isEqualByComparingTo(shorter);

        // the province publishes a correction: step 3 takes as long as the district's override
        String decision = "KT" + (System.currentTimeMillis() % 100_000) + "/QĐ-UBND";
        publishShorterStep3(shorter, provinceTotal.subtract(quarter), decision);

        JsonObject corrected = procedure(Api.get("/api/procedures", Api.token("hailang.reception")).array().getValuesAs(JsonObject.class),
                Demo.FUNERAL_SUPPORT);
        assertThat(corrected.getString("decision")).isEqualTo(decision);
        assertThat(stepOf(corrected, "3").getJsonNumber("days").bigDecimalValue()).isEqualByComparingTo(shorter);
        assertThat(stepOf(corrected, "3").getBoolean("overridden")).isFalse();
        assertThat(corrected.getJsonNumber("totalDays").bigDecimalValue()).isEqualByComparingTo(provinceTotal.subtract(quarter));
        assertThat(Api.get("/api/adoption", Api.token("hailang.admin")).object().getJsonArray("conflicts").toString())
                .contains("not shorter");

        district.reload();
        district.waitForSelector("#adoption-source:has-text('" + decision + "')");
        assertThat(district.locator("#adoption-conflicts .adoption-conflict"))
                .hasText("\"" + Demo.FUNERAL_SUPPORT + "\", bước 3: Chỉ được rút ngắn: phải ít hơn " + typed(shorter) + " ngày của cấp trên.");
        assertThat(total(district, Demo.FUNERAL_SUPPORT))
                .hasText(typed(provinceTotal.subtract(quarter)) + " / " + typed(provinceTotal.subtract(quarter)) + " ngày");
        Browser.screenshot(district, "admin-adoption-conflict");
    }

    @Test
    void the_provincial_admin_sees_what_the_tenants_below_adopt() {
        Page page = adoptionScreen("qt.admin");
        page.waitForSelector("#adoption-own");
        Locator below = page.locator("vaadin-grid#descendant-adoptions vaadin-grid-cell-content");
        assertThat(below.filter(new Locator.FilterOptions().setHasText("Huyện Hải Lăng"))).hasCount(1);
        assertThat(below.filter(new Locator.FilterOptions().setHasText("3 thủ tục"))).hasCount(1);
        assertThat(below.filter(new Locator.FilterOptions().setHasText("Xã Hải Quế"))).hasCount(1);
    }

    /** The provincial admin edits step 3 and the total of the funeral-support procedure, then publishes the draft. */
    private static void publishShorterStep3(BigDecimal step3, BigDecimal total, String decision) {
        Page province = browser.loggedIn("qt.admin", "admin");
        province.click("vaadin-grid#procedures vaadin-grid-cell-content:has-text('" + Demo.FUNERAL_SUPPORT + "')");
        province.waitForFunction("() => document.querySelector('#name') && document.querySelector('#name').value !== ''");
        // a published procedure opens read-only: editing it opens the draft (which may be open already)
        if (province.locator("#edit-procedure").count() > 0) {
            province.click("#edit-procedure");
            province.waitForSelector("#save");
        }
        int row = ((Number) province.evaluate(
                "() => [...document.querySelectorAll('.step-row .step-number')].findIndex(f => f.value === '3')")).intValue();
        assertThat(row).isNotNegative();
        province.locator(".step-row").nth(row).locator(".step-days input").fill(typed(step3));
        province.locator("#total-days input").fill(typed(total));
        province.waitForFunction("() => document.querySelector('#total-days').invalid === false");
        province.click("#save");
        province.waitForSelector("vaadin-notification-card:has-text('Đã lưu vào dự thảo')");

        province.navigate(TestStackSession.baseUrl() + "/admin/");
        province.waitForSelector("#version-status:has-text('dự thảo')");
        province.click("#publish");
        province.locator("#decision-number input").fill(decision);
        province.evaluate("d => { const p = document.querySelector('#effective-from'); p.value = d; "
                + "p.dispatchEvent(new CustomEvent('change', {bubbles: true})); }", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString());
        province.click("#confirm-publish");
        province.waitForSelector("#version-status:has-text('" + decision + "')");
    }

    private static Page adoptionScreen(String user) {
        Page page = browser.loggedIn(user, "admin");
        page.navigate(TestStackSession.baseUrl() + "/admin/adoption");
        page.waitForSelector("h2:has-text('Áp dụng danh mục')");
        return page;
    }

    // the grid keeps the cells of rows a search hid, hidden: only the visible ones are the grid's rows now
    private static Locator adopted(Page page, String name) {
        return page.locator(".adopt-procedure[data-procedure='" + name + "']:visible input");
    }

    private static Locator total(Page page, String name) {
        return page.locator(".effective-total[data-procedure='" + name + "']:visible");
    }

    /** Opens the dialog of a procedure's steps from its row of the adoption grid. */
    private static void openSteps(Page page, String name) {
        page.click(".adoption-steps[data-procedure='" + name + "']:visible");
        page.waitForSelector("#adoption-steps-dialog");
    }

    private static JsonObject procedure(List<JsonObject> procedures, String name) {
        return procedures.stream().filter(p -> p.getString("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no procedure " + name + " in " + procedures));
    }

    private static JsonObject step(List<JsonObject> procedures, String name, String number) {
        return stepOf(procedure(procedures, name), number);
    }

    private static JsonObject stepOf(JsonObject procedure, String number) {
        return procedure.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("number").equals(number)).findFirst()
                .orElseThrow(() -> new AssertionError("no step " + number + " in " + procedure));
    }

    /** Working days as the Vietnamese UI writes them, with a decimal comma: "1,5". */
    private static String typed(BigDecimal days) {
        return plain(days).replace('.', ',');
    }

    private static String plain(BigDecimal days) {
        return days.stripTrailingZeros().toPlainString();
    }
}
