package vn.motcua.it;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.tenants.calendar.WorkingCalendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A ward's own setup in the admin: Phường 5's weekly service days as the plan has them, adding and
 * deleting one; its working calendar, where a local day off — its own or the province's — moves a
 * due date in the "try it" box; rules shown next to their fields. Whatever a test adds, it removes.
 */
class LocalSetupIT extends BrowserTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final List<Runnable> undo = new ArrayList<>();

    @AfterEach
    void withdraw() {
        undo.forEach(Runnable::run);
    }

    @Test
    void phuong_5s_two_service_days_show_as_planned_and_a_new_one_is_checked_saved_and_deleted() {
        Page page = browser.loggedIn("p5.admin", "admin");
        page.navigate(TestStackSession.baseUrl() + "/admin/service-days");
        page.waitForSelector("vaadin-grid#service-days vaadin-grid-cell-content:has-text('Ngày dịch vụ công trực tuyến')");
        List<String> cells = page.locator("vaadin-grid#service-days vaadin-grid-cell-content").allTextContents();
        assertThat(cells).contains("Ngày dịch vụ công trực tuyến", "Thứ Ba", "Hướng dẫn nộp hồ sơ trực tuyến", "19",
                "Ngày không viết - không hẹn", "Thứ Sáu", "10");
        Browser.screenshot(page, "admin-service-days");

        // Phường 5's Friday, opened: its appendix II as it stands
        page.click("vaadin-grid#service-days vaadin-grid-cell-content:has-text('Ngày không viết - không hẹn')");
        assertThat(page.locator("vaadin-grid#service-day-procedures vaadin-grid-cell-content:has-text('Thủ tục ủy quyền hưởng trợ cấp, phụ cấp ưu đãi')"))
                .hasCount(1);
        page.click("#cancel-service-day");

        String name = "Ngày tiếp nhận tại nhà " + (System.currentTimeMillis() % 100_000);
        page.click("#add-service-day");
        choose(page, "#service-day-weekday", "Thứ Bảy");
        page.click("#save-service-day");
        assertThat(page.locator("#service-day-name [slot='error-message']")).hasText("Cần nhập tên ngày dịch vụ.");
        assertThat(page.locator("#service-day-weekday [slot='error-message']"))
                .hasText("Thứ Bảy không phải ngày làm việc theo lịch của đơn vị.");

        page.locator("#service-day-name input").fill(name);
        choose(page, "#service-day-weekday", "Thứ Tư");
        choose(page, "#service-day-mode", "Không viết - không hẹn");
        page.locator("#service-day-procedure input").fill("tham vieng");
        page.click("vaadin-combo-box-item:has-text('" + Demo.VISIT_GRAVES + "')");
        page.click("#add-catalog-procedure");
        page.locator("#free-field input").fill("Chứng thực");
        page.locator("#free-name input").fill("Chứng thực chữ ký trong các giấy tờ, văn bản");
        page.click("#add-free-procedure");
        // the same procedure twice on one day is refused where it is typed
        page.locator("#free-name input").fill("thăm viếng mộ liệt sĩ");
        page.click("#add-free-procedure");
        assertThat(page.locator("#free-name [slot='error-message']")).containsText("đã có trong ngày này");
        page.click("#save-service-day");
        undo.add(() -> deleteServiceDay(page, name));

        // the grid keeps the cells of removed rows, hidden: count the visible ones
        Locator row = page.locator("vaadin-grid#service-days vaadin-grid-cell-content:visible:has-text('" + name + "')");
        assertThat(row).hasCount(1);
        assertThat(page.locator("vaadin-grid#service-days vaadin-grid-cell-content:visible:has-text('Thứ Tư')")).hasCount(1);

        deleteServiceDay(page, name);
        undo.clear();
        assertThat(row).hasCount(0);
        assertThat(page.locator("vaadin-grid#service-days vaadin-grid-cell-content:visible:has-text('Ngày không viết - không hẹn')")).hasCount(1);
    }

    @Test
    void a_local_day_off_of_the_ward_or_of_its_province_moves_the_due_date_in_the_try_it_box() {
        // the first Monday of March four years on: no holiday that week, far from any dossier of the suite
        int year = LocalDate.now(WorkingCalendar.VIETNAM).getYear() + 4;
        LocalDate monday = LocalDate.of(year, Month.MARCH, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        assertThat(WorkingCalendar.vietnam(year, year).plus(monday.atTime(8, 0).atZone(WorkingCalendar.VIETNAM).toInstant(),
                vn.motcua.tenants.calendar.WorkingDays.ofDays(4))).isEqualTo(monday.plusDays(4).atTime(8, 0).atZone(WorkingCalendar.VIETNAM).toInstant());

        Page page = browser.loggedIn("p5.admin", "admin");
        page.navigate(TestStackSession.baseUrl() + "/admin/calendar");
        page.waitForSelector("#try-start");
        assertThat(page.locator("#hours-source")).hasText("Theo quy định chung");
        setValue(page, "#try-start", monday + "T08:00");
        page.locator("#try-days input").fill("2");
        assertThat(page.locator("#try-due")).hasText("Hẹn trả: 08:00 " + DAY.format(monday.plusDays(2)) + " (Thứ Tư)");

        // the ward closes on Tuesday
        setValue(page, "#day-off-date", monday.plusDays(1).toString());
        page.locator("#day-off-reason input").fill("Lễ hội truyền thống của phường");
        page.click("#add-day-off");
        undo.add(() -> Api.delete("/api/calendar/days-off/" + monday.plusDays(1), Api.token("p5.admin")));
        assertThat(page.locator("#try-due")).hasText("Hẹn trả: 08:00 " + DAY.format(monday.plusDays(3)) + " (Thứ Năm)");
        Locator days = page.locator("vaadin-grid#calendar-days vaadin-grid-cell-content:visible");
        assertThat(days.filter(new Locator.FilterOptions().setHasText("Ngày nghỉ của địa phương: Lễ hội truyền thống của phường")))
                .hasCount(1);
        assertThat(days.filter(new Locator.FilterOptions().setHasText("Của đơn vị"))).hasCount(1);

        // the province closes on Wednesday: the ward inherits it
        Api.Reply province = Api.put("/api/calendar/days-off/" + monday.plusDays(2), Api.token("qt.admin"),
                "{\"reason\": \"Kỷ niệm ngày giải phóng tỉnh\"}");
        assertThat(province.status()).as(province.toString()).isEqualTo(200);
        undo.add(() -> Api.delete("/api/calendar/days-off/" + monday.plusDays(2), Api.token("qt.admin")));
        page.reload();
        page.waitForSelector("#try-start");
        choose(page, "#calendar-year", String.valueOf(year));
        assertThat(days.filter(new Locator.FilterOptions().setHasText("Kế thừa từ Tỉnh Quảng Trị"))).hasCount(1);
        setValue(page, "#try-start", monday + "T08:00");
        page.locator("#try-days input").fill("2");
        assertThat(page.locator("#try-due")).hasText("Hẹn trả: 08:00 " + DAY.format(monday.plusDays(4)) + " (Thứ Sáu)");
        Browser.screenshot(page, "admin-calendar");

        // the ward withdraws its own day off; the province's stays
        page.locator("vaadin-grid#calendar-days .remove-day-off").click();
        assertThat(page.locator("vaadin-grid#calendar-days vaadin-grid-cell-content:visible:has-text('Lễ hội truyền thống')")).hasCount(0);
        assertThat(page.locator("#try-due")).hasText("Hẹn trả: 08:00 " + DAY.format(monday.plusDays(3)) + " (Thứ Năm)");
    }

    @Test
    void overlapping_sessions_and_a_make_up_day_on_a_weekday_are_refused_next_to_their_fields() {
        Page ward = browser.loggedIn("p5.admin", "admin");
        ward.navigate(TestStackSession.baseUrl() + "/admin/calendar");
        ward.waitForSelector("#own-hours");
        ward.click("#own-hours");
        ward.locator("#afternoon-start input").fill("11:00");
        ward.locator("#afternoon-start input").press("Enter");
        ward.click("#save-hours");
        assertThat(ward.locator("#afternoon-start [slot='error-message']"))
                .hasText("Buổi chiều bắt đầu trước khi buổi sáng kết thúc (11:30).");
        // a ward does not enter the government's yearly decision
        assertThat(ward.locator("#save-decision")).hasCount(0);

        Page province = browser.loggedIn("qt.admin", "admin");
        province.navigate(TestStackSession.baseUrl() + "/admin/calendar");
        province.waitForSelector("#make-up-day");
        int year = LocalDate.now(WorkingCalendar.VIETNAM).getYear() + 1;
        choose(province, "#calendar-year", String.valueOf(year));
        LocalDate friday = LocalDate.of(year, Month.MARCH, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.FRIDAY));
        setValue(province, "#make-up-day", friday.toString());
        province.click("#add-make-up-day");
        assertThat(province.locator("#make-up-day [slot='error-message']"))
                .hasText("Ngày làm bù phải là thứ Bảy hoặc Chủ nhật: " + DAY.format(friday) + " không phải.");
        setValue(province, "#make-up-day", friday.plusDays(1).toString());
        province.click("#add-make-up-day");
        assertThat(province.locator("#make-up-days .make-up")).hasText(DAY.format(friday.plusDays(1)));
    }

    private static void deleteServiceDay(Page page, String name) {
        page.click("vaadin-grid#service-days vaadin-grid-cell-content:has-text('" + name + "')");
        page.click("#delete-service-day");
        page.waitForSelector("vaadin-grid#service-days vaadin-grid-cell-content:has-text('" + name + "')",
                new Page.WaitForSelectorOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.HIDDEN));
    }

    /** Picks an item of a vaadin-select by its text. */
    private static void choose(Page page, String select, String item) {
        page.click(select);
        page.click("vaadin-select-item:has-text('" + item + "')");
    }

    /** Sets a date or date-time picker the way the browser's picker does. */
    private static void setValue(Page page, String selector, String value) {
        page.evaluate("([s, v]) => { const p = document.querySelector(s); p.value = v; "
                + "p.dispatchEvent(new CustomEvent('change', {bubbles: true})); }", List.of(selector, value));
    }
}
