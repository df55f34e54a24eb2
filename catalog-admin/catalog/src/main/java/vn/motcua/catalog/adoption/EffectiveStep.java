package vn.motcua.catalog.adoption;

import vn.motcua.catalog.AdministrativeLevel;
import vn.motcua.catalog.Budget;
import vn.motcua.tenants.Role;

import java.math.BigDecimal;

/**
 * A step as an adopter runs it: the province's step with the adopter's override applied, or, for
 * a step split into sub-steps, with its budget summed from theirs.
 *
 * @param budgetQuarters null when the step is not counted in the processing time
 * @param overridden     whether an override of the adopter's applies to this very step
 */
public record EffectiveStep(String number, String parentNumber, String actorUnit, String actorRole, String content,
                            Integer budgetQuarters, AdministrativeLevel level, boolean overridden) {

    public boolean isSubStep() {
        return parentNumber != null;
    }

    public boolean isCounted() {
        return budgetQuarters != null;
    }

    /** Working days, or null when the step is not counted. */
    public BigDecimal budgetDays() {
        return budgetQuarters == null ? null : Budget.daysOf(budgetQuarters);
    }

    public boolean isDoneByCitizen() {
        return Role.CITIZEN.equals(actorRole);
    }
}
