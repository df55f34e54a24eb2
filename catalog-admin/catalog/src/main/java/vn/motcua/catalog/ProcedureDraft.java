package vn.motcua.catalog;

import java.math.BigDecimal;
import java.util.List;

/**
 * A procedure as an admin edits it, before it is applied to a draft version. Validated with the
 * same rules as a version ({@link CatalogValidation#check(ProcedureDraft)}), so a form can show
 * errors while the admin types.
 */
public record ProcedureDraft(String nationalCode, String name, String field, AdministrativeLevel handlingLevel,
                             OnlineLevel onlineLevel, BigDecimal totalDays, List<Step> steps) {

    public ProcedureDraft {
        steps = List.copyOf(steps);
    }

    public record Step(String number, String parentNumber, String actorUnit, String actorRole, String content,
                       BigDecimal budgetDays, AdministrativeLevel level) {
    }
}
