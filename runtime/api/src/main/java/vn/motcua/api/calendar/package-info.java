/**
 * Working calendars over HTTP: a tenant's office hours, days off and holiday decisions, the working
 * days that follow ({@code /calendar}), and the yearly national holiday notice the platform operator
 * enters ({@code /national-holiday-notices}). Each resource calls
 * {@link vn.motcua.tenants.calendar.WorkingCalendars}.
 */
package vn.motcua.api.calendar;
