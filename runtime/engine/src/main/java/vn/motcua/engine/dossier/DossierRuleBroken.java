package vn.motcua.engine.dossier;

import vn.motcua.tenants.problem.Conflict;

/**
 * A command the status allows but the dossier's route or current step does not: the step is not the
 * one the caller believes current, a posting is still running, the step ends with a transfer rather
 * than a completion. A {@link Conflict} (409): the caller's view of the dossier is out of date or the
 * desk offered the wrong action.
 */
public class DossierRuleBroken extends Conflict {

    public DossierRuleBroken(String message) {
        super(message);
    }
}
