/**
 * The working-day clock: budgets in working days (down to a quarter day), a desk's office hours,
 * and the calendar of working days with Vietnam's statutory holidays, lunar ones included.
 *
 * <p>The calendar itself ({@link vn.motcua.tenants.calendar.WorkingCalendar}, {@link
 * vn.motcua.tenants.calendar.WorkingDays}, {@link vn.motcua.tenants.calendar.OfficeHours},
 * {@link vn.motcua.tenants.calendar.VietnamHolidays}, the rules of {@link
 * vn.motcua.tenants.calendar.CalendarRules}) is pure domain logic with no framework dependency, so
 * the engine can compute due dates and on-time status anywhere, and the admin UI can preview a
 * calendar before saving it. {@link vn.motcua.tenants.calendar.WorkingCalendars} keeps what each
 * tenant sets (the {@code Stored…} entities) and builds the calendar a tenant runs on, with what it
 * inherits from above and the national notices.
 */
package vn.motcua.tenants.calendar;
