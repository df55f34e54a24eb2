package vn.motcua.engine.command;

import vn.motcua.catalog.version.Channel;
import vn.motcua.engine.dossier.Applicant;

/**
 * Registers a dossier submitted at the desk, by post or online at the caller's unit, for a
 * procedure in effect there: its code is the unit's code, the day and the day's next number.
 */
public record Receive(long procedureId, Channel channel, Applicant applicant) {
}
