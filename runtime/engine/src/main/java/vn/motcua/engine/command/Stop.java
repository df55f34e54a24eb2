package vn.motcua.engine.command;

import vn.motcua.engine.dossier.CommandContext;
import vn.motcua.engine.dossier.CommandResult;
import vn.motcua.engine.dossier.Dossier;

import java.util.List;

/**
 * A leader stops the processing, with reasons.
 */
public record Stop(String code, Long expectedVersion, List<String> reasons) implements DossierCommand {

    @Override
    public CommandResult apply(Dossier dossier, CommandContext ctx) {
        return dossier.stop(reasons, ctx);
    }
}
