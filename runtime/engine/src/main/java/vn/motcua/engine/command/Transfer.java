package vn.motcua.engine.command;

import vn.motcua.engine.dossier.CommandContext;
import vn.motcua.engine.dossier.CommandResult;
import vn.motcua.engine.dossier.Dossier;

/**
 * Ends the current step by handing the dossier to the level that does the next step, or back.
 */
public record Transfer(String code, Long expectedVersion, String step) implements DossierCommand {

    @Override
    public CommandResult apply(Dossier dossier, CommandContext ctx) {
        return dossier.transfer(step, ctx);
    }
}
