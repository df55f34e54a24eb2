package vn.motcua.it;

import com.microsoft.playwright.Page;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.tenants.calendar.HolidayDecision;
import vn.motcua.tenants.calendar.OfficeHours;
import vn.motcua.tenants.calendar.VietnamHolidays;
import vn.motcua.tenants.calendar.WorkingCalendar;
import vn.motcua.tenants.calendar.WorkingDays;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calendars inherited down the tree reach the clock: a district's Saturday-morning desk and its
 * day off move the appointment of a dossier its commune receives; the yearly notice is national,
 * entered once by the platform operator, and a province's own decision wins over it; days in lieu
 * follow from the Labour Code; a weekday keeps several sessions, typed in the calendar screen.
 * Everything a test sets is withdrawn after it, so other tests keep the default calendar.
 */
class CalendarIT extends BrowserTest {

    private static final String SATURDAY_MORNING = """
            {"days": ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY"],
             "hours": {"SATURDAY": [{"start": "07:30", "end": "11:30"}]}}""";

    private final List<Runnable> undo = new ArrayList<>();

    @AfterEach
    void withdraw() {
        undo.forEach(Runnable::run);
    }

    @Test
    void a_districts_saturday_desk_and_day_off_move_the_appointments_of_its_commune() {
        String admin = Api.token("hailang.admin");
        undo.add(() -> Api.delete("/api/calendar/week", admin));
        Api.Reply week = Api.put("/api/calendar/week", admin, SATURDAY_MORNING);
        assertThat(week.status()).as(week.toString()).isEqualTo(200);

        // Xã Hải Quế sets nothing: it inherits Huyện Hải Lăng's week
        JsonObject inherited = Api.get("/api/calendar", Api.token("haique.reception")).object();
        assertThat(inherited.getJsonObject("workingWeek").getString("from")).isEqualTo("hai-lang");
        assertThat(inherited.getJsonObject("workingWeek").getJsonArray("days").getValuesAs(JsonString.class))
                .extracting(JsonString::getString).contains("SATURDAY");
        // nobody above sets office hours: the built-in default (JSON-B leaves out the null "from")
        assertThat(inherited.getJsonObject("officeHours").containsKey("from")).isFalse();

        JsonObject first = receiveMonthlyAllowanceAtHaiQue("Lê Thị Sáu");
        Instant received = Instant.parse(first.getString("registeredAt"));
        WorkingCalendar saturdayDesk = calendar(received, null);
        WorkingDays budget = WorkingDays.ofDays(22);
        assertThat(Instant.parse(first.getString("appointment")))
                .isEqualTo(saturdayDesk.plus(received, budget))
                // 22 working days span four Saturday mornings: the appointment is two days earlier than Monday to Friday
                .isBefore(WorkingCalendar.vietnam(2020, 2040).plus(received, budget));

        LocalDate dayOff = nextWeekdayAfter(LocalDate.ofInstant(received, WorkingCalendar.VIETNAM).plusDays(1), saturdayDesk);
        undo.add(0, () -> Api.delete("/api/calendar/days-off/" + dayOff, admin));
        Api.Reply added = Api.put("/api/calendar/days-off/" + dayOff, admin, """
                {"reason": "Kỷ niệm ngày thành lập huyện"}""");
        assertThat(added.status()).as(added.toString()).isEqualTo(200);

        JsonObject second = receiveMonthlyAllowanceAtHaiQue("Lê Văn Bảy");
        Instant receivedLater = Instant.parse(second.getString("registeredAt"));
        assertThat(Instant.parse(second.getString("appointment")))
                .isEqualTo(calendar(receivedLater, dayOff).plus(receivedLater, budget))
                .isAfter(saturdayDesk.plus(receivedLater, budget));
        JsonObject listed = Api.get("/api/calendar?year=" + dayOff.getYear(), Api.token("haique.reception")).object();
        assertThat(listed.getJsonArray("days").getValuesAs(JsonObject.class))
                .anySatisfy(d -> {
                    assertThat(d.getString("date")).isEqualTo(dayOff.toString());
                    assertThat(d.getString("kind")).isEqualTo("LOCAL_DAY_OFF");
                    assertThat(d.getString("from")).isEqualTo("hai-lang");
                    assertThat(d.getString("note")).isEqualTo("Kỷ niệm ngày thành lập huyện");
                });
    }

    @Test
    void the_yearly_decision_is_entered_by_the_province_and_its_make_up_saturday_is_worked_below_it() {
        String province = Api.token("qt.admin");
        Api.Reply weekday = Api.put("/api/calendar/decisions/2031", province, """
                {"nationalDayCompanion": "2031-09-01", "makeUpWorkingDays": ["2031-03-07"]}""");
        assertThat(weekday.status()).isEqualTo(400);
        assertThat(weekday.contentType()).startsWith("application/problem+json");
        assertThat(weekday.object().getJsonObject("errors").getString("makeUpDays")).contains("Saturday or a Sunday");

        assertThat(Api.put("/api/calendar/decisions/2031", Api.token("hailang.admin"), """
                {"nationalDayCompanion": "2031-09-01"}""").status()).isEqualTo(403);

        undo.add(() -> Api.delete("/api/calendar/decisions/2031", province));
        Api.Reply entered = Api.put("/api/calendar/decisions/2031", province, """
                {"nationalDayCompanion": "2031-09-01", "extraDaysOff": ["2031-03-10"], "makeUpWorkingDays": ["2031-03-08"]}""");
        assertThat(entered.status()).as(entered.toString()).isEqualTo(200);

        String ward = Api.token("p5.reception");
        JsonObject calendar = Api.get("/api/calendar?year=2031", ward).object();
        assertThat(calendar.getJsonObject("decision").getString("from")).isEqualTo("quang-tri");
        assertThat(calendar.getJsonArray("days").getValuesAs(JsonObject.class))
                .anySatisfy(d -> assertThat(d.getString("date") + " " + d.getString("kind")).isEqualTo("2031-03-08 MAKE_UP_DAY"))
                .anySatisfy(d -> assertThat(d.getString("date") + " " + d.getString("kind")).isEqualTo("2031-03-10 DECISION_DAY_OFF"));
        // Friday 7 March 2031 15:30 + 0.5 day: 2 h on Friday, 2 h on the make-up Saturday
        JsonObject clock = Api.get("/api/calendar/clock?from=2031-03-07T15:30:00&days=0.5", ward).object();
        assertThat(clock.getString("due")).isEqualTo("2031-03-08T02:30:00Z");
        // from that Saturday's opening to Tuesday's: Saturday 8 h, Monday is the decision's day off
        JsonObject between = Api.get("/api/calendar/clock?from=2031-03-08T07:30:00&to=2031-03-11T07:30:00", ward).object();
        assertThat(between.getJsonNumber("workingMinutes").longValue()).isEqualTo(8 * 60);
    }

    @Test
    void overlapping_sessions_are_refused_on_the_session_that_overlaps() {
        Api.Reply reply = Api.put("/api/calendar/office-hours", Api.token("p5.admin"), """
                {"sessions": [{"start": "07:30", "end": "11:30"}, {"start": "11:00", "end": "17:00"}]}""");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.object().getJsonObject("errors").containsKey("sessions.1")).as(reply.body()).isTrue();
        assertThat(Api.put("/api/calendar/office-hours", Api.token("p5.reception"), """
                {"sessions": [{"start": "07:00", "end": "11:00"}]}""").status()).isEqualTo(403);
    }

    @Test
    void the_national_notice_reaches_every_province_until_a_province_enters_its_own_decision() {
        String operator = Api.token("platform.admin");
        String notice = "IT-" + System.currentTimeMillis() % 100_000 + "/TB-LĐTBXH";
        assertThat(Api.put("/api/national-holiday-notices/2034", Api.token("qt.admin"), """
                {"noticeNumber": "1/TB", "nationalDayCompanion": "2034-09-01"}""").status()).isEqualTo(403);
        Api.Reply bad = Api.put("/api/national-holiday-notices/2034", operator, """
                {"nationalDayCompanion": "2034-09-01", "makeUpWorkingDays": ["2034-03-08"]}""");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.object().getJsonObject("errors").keySet()).contains("noticeNumber", "makeUpDays");

        undo.add(() -> Api.delete("/api/national-holiday-notices/2034", operator));
        Api.Reply entered = Api.put("/api/national-holiday-notices/2034", operator, """
                {"noticeNumber": "%s", "noticeDate": "2033-11-20", "nationalDayCompanion": "2034-09-01",
                 "extraDaysOff": ["2034-03-17"], "makeUpWorkingDays": ["2034-03-04"]}""".formatted(notice));
        assertThat(entered.status()).as(entered.toString()).isEqualTo(200);
        assertThat(Api.delete("/api/national-holiday-notices/2034", Api.token("qt.admin")).status()).isEqualTo(403);

        // a ward of Quảng Trị and Thanh Hóa's desk both follow it, with its number
        for (String user : List.of("p5.reception", "th.reception")) {
            JsonObject calendar = Api.get("/api/calendar?year=2034", Api.token(user)).object();
            JsonObject decision = calendar.getJsonObject("decision");
            assertThat(decision.getString("source")).as(user).isEqualTo("NATIONAL_NOTICE");
            assertThat(decision.getString("noticeNumber")).isEqualTo(notice);
            assertThat(decision.getString("noticeDate")).isEqualTo("2033-11-20");
            assertThat(decision.containsKey("from")).isFalse();
            assertThat(calendar.getJsonArray("days").getValuesAs(JsonObject.class))
                    .anySatisfy(d -> assertThat(d.getString("date") + " " + d.getString("kind") + " " + d.getString("source"))
                            .isEqualTo("2034-03-17 DECISION_DAY_OFF NATIONAL_NOTICE"))
                    .anySatisfy(d -> assertThat(d.getString("date") + " " + d.getString("kind") + " " + d.getString("source"))
                            .isEqualTo("2034-03-04 MAKE_UP_DAY NATIONAL_NOTICE"));
        }
        // Thursday 16 March 2034 17:00 + 0.25 day: Friday 17 is the notice's day off, so Monday 20 at 09:00
        assertThat(Api.get("/api/calendar/clock?from=2034-03-16T17:00:00&days=0.25", Api.token("th.reception")).object()
                .getString("due")).isEqualTo("2034-03-20T02:00:00Z");

        // Quảng Trị enters its own decision for 2034: it wins there, Thanh Hóa keeps the national notice
        String province = Api.token("qt.admin");
        undo.add(0, () -> Api.delete("/api/calendar/decisions/2034", province));
        Api.Reply own = Api.put("/api/calendar/decisions/2034", province, """
                {"noticeNumber": "77/QĐ-UBND", "nationalDayCompanion": "2034-09-01", "extraDaysOff": ["2034-03-24"]}""");
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        JsonObject ward = Api.get("/api/calendar?year=2034", Api.token("p5.reception")).object();
        assertThat(ward.getJsonObject("decision").getString("source")).isEqualTo("PROVINCIAL_DECISION");
        assertThat(ward.getJsonObject("decision").getString("from")).isEqualTo("quang-tri");
        assertThat(ward.getJsonObject("decision").getString("noticeNumber")).isEqualTo("77/QĐ-UBND");
        assertThat(ward.getJsonArray("days").getValuesAs(JsonObject.class)).extracting(d -> d.getString("date"))
                .contains("2034-03-24").doesNotContain("2034-03-17");
        assertThat(Api.get("/api/calendar?year=2034", Api.token("th.reception")).object()
                .getJsonObject("decision").getString("source")).isEqualTo("NATIONAL_NOTICE");
        assertThat(Api.get("/api/national-holiday-notices/2034", Api.token("p5.reception")).object()
                .getString("noticeNumber")).isEqualTo(notice);
    }

    @Test
    void a_holiday_on_a_saturday_gives_the_next_monday_off_on_the_clock() {
        // 1 January 2033 is a Saturday: Monday 3 January is off in lieu (Labour Code 2019 art. 111(3))
        String ward = Api.token("p5.reception");
        JsonObject calendar = Api.get("/api/calendar?year=2033", ward).object();
        assertThat(calendar.getJsonObject("decision").getString("source")).isEqualTo("STATUTORY");
        assertThat(calendar.getJsonArray("days").getValuesAs(JsonObject.class))
                .anySatisfy(d -> assertThat(d.getString("date") + " " + d.getString("kind") + " " + d.getString("holiday")
                        + " " + d.getString("source")).isEqualTo("2033-01-03 DAY_IN_LIEU NEW_YEAR LABOUR_CODE"));
        // Friday 31 December 2032 17:00 + 0.25 day: 30 minutes on Friday, then Tuesday 4 January 07:30 + 1 h 30
        JsonObject clock = Api.get("/api/calendar/clock?from=2032-12-31T17:00:00&days=0.25", ward).object();
        assertThat(clock.getString("due")).isEqualTo("2033-01-04T02:00:00Z");
        JsonObject between = Api.get("/api/calendar/clock?from=2032-12-31T17:30:00&to=2033-01-04T07:30:00", ward).object();
        assertThat(between.getJsonNumber("workingMinutes").longValue()).isZero();
    }

    @Test
    void a_saturday_with_two_sessions_is_typed_in_the_calendar_screen() {
        String admin = Api.token("p5.admin");
        undo.add(() -> Api.delete("/api/calendar/week", admin));
        Page page = browser.loggedIn("p5.admin", "admin");
        page.navigate(TestStackSession.baseUrl() + "/admin/calendar");
        page.waitForSelector("#own-week");
        page.click("#own-week");
        page.click("#weekdays vaadin-checkbox:has-text('Thứ Bảy')");
        page.waitForSelector("#day-start-SATURDAY:visible");
        time(page, "#day-start-SATURDAY", "07:30");
        time(page, "#day-end-SATURDAY", "09:30");
        page.click("#add-session-SATURDAY");
        time(page, "#day-start-SATURDAY-1", "09:00");
        time(page, "#day-end-SATURDAY-1", "11:30");
        page.click("#save-week");
        // the second session overlaps the first: the error is on its start
        page.waitForSelector("#day-start-SATURDAY-1[invalid]");
        assertThat(page.locator("#day-start-SATURDAY-1 [slot='error-message']").textContent()).contains("09:30");
        assertThat(page.locator("#day-start-SATURDAY[invalid]").count()).isZero();

        // a session that ends before it starts: the error is on its end
        time(page, "#day-start-SATURDAY-1", "11:30");
        time(page, "#day-end-SATURDAY-1", "10:00");
        page.click("#save-week");
        page.waitForSelector("#day-end-SATURDAY-1[invalid]");

        time(page, "#day-start-SATURDAY-1", "10:00");
        time(page, "#day-end-SATURDAY-1", "11:30");
        page.click("#save-week");
        page.waitForSelector("vaadin-notification-card:has-text('Đã lưu')");

        JsonObject week = Api.get("/api/calendar", Api.token("p5.reception")).object().getJsonObject("workingWeek");
        assertThat(week.getString("from")).isEqualTo("phuong-5");
        assertThat(week.getJsonObject("hours").getJsonArray("SATURDAY").getValuesAs(JsonObject.class))
                .extracting(s -> s.getString("start") + "–" + s.getString("end"))
                .containsExactly("07:30–09:30", "10:00–11:30");
        // the screen shows both sessions again after a reload
        page.reload();
        page.waitForSelector("#day-start-SATURDAY-1");
        assertThat(page.locator("#day-start-SATURDAY-1 input").inputValue()).startsWith("10:00");
        assertThat(page.locator("#day-end-SATURDAY-1 input").inputValue()).startsWith("11:30");
        page.context().close();
    }

    @Test
    void the_platform_operator_enters_the_national_notice_in_the_calendar_screen() {
        String operator = Api.token("platform.admin");
        int year = LocalDate.now(WorkingCalendar.VIETNAM).getYear() + 6;
        undo.add(() -> Api.delete("/api/national-holiday-notices/" + year, operator));
        Page page = browser.loggedIn("platform.admin", "admin");
        page.navigate(TestStackSession.baseUrl() + "/admin/calendar");
        try {
            page.waitForSelector("h2:has-text('Thông báo nghỉ lễ, Tết toàn quốc')");
        } finally {
            Browser.screenshot(page, "admin-national-notice");
        }
        page.click("#calendar-year");
        page.click("vaadin-select-item:text-is('" + year + "')");
        page.waitForSelector("#decision-status:has-text('" + year + "')");
        page.click("#save-decision");
        page.waitForSelector("#notice-number[invalid]");

        String notice = "UI-" + System.currentTimeMillis() % 100_000 + "/TB-LĐTBXH";
        page.locator("#notice-number input").fill(notice);
        LocalDate dayOff = LocalDate.of(year, 3, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        page.evaluate("d => { const p = document.querySelector('#extra-day-off'); p.value = d; "
                + "p.dispatchEvent(new CustomEvent('change', {bubbles: true})); }", dayOff.toString());
        page.click("#add-extra-day-off");
        page.waitForSelector("#extra-days-off .extra-day");
        page.click("#save-decision");
        page.waitForSelector("#decision-status:has-text('" + notice + "')");
        assertThat(page.locator("vaadin-grid#calendar-days vaadin-grid-cell-content:has-text('Thông báo số " + notice + "')")
                .count()).isPositive();

        JsonObject entered = Api.get("/api/national-holiday-notices/" + year, Api.token("p5.reception")).object();
        assertThat(entered.getString("noticeNumber")).isEqualTo(notice);
        assertThat(entered.getJsonArray("extraDaysOff").getString(0)).isEqualTo(dayOff.toString());
        page.context().close();
    }

    /** Types a time and leaves the field, which commits it. */
    private static void time(Page page, String picker, String value) {
        page.locator(picker + " input").fill(value);
        page.locator(picker + " input").press("Tab");
    }

    private static JsonObject receiveMonthlyAllowanceAtHaiQue(String applicant) {
        String body = """
                {"procedureId": %d, "applicant": {"name": "%s"}, "channel": "IN_PERSON"}"""
                .formatted(Demo.procedureId("haique.reception", Demo.MONTHLY_ALLOWANCE), applicant);
        Api.Reply reply = Api.post("/api/dossiers", Api.token("haique.reception"), body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        // the appointment comes with acceptance: the procedure's total after the reception began
        return Demo.accept("haique.reception", reply.object().getString("code"));
    }

    /** Monday to Friday with the standard hours, Saturday 07:30–11:30, the statutory holidays, and {@code dayOff}. */
    private static WorkingCalendar calendar(Instant around, LocalDate dayOff) {
        int year = LocalDate.ofInstant(around, WorkingCalendar.VIETNAM).getYear();
        WorkingCalendar.Builder builder = WorkingCalendar.builder()
                .officeHours(DayOfWeek.SATURDAY, OfficeHours.of(OfficeHours.Session.of("07:30", "11:30")));
        for (int y = year - 1; y <= year + 2; y++) {
            builder.holidaySchedule(VietnamHolidays.forYear(y, HolidayDecision.statutoryOnly(y),
                    EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY)));
        }
        if (dayOff != null) {
            builder.localDaysOff(List.of(dayOff));
        }
        return builder.build();
    }

    private static LocalDate nextWeekdayAfter(LocalDate from, WorkingCalendar calendar) {
        LocalDate day = from;
        while (!calendar.isWorkingDay(day) || day.getDayOfWeek() == DayOfWeek.SATURDAY) {
            day = day.plusDays(1);
        }
        return day;
    }
}
