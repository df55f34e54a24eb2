package vn.motcua.catalog.adoption;

import org.junit.jupiter.api.Test;
import vn.motcua.catalog.diff.Decision71;
import vn.motcua.catalog.diff.ProcedureKey;
import vn.motcua.catalog.version.CatalogVersion;
import vn.motcua.catalog.version.Channel;
import vn.motcua.catalog.version.OutcomeKind;
import vn.motcua.catalog.version.StepKind;
import vn.motcua.catalog.version.StepOutcome;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.catalog.diff.Decision71.MONTHLY_ALLOWANCE;
import static vn.motcua.catalog.diff.Decision71.POOR_HOUSEHOLD;

/** What an adopter offers carries the province's channels, postings and outcomes, which it cannot change. */
class FullModelAdoptionTest {

    private static final ProcedureKey ALLOWANCE = ProcedureKey.ofCode(MONTHLY_ALLOWANCE);
    private static final ProcedureKey POVERTY = ProcedureKey.ofCode(POOR_HOUSEHOLD);

    private final CatalogVersion decision71 = Decision71.published();

    @Test
    void the_effective_procedure_carries_the_provinces_channels_posting_and_outcomes() {
        EffectiveProcedure allowance = EffectiveCatalog.compute(decision71, Adoption.all("hai-que"))
                .procedure(ALLOWANCE).orElseThrow();

        assertThat(allowance.submissionChannels()).containsExactly(Channel.ONLINE, Channel.IN_PERSON, Channel.POSTAL);
        EffectiveStep posting = allowance.step("2").orElseThrow();
        assertThat(posting.kind()).isEqualTo(StepKind.POSTING);
        assertThat(posting.postingDays()).isEqualByComparingTo("2");
        assertThat(allowance.step("4.2").orElseThrow().outcomes()).extracting(StepOutcome::kind, StepOutcome::targetStep)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(OutcomeKind.PROCEED, null),
                        org.assertj.core.groups.Tuple.tuple(OutcomeKind.RETURN, "6.3"));
    }

    @Test
    void an_adopter_cannot_shorten_a_posting_step_below_its_posting() {
        StepOverride tooShort = StepOverride.budget(POVERTY, "2", new BigDecimal("2.75"));
        StepOverride shorter = StepOverride.budget(POVERTY, "2", new BigDecimal("10"));

        assertThatThrownBy(() -> tooShort.requireFits(Decision71.procedure(decision71, POVERTY)))
                .hasMessageContaining("step 2: the step posts publicly for 3 working days, longer than 2.75");
        EffectiveCatalog local = EffectiveCatalog.compute(decision71, Adoption.all("hai-que").withOverride(tooShort));
        assertThat(local.conflicts()).extracting(OverrideConflict::reason).containsExactly(AdoptionProblem.Kind.BUDGET_SHORTER_THAN_POSTING);
        assertThat(EffectiveCatalog.compute(decision71, Adoption.all("hai-que").withOverride(shorter))
                .procedure(POVERTY).orElseThrow().totalDays()).isEqualByComparingTo("12.5");
    }
}
