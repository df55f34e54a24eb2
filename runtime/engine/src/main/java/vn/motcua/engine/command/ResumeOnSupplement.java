package vn.motcua.engine.command;

import vn.motcua.engine.dossier.CommandContext;
import vn.motcua.engine.dossier.CommandResult;
import vn.motcua.engine.dossier.Dossier;

import java.util.List;

/**
 * The supplement arrived: the check starts again, or the paused step goes on and the appointment moves.
 */
public record ResumeOnSupplement(String code, Long expectedVersion, List<String> documentsAdded) implements DossierCommand {

    @Override
    public CommandResult apply(Dossier dossier, CommandContext ctx) {
        return dossier.resumeOnSupplement(documentsAdded, ctx);
    }
}
