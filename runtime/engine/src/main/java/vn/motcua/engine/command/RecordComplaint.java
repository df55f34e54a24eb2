package vn.motcua.engine.command;

import vn.motcua.engine.dossier.CommandContext;
import vn.motcua.engine.dossier.CommandResult;
import vn.motcua.engine.dossier.Dossier;

/**
 * Records a complaint against the posted list.
 */
public record RecordComplaint(String code, Long expectedVersion, String step, String complaint) implements DossierCommand {

    @Override
    public CommandResult apply(Dossier dossier, CommandContext ctx) {
        return dossier.recordComplaint(step, complaint, ctx);
    }
}
