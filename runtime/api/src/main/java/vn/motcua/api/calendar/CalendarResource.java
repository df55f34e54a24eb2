package vn.motcua.api.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import vn.motcua.api.input.Params;
import vn.motcua.api.input.RequestBodies;
import vn.motcua.catalog.version.Budget;
import vn.motcua.tenants.access.Role;
import vn.motcua.tenants.calendar.LocalDayOff;
import vn.motcua.tenants.calendar.WorkingCalendar;
import vn.motcua.tenants.calendar.WorkingCalendars;
import vn.motcua.tenants.calendar.WorkingDays;
import vn.motcua.tenants.persistence.Tenancy;
import vn.motcua.tenants.problem.InvalidInput;
import vn.motcua.tenants.time.Vietnam;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The caller's tenant's working calendar: read it as inherited, set what the tenant sets itself,
 * and ask the clock (the due instant after N working days, the working time between two instants).
 */
@Path("calendar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.CATALOG_ADMIN, Role.REPORTING_OFFICER, Role.RECEPTION, Role.SPECIALIST, Role.LEADER})
public class CalendarResource {

    @Inject
    WorkingCalendars calendars;

    @Inject
    Clock clock;

    @Inject
    Tenancy tenancy;

    /** The calendar of {@code year} (this year by default). */
    @GET
    public CalendarView calendar(@QueryParam("year") @Parameter(description = "this year when absent",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "" + Params.FIRST_YEAR, maximum = "" + Params.LAST_YEAR)) Integer year) {
        int y = year != null ? Params.year(year, "year") : LocalDate.ofInstant(clock.instant(), Vietnam.ZONE).getYear();
        return CalendarView.of(calendars.inherited(), y);
    }

    @PUT
    @Path("office-hours")
    @RolesAllowed(Role.CATALOG_ADMIN)
    public CalendarView setOfficeHours(CalendarRequest.Hours hours) {
        calendars.setOfficeHours(RequestBodies.required(hours).toOfficeHours());
        return calendar(null);
    }

    /** Inherits the office hours again. */
    @DELETE
    @Path("office-hours")
    @RolesAllowed(Role.CATALOG_ADMIN)
    public CalendarView inheritOfficeHours() {
        calendars.setOfficeHours(null);
        return calendar(null);
    }

    @PUT
    @Path("week")
    @RolesAllowed(Role.CATALOG_ADMIN)
    public CalendarView setWorkingWeek(CalendarRequest.Week week) {
        calendars.setWorkingWeek(RequestBodies.required(week).toWorkingWeek());
        return calendar(null);
    }

    /** Inherits the working week again. */
    @DELETE
    @Path("week")
    @RolesAllowed(Role.CATALOG_ADMIN)
    public CalendarView inheritWorkingWeek() {
        calendars.setWorkingWeek(null);
        return calendar(null);
    }

    @PUT
    @Path("days-off/{date}")
    @RolesAllowed(Role.CATALOG_ADMIN)
    public CalendarView addDayOff(@PathParam("date") @Parameter(example = "2031-05-06") String date,
                                  @RequestBody(required = false, description = "why the day is off; none for no reason") CalendarRequest.DayOff dayOff) {
        LocalDate day = CalendarRequest.date(date, "date");
        calendars.addLocalDayOff(new LocalDayOff(day, dayOff == null ? null : dayOff.reason));
        return calendar(day.getYear());
    }

    @DELETE
    @Path("days-off/{date}")
    @RolesAllowed(Role.CATALOG_ADMIN)
    public CalendarView removeDayOff(@PathParam("date") @Parameter(example = "2031-05-06") String date) {
        LocalDate day = CalendarRequest.date(date, "date");
        calendars.removeLocalDayOff(day);
        return calendar(day.getYear());
    }

    /** A province's transcription of the year's government decision; 403 for other tenants. */
    @PUT
    @Path("decisions/{year}")
    @RolesAllowed(Role.CATALOG_ADMIN)
    public CalendarView setDecision(@PathParam("year") @Parameter(schema = @Schema(type = SchemaType.INTEGER,
            minimum = "" + Params.FIRST_YEAR, maximum = "" + Params.LAST_YEAR)) int year, CalendarRequest.Decision decision) {
        Params.year(year, "year");
        calendars.setDecision(RequestBodies.required(decision).toDecision(year));
        return calendar(year);
    }

    @DELETE
    @Path("decisions/{year}")
    @RolesAllowed(Role.CATALOG_ADMIN)
    public CalendarView removeDecision(@PathParam("year") @Parameter(schema = @Schema(type = SchemaType.INTEGER,
            minimum = "" + Params.FIRST_YEAR, maximum = "" + Params.LAST_YEAR)) int year) {
        calendars.removeDecision(Params.year(year, "year"));
        return calendar(year);
    }

    /**
     * The clock on this calendar: {@code from} plus {@code days} working days, and, with {@code to},
     * the working time between {@code from} and {@code to}. Instants as 2026-03-02T08:00:00+07:00.
     */
    @GET
    @Path("clock")
    public ClockView clock(@QueryParam("from") @Parameter(required = true, example = "2026-03-02T08:00:00+07:00") String from,
                           @QueryParam("days") @Parameter(schema = @Schema(type = SchemaType.NUMBER, minimum = "0",
                                   maximum = Budget.MAX_DAYS)) BigDecimal days,
                           @QueryParam("to") @Parameter(example = "2026-03-06T17:00:00+07:00") String to) {
        Instant start = instant(from, "from");
        if (start == null) {
            throw new InvalidInput("from", "the start instant is required");
        }
        Instant end = instant(to, "to");
        if (days != null && (days.compareTo(BigDecimal.ZERO) < 0 || days.compareTo(new BigDecimal(Budget.MAX_DAYS)) > 0)) {
            throw new InvalidInput("days", "must be from 0 to " + Budget.MAX_DAYS + " working days, not " + days.toPlainString());
        }
        WorkingCalendar calendar = calendars.around(tenancy.caller().tenantId(), start);
        Instant due;
        try {
            due = days == null ? null : calendar.plus(start, WorkingDays.of(days));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("days", e.getMessage());
        }
        Duration between = end == null ? null : calendar.workingTimeBetween(start, end);
        return new ClockView(start, days, due, end, between == null ? null : between.toMinutes(),
                between == null ? null : calendar.elapsed(start, end).toBigDecimal());
    }

    /** @param workingMinutes the office time from {@code from} to {@code to}; {@code workingDays} the same in whole quarter days */
    public record ClockView(Instant from, BigDecimal days, Instant due, Instant to, Long workingMinutes, BigDecimal workingDays) {
    }

    /** An instant in a year the calendar computes ({@link Params#year}), with an offset or at Vietnam's time. */
    private static Instant instant(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Instant instant;
        try {
            instant = OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                instant = LocalDateTime.parse(value.trim()).atZone(Vietnam.ZONE).toInstant();
            } catch (DateTimeParseException e) {
                throw new InvalidInput(field, "must be an instant such as 2026-03-02T08:00:00+07:00, not \""
                        + (value.length() <= 40 ? value : value.substring(0, 20) + "…") + "\"");
            }
        }
        Params.year(LocalDate.ofInstant(instant, Vietnam.ZONE).getYear(), field);
        return instant;
    }
}
