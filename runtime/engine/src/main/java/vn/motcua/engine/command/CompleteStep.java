package vn.motcua.engine.command;

import vn.motcua.catalog.version.OutcomeKind;
import vn.motcua.engine.dossier.CommandContext;
import vn.motcua.engine.dossier.CommandResult;
import vn.motcua.engine.dossier.Dossier;

import java.util.List;

/**
 * Ends the current step with one of its outcomes; the route says what comes next.
 */
public record CompleteStep(String code, Long expectedVersion, String step, OutcomeKind outcome, String target, List<String> reasons) implements DossierCommand {

    @Override
    public CommandResult apply(Dossier dossier, CommandContext ctx) {
        return dossier.completeStep(step, outcome, target, reasons, ctx);
    }
}
