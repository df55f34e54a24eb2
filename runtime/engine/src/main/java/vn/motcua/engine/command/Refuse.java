package vn.motcua.engine.command;

import vn.motcua.engine.dossier.CommandContext;
import vn.motcua.engine.dossier.CommandResult;
import vn.motcua.engine.dossier.Dossier;

import java.util.List;

/**
 * Refuses with written reasons: not received at reception, refused later.
 */
public record Refuse(String code, Long expectedVersion, List<String> reasons) implements DossierCommand {

    @Override
    public CommandResult apply(Dossier dossier, CommandContext ctx) {
        return dossier.refuse(reasons, ctx);
    }
}
