package vn.motcua.engine.dossier;

import vn.motcua.tenants.calendar.WorkingCalendar;

/**
 * The working calendar of each tenant, as the service reads it (inherited down the tenant tree,
 * covering the years a dossier can span). Every due instant is computed on the calendar of the
 * tenant doing the work: a step on its handling tenant's, the receipt's appointment on the unit
 * competent for the procedure's.
 */
@FunctionalInterface
public interface Calendars {

    WorkingCalendar of(String tenantId);

    /** One calendar for every tenant. */
    static Calendars same(WorkingCalendar calendar) {
        return tenantId -> calendar;
    }
}
