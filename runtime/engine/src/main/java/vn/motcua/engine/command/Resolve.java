package vn.motcua.engine.command;

import vn.motcua.engine.dossier.CommandContext;
import vn.motcua.engine.dossier.CommandResult;
import vn.motcua.engine.dossier.Dossier;

/**
 * Ends the result step: processing is over and the result waits at the desk.
 */
public record Resolve(String code, Long expectedVersion, String step, String note) implements DossierCommand {

    @Override
    public CommandResult apply(Dossier dossier, CommandContext ctx) {
        return dossier.resolve(step, note, ctx);
    }
}
