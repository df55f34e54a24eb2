package vn.motcua.engine.command;

import vn.motcua.engine.dossier.CommandContext;
import vn.motcua.engine.dossier.CommandResult;
import vn.motcua.engine.dossier.Dossier;
import vn.motcua.engine.dossier.ResultDelivery;

/**
 * Hands the result over, recording the channel and who received it.
 */
public record ReturnResult(String code, Long expectedVersion, ResultDelivery delivery) implements DossierCommand {

    @Override
    public CommandResult apply(Dossier dossier, CommandContext ctx) {
        return dossier.returnResult(delivery, ctx);
    }
}
