package vn.motcua.tenants.calendar;

import java.util.List;
import java.util.Objects;

/**
 * What one tenant sets of its working calendar. A part left null is inherited from the nearest
 * ancestor that sets it (see {@link InheritedCalendar}); local days off and yearly decisions add
 * to those above.
 *
 * @param officeHours  the tenant's own standard office hours, or null to inherit them
 * @param workingWeek  the tenant's own working weekdays, or null to inherit them
 * @param localDaysOff the tenant's own days off
 * @param decisions    the government's yearly decisions as this tenant entered them (provinces do)
 */
public record CalendarSettings(String tenantId, OfficeHours officeHours, WorkingWeek workingWeek,
                               List<LocalDayOff> localDaysOff, List<HolidayDecision> decisions) {

    public CalendarSettings {
        Objects.requireNonNull(tenantId, "tenantId");
        localDaysOff = List.copyOf(localDaysOff);
        decisions = List.copyOf(decisions);
    }

    /** A tenant that sets nothing and inherits everything. */
    public static CalendarSettings none(String tenantId) {
        return new CalendarSettings(tenantId, null, null, List.of(), List.of());
    }
}
