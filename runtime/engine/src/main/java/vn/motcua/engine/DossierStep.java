package vn.motcua.engine;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A step of the dossier's route, copied from the effective catalog when the dossier is received:
 * later decisions and adoption changes never reroute a dossier already under way.
 */
@Embeddable
public class DossierStep {

    @Column(name = "number", nullable = false, length = 16)
    private String number;

    @Column(name = "actor_role", length = 32)
    private String role;

    @Column(name = "actor_unit", length = 500)
    private String actorUnit;

    @Column(name = "budget_quarters")
    private Integer budgetQuarters;

    protected DossierStep() {
    }

    public DossierStep(String number, String role, String actorUnit, Integer budgetQuarters) {
        this.number = number;
        this.role = role;
        this.actorUnit = actorUnit;
        this.budgetQuarters = budgetQuarters;
    }

    public String number() {
        return number;
    }

    public String role() {
        return role;
    }

    public String actorUnit() {
        return actorUnit;
    }

    public Integer budgetQuarters() {
        return budgetQuarters;
    }
}
