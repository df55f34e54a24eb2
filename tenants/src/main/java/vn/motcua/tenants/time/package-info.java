/**
 * Time: the one {@link java.time.Clock} of the application, produced once by {@link
 * vn.motcua.tenants.time.Clocks} and injected everywhere "now" is needed, so that tests may set it
 * ({@link vn.motcua.tenants.time.AdjustableClock}) and run weeks of working days without waiting.
 */
package vn.motcua.tenants.time;
