package vn.motcua.engine.command;

import vn.motcua.engine.dossier.CommandContext;
import vn.motcua.engine.dossier.CommandResult;
import vn.motcua.engine.dossier.Dossier;

/**
 * The payment was made; the clocks run again.
 */
public record ConfirmFinancialObligation(String code, Long expectedVersion, String reference) implements DossierCommand {

    @Override
    public CommandResult apply(Dossier dossier, CommandContext ctx) {
        return dossier.confirmFinancialObligation(reference, ctx);
    }
}
