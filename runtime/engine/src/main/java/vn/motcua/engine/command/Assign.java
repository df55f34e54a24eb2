package vn.motcua.engine.command;

import vn.motcua.engine.dossier.CommandContext;
import vn.motcua.engine.dossier.CommandResult;
import vn.motcua.engine.dossier.Dossier;

/**
 * A leader gives the current step to a named person.
 */
public record Assign(String code, Long expectedVersion, String step, String assignee) implements DossierCommand {

    @Override
    public CommandResult apply(Dossier dossier, CommandContext ctx) {
        return dossier.assign(step, assignee, ctx);
    }
}
