package vn.motcua.engine.dossier;

import org.junit.jupiter.api.Test;
import vn.motcua.catalog.adoption.EffectiveCatalogKey;
import vn.motcua.catalog.version.AdministrativeLevel;
import vn.motcua.catalog.version.CatalogVersion;
import vn.motcua.catalog.version.OutcomeKind;
import vn.motcua.catalog.version.Procedure;
import vn.motcua.catalog.version.ProcedureDraft;
import vn.motcua.catalog.version.StepKind;
import vn.motcua.catalog.version.StepOutcome;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.motcua.engine.dossier.QuangTri.HAI_LANG;
import static vn.motcua.engine.dossier.QuangTri.HAI_QUE;
import static vn.motcua.engine.dossier.QuangTri.MONTHLY_ALLOWANCE;

class RouteTest {

    @Test
    void the_monthly_allowance_goes_from_the_commune_to_the_district_and_back_for_its_last_step() {
        Route route = QuangTri.atHaiQue(MONTHLY_ALLOWANCE);

        assertThat(route.steps()).extracting(RouteStep::number, RouteStep::handlingTenant, RouteStep::budgetQuarters).containsExactly(
                tuple("1.1", HAI_QUE, 2), tuple("1.2", HAI_QUE, 22), tuple("1.3", HAI_QUE, 2), tuple("1.4", HAI_QUE, 2),
                tuple("2", HAI_QUE, 8), tuple("3.1", HAI_QUE, 8), tuple("3.2", HAI_QUE, 2), tuple("3.3", HAI_QUE, 2),
                tuple("4.1", HAI_LANG, 2), tuple("4.2", HAI_LANG, 20), tuple("4.3", HAI_LANG, 2),
                tuple("5.1", HAI_LANG, 2), tuple("5.2", HAI_LANG, 8), tuple("5.3", HAI_LANG, 2),
                tuple("6.1", HAI_LANG, 2), tuple("6.2", HAI_LANG, 1), tuple("6.3", HAI_QUE, 1));
        assertThat(route.total().toString()).isEqualTo("22");
        assertThat(route.tenants()).containsExactly(HAI_QUE, HAI_LANG);
        assertThat(route.resultStep().number()).isEqualTo("6.3");
        assertThat(route.handOverSteps()).isEmpty();
    }

    @Test
    void the_snapshot_keeps_what_the_catalog_says_of_each_step() {
        Route route = QuangTri.atHaiQue(MONTHLY_ALLOWANCE);

        RouteStep posting = route.step("2");
        assertThat(posting.kind()).isEqualTo(StepKind.POSTING);
        assertThat(posting.postingLength().toString()).isEqualTo("2");
        assertThat(posting.postsAtStart()).as("the 2 days' posting is the whole step").isTrue();
        RouteStep appraisal = route.step("4.2");
        assertThat(appraisal.level()).isEqualTo(AdministrativeLevel.DISTRICT);
        assertThat(appraisal.parentNumber()).isEqualTo("4");
        assertThat(appraisal.actorRole()).isEqualTo("specialist");
        assertThat(appraisal.actorUnit()).isEqualTo("Chuyên viên Phòng LĐTBXH huyện");
        assertThat(appraisal.content()).isNotBlank();
        assertThat(appraisal.outcomes()).extracting(StepOutcome::kind, StepOutcome::targetStep)
                .containsExactly(tuple(OutcomeKind.PROCEED, null), tuple(OutcomeKind.RETURN, "6.3"));
        assertThat(route.step("1.3").actorRole()).isEqualTo("leader");
        assertThat(route.first().allows(OutcomeKind.SUPPLEMENT)).isTrue();
        assertThat(route.step("1.2").allows(OutcomeKind.SUPPLEMENT)).isFalse();
    }

    @Test
    void the_route_pins_the_catalog_version_and_the_adoption_version() {
        RoutePin pin = RoutePin.of(EffectiveCatalogKey.of(HAI_QUE, 71, "quang-tri", 12L, 3));

        Route route = Route.snapshot(QuangTri.effective(QuangTri.decision71(), HAI_QUE, MONTHLY_ALLOWANCE), pin,
                HandlingTenants.receivedAt(HAI_QUE).level(AdministrativeLevel.COMMUNE, HAI_QUE)
                        .level(AdministrativeLevel.DISTRICT, HAI_LANG).build());

        assertThat(route.pin()).isEqualTo(new RoutePin(71, 12L, 3));
        assertThat(route.nationalCode()).isEqualTo(MONTHLY_ALLOWANCE);
    }

    @Test
    void the_visit_ends_its_processing_at_step_4_and_hands_the_result_over_at_step_5() {
        Route route = QuangTri.atHaiLang(QuangTri.VISIT);

        assertThat(route.steps()).extracting(RouteStep::number).containsExactly("1", "2", "3", "4", "5");
        assertThat(route.resultStep().number()).isEqualTo("4");
        assertThat(route.handOverSteps()).extracting(RouteStep::number, RouteStep::isCounted).containsExactly(tuple("5", false));
        assertThat(route.tenants()).containsExactly(HAI_LANG);
    }

    @Test
    void a_poverty_review_posts_within_a_longer_step_so_its_handler_puts_the_list_up() {
        RouteStep review = QuangTri.atHaiQue(QuangTri.POOR_HOUSEHOLD).step("2");

        assertThat(review.isPosting()).isTrue();
        assertThat(review.budget().toString()).isEqualTo("12.5");
        assertThat(review.postingLength().toString()).isEqualTo("3");
        assertThat(review.postsAtStart()).isFalse();
    }

    @Test
    void a_later_decision_never_changes_the_route_of_a_dossier_already_received() {
        CatalogVersion decision71 = QuangTri.decision71();
        Desk desk = new Desk("2026-05-04T08:00");
        Dossier received = desk.receive(QuangTri.atHaiQue(MONTHLY_ALLOWANCE), 1, vn.motcua.catalog.version.Channel.IN_PERSON,
                Applicant.named("Lê Văn Ba"), QuangTri.haiQue("haique.reception", "reception"));

        CatalogVersion correction = decision71.newDraft("correction of 71/QĐ-UBND");
        Procedure allowance = correction.procedures().stream()
                .filter(p -> MONTHLY_ALLOWANCE.equals(p.nationalCode())).findFirst().orElseThrow();
        ProcedureDraft draft = allowance.toDraft();
        allowance.revise(draft.withTotalDays(new BigDecimal("21")).withSteps(draft.steps().stream()
                .map(s -> switch (s.number()) {
                    case "4.2" -> s.withBudgetDays(new BigDecimal("4"));
                    case "4" -> s.withBudgetDays(new BigDecimal("5"));
                    default -> s;
                }).toList()));
        Route afterCorrection = Route.snapshot(QuangTri.effective(correction, HAI_QUE, MONTHLY_ALLOWANCE),
                new RoutePin(72, 12L, 3), HandlingTenants.receivedAt(HAI_QUE).level(AdministrativeLevel.COMMUNE, HAI_QUE)
                        .level(AdministrativeLevel.DISTRICT, HAI_LANG).build());

        assertThat(afterCorrection.total().toString()).isEqualTo("21");
        assertThat(afterCorrection.step("4.2").budget().toString()).isEqualTo("4");
        assertThat(received.route().total().toString()).isEqualTo("22");
        assertThat(received.route().step("4.2").budget().toString()).isEqualTo("5");
        assertThat(received.route().pin().catalogVersionId()).isEqualTo(71);
        List<RouteStep> before = received.route().steps();
        assertThat(before).isEqualTo(QuangTri.atHaiQue(MONTHLY_ALLOWANCE).steps());
    }
}
