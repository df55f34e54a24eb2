/**
 * The working-day clock: budgets in working days (down to a quarter day), a desk's office hours,
 * and the calendar of working days with Vietnam's statutory holidays, lunar ones included.
 *
 * <p>Pure domain logic with no framework dependency, so the engine can compute due dates and
 * on-time status anywhere, and the admin UI can preview a calendar before saving it.
 */
package vn.motcua.tenants.calendar;
