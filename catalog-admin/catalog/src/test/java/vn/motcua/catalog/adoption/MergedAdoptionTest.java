package vn.motcua.catalog.adoption;

import org.junit.jupiter.api.Test;
import vn.motcua.catalog.diff.ProcedureKey;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.catalog.diff.Decision71.MONTHLY_ALLOWANCE;
import static vn.motcua.catalog.diff.Decision71.POOR_HOUSEHOLD;
import static vn.motcua.catalog.diff.Decision71.VISIT;

class MergedAdoptionTest {

    private static final ProcedureKey VISIT_KEY = ProcedureKey.ofName(VISIT);
    private static final ProcedureKey ALLOWANCE_KEY = ProcedureKey.ofCode(MONTHLY_ALLOWANCE);
    private static final ProcedureKey POOR_KEY = ProcedureKey.ofCode(POOR_HOUSEHOLD);
    private static final StepOverride LOCAL_ACTOR = StepOverride.actor(VISIT_KEY, "2", "Công chức Văn hóa - xã hội", "specialist");

    @Test
    void a_new_unit_adopts_the_union_of_what_the_merged_units_adopted() {
        var a = unit("xa-a", Adoption.only("xa-a", List.of(VISIT_KEY)));
        var b = unit("xa-b", Adoption.only("xa-b", List.of(ALLOWANCE_KEY, VISIT_KEY)));

        MergedAdoption.Result r = MergedAdoption.intoNew("xa-ab", List.of(a, b));

        assertThat(r.adoption().tenantId()).isEqualTo("xa-ab");
        assertThat(r.adoption().adoptsAll()).isFalse();
        assertThat(r.adoption().procedures()).containsExactly(VISIT_KEY, ALLOWANCE_KEY);
        assertThat(r.added()).containsExactly(VISIT_KEY, ALLOWANCE_KEY);
        assertThat(r.adoptsAllFrom()).isEmpty();
    }

    @Test
    void a_merged_unit_that_adopted_everything_makes_the_new_unit_adopt_everything() {
        var a = unit("xa-a", Adoption.only("xa-a", List.of(VISIT_KEY)));
        var b = unit("xa-b", Adoption.all("xa-b"));

        MergedAdoption.Result r = MergedAdoption.intoNew("xa-ab", List.of(a, b));

        assertThat(r.adoption().adoptsAll()).isTrue();
        assertThat(r.adoption().procedures()).isEmpty();
        assertThat(r.adoptsAllFrom()).containsExactly("Xã xa-b");
    }

    @Test
    void a_step_setting_is_kept_when_every_unit_offering_the_procedure_agrees_and_dropped_and_listed_otherwise() {
        StepOverride shorter = StepOverride.budget(ALLOWANCE_KEY, "4.2", new BigDecimal("4"));
        var a = unit("xa-a", Adoption.only("xa-a", List.of(VISIT_KEY, ALLOWANCE_KEY)).withOverride(LOCAL_ACTOR).withOverride(shorter));
        var b = unit("xa-b", Adoption.only("xa-b", List.of(VISIT_KEY, POOR_KEY)).withOverride(LOCAL_ACTOR));
        // c offers the allowance with the province's step 4.2: a's shorter budget is no longer agreed
        var c = unit("xa-c", Adoption.only("xa-c", List.of(ALLOWANCE_KEY)));

        MergedAdoption.Result r = MergedAdoption.intoNew("xa-abc", List.of(a, b, c));

        assertThat(r.kept()).containsExactly(LOCAL_ACTOR);
        assertThat(r.adoption().overrides()).containsExactly(LOCAL_ACTOR);
        assertThat(r.dropped()).singleElement().satisfies(d -> {
            assertThat(d.procedure()).isEqualTo(ALLOWANCE_KEY);
            assertThat(d.step()).isEqualTo("4.2");
            assertThat(d.byUnit()).containsExactly(
                    java.util.Map.entry("Xã xa-a", Optional.of(shorter)), java.util.Map.entry("Xã xa-c", Optional.empty()));
        });
    }

    @Test
    void two_different_settings_of_the_same_step_are_both_dropped() {
        var a = unit("xa-a", Adoption.only("xa-a", List.of(VISIT_KEY)).withOverride(LOCAL_ACTOR));
        var b = unit("xa-b", Adoption.only("xa-b", List.of(VISIT_KEY)).withOverride(LOCAL_ACTOR.withActor("Công chức Tư pháp", null)));

        MergedAdoption.Result r = MergedAdoption.intoNew("xa-ab", List.of(a, b));

        assertThat(r.adoption().overrides()).isEmpty();
        assertThat(r.kept()).isEmpty();
        assertThat(r.dropped()).extracting(MergedAdoption.Disagreement::step).containsExactly("2");
    }

    @Test
    void merged_into_one_of_them_it_keeps_its_own_setup_and_gains_the_others_procedures() {
        StepOverride othersActor = LOCAL_ACTOR.withActor("Công chức Tư pháp", null);
        StepOverride poorStep = StepOverride.actor(POOR_KEY, "1", "Bộ phận một cửa xã B", null);
        var successor = unit("xa-a", Adoption.only("xa-a", List.of(VISIT_KEY)).withOverride(LOCAL_ACTOR));
        var b = unit("xa-b", Adoption.only("xa-b", List.of(VISIT_KEY, POOR_KEY)).withOverride(othersActor).withOverride(poorStep));

        MergedAdoption.Result r = MergedAdoption.intoExisting(successor, List.of(b));

        assertThat(r.adoption().tenantId()).isEqualTo("xa-a");
        assertThat(r.adoption().procedures()).containsExactly(VISIT_KEY, POOR_KEY);
        assertThat(r.added()).containsExactly(POOR_KEY);
        // its own setting of step 2 stays; b's different one is listed, b's setting of the procedure it brings is kept
        assertThat(r.adoption().overrides()).containsExactly(LOCAL_ACTOR, poorStep);
        assertThat(r.kept()).containsExactly(poorStep);
        assertThat(r.dropped()).singleElement().satisfies(d -> assertThat(d.byUnit()).containsExactly(
                java.util.Map.entry("Xã xa-a", Optional.of(LOCAL_ACTOR)), java.util.Map.entry("Xã xa-b", Optional.of(othersActor))));
    }

    @Test
    void merged_into_one_that_adopts_everything_nothing_is_added() {
        var successor = unit("xa-a", Adoption.all("xa-a"));
        var b = unit("xa-b", Adoption.only("xa-b", List.of(POOR_KEY)));

        MergedAdoption.Result r = MergedAdoption.intoExisting(successor, List.of(b));

        assertThat(r.adoption()).isEqualTo(Adoption.all("xa-a"));
        assertThat(r.added()).isEmpty();
        assertThat(r.adoptsAllFrom()).isEmpty();
        assertThat(r.dropped()).isEmpty();
    }

    private static MergedAdoption.Unit unit(String id, Adoption adoption) {
        return new MergedAdoption.Unit(id, "Xã " + id, adoption);
    }
}
