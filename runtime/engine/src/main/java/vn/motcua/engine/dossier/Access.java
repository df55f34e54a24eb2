package vn.motcua.engine.dossier;

import vn.motcua.tenants.access.Role;
import vn.motcua.tenants.problem.AccessDenied;

/**
 * Who may act on a dossier, from what the catalog says of the step (its role, at its handling
 * unit) and the dossier (its assignee, its citizen). Each check returns the role the actor acts in,
 * which the history records; a refusal is {@link AccessDenied} (403).
 */
final class Access {

    private Access() {
    }

    /** The step's role at the step's unit, and the step's assignee if it has one. */
    static String handler(String dossier, StepExecution step, Actor actor) {
        String role = staff(dossier, step.handlingTenant(), actor, step.role());
        if (step.assignee() != null && !step.assignee().equals(actor.userId())) {
            throw new AccessDenied("step " + step.label() + " of " + dossier + " is assigned to " + step.assignee()
                    + "; a leader may reassign it");
        }
        return role;
    }

    /** Staff acting for {@code tenant} with {@code role}; any staff role when the role is null. */
    static String staff(String dossier, String tenant, Actor actor, String role) {
        if (!actor.actsFor(tenant)) {
            throw new AccessDenied(actor.userId() + " does not act for " + tenant + ", which holds dossier " + dossier);
        }
        if (role != null) {
            if (!actor.hasRole(role)) {
                throw new AccessDenied("this is done by role " + role + " at " + tenant);
            }
            return role;
        }
        return Role.STAFF.stream().filter(actor::hasRole).sorted().findFirst()
                .orElseThrow(() -> new AccessDenied("this is done by the staff of " + tenant));
    }

    /** The citizen whose account submitted the dossier. */
    static boolean isOwner(Actor actor, Applicant applicant) {
        return actor.hasRole(Role.CITIZEN) && applicant.isAccount(actor.userId());
    }
}
