package vn.motcua.catalog.diff;

import org.junit.jupiter.api.Test;
import vn.motcua.catalog.version.CatalogVersion;
import vn.motcua.catalog.version.Channel;
import vn.motcua.catalog.version.Fee;
import vn.motcua.catalog.version.OutcomeKind;
import vn.motcua.catalog.version.ProcedureDraft;
import vn.motcua.catalog.version.RequiredDocument;
import vn.motcua.catalog.version.StepKind;
import vn.motcua.catalog.version.StepOutcome;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.catalog.diff.Decision71.FUNERAL_SUPPORT;
import static vn.motcua.catalog.diff.Decision71.MONTHLY_ALLOWANCE;

/** A correction of 71/QĐ-UBND that touches the fields beyond steps and budgets shows each of them. */
class FullModelDiffTest {

    private final CatalogVersion decision71 = Decision71.published();

    @Test
    void a_longer_posting_and_a_changed_branch_show_on_their_step() {
        CatalogVersion corrected = Decision71.correcting(decision71, ProcedureKey.ofCode(MONTHLY_ALLOWANCE), draft -> draft.withSteps(
                draft.steps().stream().map(s -> switch (s.number()) {
                    case "2" -> new ProcedureDraft.Step(s.number(), s.parentNumber(), s.actorUnit(), s.actorRole(), s.content(),
                            s.budgetDays(), s.level(), StepKind.POSTING, new BigDecimal("1.5"), s.outcomes());
                    case "4.2" -> new ProcedureDraft.Step(s.number(), s.parentNumber(), s.actorUnit(), s.actorRole(), s.content(),
                            s.budgetDays(), s.level(), s.kind(), null, List.of(StepOutcome.of(OutcomeKind.PROCEED),
                            new StepOutcome(OutcomeKind.RETURN, "1.1", "Không đủ điều kiện")));
                    case "3.1" -> new ProcedureDraft.Step(s.number(), s.parentNumber(), s.actorUnit(), s.actorRole(), s.content(),
                            s.budgetDays(), s.level(), StepKind.POSTING, new BigDecimal("1"), s.outcomes());
                    default -> s;
                }).toList()));

        CatalogDiff diff = CatalogDiff.between(decision71, corrected);

        assertThat(diff.changed()).singleElement().satisfies(c -> assertThat(c.attributes()).isEmpty());
        assertThat(diff.render()).contains(
                "\n  step 2 posting days 2 → 1.5",
                "\n  step 3.1 kind none → POSTING\n  step 3.1 posting days none → 1",
                "\n  step 4.2 outcomes \"PROCEED (Đủ điều kiện hưởng: soạn tờ trình, dự thảo quyết định); RETURN → 6.3 "
                        + "(Không đủ điều kiện hưởng: văn bản nêu rõ lý do, trả không giải quyết về Bộ phận TN&TKQ cấp xã)\""
                        + " → \"PROCEED; RETURN → 1.1 (Không đủ điều kiện)\"");
    }

    @Test
    void channels_documents_fees_and_legal_basis_show_on_the_procedure_one_item_at_a_time() {
        CatalogVersion withTerms = Decision71.correcting(decision71, ProcedureKey.ofCode(FUNERAL_SUPPORT), d -> new ProcedureDraft(
                d.nationalCode(), d.name(), d.field(), d.handlingLevel(), d.onlineLevel(), d.totalDays(), d.steps(),
                d.submissionChannels(), d.resultChannels(), d.notificationChannels(),
                List.of(new RequiredDocument("Tờ khai đề nghị hỗ trợ chi phí mai táng", "Mẫu số 04, Nghị định 20/2021/NĐ-CP", 1, 0, null),
                        new RequiredDocument("Giấy chứng tử", null, 0, 1, "bản chứng thực điện tử")),
                List.of(), "Nghị định 20/2021/NĐ-CP"));
        CatalogVersion next = Decision71.correcting(withTerms, ProcedureKey.ofCode(FUNERAL_SUPPORT), d -> new ProcedureDraft(
                d.nationalCode(), d.name(), d.field(), d.handlingLevel(), d.onlineLevel(), d.totalDays(), d.steps(),
                Set.of(Channel.ONLINE, Channel.POSTAL), d.resultChannels(), d.notificationChannels(),
                List.of(d.documents().get(0), new RequiredDocument("Giấy chứng tử", null, 0, 1, "bản chứng thực"),
                        new RequiredDocument("Quyết định thôi hưởng trợ cấp", null, 0, 1, "khi người mất từ 80 tuổi")),
                List.of(Fee.free("Lệ phí", null)), d.legalBasis()));

        CatalogDiff diff = CatalogDiff.between(withTerms, next);

        assertThat(diff.changed().get(0).attributes()).extracting(AttributeChange::attribute).containsExactly(
                Attribute.SUBMISSION_CHANNELS, Attribute.DOCUMENT, Attribute.DOCUMENT, Attribute.FEE);
        assertThat(diff.render()).isEqualTo("""
                changed "Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội" (1.001731.000.00.00.H50):
                  submission channels ONLINE, IN_PERSON, POSTAL → ONLINE, POSTAL
                  document "Giấy chứng tử: 0 original(s), 1 copy(ies); bản chứng thực điện tử" → "Giấy chứng tử: 0 original(s), \
                1 copy(ies); bản chứng thực"
                  document none → "Quyết định thôi hưởng trợ cấp: 0 original(s), 1 copy(ies); khi người mất từ 80 tuổi"
                  fee none → "Lệ phí: free\"""");
        assertThat(CatalogDiff.between(decision71, withTerms).render()).contains("legal basis none → \"Nghị định 20/2021/NĐ-CP\"");
    }
}
