package vn.motcua.catalog;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceCatalogReaderTest {

    private final CatalogVersion version = QuangTri.decision71();

    @Test
    void reads_the_five_procedures_of_decision_71() {
        assertThat(version.tenantId()).isEqualTo("quang-tri");
        assertThat(version.title()).startsWith("71/QĐ-UBND");
        assertThat(version.procedures()).extracting(Procedure::nationalCode)
                .containsExactly(null, "1.001776.000.00.00.H50", "1.001731.000.00.00.H50", "1.011607.H50", "1.011608.H50");
        assertThat(version.procedures()).extracting(p -> p.totalDays().toPlainString())
                .containsExactly("3", "22", "5", "15", "15");
        assertThat(version.procedures()).extracting(Procedure::field).containsOnly("Lao động, Thương binh và Xã hội");
    }

    @Test
    void keeps_online_levels_and_handling_levels() {
        assertThat(QuangTri.named(version, "Thăm viếng").onlineLevel()).isEqualTo(OnlineLevel.FULL);
        assertThat(QuangTri.named(version, "Hỗ trợ chi phí mai táng").onlineLevel()).isEqualTo(OnlineLevel.PARTIAL);
        assertThat(QuangTri.named(version, "Thăm viếng").handlingLevel()).isEqualTo(AdministrativeLevel.DISTRICT);
        assertThat(QuangTri.named(version, "Thực hiện, điều chỉnh").handlingLevel()).isEqualTo(AdministrativeLevel.COMMUNE);
    }

    @Test
    void sub_steps_keep_their_parent_budget_and_level() {
        Procedure allowance = QuangTri.named(version, "Thực hiện, điều chỉnh");
        StepDefinition appraisal = allowance.steps().stream().filter(s -> s.number().equals("4.2")).findFirst().orElseThrow();

        assertThat(appraisal.parentNumber()).isEqualTo("4");
        assertThat(appraisal.budgetDays()).isEqualByComparingTo(new BigDecimal("5"));
        assertThat(appraisal.level()).isEqualTo(AdministrativeLevel.DISTRICT);
        assertThat(appraisal.actorUnit()).isEqualTo("Chuyên viên Phòng LĐTBXH huyện");
        assertThat(appraisal.actorRole()).isEqualTo("specialist");
        StepDefinition returnAtCommune = allowance.steps().stream().filter(s -> s.number().equals("6.3")).findFirst().orElseThrow();
        assertThat(returnAtCommune.level()).isEqualTo(AdministrativeLevel.COMMUNE);
        assertThat(returnAtCommune.budgetDays()).isEqualByComparingTo(new BigDecimal("0.25"));
    }

    @Test
    void executable_steps_replace_parents_by_sub_steps_and_leave_out_the_citizen() {
        Procedure allowance = QuangTri.named(version, "Thực hiện, điều chỉnh");
        assertThat(allowance.executableSteps()).extracting(StepDefinition::number).containsExactly(
                "1.1", "1.2", "1.3", "1.4", "2", "3.1", "3.2", "3.3", "4.1", "4.2", "4.3", "5.1", "5.2", "5.3",
                "6.1", "6.2", "6.3");

        Procedure visit = QuangTri.named(version, "Thăm viếng");
        assertThat(visit.executableSteps()).extracting(StepDefinition::number).containsExactly("1", "2", "3", "4", "5");
        assertThat(visit.executableSteps()).extracting(StepDefinition::actorRole)
                .containsExactly("reception", "specialist", "leader", "specialist", "reception");
        assertThat(visit.steps().get(0).isDoneByCitizen()).isTrue();
        assertThat(visit.steps().get(0).isCounted()).isFalse();
    }
}
