package vn.motcua.engine.dossier;

import vn.motcua.tenants.problem.Conflict;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A command the {@link Lifecycle} does not allow in the dossier's status. A {@link Conflict}, so
 * the API answers 409 problem+json; the message names the current status and what is allowed.
 */
public class CommandNotAllowed extends Conflict {

    private final Command command;
    private final DossierStatus status;
    private final List<Command> allowed;

    public CommandNotAllowed(String dossier, Command command, DossierStatus status, List<Command> allowed) {
        super(message(dossier, command, status, allowed));
        this.command = command;
        this.status = status;
        this.allowed = List.copyOf(allowed);
    }

    public Command command() {
        return command;
    }

    public DossierStatus status() {
        return status;
    }

    /** The commands the dossier's status allows, in the table's order. */
    public List<Command> allowed() {
        return allowed;
    }

    private static String message(String dossier, Command command, DossierStatus status, List<Command> allowed) {
        return "dossier " + dossier + " is " + status + " (" + status.vietnameseName() + "): " + command
                + " is not allowed; allowed: "
                + (allowed.isEmpty() ? "none" : allowed.stream().map(Enum::name).collect(Collectors.joining(", ")));
    }
}
