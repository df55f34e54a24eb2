package vn.motcua.engine.command;

import vn.motcua.engine.dossier.CommandContext;
import vn.motcua.engine.dossier.CommandResult;
import vn.motcua.engine.dossier.Dossier;

/**
 * Asks the citizen to pay a fee or tax; the clocks pause.
 */
public record RequestFinancialObligation(String code, Long expectedVersion, String description) implements DossierCommand {

    @Override
    public CommandResult apply(Dossier dossier, CommandContext ctx) {
        return dossier.requestFinancialObligation(description, ctx);
    }
}
