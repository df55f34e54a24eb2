/**
 * The calendar screen: a tenant's office hours and weekly working days, its days off and yearly
 * holiday decisions, the platform operator's national notices, and a try-out of the working-day
 * clock ({@link vn.motcua.admin.calendar.CalendarView}).
 */
package vn.motcua.admin.calendar;
