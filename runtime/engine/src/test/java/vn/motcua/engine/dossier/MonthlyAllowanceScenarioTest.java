package vn.motcua.engine.dossier;

import org.junit.jupiter.api.Test;
import vn.motcua.catalog.version.Channel;
import vn.motcua.catalog.version.OutcomeKind;
import vn.motcua.tenants.problem.AccessDenied;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.motcua.engine.dossier.QuangTri.HAI_LANG;
import static vn.motcua.engine.dossier.QuangTri.HAI_QUE;
import static vn.motcua.engine.dossier.QuangTri.at;
import static vn.motcua.engine.dossier.QuangTri.haiLang;
import static vn.motcua.engine.dossier.QuangTri.haiQue;

/**
 * "Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng…" (71/QĐ-UBND B.1), 22 working days:
 * Xã Hải Quế receives and reviews (1.1–1.4), posts the list for 2 days (2), submits to the district
 * (3.1–3.3); Huyện Hải Lăng appraises (4.1–4.3), decides (5.1–5.3) and sends the result back
 * (6.1–6.2); Hải Quế's desk returns it (6.3). Submitted online on Monday 4 May 2026; Hải Quế closes
 * on Tuesday 19 May, Hải Lăng does not.
 */
class MonthlyAllowanceScenarioTest {

    private final Actor citizen = Actor.citizen("citizen.an");
    private final Actor communeDesk = haiQue("haique.reception", "reception");
    private final Actor communeSpecialist = haiQue("haique.specialist", "specialist");
    private final Actor communeLeader = haiQue("haique.leader", "leader");
    private final Actor districtDesk = haiLang("hailang.reception", "reception");
    private final Actor districtSpecialist = haiLang("hailang.specialist", "specialist");
    private final Actor districtLeader = haiLang("hailang.leader", "leader");
    private final Route route = QuangTri.atHaiQue(QuangTri.MONTHLY_ALLOWANCE);
    private final Applicant applicant = new Applicant("Lê Văn Ba", "045089001234", "Thôn Câu Nhi, xã Hải Quế", null, null,
            "citizen.an");

    @Test
    void commune_to_district_and_back_with_its_public_posting_to_the_returned_result() {
        Desk desk = toTheDistrict();
        Dossier dossier = desk.dossier();

        // while the district holds it, the commune has nothing to send
        assertThat(dossier.commandsFor(districtDesk)).contains(Command.COMPLETE_STEP);
        assertThat(dossier.commandsFor(communeDesk)).isEmpty();
        assertThat(dossier.allowedCommands()).contains(Command.COMPLETE_STEP);

        // Tuesday 19 May: Hải Quế is closed, Hải Lăng works
        desk.at("2026-05-19T08:00").as(districtDesk, c -> dossier.completeStep("4.1", null, null, List.of(), c));
        desk.at("2026-05-25T10:00").as(districtSpecialist, c -> dossier.completeStep("4.2", OutcomeKind.PROCEED, null, List.of(), c));
        desk.at("2026-05-25T15:00").as(districtLeader, c -> dossier.completeStep("4.3", null, null, List.of(), c));
        desk.at("2026-05-26T08:30").as(districtSpecialist, c -> dossier.completeStep("5.1", null, null, List.of(), c));
        desk.at("2026-05-27T16:00").as(districtLeader, c -> dossier.completeStep("5.2", null, null, List.of(), c));
        desk.at("2026-05-28T09:00").as(districtSpecialist, c -> dossier.completeStep("5.3", null, null, List.of(), c));
        desk.at("2026-05-28T14:00").as(districtSpecialist, c -> dossier.completeStep("6.1", null, null, List.of(), c));
        assertThatThrownBy(() -> dossier.completeStep("6.2", null, null, List.of(), desk.by(districtDesk)))
                .isInstanceOf(DossierRuleBroken.class).hasMessageContaining("hands the dossier to hai-que for step 6.3");
        desk.at("2026-05-28T15:00").as(districtDesk, c -> dossier.transfer("6.2", c));

        assertThat(dossier.holder()).as("back at the commune for its last step").isEqualTo(HAI_QUE);
        desk.at("2026-05-28T16:00").as(communeDesk, c -> dossier.resolve("6.3", "Quyết định số 123/QĐ-UBND", c));
        assertThat(dossier.status()).isEqualTo(DossierStatus.PROCESSED);
        assertThat(dossier.lateness()).as("a week before Thursday 4 June").isEqualTo(Lateness.EARLY);
        desk.at("2026-05-29T08:00").as(communeDesk, c -> dossier.returnResult(
                new ResultDelivery(Channel.ONLINE, "Lê Văn Ba", "Kho quản lý dữ liệu điện tử"), c));

        assertThat(dossier.status()).isEqualTo(DossierStatus.RESULT_RETURNED);
        assertThat(dossier.executions()).extracting(StepExecution::label, StepExecution::handlingTenant).containsExactly(
                tuple("1.1", HAI_QUE), tuple("1.2", HAI_QUE), tuple("1.3", HAI_QUE), tuple("1.4", HAI_QUE), tuple("2", HAI_QUE),
                tuple("3.1", HAI_QUE), tuple("3.2", HAI_QUE), tuple("3.3", HAI_QUE), tuple("4.1", HAI_LANG),
                tuple("4.2", HAI_LANG), tuple("4.3", HAI_LANG), tuple("5.1", HAI_LANG), tuple("5.2", HAI_LANG),
                tuple("5.3", HAI_LANG), tuple("6.1", HAI_LANG), tuple("6.2", HAI_LANG), tuple("6.3", HAI_QUE));
        assertThat(dossier.executions()).allSatisfy(e -> assertThat(e.lateness()).isIn(Lateness.EARLY, Lateness.ON_TIME));
        // 4.2: 5 days from Tue 19/5 08:00 on Hải Lăng's calendar, due Tue 26/5 08:00, done the day before
        assertThat(dossier.executions().get(9)).satisfies(e -> {
            assertThat(e.dueAt()).isEqualTo(at("2026-05-26T08:00"));
            assertThat(e.lateness()).isEqualTo(Lateness.EARLY);
        });
        assertThat(desk.events(DossierEvent.Transferred.class))
                .extracting(DossierEvent.Transferred::fromTenant, DossierEvent.Transferred::toTenant, DossierEvent.Transferred::step)
                .containsExactly(tuple(HAI_QUE, HAI_LANG, "4.1"), tuple(HAI_LANG, HAI_QUE, "6.3"));
        assertThat(dossier.participants()).containsExactly(HAI_QUE, HAI_LANG);
        assertThat(desk.history()).filteredOn(e -> e.command() == Command.TRANSFER)
                .extracting(HistoryEntry::stepBefore, HistoryEntry::stepAfter, HistoryEntry::holderBefore, HistoryEntry::holderAfter)
                .containsExactly(tuple("3.3", "4.1", HAI_QUE, HAI_LANG), tuple("6.2", "6.3", HAI_LANG, HAI_QUE));
        assertThat(desk.timers()).isEmpty();
        assertThat(HistoryChain.verify(desk.history(), dossier.historyHead(), dossier.historyLength()).intact()).isTrue();
    }

    @Test
    void not_eligible_at_4_2_the_district_writes_its_reasons_and_returns_the_dossier_unresolved_to_the_commune_desk() {
        Desk desk = toTheDistrict();
        Dossier dossier = desk.dossier();
        desk.at("2026-05-19T08:00").as(districtDesk, c -> dossier.completeStep("4.1", null, null, List.of(), c));

        assertThatThrownBy(() -> dossier.completeStep("4.2", OutcomeKind.RETURN, "6.3", List.of(), desk.by(districtSpecialist)))
                .isInstanceOf(vn.motcua.tenants.problem.InvalidInput.class);
        desk.at("2026-05-21T10:00").as(districtSpecialist, c -> dossier.completeStep("4.2", OutcomeKind.RETURN, "6.3",
                List.of("Ông Lê Văn Ba chưa đủ 80 tuổi và có lương hưu: không thuộc đối tượng hưởng trợ cấp xã hội hàng tháng"), c));

        assertThat(dossier.currentStep().orElseThrow().label()).isEqualTo("6.3");
        assertThat(dossier.holder()).isEqualTo(HAI_QUE);
        assertThat(desk.history().get(desk.history().size() - 1)).satisfies(e -> {
            assertThat(e.command()).isEqualTo(Command.COMPLETE_STEP);
            assertThat(e.outcome()).startsWith("RETURN>6.3: Không đủ điều kiện hưởng");
            assertThat(e.holderBefore()).isEqualTo(HAI_LANG);
            assertThat(e.holderAfter()).isEqualTo(HAI_QUE);
        });
        desk.at("2026-05-21T14:00").as(communeDesk, c -> dossier.resolve("6.3", null, c));
        desk.at("2026-05-22T09:00").as(communeDesk, c -> dossier.returnResult(
                new ResultDelivery(Channel.IN_PERSON, "Lê Văn Ba", null), c));

        assertThat(dossier.resolution().kind()).isEqualTo(Resolution.Kind.UNRESOLVED);
        assertThat(dossier.resolution().reasons()).singleElement().asString().contains("không thuộc đối tượng");
        assertThat(desk.events(DossierEvent.Resolved.class)).singleElement()
                .extracting(DossierEvent.Resolved::resolution).isEqualTo(Resolution.Kind.UNRESOLVED);
        assertThat(dossier.executions()).extracting(StepExecution::label)
                .as("4.3 to 6.2 never ran").endsWith("4.1", "4.2", "6.3");
        assertThat(dossier.executions().get(9).ending()).isEqualTo(StepEnding.RETURNED);
        assertThat(dossier.status()).isEqualTo(DossierStatus.RESULT_RETURNED);
    }

    /** Submitted online, reviewed, posted for 2 days (ending by itself), submitted and transferred to Hải Lăng. */
    private Desk toTheDistrict() {
        Desk desk = new Desk("2026-05-04T08:00");
        Dossier dossier = desk.receive(route, 3, Channel.ONLINE, applicant, citizen);
        assertThat(desk.history().get(0)).extracting(HistoryEntry::user, HistoryEntry::role, HistoryEntry::actorTenant)
                .containsExactly("citizen.an", "citizen", null);

        desk.at("2026-05-04T08:30").as(communeDesk, c -> dossier.accept(DocumentChecklist.allPresented(route.documents())
                .notApplicable(route.documents().get(1).name()), c));
        // 22 days = 176 office hours from Monday 4 May 08:00 on Hải Quế's calendar, which skips Tuesday 19 May
        assertThat(dossier.appointment()).isEqualTo(at("2026-06-04T08:00"));
        assertThat(QuangTri.CALENDARS.of(HAI_LANG).plus(dossier.clock().start(), route.total()))
                .as("on the district's calendar it would be a day earlier").isEqualTo(at("2026-06-03T08:00"));

        desk.at("2026-05-11T09:00").as(communeSpecialist, c -> dossier.completeStep("1.2", null, null, List.of(), c));
        desk.at("2026-05-11T15:00").as(communeLeader, c -> dossier.completeStep("1.3", null, null, List.of(), c));
        assertThat(dossier.executions().get(2).lateness()).as("1.3 ended at its due instant").isEqualTo(Lateness.ON_TIME);
        desk.at("2026-05-12T09:00").as(communeSpecialist, c -> dossier.completeStep("1.4", null, null, List.of(), c));

        // step 2 is the posting itself: the list goes up as it starts, for 2 days
        assertThat(dossier.currentStep().orElseThrow().posting().endsAt()).isEqualTo(at("2026-05-14T09:00"));
        assertThat(desk.timer(TimerChange.Purpose.POSTING_END)).isEqualTo(at("2026-05-14T09:00"));
        desk.at("2026-05-13T16:00");
        assertThatThrownBy(() -> dossier.completeStep("2", null, null, List.of(), desk.by(communeSpecialist)))
                .isInstanceOf(DossierRuleBroken.class).hasMessageContaining("cannot end before the posting does");
        assertThat(desk.fireDueTimers()).isEmpty();

        desk.at("2026-05-14T09:00");
        assertThat(desk.fireDueTimers()).singleElement().satisfies(r -> {
            assertThat(r.history().command()).isEqualTo(Command.END_POSTING);
            assertThat(r.history().role()).isEqualTo(Actor.SYSTEM_ROLE);
            assertThat(r.history().stepAfter()).isEqualTo("3.1");
        });
        assertThat(desk.fireDueTimers()).as("fired once").isEmpty();

        desk.at("2026-05-15T16:00").as(communeSpecialist, c -> dossier.completeStep("3.1", null, null, List.of(), c));
        desk.at("2026-05-18T09:00").as(communeLeader, c -> dossier.completeStep("3.2", null, null, List.of(), c));
        assertThatThrownBy(() -> dossier.completeStep("3.3", null, null, List.of(), desk.by(communeSpecialist)))
                .isInstanceOf(DossierRuleBroken.class)
                .hasMessage("step 3.3 hands the dossier to hai-lang for step 4.1: it ends with TRANSFER");
        desk.at("2026-05-18T14:00").as(communeSpecialist, c -> dossier.transfer("3.3", c));

        assertThat(dossier.holder()).isEqualTo(HAI_LANG);
        assertThatThrownBy(() -> dossier.claim("4.1", desk.by(communeDesk)))
                .as("the commune sees where it is but no longer acts on it").isInstanceOf(AccessDenied.class);
        return desk;
    }
}
