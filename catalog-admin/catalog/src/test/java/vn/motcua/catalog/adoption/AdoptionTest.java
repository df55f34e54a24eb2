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
import static vn.motcua.catalog.diff.Decision71.MONTHLY_ALLOWANCE;
import static vn.motcua.catalog.diff.Decision71.POOR_HOUSEHOLD;
import static vn.motcua.catalog.diff.Decision71.VISIT;

class AdoptionTest {

    private static final ProcedureKey VISIT_KEY = ProcedureKey.ofName(VISIT);
    private static final ProcedureKey ALLOWANCE_KEY = ProcedureKey.ofCode(MONTHLY_ALLOWANCE);

    private final CatalogVersion decision71 = Decision71.published();

    @Test
    void only_adopted_procedures_can_be_overridden() {
        Adoption dongHa = Adoption.only("phuong-5", List.of(ProcedureKey.ofCode(POOR_HOUSEHOLD)));

        assertThatThrownBy(() -> dongHa.withOverride(StepOverride.actor(VISIT_KEY, "2", "Công chức phường", "specialist")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"Thăm viếng mộ liệt sĩ\" is not adopted by phuong-5");
    }

    @Test
    void a_new_override_of_a_step_replaces_the_earlier_one() {
        Adoption gioLinh = Adoption.all("gio-linh")
                .withOverride(StepOverride.budget(ALLOWANCE_KEY, "4.2", new BigDecimal("4.5")))
                .withOverride(StepOverride.budget(ALLOWANCE_KEY, "4.2", new BigDecimal("4")).withActor("Chuyên viên A", null));

        assertThat(gioLinh.overrides()).singleElement().satisfies(o -> {
            assertThat(o.budgetDays()).isEqualByComparingTo("4");
            assertThat(o.actorUnit()).isEqualTo("Chuyên viên A");
        });
        assertThat(gioLinh.withoutOverride(ALLOWANCE_KEY, "4.2").overrides()).isEmpty();
    }

    @Test
    void an_override_changes_something_and_keeps_to_staff_roles_and_quarter_days() {
        assertThatThrownBy(() -> StepOverride.actor(VISIT_KEY, "2", " ", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StepOverride.actor(VISIT_KEY, "2", null, "citizen"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("citizen");
        assertThatThrownBy(() -> StepOverride.budget(VISIT_KEY, "2", new BigDecimal("1.3"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void only_steps_staff_execute_are_overridden() {
        Procedure allowance = Decision71.procedure(decision71, ALLOWANCE_KEY);
        Procedure visit = Decision71.procedure(decision71, VISIT_KEY);

        assertThatThrownBy(() -> StepOverride.budget(ALLOWANCE_KEY, "4", new BigDecimal("5")).requireFits(allowance))
                .hasMessageContaining("step 4: the step is done in sub-steps");
        assertThatThrownBy(() -> StepOverride.actor(VISIT_KEY, "0", "Bưu điện", "reception").requireFits(visit))
                .hasMessageContaining("step 0: the citizen does this step");
        assertThatThrownBy(() -> StepOverride.actor(VISIT_KEY, "9", "Bưu điện", "reception").requireFits(visit))
                .hasMessageContaining("step 9: there is no such step");
        assertThatThrownBy(() -> StepOverride.budget(VISIT_KEY, "5", new BigDecimal("0.25")).requireFits(visit))
                .hasMessageContaining("step 5: the step has no budget to shorten");
        assertThatThrownBy(() -> StepOverride.actor(ALLOWANCE_KEY, "2", "X", null).requireFits(visit))
                .hasMessageContaining("cannot be checked against");
    }

    @Test
    void a_procedure_without_a_code_is_adopted_by_its_name_whatever_its_spelling() {
        Adoption dongHa = Adoption.only("phuong-5", List.of(ProcedureKey.ofName("thăm viếng  mộ liệt sĩ")));

        assertThat(dongHa.adopts(VISIT_KEY)).isTrue();
        assertThat(dongHa.validateAgainst(decision71)).isEmpty();
    }
}
