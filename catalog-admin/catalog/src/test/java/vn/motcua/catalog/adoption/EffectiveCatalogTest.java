package vn.motcua.catalog.adoption;

import org.junit.jupiter.api.Test;
import vn.motcua.catalog.diff.Decision71;
import vn.motcua.catalog.diff.ProcedureKey;
import vn.motcua.catalog.version.CatalogVersion;
import vn.motcua.catalog.version.Procedure;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.motcua.catalog.diff.Decision71.FUNERAL_SUPPORT;
import static vn.motcua.catalog.diff.Decision71.MONTHLY_ALLOWANCE;
import static vn.motcua.catalog.diff.Decision71.POOR_HOUSEHOLD;
import static vn.motcua.catalog.diff.Decision71.VISIT;

class EffectiveCatalogTest {

    private static final ProcedureKey VISIT_KEY = ProcedureKey.ofName(VISIT);
    private static final ProcedureKey ALLOWANCE_KEY = ProcedureKey.ofCode(MONTHLY_ALLOWANCE);

    private final CatalogVersion decision71 = Decision71.published();

    @Test
    void a_district_adopting_everything_offers_the_province_catalog_as_is() {
        EffectiveCatalog gioLinh = EffectiveCatalog.compute(decision71, Adoption.all("gio-linh"));

        assertThat(gioLinh.tenantId()).isEqualTo("gio-linh");
        assertThat(gioLinh.procedures()).extracting(p -> p.totalDays().toPlainString()).containsExactly("3", "22", "5", "15", "15");
        assertThat(gioLinh.conflicts()).isEmpty();
        assertThat(gioLinh.missingProcedures()).isEmpty();
        for (Procedure province : decision71.procedures()) {
            EffectiveProcedure local = gioLinh.procedure(ProcedureKey.of(province)).orElseThrow();
            assertThat(local.name()).isEqualTo(province.name());
            assertThat(local.onlineLevel()).isEqualTo(province.onlineLevel());
            assertThat(local.steps()).extracting(EffectiveStep::number, EffectiveStep::actorUnit, EffectiveStep::budgetDays,
                            EffectiveStep::overridden)
                    .containsExactlyElementsOf(province.steps().stream()
                            .map(s -> tuple(s.number(), s.actorUnit(), s.budgetDays(), false)).toList());
            assertThat(local.executableSteps()).extracting(EffectiveStep::number)
                    .containsExactlyElementsOf(province.executableSteps().stream().map(s -> s.number()).toList());
        }
    }

    @Test
    void a_commune_adopting_two_procedures_offers_those_two() {
        Adoption dongHa = Adoption.only("phuong-5", List.of(ProcedureKey.ofCode(POOR_HOUSEHOLD), VISIT_KEY));

        EffectiveCatalog effective = EffectiveCatalog.compute(decision71, dongHa);

        assertThat(effective.procedures()).extracting(EffectiveProcedure::key)
                .containsExactly(VISIT_KEY, ProcedureKey.ofCode(POOR_HOUSEHOLD));
        assertThat(effective.procedure(ALLOWANCE_KEY)).isEmpty();
    }

    @Test
    void a_district_gives_a_step_to_its_own_unit() {
        Adoption gioLinh = Adoption.all("gio-linh")
                .withOverride(StepOverride.actor(VISIT_KEY, "2", "Chuyên viên Phòng Nội vụ - LĐTBXH huyện Gio Linh", "specialist"));

        EffectiveProcedure visit = EffectiveCatalog.compute(decision71, gioLinh).procedure(VISIT_KEY).orElseThrow();

        assertThat(visit.step("2").orElseThrow()).satisfies(step -> {
            assertThat(step.actorUnit()).isEqualTo("Chuyên viên Phòng Nội vụ - LĐTBXH huyện Gio Linh");
            assertThat(step.actorRole()).isEqualTo("specialist");
            assertThat(step.budgetDays()).isEqualByComparingTo("1.5");
            assertThat(step.overridden()).isTrue();
        });
        assertThat(visit.step("3").orElseThrow().actorUnit()).isEqualTo("Lãnh đạo phòng LĐTBXH");
        assertThat(visit.totalDays()).isEqualByComparingTo("3");
    }

    @Test
    void shortening_a_sub_step_shortens_its_step_and_the_total() {
        Adoption gioLinh = Adoption.all("gio-linh").withOverride(StepOverride.budget(ALLOWANCE_KEY, "4.2", new BigDecimal("4")));

        EffectiveProcedure allowance = EffectiveCatalog.compute(decision71, gioLinh).procedure(ALLOWANCE_KEY).orElseThrow();

        assertThat(allowance.step("4.2").orElseThrow().budgetDays()).isEqualByComparingTo("4");
        assertThat(allowance.step("4").orElseThrow().budgetDays()).isEqualByComparingTo("5");
        assertThat(allowance.step("4").orElseThrow().overridden()).isFalse();
        assertThat(allowance.step("5").orElseThrow().budgetDays()).isEqualByComparingTo("3");
        assertThat(allowance.totalDays()).isEqualByComparingTo("21");
        assertThat(gioLinh.validateAgainst(decision71)).isEmpty();
    }

    @Test
    void an_override_that_would_lengthen_a_step_is_refused() {
        Procedure allowance = Decision71.procedure(decision71, ALLOWANCE_KEY);
        StepOverride longer = StepOverride.budget(ALLOWANCE_KEY, "4.2", new BigDecimal("6"));
        StepOverride asLong = StepOverride.budget(ALLOWANCE_KEY, "4.2", new BigDecimal("5"));

        assertThatThrownBy(() -> longer.requireFits(allowance))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("procedure \"" + allowance.name() + "\", step 4.2: a budget of 6 working days is not shorter than"
                        + " the province's 5; an adopter may only shorten it");
        assertThatThrownBy(() -> asLong.requireFits(allowance))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(StepOverride.budget(ALLOWANCE_KEY, "4.2", new BigDecimal("4.75")).requireFits(allowance)).isNotNull();

        Adoption loosening = Adoption.all("gio-linh").withOverride(longer);
        assertThat(loosening.validateAgainst(decision71)).extracting(AdoptionProblem::kind, AdoptionProblem::procedure, AdoptionProblem::step)
                .containsExactly(tuple(AdoptionProblem.Kind.BUDGET_NOT_SHORTER, ALLOWANCE_KEY, "4.2"));
        EffectiveProcedure effective = EffectiveCatalog.compute(decision71, loosening).procedure(ALLOWANCE_KEY).orElseThrow();
        assertThat(effective.step("4.2").orElseThrow().budgetDays()).isEqualByComparingTo("5");
        assertThat(effective.totalDays()).isEqualByComparingTo("22");
    }

    @Test
    void after_a_province_correction_the_province_wins_and_the_conflicts_are_listed() {
        Adoption gioLinh = Adoption.all("gio-linh")
                .withOverride(StepOverride.budget(VISIT_KEY, "2", new BigDecimal("1.25")))
                .withOverride(StepOverride.actor(VISIT_KEY, "3", "Phó Trưởng phòng LĐTBXH huyện Gio Linh", "leader"))
                .withOverride(StepOverride.budget(ALLOWANCE_KEY, "4.2", new BigDecimal("4")))
                .withOverride(StepOverride.actor(ALLOWANCE_KEY, "4.3", "Trưởng phòng LĐTBXH huyện Gio Linh", "leader"));
        assertThat(gioLinh.validateAgainst(decision71)).isEmpty();
        CatalogVersion corrected = Decision71.correcting(decision71, VISIT_KEY, Decision71.budget("2", "1"));
        corrected = Decision71.correcting(corrected, ALLOWANCE_KEY, Decision71.withoutStep("4.3"));

        EffectiveCatalog effective = EffectiveCatalog.compute(corrected, gioLinh);

        EffectiveProcedure visit = effective.procedure(VISIT_KEY).orElseThrow();
        assertThat(visit.step("2").orElseThrow().budgetDays()).isEqualByComparingTo("1");
        assertThat(visit.step("2").orElseThrow().overridden()).isFalse();
        assertThat(visit.step("3").orElseThrow().actorUnit()).isEqualTo("Phó Trưởng phòng LĐTBXH huyện Gio Linh");
        assertThat(visit.totalDays()).isEqualByComparingTo("2.5");
        EffectiveProcedure allowance = effective.procedure(ALLOWANCE_KEY).orElseThrow();
        assertThat(allowance.step("4.3")).isEmpty();
        assertThat(allowance.step("4").orElseThrow().budgetDays()).isEqualByComparingTo("4.5");
        assertThat(allowance.totalDays()).isEqualByComparingTo("20.5");
        assertThat(effective.conflicts()).extracting(OverrideConflict::procedure, OverrideConflict::step, OverrideConflict::reason)
                .containsExactly(
                        tuple(VISIT_KEY, "2", AdoptionProblem.Kind.BUDGET_NOT_SHORTER),
                        tuple(ALLOWANCE_KEY, "4.3", AdoptionProblem.Kind.STEP_MISSING));
        assertThat(effective.conflicts().get(0).message())
                .isEqualTo("procedure \"Thăm viếng mộ liệt sĩ\", step 2: a budget of 1.25 working days is not shorter than"
                        + " the province's 1; an adopter may only shorten it");
        assertThat(gioLinh.validateAgainst(corrected)).extracting(AdoptionProblem::message)
                .containsExactly(effective.conflicts().get(0).message(), effective.conflicts().get(1).message());
    }

    @Test
    void a_procedure_the_province_drops_is_reported_with_its_overrides() {
        Adoption dongHa = Adoption.only("phuong-5", List.of(ProcedureKey.ofCode(FUNERAL_SUPPORT), VISIT_KEY))
                .withOverride(StepOverride.budget(ProcedureKey.ofCode(FUNERAL_SUPPORT), "6", new BigDecimal("0.25")));
        CatalogVersion next = decision71.newDraft("correction");
        next.removeProcedure(Decision71.procedure(next, ProcedureKey.ofCode(FUNERAL_SUPPORT)));

        EffectiveCatalog effective = EffectiveCatalog.compute(next, dongHa);

        assertThat(effective.procedures()).extracting(EffectiveProcedure::key).containsExactly(VISIT_KEY);
        assertThat(effective.missingProcedures()).containsExactly(ProcedureKey.ofCode(FUNERAL_SUPPORT));
        assertThat(effective.conflicts()).extracting(OverrideConflict::reason).containsExactly(AdoptionProblem.Kind.PROCEDURE_MISSING);
        assertThat(dongHa.validateAgainst(next)).extracting(AdoptionProblem::kind, AdoptionProblem::step).containsExactly(
                tuple(AdoptionProblem.Kind.PROCEDURE_MISSING, null), tuple(AdoptionProblem.Kind.PROCEDURE_MISSING, "6"));
    }
}
