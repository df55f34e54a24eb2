package vn.motcua.engine.command;

import vn.motcua.engine.dossier.CommandContext;
import vn.motcua.engine.dossier.CommandResult;
import vn.motcua.engine.dossier.Dossier;

import java.util.List;

/**
 * The citizen withdraws the dossier.
 */
public record Withdraw(String code, Long expectedVersion, List<String> reasons) implements DossierCommand {

    @Override
    public CommandResult apply(Dossier dossier, CommandContext ctx) {
        return dossier.withdraw(reasons, ctx);
    }
}
