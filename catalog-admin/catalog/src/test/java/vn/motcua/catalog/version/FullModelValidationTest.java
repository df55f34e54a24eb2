package vn.motcua.catalog.version;

import org.junit.jupiter.api.Test;
import vn.motcua.catalog.version.CatalogProblem.Kind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The rules of the fields beyond steps and budgets, on the monthly allowance of 71/QĐ-UBND (22 days,
 * step 2 posts for 2 days, step 4.2 returns an ineligible dossier to the commune desk at 6.3).
 */
class FullModelValidationTest {

    private final ProcedureDraft allowance = QuangTri.named(QuangTri.decision71(), "Thực hiện, điều chỉnh").toDraft();

    @Test
    void the_transcribed_posting_and_outcomes_are_valid() {
        assertThat(CatalogValidation.check(allowance)).isEmpty();
        ProcedureDraft.Step posting = step(allowance, "2");
        assertThat(posting.kind()).isEqualTo(StepKind.POSTING);
        assertThat(posting.postingDays()).isEqualByComparingTo("2");
    }

    @Test
    void a_posting_longer_than_its_step_is_reported_on_the_posting_days() {
        ProcedureDraft longer = change("2", s -> posting(s, "2.5"));

        assertThat(CatalogValidation.check(longer)).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.POSTING_EXCEEDS_BUDGET);
            assertThat(p.step()).isEqualTo("2");
            assertThat(p.attribute()).isEqualTo("postingDays");
            assertThat(p.field()).isEqualTo("steps.2.postingDays");
            assertThat(p.args()).containsExactly("2", new BigDecimal("2.5"), new BigDecimal("2"));
        });
    }

    @Test
    void poverty_recognition_posts_3_days_within_its_12_and_a_half() {
        Procedure poverty = QuangTri.named(QuangTri.decision71(), "Công nhận hộ nghèo");
        StepDefinition survey = poverty.steps().stream().filter(s -> s.number().equals("2")).findFirst().orElseThrow();

        assertThat(survey.isPosting()).isTrue();
        assertThat(survey.postingDays()).isEqualByComparingTo("3");
        assertThat(survey.budgetDays()).isEqualByComparingTo("12.5");
        assertThat(CatalogValidation.check(poverty)).isEmpty();
    }

    @Test
    void a_posting_needs_its_duration_a_budget_and_quarter_days() {
        assertThat(kinds(change("2", s -> posting(s, null)))).containsExactly(Kind.POSTING_DAYS_MISSING);
        assertThat(kinds(change("2", s -> posting(s, "0.3")))).containsExactly(Kind.POSTING_NOT_QUARTERS);
        ProcedureDraft uncounted = change("7", s -> posting(s, "1"));
        assertThat(kinds(uncounted)).containsExactly(Kind.POSTING_NOT_COUNTED);
        assertThat(kinds(change("1", s -> posting(s, "1")))).as("step 1 is done through 1.1 to 1.4")
                .containsExactly(Kind.POSTING_ON_PARENT);
    }

    @Test
    void a_return_names_an_existing_step() {
        ProcedureDraft nowhere = outcomes("4.2", new StepOutcome(OutcomeKind.RETURN, null, "Không đủ điều kiện"));
        ProcedureDraft unknown = outcomes("4.2", StepOutcome.of(OutcomeKind.PROCEED), new StepOutcome(OutcomeKind.RETURN, "9", null));
        ProcedureDraft refuseTo = outcomes("4.2", new StepOutcome(OutcomeKind.REFUSE, "6.3", null));

        assertThat(CatalogValidation.check(nowhere)).extracting(CatalogProblem::kind, CatalogProblem::field)
                .containsExactly(tuple(Kind.OUTCOME_TARGET_MISSING, "steps.4.2.outcomes.1.target"));
        assertThat(CatalogValidation.check(unknown)).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.OUTCOME_TARGET_UNKNOWN);
            assertThat(p.item()).isEqualTo(2);
            assertThat(p.args()).containsExactly("4.2", 2, "9");
        });
        assertThat(kinds(refuseTo)).containsExactly(Kind.OUTCOME_TARGET_NOT_ALLOWED);
        assertThat(kinds(outcomes("4", StepOutcome.of(OutcomeKind.PROCEED)))).containsExactly(Kind.OUTCOMES_ON_PARENT);
    }

    @Test
    void an_outcome_without_a_kind_cannot_even_be_stored() {
        ProcedureDraft kindless = outcomes("4.2", new StepOutcome(null, "6.3", "?"));

        assertThat(CatalogValidation.check(kindless)).extracting(CatalogProblem::kind, CatalogProblem::field)
                .containsExactly(tuple(Kind.OUTCOME_KIND_MISSING, "steps.4.2.outcomes.1.kind"));
    }

    @Test
    void fees_are_whole_non_negative_dong_for_something() {
        ProcedureDraft fees = terms(List.of(), List.of(
                Fee.free("Lệ phí", null),
                new Fee("Phí", new BigDecimal("-8000"), null),
                new Fee(" ", new BigDecimal("8000"), null)));
        ProcedureDraft fractional = terms(List.of(), List.of(new Fee("Phí", new BigDecimal("8000.5"), null)));
        ProcedureDraft missing = terms(List.of(), List.of(new Fee("Phí", null, null)));

        assertThat(CatalogValidation.check(fees)).extracting(CatalogProblem::kind, CatalogProblem::field).containsExactly(
                tuple(Kind.FEE_NEGATIVE, "fees.2.amount"), tuple(Kind.FEE_DESCRIPTION_MISSING, "fees.3.description"));
        assertThat(kinds(fractional)).containsExactly(Kind.FEE_NOT_WHOLE);
        assertThat(kinds(missing)).containsExactly(Kind.FEE_AMOUNT_MISSING);
    }

    @Test
    void documents_have_a_name_and_no_negative_count() {
        ProcedureDraft documents = terms(List.of(
                new RequiredDocument("Tờ khai (Mẫu số 1a)", "Nghị định 20/2021/NĐ-CP", 1, 0, null),
                new RequiredDocument("", null, 1, 0, null),
                new RequiredDocument("Giấy khai sinh", null, 0, -1, null)), List.of());

        assertThat(CatalogValidation.check(documents)).extracting(CatalogProblem::kind, CatalogProblem::field).containsExactly(
                tuple(Kind.DOCUMENT_NAME_MISSING, "documents.2.name"), tuple(Kind.DOCUMENT_COUNT_NEGATIVE, "documents.3.count"));
    }

    @Test
    void an_online_procedure_that_states_its_channels_takes_dossiers_online() {
        ProcedureDraft deskOnly = channels(Set.of(Channel.IN_PERSON, Channel.POSTAL), Set.of(Channel.IN_PERSON));
        ProcedureDraft unstated = channels(Set.of(), Set.of());

        assertThat(CatalogValidation.check(deskOnly)).extracting(CatalogProblem::kind, CatalogProblem::field).containsExactly(
                tuple(Kind.ONLINE_SUBMISSION_MISSING, "submissionChannels"), tuple(Kind.ONLINE_RESULT_MISSING, "resultChannels"));
        assertThat(CatalogValidation.check(unstated)).as("a decision that says nothing of channels").isEmpty();
    }

    private static List<Kind> kinds(ProcedureDraft draft) {
        return CatalogValidation.check(draft).stream().map(CatalogProblem::kind).toList();
    }

    private ProcedureDraft change(String number, UnaryOperator<ProcedureDraft.Step> change) {
        List<ProcedureDraft.Step> steps = new ArrayList<>();
        allowance.steps().forEach(s -> steps.add(s.number().equals(number) ? change.apply(s) : s));
        return allowance.withSteps(steps);
    }

    private ProcedureDraft outcomes(String number, StepOutcome... outcomes) {
        return change(number, s -> new ProcedureDraft.Step(s.number(), s.parentNumber(), s.actorUnit(), s.actorRole(),
                s.content(), s.budgetDays(), s.level(), s.kind(), s.postingDays(), List.of(outcomes)));
    }

    private static ProcedureDraft.Step posting(ProcedureDraft.Step s, String days) {
        return new ProcedureDraft.Step(s.number(), s.parentNumber(), s.actorUnit(), s.actorRole(), s.content(),
                s.budgetDays(), s.level(), StepKind.POSTING, days == null ? null : new BigDecimal(days), s.outcomes());
    }

    private ProcedureDraft terms(List<RequiredDocument> documents, List<Fee> fees) {
        ProcedureDraft d = allowance;
        return new ProcedureDraft(d.nationalCode(), d.name(), d.field(), d.handlingLevel(), d.onlineLevel(), d.totalDays(),
                d.steps(), d.submissionChannels(), d.resultChannels(), d.notificationChannels(), documents, fees, d.legalBasis());
    }

    private ProcedureDraft channels(Set<Channel> submission, Set<Channel> result) {
        ProcedureDraft d = allowance;
        return new ProcedureDraft(d.nationalCode(), d.name(), d.field(), d.handlingLevel(), d.onlineLevel(), d.totalDays(),
                d.steps(), submission, result, d.notificationChannels(), d.documents(), d.fees(), d.legalBasis());
    }

    private static ProcedureDraft.Step step(ProcedureDraft draft, String number) {
        return draft.steps().stream().filter(s -> s.number().equals(number)).findFirst().orElseThrow();
    }
}
