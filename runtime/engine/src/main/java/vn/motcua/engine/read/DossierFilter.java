package vn.motcua.engine.read;

import vn.motcua.engine.dossier.DossierStatus;

import java.time.Instant;

/**
 * What a dossier list is narrowed to; every part optional (null).
 *
 * @param step      the open step's number ("4.2")
 * @param assignee  the open step's assignee
 * @param dueBefore the appointment before this instant
 * @param late      true: running past the appointment; false: not
 * @param held      true: only the dossiers the caller's unit holds now (the desk's queue)
 * @param claimable true: only those whose open step no one has taken yet and is done in one of the caller's roles
 */
public record DossierFilter(DossierStatus status, String step, String assignee, Instant dueBefore, Boolean late,
                            boolean held, boolean claimable) {

    public DossierFilter(DossierStatus status, String step, String assignee, Instant dueBefore, Boolean late, boolean held) {
        this(status, step, assignee, dueBefore, late, held, false);
    }

    public static DossierFilter none() {
        return new DossierFilter(null, null, null, null, null, false);
    }
}
