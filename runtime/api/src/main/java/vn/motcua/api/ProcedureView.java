package vn.motcua.api;

import vn.motcua.catalog.adoption.EffectiveProcedure;

import java.math.BigDecimal;
import java.util.List;

/**
 * A procedure as the caller's tenant runs it: the province's procedure with the tenant's local
 * overrides applied ({@code overridden} marks the steps they changed).
 */
public record ProcedureView(long id, String nationalCode, String name, String field, String onlineLevel,
                            BigDecimal totalDays, long catalogVersionId, String decision, List<Step> steps) {

    public record Step(String number, String parent, String actor, String role, String content, BigDecimal days,
                       String level, boolean overridden) {
    }

    static ProcedureView of(EffectiveProcedure p, long versionId, String decision) {
        return new ProcedureView(p.provinceProcedureId(), p.nationalCode(), p.name(), p.field(), p.onlineLevel().name(),
                p.totalDays(), versionId, decision,
                p.steps().stream().map(s -> new Step(s.number(), s.parentNumber(), s.actorUnit(), s.actorRole(),
                        s.content(), s.budgetDays(), s.level() == null ? null : s.level().name(), s.overridden())).toList());
    }
}
