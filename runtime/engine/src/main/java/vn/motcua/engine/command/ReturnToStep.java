package vn.motcua.engine.command;

import vn.motcua.engine.dossier.CommandContext;
import vn.motcua.engine.dossier.CommandResult;
import vn.motcua.engine.dossier.Dossier;

import java.util.List;

/**
 * Sends the dossier back to an earlier step of the same unit, with reasons.
 */
public record ReturnToStep(String code, Long expectedVersion, String step, String target, List<String> reasons) implements DossierCommand {

    @Override
    public CommandResult apply(Dossier dossier, CommandContext ctx) {
        return dossier.returnToStep(step, target, reasons, ctx);
    }
}
