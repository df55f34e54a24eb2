package vn.motcua.engine.command;

import vn.motcua.engine.dossier.CommandContext;
import vn.motcua.engine.dossier.CommandResult;
import vn.motcua.engine.dossier.Dossier;

/**
 * A command on an existing dossier, one class each: which dossier, the version the caller read
 * (If-Match; null when not given) and what to do to the aggregate. {@link DossierCommands} runs
 * each in one transaction.
 */
public interface DossierCommand {

    String code();

    /** The dossier version the caller acted on; null: not checked (a step command still names its step). */
    Long expectedVersion();

    CommandResult apply(Dossier dossier, CommandContext ctx);
}
