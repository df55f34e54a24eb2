/**
 * The dossier runtime's domain core, pure Java: no CDI, no persistence, no clock of its own.
 *
 * <p>A {@link vn.motcua.engine.dossier.Dossier} is received against a
 * {@link vn.motcua.engine.dossier.Route} (the catalog's effective procedure, copied and pinned at
 * reception) and changed only by its command methods, which follow the
 * {@link vn.motcua.engine.dossier.Lifecycle} table, execute the route as
 * {@link vn.motcua.engine.dossier.StepExecution}s, keep the working-day clocks
 * ({@link vn.motcua.engine.dossier.WorkingClock}, on {@code vn.motcua.tenants.calendar.WorkingCalendar})
 * and return a {@link vn.motcua.engine.dossier.CommandResult}: one
 * {@link vn.motcua.engine.dossier.HistoryEntry} sealed into the dossier's
 * {@link vn.motcua.engine.dossier.HistoryChain}, the {@link vn.motcua.engine.dossier.DossierEvent}s
 * for the outbox and the {@link vn.motcua.engine.dossier.TimerChange}s for the timer table.
 *
 * <p>The services of the next phase give it what it cannot know — the caller
 * ({@link vn.motcua.engine.dossier.Actor}), the instant, the tenants' calendars, the dossier code
 * from the daily counter, the handling tenants from the tree — and write what it returns in the
 * command's transaction. The classes of the parent package (the linear walker) are replaced by
 * these and deleted in that phase.
 */
package vn.motcua.engine.dossier;
