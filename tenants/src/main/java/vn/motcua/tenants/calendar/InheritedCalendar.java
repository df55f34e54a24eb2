package vn.motcua.tenants.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A tenant's working calendar as it follows from its own settings and those of its ancestors.
 * Office hours and the working week come from the nearest tenant that sets them — the tenant
 * itself, else its district, else its province — and otherwise from the built-in Vietnamese
 * default; local days off add up down the tree (a province's day off closes its communes too);
 * each year's government decision comes from the nearest tenant that entered one for that year
 * (a province transcribing its own), else from the national notice the platform operator entered
 * once for every province, and a year with neither has the statutory holidays only. Days in lieu
 * follow from the holidays and the tenant's working week ({@link VietnamHolidays#daysInLieu}).
 */
public final class InheritedCalendar {

    private final String tenantId;
    private final Sourced<OfficeHours> officeHours;
    private final Sourced<WorkingWeek> workingWeek;
    private final List<Sourced<LocalDayOff>> localDaysOff;
    private final Map<Integer, Sourced<HolidayDecision>> decisions;
    private final Map<Integer, HolidayDecision> nationalNotices;

    private InheritedCalendar(String tenantId, Sourced<OfficeHours> officeHours, Sourced<WorkingWeek> workingWeek,
                              List<Sourced<LocalDayOff>> localDaysOff, Map<Integer, Sourced<HolidayDecision>> decisions,
                              Map<Integer, HolidayDecision> nationalNotices) {
        this.tenantId = tenantId;
        this.officeHours = officeHours;
        this.workingWeek = workingWeek;
        this.localDaysOff = List.copyOf(localDaysOff);
        this.decisions = Map.copyOf(decisions);
        this.nationalNotices = Map.copyOf(nationalNotices);
    }

    /** The calendar without national notices: see {@link #of(List, List)}. */
    public static InheritedCalendar of(List<CalendarSettings> rootFirst) {
        return of(List.of(), rootFirst);
    }

    /**
     * @param nationalNotices the yearly national notices, at most one per year
     * @param rootFirst       the settings of the tenant's ancestors from the root down, then the
     *                        tenant's own last; a tenant that sets nothing is {@link CalendarSettings#none}
     */
    public static InheritedCalendar of(List<HolidayDecision> nationalNotices, List<CalendarSettings> rootFirst) {
        if (rootFirst == null || rootFirst.isEmpty()) {
            throw new IllegalArgumentException("A calendar is inherited along a chain of at least one tenant");
        }
        Sourced<OfficeHours> hours = new Sourced<>(OfficeHours.standard(), null);
        Sourced<WorkingWeek> week = new Sourced<>(WorkingWeek.mondayToFriday(), null);
        List<Sourced<LocalDayOff>> daysOff = new ArrayList<>();
        Map<Integer, Sourced<HolidayDecision>> decisions = new HashMap<>();
        for (CalendarSettings settings : rootFirst) {
            String tenant = settings.tenantId();
            if (settings.officeHours() != null) {
                hours = new Sourced<>(settings.officeHours(), tenant);
            }
            if (settings.workingWeek() != null) {
                week = new Sourced<>(settings.workingWeek(), tenant);
            }
            settings.localDaysOff().forEach(d -> daysOff.add(new Sourced<>(d, tenant)));
            settings.decisions().forEach(d -> decisions.put(d.year(), new Sourced<>(d, tenant)));
        }
        daysOff.sort(Comparator.comparing(d -> d.value().date()));
        Map<Integer, HolidayDecision> national = new HashMap<>();
        nationalNotices.forEach(n -> national.put(n.year(), n));
        return new InheritedCalendar(rootFirst.get(rootFirst.size() - 1).tenantId(), hours, week, daysOff, decisions, national);
    }

    /** The calendar of a tenant for which nobody set anything: the built-in default. */
    public static InheritedCalendar builtIn(String tenantId) {
        return of(List.of(CalendarSettings.none(tenantId)));
    }

    public String tenantId() {
        return tenantId;
    }

    public Sourced<OfficeHours> officeHours() {
        return officeHours;
    }

    public Sourced<WorkingWeek> workingWeek() {
        return workingWeek;
    }

    /** The tenant's own local days off and its ancestors', by date. */
    public List<Sourced<LocalDayOff>> localDaysOff() {
        return localDaysOff;
    }

    /**
     * The decision that governs {@code year}: entered by the nearest tenant, else the national
     * notice, else the statutory default; the last two have no tenant ({@link #origin} tells them apart).
     */
    public Sourced<HolidayDecision> decision(int year) {
        Sourced<HolidayDecision> entered = decisions.get(year);
        if (entered != null) {
            return entered;
        }
        HolidayDecision national = nationalNotices.get(year);
        return new Sourced<>(national != null ? national : HolidayDecision.statutoryOnly(year), null);
    }

    /** Where the days of {@code year} come from. */
    public DecisionOrigin origin(int year) {
        if (decisions.containsKey(year)) {
            return DecisionOrigin.PROVINCIAL_DECISION;
        }
        return nationalNotices.containsKey(year) ? DecisionOrigin.NATIONAL_NOTICE : DecisionOrigin.STATUTORY;
    }

    /**
     * The calendar the clock runs on, covering the holidays of {@code fromYear} to {@code toYear}
     * inclusive (a dossier's budget can run into the next year: give the years it may span).
     *
     * @throws IllegalArgumentException when the settings contradict each other, e.g. a make-up
     *     day that is a public holiday
     */
    public WorkingCalendar workingCalendar(int fromYear, int toYear) {
        if (toYear < fromYear) {
            throw new IllegalArgumentException("No years from " + fromYear + " to " + toYear);
        }
        WorkingCalendar.Builder builder = WorkingCalendar.builder().officeHours(officeHours.value());
        workingWeek.value().applyTo(builder);
        for (int year = fromYear; year <= toYear; year++) {
            builder.holidaySchedule(VietnamHolidays.forYear(year, decision(year).value(), workingWeek.value().days()));
        }
        builder.localDaysOff(localDaysOff.stream().map(d -> d.value().date()).toList());
        return builder.build();
    }

    /**
     * The days of {@code year} that depart from the working week — public holidays, days in lieu,
     * the decision's days off and make-up days, local days off — in date order, each with the tenant
     * it comes from. A local day off on a make-up day is listed as both; the day off wins.
     */
    public List<CalendarDay> daysOf(int year) {
        Sourced<HolidayDecision> decision = decision(year);
        HolidayDecision rules = decision.value();
        List<CalendarDay> days = new ArrayList<>();
        VietnamHolidays.namedStatutoryHolidays(rules).forEach((date, holiday) -> days.add(new CalendarDay(
                date, CalendarDay.Kind.PUBLIC_HOLIDAY, holiday, null,
                date.equals(rules.nationalDayCompanion()) ? decision.tenantId() : null)));
        rules.extraDaysOff().forEach(date -> days.add(
                new CalendarDay(date, CalendarDay.Kind.DECISION_DAY_OFF, null, null, decision.tenantId())));
        VietnamHolidays.daysInLieu(rules, workingWeek.value().days()).forEach((date, holiday) -> days.add(
                new CalendarDay(date, CalendarDay.Kind.DAY_IN_LIEU, holiday, null, null)));
        rules.makeUpWorkingDays().forEach(date -> days.add(
                new CalendarDay(date, CalendarDay.Kind.MAKE_UP_DAY, null, null, decision.tenantId())));
        localDaysOff.stream()
                .filter(d -> d.value().date().getYear() == year)
                .forEach(d -> days.add(new CalendarDay(d.value().date(), CalendarDay.Kind.LOCAL_DAY_OFF, null,
                        d.value().reason(), d.tenantId())));
        days.sort(Comparator.comparing(CalendarDay::date).thenComparing(CalendarDay::kind));
        return days;
    }

    /** Whether {@code date} is already off for this tenant, whatever the reason. */
    public boolean isDayOff(LocalDate date) {
        return daysOf(date.getYear()).stream()
                .anyMatch(d -> d.date().equals(date) && d.kind() != CalendarDay.Kind.MAKE_UP_DAY);
    }
}
