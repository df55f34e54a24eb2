package vn.motcua.engine.command;

import vn.motcua.engine.dossier.CommandContext;
import vn.motcua.engine.dossier.CommandResult;
import vn.motcua.engine.dossier.Dossier;

/**
 * Puts the posting step's list up; a timer brings it down.
 */
public record StartPosting(String code, Long expectedVersion, String step) implements DossierCommand {

    @Override
    public CommandResult apply(Dossier dossier, CommandContext ctx) {
        return dossier.startPosting(step, ctx);
    }
}
