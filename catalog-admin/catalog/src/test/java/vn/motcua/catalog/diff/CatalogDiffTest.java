package vn.motcua.catalog.diff;

import org.junit.jupiter.api.Test;
import vn.motcua.catalog.version.AdministrativeLevel;
import vn.motcua.catalog.version.CatalogVersion;
import vn.motcua.catalog.version.OnlineLevel;
import vn.motcua.catalog.version.Procedure;
import vn.motcua.catalog.version.ProcedureDraft;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.motcua.catalog.diff.Decision71.FUNERAL_SUPPORT;
import static vn.motcua.catalog.diff.Decision71.MONTHLY_ALLOWANCE;
import static vn.motcua.catalog.diff.Decision71.VISIT;

class CatalogDiffTest {

    private final CatalogVersion decision71 = Decision71.published();

    @Test
    void identical_versions_differ_in_nothing() {
        CatalogDiff same = CatalogDiff.between(decision71, Decision71.published());
        CatalogDiff amendmentNotYetEdited = CatalogDiff.between(decision71, decision71.newDraft("draft"));

        assertThat(same.isEmpty()).isTrue();
        assertThat(amendmentNotYetEdited.isEmpty()).isTrue();
        assertThat(same.render()).isEqualTo("no changes");
    }

    @Test
    void a_corrected_budget_shows_on_the_sub_step_its_step_and_the_total() {
        CatalogVersion corrected = Decision71.correcting(decision71, ProcedureKey.ofCode(MONTHLY_ALLOWANCE), Decision71.budget("4.2", "4.5"));

        CatalogDiff diff = CatalogDiff.between(decision71, corrected);

        assertThat(diff.added()).isEmpty();
        assertThat(diff.removed()).isEmpty();
        ProcedureChange change = diff.changed().get(0);
        assertThat(diff.changed()).hasSize(1);
        assertThat(change.key()).isEqualTo(ProcedureKey.ofCode(MONTHLY_ALLOWANCE));
        assertThat(change.attributes()).containsExactly(new AttributeChange(Attribute.TOTAL_DAYS, "22", "21.5"));
        assertThat(change.steps()).extracting(StepChange::number, StepChange::kind, StepChange::attributes).containsExactly(
                tuple("4", StepChange.Kind.CHANGED, List.of(new AttributeChange(Attribute.BUDGET, "6", "5.5"))),
                tuple("4.2", StepChange.Kind.CHANGED, List.of(new AttributeChange(Attribute.BUDGET, "5", "4.5"))));
        assertThat(diff.render()).isEqualTo("""
                changed "Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng, hỗ trợ kinh phí chăm sóc, \
                nuôi dưỡng hàng tháng" (1.001776.000.00.00.H50):
                  total days 22 → 21.5
                  step 4 budget 6 → 5.5
                  step 4.2 budget 5 → 4.5""");
    }

    @Test
    void an_added_and_a_removed_procedure() {
        CatalogVersion next = decision71.newDraft("draft");
        next.removeProcedure(Decision71.procedure(next, ProcedureKey.ofCode(FUNERAL_SUPPORT)));
        Procedure emergency = next.addProcedure("1.001758.000.00.00.H50", "Trợ giúp xã hội khẩn cấp về hỗ trợ làm nhà ở",
                "Lao động, Thương binh và Xã hội", AdministrativeLevel.COMMUNE, OnlineLevel.PARTIAL, new BigDecimal("1"));
        emergency.addStep("1", null, "Công chức LĐTBXH", "specialist", "Appraise and decide", new BigDecimal("1"), null);

        CatalogDiff diff = CatalogDiff.between(decision71, next);

        assertThat(diff.added()).containsExactly(
                new ProcedureRef(ProcedureKey.ofCode("1.001758.000.00.00.H50"), "Trợ giúp xã hội khẩn cấp về hỗ trợ làm nhà ở"));
        assertThat(diff.removed()).containsExactly(
                new ProcedureRef(ProcedureKey.ofCode(FUNERAL_SUPPORT), "Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội"));
        assertThat(diff.changed()).isEmpty();
        assertThat(diff.render()).isEqualTo("""
                added "Trợ giúp xã hội khẩn cấp về hỗ trợ làm nhà ở" (1.001758.000.00.00.H50)
                removed "Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội" (1.001731.000.00.00.H50)""");
    }

    @Test
    void a_step_given_to_another_unit() {
        CatalogVersion next = Decision71.correcting(decision71, ProcedureKey.ofName(VISIT),
                Decision71.actor("2", "Chuyên viên Phòng Nội vụ - LĐTBXH"));

        CatalogDiff diff = CatalogDiff.between(decision71, next);

        assertThat(diff.changed()).singleElement().satisfies(change -> {
            assertThat(change.attributes()).isEmpty();
            assertThat(change.steps()).containsExactly(new StepChange("2", StepChange.Kind.CHANGED,
                    List.of(new AttributeChange(Attribute.ACTOR_UNIT, "Công chức LĐTBXH", "Chuyên viên Phòng Nội vụ - LĐTBXH"))));
        });
        assertThat(diff.render()).endsWith("""
                step 2 actor unit "Công chức LĐTBXH" → "Chuyên viên Phòng Nội vụ - LĐTBXH\"""");
    }

    @Test
    void a_procedure_without_a_code_is_matched_by_its_name() {
        CatalogVersion next = Decision71.correcting(decision71, ProcedureKey.ofName(VISIT), draft -> new ProcedureDraft(
                null, draft.name(), draft.field(), draft.handlingLevel(), OnlineLevel.PARTIAL, draft.totalDays(), draft.steps(),
                draft.submissionChannels(), draft.resultChannels(), draft.notificationChannels(), draft.documents(),
                draft.fees(), draft.legalBasis()));

        CatalogDiff diff = CatalogDiff.between(decision71, next);

        assertThat(diff.added()).isEmpty();
        assertThat(diff.removed()).isEmpty();
        assertThat(diff.changed()).singleElement().satisfies(change -> {
            assertThat(change.key().isByCode()).isFalse();
            assertThat(change.key()).isEqualTo(ProcedureKey.ofName("thăm  viếng mộ liệt sĩ "));
            assertThat(change.attributes()).containsExactly(new AttributeChange(Attribute.ONLINE_LEVEL, "FULL", "PARTIAL"));
        });
        assertThat(diff.render()).isEqualTo("""
                changed "Thăm viếng mộ liệt sĩ":
                  online level FULL → PARTIAL""");
    }

    @Test
    void a_procedure_that_gains_a_national_code_stays_the_same_procedure() {
        CatalogVersion next = Decision71.correcting(decision71, ProcedureKey.ofName(VISIT), draft -> draft.withNationalCode("1.002519.000.00.00.H50"));

        CatalogDiff diff = CatalogDiff.between(decision71, next);

        assertThat(diff.changed()).singleElement().satisfies(change -> {
            assertThat(change.key()).isEqualTo(ProcedureKey.ofCode("1.002519.000.00.00.H50"));
            assertThat(change.attributes()).containsExactly(
                    new AttributeChange(Attribute.NATIONAL_CODE, null, "1.002519.000.00.00.H50"));
        });
        assertThat(diff.added()).isEmpty();
        assertThat(diff.removed()).isEmpty();
    }

    @Test
    void a_removed_and_an_added_step_carry_their_values() {
        CatalogVersion next = Decision71.correcting(decision71, ProcedureKey.ofCode(MONTHLY_ALLOWANCE), draft -> {
            ProcedureDraft without = Decision71.withoutStep("4.3").apply(draft);
            List<ProcedureDraft.Step> steps = new ArrayList<>(without.steps());
            steps.add(new ProcedureDraft.Step("8", null, "Bộ phận TN&TKQ xã", "reception", "Lưu trữ hồ sơ", null,
                    AdministrativeLevel.COMMUNE));
            return without.withSteps(steps);
        });

        CatalogDiff diff = CatalogDiff.between(decision71, next);

        assertThat(diff.changed().get(0).steps()).extracting(StepChange::number, StepChange::kind).containsExactly(
                tuple("4", StepChange.Kind.CHANGED), tuple("4.3", StepChange.Kind.REMOVED), tuple("8", StepChange.Kind.ADDED));
        assertThat(diff.render()).contains(
                "\n  step 4.3 removed: actor unit \"Lãnh đạo Phòng LĐTBXH huyện\", actor role leader, content \"Xem xét hồ sơ, ký duyệt"
                        + " tờ trình, trình UBND huyện\", budget 0.5, level DISTRICT",
                "\n  step 8 added: actor unit \"Bộ phận TN&TKQ xã\", actor role reception, content \"Lưu trữ hồ sơ\", level COMMUNE");
    }
}
