package vn.motcua.api;

import vn.motcua.catalog.Procedure;

import java.math.BigDecimal;
import java.util.List;

/** A procedure in effect, with the steps a dossier for it goes through. */
public record ProcedureView(long id, String nationalCode, String name, String field, String onlineLevel,
                            BigDecimal totalDays, long catalogVersionId, String decision, List<Step> steps) {

    public record Step(String number, String parent, String actor, String role, String content, BigDecimal days,
                       String level) {
    }

    static ProcedureView of(Procedure p) {
        return new ProcedureView(p.id(), p.nationalCode(), p.name(), p.field(), p.onlineLevel().name(), p.totalDays(),
                p.version().id(), p.version().decisionNumber(),
                p.steps().stream().map(s -> new Step(s.number(), s.parentNumber(), s.actorUnit(), s.actorRole(),
                        s.content(), s.budgetDays(), s.level() == null ? null : s.level().name())).toList());
    }
}
