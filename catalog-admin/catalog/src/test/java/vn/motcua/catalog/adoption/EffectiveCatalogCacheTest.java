package vn.motcua.catalog.adoption;

import org.junit.jupiter.api.Test;
import vn.motcua.catalog.diff.Decision71;
import vn.motcua.catalog.diff.ProcedureKey;
import vn.motcua.catalog.version.CatalogVersion;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.catalog.diff.Decision71.FUNERAL_SUPPORT;
import static vn.motcua.catalog.diff.Decision71.VISIT;

class EffectiveCatalogCacheTest {

    private static final String PROVINCE = "quang-tri";
    private static final ProcedureKey VISIT_KEY = ProcedureKey.ofName(VISIT);

    private final CatalogVersion decision71 = Decision71.published();
    private final AtomicInteger computed = new AtomicInteger();

    @Test
    void a_repeated_read_with_the_same_version_and_adoption_row_is_answered_from_the_cache() {
        EffectiveCatalogCache cache = new EffectiveCatalogCache(1_000);
        EffectiveCatalogKey key = EffectiveCatalogKey.of("hai-lang", 7, PROVINCE, 3L, 2);

        EffectiveCatalog first = cache.get(key, () -> compute(Adoption.all("hai-lang")));
        EffectiveCatalog second = cache.get(EffectiveCatalogKey.of("hai-lang", 7, PROVINCE, 3L, 2), () -> compute(Adoption.all("hai-lang")));

        assertThat(second).isSameAs(first);
        assertThat(computed).hasValue(1);
        assertThat(cache.hits()).isEqualTo(1);
    }

    @Test
    void a_new_version_in_effect_or_a_changed_adoption_is_computed_afresh_and_replaces_the_tenants_entry() {
        EffectiveCatalogCache cache = new EffectiveCatalogCache(1_000);
        Adoption subset = Adoption.only("hai-lang", List.of(VISIT_KEY));
        cache.get(EffectiveCatalogKey.of("hai-lang", 7, PROVINCE, 3L, 2), () -> compute(Adoption.all("hai-lang")));

        // the province published a correction that took effect
        EffectiveCatalog corrected = cache.get(EffectiveCatalogKey.of("hai-lang", 8, PROVINCE, 3L, 2), () -> compute(Adoption.all("hai-lang")));
        // the district changed its adoption: the row's version moved
        EffectiveCatalog changed = cache.get(EffectiveCatalogKey.of("hai-lang", 8, PROVINCE, 3L, 3), () -> compute(subset));

        assertThat(computed).hasValue(3);
        assertThat(changed.procedures()).singleElement().satisfies(p -> assertThat(p.name()).isEqualTo(VISIT));
        assertThat(corrected.procedures()).hasSize(5);
        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.procedures()).isEqualTo(1);
        // the older keys are gone, not merely shadowed
        assertThat(cache.cached(EffectiveCatalogKey.of("hai-lang", 8, PROVINCE, 3L, 2))).isEmpty();
        assertThat(cache.cached(EffectiveCatalogKey.of("hai-lang", 8, PROVINCE, 3L, 3))).contains(changed);
    }

    @Test
    void a_first_stored_adoption_differs_from_adopting_all_by_default() {
        assertThat(EffectiveCatalogKey.of("hai-que", 7, PROVINCE, null, 0))
                .isNotEqualTo(EffectiveCatalogKey.of("hai-que", 7, PROVINCE, 12L, 1));
        // a row deleted and stored again is another row, even at the same version number
        assertThat(EffectiveCatalogKey.of("hai-que", 7, PROVINCE, 12L, 1))
                .isNotEqualTo(EffectiveCatalogKey.of("hai-que", 7, PROVINCE, 13L, 1));
    }

    @Test
    void a_tenants_own_catalog_does_not_depend_on_what_it_once_adopted() {
        assertThat(EffectiveCatalogKey.of("phuong-5", 9, "phuong-5", 4L, 6))
                .isEqualTo(EffectiveCatalogKey.of("phuong-5", 9, "phuong-5", 4L, 7))
                .isEqualTo(EffectiveCatalogKey.of("phuong-5", 9, "phuong-5", null, 0));
        assertThat(EffectiveCatalogKey.of("phuong-5", 9, "phuong-5", 4L, 6))
                .isNotEqualTo(EffectiveCatalogKey.of("phuong-5", 10, "phuong-5", 4L, 6));
    }

    @Test
    void the_least_recently_read_tenants_are_evicted_when_the_procedures_held_exceed_the_bound() {
        EffectiveCatalogCache cache = new EffectiveCatalogCache(12);
        EffectiveCatalogKey a = EffectiveCatalogKey.of("a", 7, PROVINCE, null, 0);
        EffectiveCatalogKey b = EffectiveCatalogKey.of("b", 7, PROVINCE, null, 0);
        EffectiveCatalogKey c = EffectiveCatalogKey.of("c", 7, PROVINCE, null, 0);
        cache.get(a, () -> compute(Adoption.all("a")));
        cache.get(b, () -> compute(Adoption.all("b")));
        cache.get(a, () -> compute(Adoption.all("a")));
        cache.get(c, () -> compute(Adoption.all("c")));

        assertThat(cache.procedures()).isEqualTo(10);
        assertThat(cache.cached(b)).isEmpty();
        assertThat(cache.cached(a)).isPresent();
        assertThat(cache.cached(c)).isPresent();
    }

    @Test
    void a_catalog_larger_than_the_whole_bound_is_returned_but_not_kept() {
        EffectiveCatalogCache cache = new EffectiveCatalogCache(4);
        EffectiveCatalogKey a = EffectiveCatalogKey.of("a", 7, PROVINCE, null, 0);

        assertThat(cache.get(a, () -> compute(Adoption.all("a"))).procedures()).hasSize(5);
        assertThat(cache.size()).isZero();
        assertThat(cache.procedures()).isZero();
    }

    @Test
    void an_entry_is_kept_only_under_its_own_tenant() {
        EffectiveCatalogCache cache = new EffectiveCatalogCache(100);
        assertThatThrownBy(() -> cache.put(EffectiveCatalogKey.of("b", 7, PROVINCE, null, 0), compute(Adoption.all("a"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void one_procedures_live_total_applies_only_the_overrides_that_fit() {
        ProcedureKey funeral = ProcedureKey.ofCode(FUNERAL_SUPPORT);
        var procedure = Decision71.procedure(decision71, funeral);
        String step = procedure.executableSteps().stream().filter(s -> s.isCounted() && s.budgetQuarters() > 1)
                .findFirst().orElseThrow().number();
        BigDecimal province = procedure.steps().stream().filter(s -> s.number().equals(step)).findFirst().orElseThrow().budgetDays();
        StepOverride shorter = StepOverride.budget(funeral, step, province.subtract(new BigDecimal("0.25")));
        StepOverride longer = StepOverride.budget(funeral, step, province.add(BigDecimal.ONE));

        assertThat(EffectiveCatalog.procedure(procedure, List.of(shorter)).totalDays())
                .isEqualByComparingTo(procedure.totalDays().subtract(new BigDecimal("0.25")));
        assertThat(EffectiveCatalog.procedure(procedure, List.of(longer)).totalDays()).isEqualByComparingTo(procedure.totalDays());
        assertThat(Adoption.all("hai-lang").withOverride(longer).problemsWith(procedure))
                .singleElement().satisfies(p -> assertThat(p.kind()).isEqualTo(AdoptionProblem.Kind.BUDGET_NOT_SHORTER));
    }

    @Test
    void saving_again_drops_what_the_version_no_longer_has_and_keeps_budgets_for_the_admin_to_fix() {
        ProcedureKey gone = ProcedureKey.ofName("Thủ tục đã bãi bỏ");
        ProcedureKey funeral = ProcedureKey.ofCode(FUNERAL_SUPPORT);
        var procedure = Decision71.procedure(decision71, funeral);
        String step = procedure.executableSteps().stream().filter(s -> s.isCounted()).findFirst().orElseThrow().number();
        Adoption adoption = Adoption.only("hai-lang", List.of(VISIT_KEY, gone, funeral))
                .withOverride(StepOverride.actor(gone, "1", "Công chức xã", null))
                .withOverride(StepOverride.actor(funeral, "99", "Công chức xã", null))
                .withOverride(new StepOverride(funeral, step, null, null, 10_000));

        Adoption kept = adoption.withoutStale(adoption.validateAgainst(decision71));

        assertThat(kept.procedures()).containsExactly(VISIT_KEY, funeral);
        assertThat(kept.overrides()).extracting(StepOverride::step).containsExactly(step);
        assertThat(kept.validateAgainst(decision71)).singleElement()
                .satisfies(p -> assertThat(p.kind()).isEqualTo(AdoptionProblem.Kind.BUDGET_NOT_SHORTER));
    }

    @Test
    void fitting_drops_what_the_version_no_longer_has_and_refuses_only_a_budget_that_does_not_fit() {
        ProcedureKey gone = ProcedureKey.ofName("Thủ tục đã bãi bỏ");
        ProcedureKey funeral = ProcedureKey.ofCode(FUNERAL_SUPPORT);
        var procedure = Decision71.procedure(decision71, funeral);
        String step = procedure.executableSteps().stream().filter(s -> s.isCounted()).findFirst().orElseThrow().number();
        Adoption stale = Adoption.only("hai-lang", List.of(VISIT_KEY, gone, funeral))
                .withOverride(StepOverride.actor(gone, "1", "Công chức xã", null))
                .withOverride(StepOverride.actor(funeral, "99", "Công chức xã", null));

        Adoption.Fitted fitted = stale.fitTo(decision71);
        Adoption.Fitted tooLong = stale.withOverride(new StepOverride(funeral, step, null, null, 10_000)).fitTo(decision71);

        assertThat(fitted.problems()).isEmpty();
        assertThat(fitted.adoption().procedures()).containsExactly(VISIT_KEY, funeral);
        assertThat(fitted.adoption().overrides()).isEmpty();
        assertThat(tooLong.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(AdoptionProblem.Kind.BUDGET_NOT_SHORTER);
            assertThat(p.field()).isEqualTo(FUNERAL_SUPPORT + " step " + step);
            assertThat(p.messageKey()).isEqualTo("adoption.problem.BUDGET_NOT_SHORTER");
            assertThat(p.args()).singleElement().isInstanceOf(BigDecimal.class);
        });
    }

    private EffectiveCatalog compute(Adoption adoption) {
        computed.incrementAndGet();
        return EffectiveCatalog.compute(decision71, adoption);
    }
}
