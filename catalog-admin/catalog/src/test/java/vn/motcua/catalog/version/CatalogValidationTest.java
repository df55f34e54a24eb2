package vn.motcua.catalog.version;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogValidationTest {

    @Test
    void decision_71_as_transcribed_is_valid() {
        assertThat(CatalogValidation.check(QuangTri.decision71())).isEmpty();
    }

    @Test
    void steps_that_do_not_add_up_to_the_total_are_reported_on_the_total() {
        CatalogVersion v = new CatalogVersion("quang-tri", "draft");
        Procedure p = v.addProcedure(null, "Thủ tục A", null, null, OnlineLevel.FULL, new BigDecimal("3"));
        p.addStep("1", null, "Bộ phận TN&TKQ", "reception", "receive", new BigDecimal("0.5"), null);
        p.addStep("2", null, "Công chức", "specialist", "appraise", new BigDecimal("2"), null);

        assertThat(CatalogValidation.check(v)).singleElement()
                .satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo("totalDays");
                    assertThat(problem.kind()).isEqualTo(CatalogProblem.Kind.TOTAL_MISMATCH);
                    assertThat(problem.args()).containsExactly(new BigDecimal("2.5"), new BigDecimal("3"));
                    assertThat(problem.procedure()).isEqualTo("Thủ tục A");
                    assertThat(problem.message()).contains("2.5", "3");
                });
    }

    @Test
    void sub_steps_must_add_up_to_their_step() {
        CatalogVersion v = new CatalogVersion("quang-tri", "draft");
        Procedure p = v.addProcedure(null, "Thủ tục B", null, null, OnlineLevel.FULL, new BigDecimal("1"));
        p.addStep("1", null, null, null, "whole", new BigDecimal("1"), null);
        p.addStep("1.1", "1", "Bộ phận TN&TKQ", "reception", "part", new BigDecimal("0.25"), null);
        p.addStep("1.2", "1", "Công chức", "specialist", "part", new BigDecimal("0.5"), null);

        assertThat(CatalogValidation.check(v)).extracting(CatalogProblem::step, CatalogProblem::attribute)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1", "budget"));
    }

    @Test
    void a_counted_step_needs_an_actor() {
        CatalogVersion v = new CatalogVersion("quang-tri", "draft");
        Procedure p = v.addProcedure(null, "Thủ tục C", null, null, OnlineLevel.NONE, new BigDecimal("1"));
        p.addStep("1", null, " ", "specialist", "appraise", new BigDecimal("1"), null);

        assertThat(CatalogValidation.check(v)).extracting(CatalogProblem::attribute).containsExactly("actor");
    }

    @Test
    void national_codes_are_unique_within_a_version() {
        CatalogVersion v = new CatalogVersion("quang-tri", "draft");
        for (String name : List.of("Một", "Hai")) {
            Procedure p = v.addProcedure("1.000001.H50", name, null, null, OnlineLevel.FULL, new BigDecimal("1"));
            p.addStep("1", null, "Công chức", "specialist", "do", new BigDecimal("1"), null);
        }
        assertThat(CatalogValidation.check(v)).extracting(CatalogProblem::procedure, CatalogProblem::attribute)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Hai", "nationalCode"));
    }

    @Test
    void a_form_is_checked_for_what_an_admin_can_get_wrong() {
        ProcedureDraft form = new ProcedureDraft(null, " ", null, null, OnlineLevel.FULL, new BigDecimal("1.1"), List.of(
                new ProcedureDraft.Step("1", null, "Bộ phận TN&TKQ", "reception", "receive", new BigDecimal("0.3"), null),
                new ProcedureDraft.Step("1", null, "Công chức", "specialist", "again", BigDecimal.ONE, null),
                new ProcedureDraft.Step("a", null, "Công chức", "specialist", "bad", BigDecimal.ONE, null)));

        assertThat(CatalogValidation.check(form)).extracting(CatalogProblem::kind).containsExactlyInAnyOrder(
                CatalogProblem.Kind.NAME_MISSING, CatalogProblem.Kind.TOTAL_NOT_QUARTERS, CatalogProblem.Kind.BUDGET_NOT_QUARTERS,
                CatalogProblem.Kind.NUMBER_DUPLICATE, CatalogProblem.Kind.NUMBER_FORMAT);
    }

    @Test
    void a_well_formed_form_gets_the_version_rules() {
        ProcedureDraft form = new ProcedureDraft(null, "Đăng ký khai sinh", "Hộ tịch", AdministrativeLevel.COMMUNE, OnlineLevel.FULL,
                new BigDecimal("1"), List.of(
                new ProcedureDraft.Step("1", null, "Công chức tư pháp - hộ tịch", "reception", "receive", new BigDecimal("0.25"), null),
                new ProcedureDraft.Step("2", null, null, "leader", "sign", new BigDecimal("0.5"), null)));

        assertThat(CatalogValidation.check(form)).extracting(CatalogProblem::kind, CatalogProblem::step).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(CatalogProblem.Kind.TOTAL_MISMATCH, null),
                org.assertj.core.groups.Tuple.tuple(CatalogProblem.Kind.ACTOR_MISSING, "2"));
    }

    @Test
    void a_negative_budget_is_said_to_be_negative_not_off_the_quarter_days() {
        ProcedureDraft form = new ProcedureDraft(null, "Đăng ký khai tử", null, null, OnlineLevel.FULL, new BigDecimal("-1"), List.of(
                new ProcedureDraft.Step("1", null, "Bộ phận TN&TKQ", "reception", "Tiếp nhận", new BigDecimal("-0.5"), null),
                new ProcedureDraft.Step("2", null, "Công chức", "specialist", "Thẩm định", new BigDecimal("-0.3"), null)));

        assertThat(CatalogValidation.check(form)).extracting(CatalogProblem::kind, CatalogProblem::step).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(CatalogProblem.Kind.TOTAL_NEGATIVE, null),
                org.assertj.core.groups.Tuple.tuple(CatalogProblem.Kind.BUDGET_NEGATIVE, "1"),
                org.assertj.core.groups.Tuple.tuple(CatalogProblem.Kind.BUDGET_NEGATIVE, "2"));
    }

    @Test
    void every_step_says_who_does_it_and_what_is_done_counted_or_not() {
        ProcedureDraft form = new ProcedureDraft(null, "Đăng ký khai tử", null, null, OnlineLevel.FULL, BigDecimal.ONE, List.of(
                new ProcedureDraft.Step("0", null, " ", "citizen", "Nộp hồ sơ", null, null),
                new ProcedureDraft.Step("1", null, "Bộ phận TN&TKQ", "reception", "", new BigDecimal("0.5"), null),
                new ProcedureDraft.Step("2", null, "", "specialist", null, new BigDecimal("0.5"), null),
                new ProcedureDraft.Step("3", null, "Công dân", "citizen", "Nhận kết quả", null, null)));

        assertThat(CatalogValidation.check(form)).extracting(CatalogProblem::kind, CatalogProblem::step).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(CatalogProblem.Kind.ACTOR_MISSING, "0"),
                org.assertj.core.groups.Tuple.tuple(CatalogProblem.Kind.CONTENT_MISSING, "1"),
                org.assertj.core.groups.Tuple.tuple(CatalogProblem.Kind.ACTOR_MISSING, "2"),
                org.assertj.core.groups.Tuple.tuple(CatalogProblem.Kind.CONTENT_MISSING, "2"));
    }

    @Test
    void a_new_draft_copies_every_procedure_and_step_of_the_published_version() {
        CatalogVersion published = QuangTri.decision71();
        published.publish(new LegalBasis("71/QĐ-UBND", LocalDate.of(2024, 1, 17), LocalDate.of(2024, 1, 17), List.of()), Instant.now());

        CatalogVersion draft = published.newDraft("correction");

        assertThat(draft.isPublished()).isFalse();
        assertThat(draft.procedures()).extracting(p -> p.toDraft()).containsExactlyElementsOf(
                published.procedures().stream().map(Procedure::toDraft).toList());
    }

    @Test
    void a_published_version_never_changes() {
        CatalogVersion v = QuangTri.decision71();
        v.publish(new LegalBasis("71/QĐ-UBND", LocalDate.of(2024, 1, 17), LocalDate.of(2024, 1, 17),
                List.of("4324/QĐ-UBND", "2236/QĐ-UBND", "2179/QĐ-UBND")), Instant.now());

        assertThat(v.isPublished()).isTrue();
        assertThat(v.replaces()).containsExactly("4324/QĐ-UBND", "2236/QĐ-UBND", "2179/QĐ-UBND");
        assertThatThrownBy(() -> v.addProcedure(null, "Mới", null, null, OnlineLevel.FULL, BigDecimal.ONE))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> v.procedures().get(0).addStep("9", null, "x", "specialist", "y", BigDecimal.ONE, null))
                .isInstanceOf(IllegalStateException.class);
    }
}
