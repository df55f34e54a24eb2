package vn.motcua.engine.dossier;

import org.junit.jupiter.api.Test;
import vn.motcua.catalog.version.Channel;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.engine.dossier.QuangTri.HAI_LANG;
import static vn.motcua.engine.dossier.QuangTri.HAI_QUE;
import static vn.motcua.engine.dossier.QuangTri.at;
import static vn.motcua.engine.dossier.QuangTri.haiLang;
import static vn.motcua.engine.dossier.QuangTri.haiQue;

/**
 * "Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội" (71/QĐ-UBND B.2), 5 working days: Xã Hải
 * Quế receives (1) and proposes (2), Huyện Hải Lăng reviews (3), decides (4) and completes the
 * result (5), Hải Quế's desk takes it back for the family (6). The district finds the death
 * certificate uncertified and asks for a supplement: the dossier waits 18 h 37 min of office time,
 * and the appointment moves by exactly that.
 */
class FuneralSupportScenarioTest {

    private final Actor communeDesk = haiQue("haique.reception", "reception");
    private final Actor communeSpecialist = haiQue("haique.specialist", "specialist");
    private final Actor districtSpecialist = haiLang("hailang.specialist", "specialist");
    private final Actor districtLeader = haiLang("hailang.leader", "leader");
    private final Route route = QuangTri.atHaiQue(QuangTri.FUNERAL_SUPPORT);

    @Test
    void a_supplement_asked_by_the_district_pauses_the_clock_and_moves_the_appointment_by_the_paused_working_time() {
        Desk desk = new Desk("2026-05-04T08:00");
        Dossier dossier = desk.receive(route, 21, Channel.IN_PERSON, Applicant.named("Hoàng Thị Lan"), communeDesk);
        String survivorship = route.documents().get(2).name();
        desk.as(communeDesk, c -> dossier.accept(DocumentChecklist.allPresented(route.documents()).notApplicable(survivorship), c));
        // 40 office hours from Mon 4/5 08:00: Mon 7.5, Tue–Fri 32, Mon 11/5 0.5
        assertThat(dossier.appointment()).isEqualTo(at("2026-05-11T08:00"));
        assertThat(desk.history().get(1).details()).containsEntry("documentsPresented",
                "Giấy chứng tử của đối tượng; Tờ khai đề nghị hỗ trợ chi phí mai táng");

        desk.at("2026-05-04T15:00").as(communeSpecialist, c -> dossier.transfer("2", c));
        StepExecution review = dossier.currentStep().orElseThrow();
        assertThat(review.handlingTenant()).isEqualTo(HAI_LANG);
        // 1.75 days = 14 h from Mon 15:00: Mon 2.5, Tue 8, Wed 3.5
        assertThat(review.dueAt()).isEqualTo(at("2026-05-06T11:00"));

        desk.at("2026-05-05T10:10").as(districtSpecialist, c -> dossier.requestSupplement(
                List.of("Giấy chứng tử của đối tượng"), List.of("Bản sao chưa được chứng thực"), c));
        assertThat(dossier.status()).isEqualTo(DossierStatus.AWAITING_SUPPLEMENT);
        assertThat(dossier.stage()).isEqualTo(Stage.HANDLING);
        assertThat(desk.timer(TimerChange.Purpose.ABOUT_TO_BE_LATE)).as("the citizen holds it").isNull();
        assertThat(dossier.isLate(at("2026-05-12T08:00"), QuangTri.CALENDARS)).as("a paused dossier is never late").isFalse();
        assertThatThrownBy(() -> dossier.completeStep("3", null, null, List.of(), desk.by(districtSpecialist)))
                .isInstanceOf(CommandNotAllowed.class).hasMessageContaining("allowed: RESUME_ON_SUPPLEMENT, WITHDRAW, STOP");

        // the family brings the certified copy to the commune desk on Thursday
        desk.at("2026-05-07T14:47").as(communeDesk, c -> dossier.resumeOnSupplement(List.of("Bản sao chứng thực Giấy chứng tử"), c));

        // paused Tue 10:10–11:30, 13:30–17:30, Wed 8 h, Thu 07:30–11:30, 13:30–14:47: 18 h 37 min
        Duration paused = Duration.ofMinutes(18 * 60 + 37);
        assertThat(desk.events(DossierEvent.SupplementReceived.class)).singleElement().satisfies(e -> {
            assertThat(e.pausedWorkingTime()).isEqualTo(paused);
            assertThat(e.appointment()).isEqualTo(at("2026-05-13T10:37"));
        });
        assertThat(dossier.appointment()).isEqualTo(at("2026-05-13T10:37"));
        assertThat(QuangTri.CALENDARS.of(HAI_QUE).workingTimeBetween(at("2026-05-11T08:00"), dossier.appointment()))
                .as("moved by exactly the paused working time").isEqualTo(paused);
        assertThat(dossier.status()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(review.pausedWorkingTime()).isEqualTo(paused);
        assertThat(review.dueAt()).as("the step's own due moves too").isEqualTo(at("2026-05-08T15:37"));
        assertThat(desk.history().get(desk.history().size() - 1).details())
                .containsEntry("appointmentBefore", "2026-05-11T01:00:00.000Z")
                .containsEntry("appointment", "2026-05-13T03:37:00.000Z");
        // four office hours before Wed 13/5 10:37: 3 h 07 on Wednesday morning, 53 min of Tuesday afternoon
        assertThat(desk.timer(TimerChange.Purpose.ABOUT_TO_BE_LATE)).as("half a day before the moved appointment")
                .isEqualTo(at("2026-05-12T16:37"));

        desk.at("2026-05-08T09:00").as(districtSpecialist, c -> dossier.completeStep("3", null, null, List.of(), c));
        desk.at("2026-05-08T14:00").as(districtLeader, c -> dossier.completeStep("4", null, null, List.of(), c));
        desk.at("2026-05-11T09:00").as(districtSpecialist, c -> dossier.transfer("5", c));
        desk.at("2026-05-11T16:00").as(communeDesk, c -> dossier.resolve("6", "Quyết định số 45/QĐ-UBND", c));

        assertThat(dossier.lateness()).as("past the first appointment, before the moved one").isEqualTo(Lateness.EARLY);
        assertThat(review.lateness()).isEqualTo(Lateness.ON_TIME);
        desk.at("2026-05-12T08:00").as(communeDesk, c -> dossier.returnResult(
                new ResultDelivery(Channel.POSTAL, "Bưu điện Hải Lăng", "EL123456789VN"), c));
        assertThat(dossier.status()).isEqualTo(DossierStatus.RESULT_RETURNED);
        assertThat(dossier.delivery().reference()).isEqualTo("EL123456789VN");
        assertThat(HistoryChain.verify(desk.history()).intact()).isTrue();
    }

    @Test
    void the_district_refuses_an_ineligible_dossier_and_the_commune_desk_hands_the_refusal_over() {
        Desk desk = new Desk("2026-05-04T08:00");
        Dossier dossier = desk.receive(route, 22, Channel.IN_PERSON, Applicant.named("Hoàng Thị Lan"), communeDesk);
        desk.as(communeDesk, c -> dossier.accept(DocumentChecklist.allPresented(route.documents()), c));
        desk.at("2026-05-04T15:00").as(communeSpecialist, c -> dossier.transfer("2", c));

        desk.at("2026-05-05T09:00").as(districtSpecialist, c -> dossier.refuse(
                List.of("Người từ trần không thuộc đối tượng bảo trợ xã hội đang hưởng trợ cấp hằng tháng"), c));

        assertThat(dossier.status()).isEqualTo(DossierStatus.PROCESSED);
        assertThat(dossier.resolution().kind()).isEqualTo(Resolution.Kind.REFUSED);
        assertThat(dossier.holder()).as("the refusal goes back to the desk that received it").isEqualTo(HAI_QUE);
        assertThat(dossier.lateness()).isEqualTo(Lateness.EARLY);
        assertThat(desk.events(DossierEvent.Refused.class)).singleElement().extracting(DossierEvent.Refused::atReception).isEqualTo(false);
        desk.at("2026-05-05T14:00").as(communeDesk, c -> dossier.returnResult(new ResultDelivery(Channel.IN_PERSON, "Hoàng Thị Lan", null), c));
        assertThat(dossier.status()).isEqualTo(DossierStatus.RESULT_RETURNED);
    }

    @Test
    void a_step_whose_outcomes_list_no_supplement_cannot_ask_for_one() {
        Desk desk = new Desk("2026-05-04T08:00");
        Dossier dossier = desk.receive(route, 23, Channel.IN_PERSON, Applicant.named("Hoàng Thị Lan"), communeDesk);
        desk.as(communeDesk, c -> dossier.accept(DocumentChecklist.allPresented(route.documents()), c));
        desk.at("2026-05-04T15:00").as(communeSpecialist, c -> dossier.transfer("2", c));
        desk.at("2026-05-05T09:00").as(districtSpecialist, c -> dossier.completeStep("3", null, null, List.of(), c));

        assertThatThrownBy(() -> dossier.requestSupplement(List.of("x"), List.of(), desk.by(districtLeader)))
                .isInstanceOf(DossierRuleBroken.class).hasMessageContaining("step 4").hasMessageContaining("no SUPPLEMENT outcome");
    }
}
