package vn.motcua.api.catalog;

import vn.motcua.catalog.adoption.EffectiveProcedure;
import vn.motcua.catalog.adoption.EffectiveStep;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A procedure as the caller's tenant runs it: the province's procedure with the tenant's local
 * overrides applied ({@code overridden} marks the steps they changed), and what a portal shows
 * the citizen — channels, documents, fees, legal basis.
 *
 * @param submissionChannels ONLINE, IN_PERSON, POSTAL; empty when the decision does not say
 */
public record ProcedureView(long id, String nationalCode, String name, String field, String handlingLevel,
                            String onlineLevel, BigDecimal totalDays, long catalogVersionId, String decision,
                            List<String> submissionChannels, List<String> resultChannels, List<String> notificationChannels,
                            List<Document> documents, List<Fee> fees, String legalBasis, List<Step> steps) {

    /** An item of the dossier (thành phần hồ sơ). */
    public record Document(String name, String form, int originals, int copies, String note) {
    }

    /** A fee in đồng; {@code free} when the amount is zero. */
    public record Fee(String description, long amountVnd, boolean free, String legalBasis) {
    }

    /**
     * @param kind        TASK or POSTING
     * @param postingDays how long a posting step posts, null for a task
     * @param outcomes    the branches the step ends in; empty: it proceeds to the next step
     */
    public record Step(String number, String parent, String actor, String role, String content, BigDecimal days,
                       String level, boolean overridden, String kind, BigDecimal postingDays, List<Outcome> outcomes) {
    }

    /** PROCEED, RETURN, SUPPLEMENT or REFUSE, to a step number where it goes somewhere. */
    public record Outcome(String kind, String to, String label) {
    }

    static ProcedureView of(EffectiveProcedure p, long versionId, String decision) {
        return new ProcedureView(p.provinceProcedureId(), p.nationalCode(), p.name(), p.field(),
                p.handlingLevel() == null ? null : p.handlingLevel().name(), p.onlineLevel().name(), p.totalDays(),
                versionId, decision, names(p.submissionChannels()), names(p.resultChannels()), names(p.notificationChannels()),
                p.documents().stream().map(d -> new Document(d.name(), d.form(), d.originals(), d.copies(), d.note())).toList(),
                p.fees().stream().map(f -> new Fee(f.description(), f.amountVnd().longValue(), f.isFree(), f.legalBasis())).toList(),
                p.legalBasis(),
                p.steps().stream().map(ProcedureView::step).toList());
    }

    private static Step step(EffectiveStep s) {
        return new Step(s.number(), s.parentNumber(), s.actorUnit(), s.actorRole(), s.content(), s.budgetDays(),
                s.level() == null ? null : s.level().name(), s.overridden(), s.kind().name(), s.postingDays(),
                s.outcomes().stream().map(o -> new Outcome(o.kind().name(), o.targetStep(), o.label())).toList());
    }

    private static List<String> names(Set<? extends Enum<?>> channels) {
        return channels.stream().map(Enum::name).toList();
    }
}
