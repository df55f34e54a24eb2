package vn.motcua.engine.command;

import vn.motcua.engine.dossier.CommandContext;
import vn.motcua.engine.dossier.CommandResult;
import vn.motcua.engine.dossier.DocumentChecklist;
import vn.motcua.engine.dossier.Dossier;

/**
 * The completeness check passed: receipt and appointment; the next step starts.
 */
public record Accept(String code, Long expectedVersion, DocumentChecklist checklist) implements DossierCommand {

    @Override
    public CommandResult apply(Dossier dossier, CommandContext ctx) {
        return dossier.accept(checklist == null ? DocumentChecklist.empty() : checklist, ctx);
    }
}
