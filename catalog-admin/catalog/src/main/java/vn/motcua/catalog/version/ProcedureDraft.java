package vn.motcua.catalog.version;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A procedure as an admin edits it, before it is applied to a draft version. Validated with the
 * same rules as a version ({@link CatalogValidation#check(ProcedureDraft)}), so a form can show
 * errors while the admin types. Its Bean Validation constraints are the sizes of the columns it is
 * stored in (procedure_def, step_definition, procedure_document, procedure_fee) and the longest budget
 * ({@link Budget#MAX_DAYS}); the API checks them on every request.
 *
 * @param submissionChannels   how a dossier may be submitted; empty when the decision does not say
 * @param resultChannels       how the result may be delivered; empty when the decision does not say
 * @param notificationChannels how the citizen may be told about the dossier
 * @param documents            the dossier's items, in the decision's order
 * @param legalBasis           căn cứ pháp lý: the laws and decrees the procedure rests on, as text
 */
public record ProcedureDraft(@Size(max = 40) String nationalCode,
                             @NotBlank @Size(max = 500) String name,
                             @Size(max = 200) String field,
                             AdministrativeLevel handlingLevel,
                             @NotNull OnlineLevel onlineLevel,
                             @NotNull @DecimalMin("0") @DecimalMax(Budget.MAX_DAYS) BigDecimal totalDays,
                             @Valid List<Step> steps,
                             Set<Channel> submissionChannels, Set<Channel> resultChannels,
                             Set<NotificationChannel> notificationChannels,
                             @Valid List<RequiredDocument> documents,
                             @Valid List<Fee> fees,
                             @Size(max = 4000) String legalBasis) {

    // the shorter constructors below are for code; JSON-B (the catalog API's request bodies) needs to be told which one
    @JsonbCreator
    public ProcedureDraft {
        steps = steps == null ? List.of() : List.copyOf(steps);
        submissionChannels = Channels.copy(submissionChannels, Channel.class);
        resultChannels = Channels.copy(resultChannels, Channel.class);
        notificationChannels = Channels.copy(notificationChannels, NotificationChannel.class);
        documents = documents == null ? List.of() : List.copyOf(documents);
        fees = fees == null ? List.of() : List.copyOf(fees);
    }

    /** A procedure with steps only: no channels, documents, fees or legal basis stated. */
    public ProcedureDraft(String nationalCode, String name, String field, AdministrativeLevel handlingLevel,
                          OnlineLevel onlineLevel, BigDecimal totalDays, List<Step> steps) {
        this(nationalCode, name, field, handlingLevel, onlineLevel, totalDays, steps, Set.of(), Set.of(), Set.of(),
                List.of(), List.of(), null);
    }

    /** The same procedure with other steps. */
    /**
     * The working days the steps add up to, which the procedure's total must equal
     * ({@link CatalogValidation}'s {@code TOTAL_MISMATCH}): the top-level steps' budgets, sub-steps
     * dividing their step's; a step without a budget adds nothing.
     */
    public BigDecimal stepsDays() {
        return steps.stream()
                .filter(s -> s.parentNumber() == null && s.budgetDays() != null)
                .map(Step::budgetDays)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public ProcedureDraft withSteps(List<Step> newSteps) {
        return new ProcedureDraft(nationalCode, name, field, handlingLevel, onlineLevel, totalDays, newSteps,
                submissionChannels, resultChannels, notificationChannels, documents, fees, legalBasis);
    }

    /** The same procedure with another total. */
    public ProcedureDraft withTotalDays(BigDecimal days) {
        return new ProcedureDraft(nationalCode, name, field, handlingLevel, onlineLevel, days, steps,
                submissionChannels, resultChannels, notificationChannels, documents, fees, legalBasis);
    }

    /** The same procedure under another national code. */
    public ProcedureDraft withNationalCode(String code) {
        return new ProcedureDraft(code, name, field, handlingLevel, onlineLevel, totalDays, steps,
                submissionChannels, resultChannels, notificationChannels, documents, fees, legalBasis);
    }

    /**
     * @param kind        TASK when null
     * @param postingDays how long a POSTING step posts, in working days; ignored for a TASK
     * @param outcomes    the ways the step can end; empty: it proceeds to the next step
     */
    public record Step(@NotBlank @Size(max = 16) String number,
                       @Size(max = 16) String parentNumber,
                       @Size(max = 500) String actorUnit,
                       @Size(max = 32) String actorRole,
                       @Size(max = 2000) String content,
                       @DecimalMin("0") @DecimalMax(Budget.MAX_DAYS) BigDecimal budgetDays,
                       AdministrativeLevel level, StepKind kind,
                       @DecimalMin("0") @DecimalMax(Budget.MAX_DAYS) BigDecimal postingDays,
                       @Valid @Size(max = StepOutcomes.MAX) List<StepOutcome> outcomes) {

        @JsonbCreator
        public Step {
            kind = kind == null ? StepKind.TASK : kind;
            postingDays = kind == StepKind.POSTING ? postingDays : null;
            outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        }

        /** A plain task step with no outcomes. */
        public Step(String number, String parentNumber, String actorUnit, String actorRole, String content,
                    BigDecimal budgetDays, AdministrativeLevel level) {
            this(number, parentNumber, actorUnit, actorRole, content, budgetDays, level, StepKind.TASK, null, List.of());
        }

        public boolean isPosting() {
            return kind == StepKind.POSTING;
        }

        public Step withBudgetDays(BigDecimal days) {
            return new Step(number, parentNumber, actorUnit, actorRole, content, days, level, kind, postingDays, outcomes);
        }

        public Step withActor(String unit, String role) {
            return new Step(number, parentNumber, unit, role, content, budgetDays, level, kind, postingDays, outcomes);
        }
    }
}
