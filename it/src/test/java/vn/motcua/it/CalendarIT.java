package vn.motcua.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.tenants.calendar.OfficeHours;
import vn.motcua.tenants.calendar.VietnamHolidays;
import vn.motcua.tenants.calendar.WorkingCalendar;
import vn.motcua.tenants.calendar.WorkingDays;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calendars inherited down the tree reach the clock: a district's Saturday-morning desk and its
 * day off move the appointment of a dossier its commune receives; the yearly decision is the
 * province's. Everything a test sets is withdrawn after it, so other tests keep the default calendar.
 */
class CalendarIT extends DeployedEar {

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
        Instant received = Instant.parse(first.getString("receivedAt"));
        WorkingCalendar saturdayDesk = calendar(received, null);
        WorkingDays budget = WorkingDays.ofDays(22);
        assertThat(Instant.parse(first.getString("appointmentAt")))
                .isEqualTo(saturdayDesk.plus(received, budget))
                // 22 working days span four Saturday mornings: the appointment is two days earlier than Monday to Friday
                .isBefore(WorkingCalendar.vietnam(2020, 2040).plus(received, budget));

        LocalDate dayOff = nextWeekdayAfter(LocalDate.ofInstant(received, WorkingCalendar.VIETNAM).plusDays(1), saturdayDesk);
        undo.add(0, () -> Api.delete("/api/calendar/days-off/" + dayOff, admin));
        Api.Reply added = Api.put("/api/calendar/days-off/" + dayOff, admin, """
                {"reason": "Kỷ niệm ngày thành lập huyện"}""");
        assertThat(added.status()).as(added.toString()).isEqualTo(200);

        JsonObject second = receiveMonthlyAllowanceAtHaiQue("Lê Văn Bảy");
        Instant receivedLater = Instant.parse(second.getString("receivedAt"));
        assertThat(Instant.parse(second.getString("appointmentAt")))
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

    private static JsonObject receiveMonthlyAllowanceAtHaiQue(String applicant) {
        String body = """
                {"procedureId": %d, "applicant": {"name": "%s"}, "channel": "IN_PERSON"}"""
                .formatted(Demo.procedureId("haique.reception", Demo.MONTHLY_ALLOWANCE), applicant);
        Api.Reply reply = Api.post("/api/dossiers", Api.token("haique.reception"), body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.object();
    }

    /** Monday to Friday with the standard hours, Saturday 07:30–11:30, the statutory holidays, and {@code dayOff}. */
    private static WorkingCalendar calendar(Instant around, LocalDate dayOff) {
        int year = LocalDate.ofInstant(around, WorkingCalendar.VIETNAM).getYear();
        WorkingCalendar.Builder builder = WorkingCalendar.builder()
                .officeHours(DayOfWeek.SATURDAY, OfficeHours.of(OfficeHours.Session.of("07:30", "11:30")));
        for (int y = year - 1; y <= year + 2; y++) {
            builder.holidaySchedule(VietnamHolidays.forYear(y));
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
