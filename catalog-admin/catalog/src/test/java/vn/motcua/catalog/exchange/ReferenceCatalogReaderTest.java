package vn.motcua.catalog.exchange;

import org.junit.jupiter.api.Test;
import vn.motcua.catalog.version.AdministrativeLevel;
import vn.motcua.catalog.version.CatalogVersion;
import vn.motcua.catalog.version.Channel;
import vn.motcua.catalog.version.Fee;
import vn.motcua.catalog.version.NotificationChannel;
import vn.motcua.catalog.version.OnlineLevel;
import vn.motcua.catalog.version.OutcomeKind;
import vn.motcua.catalog.version.Procedure;
import vn.motcua.catalog.version.QuangTri;
import vn.motcua.catalog.version.RequiredDocument;
import vn.motcua.catalog.version.StepDefinition;
import vn.motcua.catalog.version.StepKind;
import vn.motcua.catalog.version.StepOutcome;

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

    @Test
    void the_decision_and_what_every_procedure_shares_come_from_the_top_of_the_file() {
        assertThat(version.decisionNumber()).isEqualTo("71/QĐ-UBND");
        assertThat(version.decisionYear()).isEqualTo(2024);
        assertThat(version.replaces()).containsExactly("4324/QĐ-UBND", "2236/QĐ-UBND", "2179/QĐ-UBND");
        assertThat(version.issuer()).isEqualTo("UBND tỉnh Quảng Trị");
        assertThat(version.portalUrl()).isEqualTo("https://dichvucong.quangtri.gov.vn");
        assertThat(version.isPublished()).isFalse();
        for (Procedure p : version.procedures()) {
            assertThat(p.submissionChannels()).containsExactly(Channel.ONLINE, Channel.IN_PERSON, Channel.POSTAL);
            assertThat(p.resultChannels()).containsExactly(Channel.ONLINE, Channel.IN_PERSON, Channel.POSTAL);
            assertThat(p.notificationChannels()).containsExactly(NotificationChannel.EMAIL, NotificationChannel.ZALO,
                    NotificationChannel.SMS);
            assertThat(p.documents()).as("each procedure's submission step names its documents").isNotEmpty();
            assertThat(p.fees()).as("the appendix lists no fees").isEmpty();
        }
    }

    @Test
    void the_documents_are_those_each_procedures_submission_step_names() {
        assertThat(QuangTri.named(version, "Thăm viếng mộ liệt sĩ").documents()).containsExactly(new RequiredDocument(
                "Đơn đề nghị thăm viếng mộ liệt sĩ", "Mẫu số 31 Phụ lục I Nghị định 131/2021/NĐ-CP", 1, 0, null));
        assertThat(QuangTri.named(version, "Thực hiện, điều chỉnh").documents())
                .extracting(RequiredDocument::form, RequiredDocument::originals, RequiredDocument::copies).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Mẫu số 1a, 1b, 1c, 1d hoặc 1đ ban hành kèm theo Nghị định 20/2021/NĐ-CP, tùy trường hợp", 1, 0),
                        org.assertj.core.groups.Tuple.tuple("Mẫu số 2a, 2b hoặc 03 ban hành kèm theo Nghị định 20/2021/NĐ-CP", 1, 0),
                        org.assertj.core.groups.Tuple.tuple(null, 0, 1));
        assertThat(QuangTri.named(version, "Hỗ trợ chi phí mai táng").documents()).extracting(RequiredDocument::name)
                .containsExactly("Tờ khai đề nghị hỗ trợ chi phí mai táng", "Giấy chứng tử của đối tượng",
                        "Quyết định hoặc danh sách thôi hưởng trợ cấp bảo hiểm xã hội, trợ cấp khác của cơ quan có thẩm quyền");
        assertThat(QuangTri.named(version, "Hỗ trợ chi phí mai táng").documents().get(2).note())
                .contains("người từ đủ 80 tuổi");
        assertThat(QuangTri.named(version, "Công nhận hộ nghèo").documents()).singleElement()
                .extracting(RequiredDocument::form).isEqualTo("Mẫu số 01 tại Phụ lục ban hành kèm theo Quyết định 24/2021/QĐ-TTg");
        assertThat(QuangTri.named(version, "Công nhận hộ thoát nghèo").documents()).singleElement()
                .extracting(RequiredDocument::form).isEqualTo("Mẫu số 04 tại Phụ lục ban hành kèm theo Quyết định 24/2021/QĐ-TTg");
    }

    @Test
    void step_4_2_of_the_monthly_allowance_returns_an_ineligible_dossier_to_the_commune_desk() {
        Procedure allowance = QuangTri.named(version, "Thực hiện, điều chỉnh");
        StepDefinition appraisal = allowance.steps().stream().filter(s -> s.number().equals("4.2")).findFirst().orElseThrow();
        StepDefinition posting = allowance.steps().stream().filter(s -> s.number().equals("2")).findFirst().orElseThrow();

        assertThat(appraisal.outcomes()).extracting(StepOutcome::kind, StepOutcome::targetStep).containsExactly(
                org.assertj.core.groups.Tuple.tuple(OutcomeKind.PROCEED, null),
                org.assertj.core.groups.Tuple.tuple(OutcomeKind.RETURN, "6.3"));
        assertThat(appraisal.outcomes().get(1).label()).startsWith("Không đủ điều kiện hưởng");
        assertThat(posting.kind()).isEqualTo(StepKind.POSTING);
        assertThat(posting.postingDays()).isEqualByComparingTo("2");
        assertThat(posting.level()).isEqualTo(AdministrativeLevel.COMMUNE);
        assertThat(appraisal.level()).as("done by the commune's parent, the district").isEqualTo(AdministrativeLevel.DISTRICT);
    }

    @Test
    void a_procedure_states_its_own_channels_documents_fees_and_legal_basis() {
        String yaml = """
                decision: 5/QĐ-UBND
                submission_channels: [online, in_person]
                procedures:
                  - name: Đăng ký khai sinh
                    code: 1.001193.000.00.00.H50
                    online_level: partial
                    total_days: 1
                    submission_channels: [in_person]
                    notification_channels: [sms]
                    documents:
                      - {name: Tờ khai đăng ký khai sinh, form: Mẫu TT 01/2022/TT-BTP, originals: 1, copies: 0}
                      - {name: Giấy chứng sinh, originals: 1, note: hoặc văn bản của người làm chứng}
                    fees:
                      - {description: Lệ phí đăng ký khai sinh đúng hạn, amount: free, basis: Luật Hộ tịch 2014 điều 11}
                      - {description: Cấp bản sao trích lục, amount: 8000}
                    legal_basis: Luật Hộ tịch 2014
                    steps:
                      - {no: "1", actor: Công chức tư pháp - hộ tịch, what: Tiếp nhận và giải quyết, days: 1}
                """;

        Procedure birth = ReferenceCatalogReader.read("phuong-5",
                new java.io.ByteArrayInputStream(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8))).procedures().get(0);

        assertThat(birth.submissionChannels()).containsExactly(Channel.IN_PERSON);
        assertThat(birth.resultChannels()).isEmpty();
        assertThat(birth.notificationChannels()).containsExactly(NotificationChannel.SMS);
        assertThat(birth.documents()).containsExactly(
                new RequiredDocument("Tờ khai đăng ký khai sinh", "Mẫu TT 01/2022/TT-BTP", 1, 0, null),
                new RequiredDocument("Giấy chứng sinh", null, 1, 0, "hoặc văn bản của người làm chứng"));
        assertThat(birth.fees()).extracting(Fee::description, Fee::isFree).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Lệ phí đăng ký khai sinh đúng hạn", true),
                org.assertj.core.groups.Tuple.tuple("Cấp bản sao trích lục", false));
        assertThat(birth.fees().get(1).amountVnd()).isEqualByComparingTo("8000");
        assertThat(birth.legalBasis()).isEqualTo("Luật Hộ tịch 2014");
    }

    @Test
    void an_unknown_value_is_reported_with_its_procedure_and_step() {
        String yaml = """
                decision: 5/QĐ-UBND
                procedures:
                  - name: Thủ tục
                    online_level: full
                    total_days: 1
                    steps:
                      - {no: "1", actor: Công chức, what: x, days: 1, outcomes: [{kind: approve}]}
                """;

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReferenceCatalogReader.read("t",
                        new java.io.ByteArrayInputStream(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("procedure 1 \"Thủ tục\": step 1: unknown outcome kind 'approve'");
    }
}
