package vn.motcua.engine.dossier;

import org.junit.jupiter.api.Test;
import vn.motcua.catalog.version.Channel;
import vn.motcua.catalog.version.OutcomeKind;
import vn.motcua.tenants.problem.AccessDenied;
import vn.motcua.tenants.problem.InvalidInput;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.motcua.engine.dossier.DossierStatus.NEWLY_REGISTERED;
import static vn.motcua.engine.dossier.DossierStatus.PROCESSED;
import static vn.motcua.engine.dossier.DossierStatus.PROCESSING;
import static vn.motcua.engine.dossier.DossierStatus.RECEIVED;
import static vn.motcua.engine.dossier.DossierStatus.RESULT_RETURNED;
import static vn.motcua.engine.dossier.QuangTri.HAI_LANG;
import static vn.motcua.engine.dossier.QuangTri.at;
import static vn.motcua.engine.dossier.QuangTri.haiLang;
import static vn.motcua.engine.dossier.QuangTri.haiQue;

/**
 * "Thăm viếng mộ liệt sĩ" (71/QĐ-UBND A.1): 3 working days at Huyện Hải Lăng — the desk receives
 * (0.5), a specialist appraises (1.5), the office's leader signs (0.5), the specialist passes the
 * result to the desk (0.5), the desk hands it over (not counted). Received on Friday 24 April 2026,
 * before Hùng Kings' day in lieu and the 30 April – 1 May holidays.
 */
class VisitScenarioTest {

    private final Actor reception = haiLang("hailang.reception", "reception");
    private final Actor specialist = haiLang("hailang.specialist", "specialist");
    private final Actor leader = haiLang("hailang.leader", "leader");
    private final Route route = QuangTri.atHaiLang(QuangTri.VISIT);

    @Test
    void from_reception_to_the_returned_result() {
        Desk desk = new Desk("2026-04-24T09:00");
        Dossier dossier = desk.receive(route, 7, Channel.IN_PERSON, Applicant.named("Nguyễn Thị Hoa"), reception);

        assertThat(dossier.code()).isEqualTo("000.00.23.H50-260424-0007");
        assertThat(dossier.status()).isEqualTo(NEWLY_REGISTERED);
        assertThat(dossier.appointment()).as("no receipt before the check").isNull();
        assertThat(dossier.currentStep().orElseThrow().dueAt()).as("0.5 day from 09:00").isEqualTo(at("2026-04-24T15:00"));

        desk.at("2026-04-24T09:20").as(reception, c -> dossier.accept(DocumentChecklist.allPresented(route.documents()), c));
        // 3 days from 09:00, the start of the check: Fri 6.5 h, Tue 28 and Wed 29 16 h, Mon 4 May 1.5 h
        assertThat(dossier.appointment()).isEqualTo(at("2026-05-04T09:00"));
        assertThat(dossier.status()).isEqualTo(RECEIVED);
        assertThat(desk.events(DossierEvent.Accepted.class)).singleElement()
                .extracting(DossierEvent.Accepted::appointment).isEqualTo(at("2026-05-04T09:00"));
        assertThat(desk.timer(TimerChange.Purpose.ABOUT_TO_BE_LATE)).as("half a day before").isEqualTo(at("2026-04-29T15:00"));
        // 1.5 days from 09:20: Fri 6 h 10, Tue 5 h 50
        assertThat(dossier.currentStep().orElseThrow().dueAt()).isEqualTo(at("2026-04-28T15:20"));

        desk.at("2026-04-28T08:00").as(specialist, c -> dossier.claim("2", c));
        assertThat(dossier.status()).isEqualTo(PROCESSING);
        desk.at("2026-04-28T10:00").as(specialist, c -> dossier.completeStep("2", null, null, List.of(), c));
        desk.at("2026-04-28T14:00").as(leader, c -> dossier.completeStep("3", null, null, List.of(), c));
        assertThatThrownBy(() -> dossier.completeStep("4", null, null, List.of(), desk.by(specialist)))
                .isInstanceOf(DossierRuleBroken.class).hasMessageContaining("ends with RESOLVE");
        // step 4 is due Wed 29/4 08:00 (0.5 day from Tue 14:00); ended on the Tuesday: early
        desk.at("2026-04-28T17:00").as(specialist, c -> dossier.resolve("4", "Giấy giới thiệu số 15/GGT", c));

        assertThat(dossier.status()).isEqualTo(PROCESSED);
        assertThat(dossier.lateness()).isEqualTo(Lateness.EARLY);
        assertThat(dossier.resolution().kind()).isEqualTo(Resolution.Kind.RESOLVED);
        assertThat(dossier.currentStep().orElseThrow().stepNumber()).as("the hand-over, not counted").isEqualTo("5");
        assertThat(dossier.currentStep().orElseThrow().dueAt()).isNull();
        assertThat(desk.timers()).as("nothing left to warn about").isEmpty();

        desk.at("2026-05-04T08:00").as(reception, c -> dossier.returnResult(
                new ResultDelivery(Channel.IN_PERSON, "Nguyễn Thị Hoa", null), c));

        assertThat(dossier.status()).isEqualTo(RESULT_RETURNED);
        assertThat(dossier.allowedCommands()).isEmpty();
        assertThat(dossier.executions()).extracting(StepExecution::label, StepExecution::ending, StepExecution::lateness,
                StepExecution::assignee).containsExactly(
                tuple("1", StepEnding.COMPLETED, Lateness.ON_TIME, "hailang.reception"),
                tuple("2", StepEnding.COMPLETED, Lateness.ON_TIME, "hailang.specialist"),
                tuple("3", StepEnding.COMPLETED, Lateness.ON_TIME, "hailang.leader"),
                tuple("4", StepEnding.COMPLETED, Lateness.EARLY, "hailang.specialist"),
                tuple("5", StepEnding.HANDED_OVER, null, null));
        assertThat(desk.history()).extracting(HistoryEntry::command, HistoryEntry::statusBefore, HistoryEntry::statusAfter,
                HistoryEntry::stepBefore, HistoryEntry::stepAfter, HistoryEntry::user, HistoryEntry::role).containsExactly(
                tuple(Command.RECEIVE, null, NEWLY_REGISTERED, null, "1", "hailang.reception", "reception"),
                tuple(Command.ACCEPT, NEWLY_REGISTERED, RECEIVED, "1", "2", "hailang.reception", "reception"),
                tuple(Command.CLAIM, RECEIVED, PROCESSING, "2", "2", "hailang.specialist", "specialist"),
                tuple(Command.COMPLETE_STEP, PROCESSING, PROCESSING, "2", "3", "hailang.specialist", "specialist"),
                tuple(Command.COMPLETE_STEP, PROCESSING, PROCESSING, "3", "4", "hailang.leader", "leader"),
                tuple(Command.RESOLVE, PROCESSING, PROCESSED, "4", "5", "hailang.specialist", "specialist"),
                tuple(Command.RETURN_RESULT, PROCESSED, RESULT_RETURNED, "5", null, "hailang.reception", "reception"));
        assertThat(desk.history()).allSatisfy(e -> {
            assertThat(e.actorTenant()).isEqualTo(HAI_LANG);
            assertThat(e.clientId()).isEqualTo("motcua-desk");
            assertThat(e.clientIp()).isEqualTo("10.0.0.7");
            assertThat(e.holderAfter()).isEqualTo(HAI_LANG);
        });
        assertThat(desk.history().get(6).details()).containsEntry("channel", "IN_PERSON").containsEntry("receiver", "Nguyễn Thị Hoa");
        assertThat(HistoryChain.verify(desk.history(), dossier.historyHead(), dossier.historyLength()).intact()).isTrue();
    }

    @Test
    void refused_at_reception_when_the_citizen_cannot_complete_the_dossier() {
        Desk desk = new Desk("2026-04-24T09:00");
        Dossier dossier = desk.receive(route, 8, Channel.IN_PERSON, Applicant.named("Trần Văn Nam"), reception);
        String application = route.documents().get(0).name();

        assertThatThrownBy(() -> dossier.accept(DocumentChecklist.empty(), desk.by(reception)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors().get("documents")).contains(application));

        desk.at("2026-04-24T09:10").as(reception, c -> dossier.requestSupplement(List.of(application),
                List.of("Đơn chưa có xác nhận"), c));
        assertThat(dossier.status()).isEqualTo(DossierStatus.AWAITING_SUPPLEMENT);
        assertThat(dossier.stage()).isEqualTo(Stage.RECEPTION);
        assertThat(desk.events(DossierEvent.SupplementRequested.class)).singleElement().satisfies(e -> {
            assertThat(e.atReception()).isTrue();
            assertThat(e.missingDocuments()).containsExactly(application);
        });

        desk.at("2026-05-04T10:00").as(reception, c -> dossier.refuse(List.of("Người nộp không bổ sung được đơn theo Mẫu số 31"), c));

        assertThat(dossier.status()).isEqualTo(DossierStatus.NOT_RECEIVED);
        assertThat(dossier.appointment()).isNull();
        assertThat(dossier.lateness()).as("never received, never timed").isNull();
        assertThat(desk.events(DossierEvent.Refused.class)).singleElement().extracting(DossierEvent.Refused::atReception).isEqualTo(true);
        assertThat(desk.history().get(2).reasons()).containsExactly("Người nộp không bổ sung được đơn theo Mẫu số 31");
        assertThatThrownBy(() -> dossier.resumeOnSupplement(List.of(application), desk.by(reception)))
                .isInstanceOf(CommandNotAllowed.class)
                .hasMessageContaining("is NOT_RECEIVED (Không được tiếp nhận): RESUME_ON_SUPPLEMENT is not allowed; allowed: none");
    }

    @Test
    void a_supplement_at_reception_starts_the_check_again_and_the_appointment_counts_from_the_complete_dossier() {
        Desk desk = new Desk("2026-04-24T09:00");
        Dossier dossier = desk.receive(route, 9, Channel.POSTAL, Applicant.named("Trần Văn Nam"), reception);
        desk.at("2026-04-24T09:10").as(reception, c -> dossier.requestSupplement(List.of(), List.of("Thiếu chữ ký"), c));
        desk.at("2026-04-28T08:00").as(reception, c -> dossier.resumeOnSupplement(List.of("Đơn đã ký"), c));

        assertThat(dossier.status()).isEqualTo(NEWLY_REGISTERED);
        assertThat(dossier.currentStep().orElseThrow().label()).isEqualTo("1 (2)");
        desk.at("2026-04-28T08:30").as(reception, c -> dossier.accept(DocumentChecklist.allPresented(route.documents()), c));
        // 24 office hours from Tue 28/4 08:00: Tue 7.5, Wed 8, Mon 4/5 8, Tue 5/5 0.5
        assertThat(dossier.appointment()).isEqualTo(at("2026-05-05T08:00"));
        assertThat(dossier.executions()).extracting(StepExecution::label, StepExecution::ending)
                .containsExactly(tuple("1", StepEnding.SUPPLEMENT_REQUESTED), tuple("1 (2)", StepEnding.COMPLETED),
                        tuple("2", null));
    }

    @Test
    void the_leader_returns_the_draft_to_the_specialist_and_the_first_pass_is_kept() {
        Desk desk = new Desk("2026-04-24T09:00");
        Dossier dossier = desk.receive(route, 10, Channel.IN_PERSON, Applicant.named("Nguyễn Thị Hoa"), reception);
        desk.as(reception, c -> dossier.accept(DocumentChecklist.allPresented(route.documents()), c));
        desk.at("2026-04-24T14:00").as(specialist, c -> dossier.completeStep("2", OutcomeKind.PROCEED, null, List.of(), c));

        assertThatThrownBy(() -> dossier.returnToStep("3", "2", List.of(), desk.by(leader)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors()).containsKey("reasons"));
        assertThatThrownBy(() -> dossier.returnToStep("3", "1", List.of("x"), desk.by(leader)))
                .isInstanceOf(DossierRuleBroken.class).hasMessageContaining("supplement");
        desk.at("2026-04-28T09:00").as(leader, c -> dossier.returnToStep("3", "2", List.of("Dự thảo sai tên liệt sĩ"), c));

        StepExecution secondPass = dossier.currentStep().orElseThrow();
        assertThat(secondPass.label()).isEqualTo("2 (2)");
        assertThat(secondPass.startedAt()).isEqualTo(at("2026-04-28T09:00"));
        // a new pass has the step's full 1.5 days: Tue 28 from 09:00 6.5 h, Wed 29 5.5 h
        assertThat(secondPass.dueAt()).isEqualTo(at("2026-04-29T15:00"));
        assertThat(dossier.appointment()).as("a return does not move the appointment").isEqualTo(at("2026-05-04T09:00"));
        assertThat(dossier.executions()).extracting(StepExecution::label, StepExecution::ending, StepExecution::assignee,
                StepExecution::reasons).containsExactly(
                tuple("1", StepEnding.COMPLETED, "hailang.reception", List.of()),
                tuple("2", StepEnding.COMPLETED, "hailang.specialist", List.of()),
                tuple("3", StepEnding.RETURNED, "hailang.leader", List.of("Dự thảo sai tên liệt sĩ")),
                tuple("2 (2)", null, null, List.of()));
        assertThat(desk.history().get(3)).satisfies(e -> {
            assertThat(e.command()).isEqualTo(Command.RETURN_TO_STEP);
            assertThat(e.stepBefore()).isEqualTo("3");
            assertThat(e.stepAfter()).isEqualTo("2 (2)");
            assertThat(e.outcome()).isEqualTo("RETURN>2");
        });

        desk.at("2026-04-28T10:00").as(specialist, c -> dossier.completeStep("2", null, null, List.of(), c));
        assertThat(dossier.currentStep().orElseThrow().label()).isEqualTo("3 (2)");
    }

    @Test
    void a_wait_for_a_payment_pauses_the_clock_like_a_supplement() {
        Desk desk = new Desk("2026-04-24T09:00");
        Dossier dossier = desk.receive(route, 13, Channel.IN_PERSON, Applicant.named("Nguyễn Thị Hoa"), reception);
        desk.as(reception, c -> dossier.accept(DocumentChecklist.allPresented(route.documents()), c));

        desk.at("2026-04-24T16:30").as(specialist, c -> dossier.requestFinancialObligation("Lệ phí cấp bản sao: 10.000 đồng", c));
        assertThat(dossier.status()).isEqualTo(DossierStatus.AWAITING_FINANCIAL_OBLIGATION);
        desk.at("2026-04-28T08:30").as(reception, c -> dossier.confirmFinancialObligation("Biên lai 0012", c));

        // paused Fri 16:30–17:30 and Tue 07:30–08:30: 2 office hours
        assertThat(dossier.status()).isEqualTo(PROCESSING);
        assertThat(dossier.appointment()).isEqualTo(at("2026-05-04T11:00"));
        assertThat(desk.events(DossierEvent.FinancialObligationConfirmed.class)).singleElement()
                .extracting(DossierEvent.FinancialObligationConfirmed::pausedWorkingTime).isEqualTo(java.time.Duration.ofHours(2));
        assertThat(desk.history().get(0).details()).containsEntry("catalogVersion", "71").containsEntry("adoption", "12@3");
    }

    @Test
    void of_two_completions_of_one_step_the_second_finds_the_step_gone() {
        Desk desk = new Desk("2026-04-24T09:00");
        Dossier dossier = desk.receive(route, 11, Channel.IN_PERSON, Applicant.named("Nguyễn Thị Hoa"), reception);
        desk.as(reception, c -> dossier.accept(DocumentChecklist.allPresented(route.documents()), c));
        Actor otherSpecialist = haiLang("hailang.specialist2", "specialist");
        desk.as(specialist, c -> dossier.completeStep("2", null, null, List.of(), c));

        assertThatThrownBy(() -> dossier.completeStep("2", null, null, List.of(), desk.by(otherSpecialist)))
                .isInstanceOf(DossierRuleBroken.class)
                .hasMessage("step 2 of dossier 000.00.23.H50-260424-0011 is not the current step (3)");
        assertThat(desk.history()).hasSize(3);
    }

    @Test
    void only_the_steps_role_at_the_steps_unit_and_its_assignee_may_act() {
        Desk desk = new Desk("2026-04-24T09:00");
        Dossier dossier = desk.receive(route, 12, Channel.IN_PERSON, Applicant.named("Nguyễn Thị Hoa"), reception);

        assertThatThrownBy(() -> dossier.completeStep("1", null, null, List.of(), desk.by(specialist)))
                .isInstanceOf(CommandNotAllowed.class)
                .hasMessageContaining("is NEWLY_REGISTERED (Mới đăng ký): COMPLETE_STEP is not allowed;"
                        + " allowed: ACCEPT, REQUEST_SUPPLEMENT, REFUSE, CLAIM, ASSIGN, WITHDRAW");
        assertThatThrownBy(() -> dossier.accept(DocumentChecklist.allPresented(route.documents()),
                desk.by(haiQue("haique.reception", "reception")))).isInstanceOf(AccessDenied.class);
        desk.as(reception, c -> dossier.accept(DocumentChecklist.allPresented(route.documents()), c));
        assertThatThrownBy(() -> dossier.completeStep("2", null, null, List.of(), desk.by(reception)))
                .isInstanceOf(AccessDenied.class).hasMessageContaining("role specialist");
        desk.as(leader, c -> dossier.assign("2", "hailang.specialist2", c));
        assertThatThrownBy(() -> dossier.completeStep("2", null, null, List.of(), desk.by(specialist)))
                .isInstanceOf(AccessDenied.class).hasMessageContaining("assigned to hailang.specialist2");
        assertThatThrownBy(() -> dossier.claim("2", desk.by(specialist))).isInstanceOf(AccessDenied.class);
        assertThat(dossier.status()).as("a leader's assignment takes the dossier into processing").isEqualTo(PROCESSING);
    }
}
