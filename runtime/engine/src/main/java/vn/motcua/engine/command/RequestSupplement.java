package vn.motcua.engine.command;

import vn.motcua.engine.dossier.CommandContext;
import vn.motcua.engine.dossier.CommandResult;
import vn.motcua.engine.dossier.Dossier;

import java.util.List;

/**
 * Asks the citizen for missing or corrected documents, at reception or at a step that allows it.
 */
public record RequestSupplement(String code, Long expectedVersion, List<String> missingDocuments, List<String> reasons) implements DossierCommand {

    @Override
    public CommandResult apply(Dossier dossier, CommandContext ctx) {
        return dossier.requestSupplement(missingDocuments, reasons, ctx);
    }
}
