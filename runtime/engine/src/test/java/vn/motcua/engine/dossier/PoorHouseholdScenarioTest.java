package vn.motcua.engine.dossier;

import org.junit.jupiter.api.Test;
import vn.motcua.catalog.version.AdministrativeLevel;
import vn.motcua.catalog.version.Channel;
import vn.motcua.catalog.version.OutcomeKind;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.motcua.engine.dossier.QuangTri.HAI_LANG;
import static vn.motcua.engine.dossier.QuangTri.HAI_QUE;
import static vn.motcua.engine.dossier.QuangTri.at;
import static vn.motcua.engine.dossier.QuangTri.haiQue;

/**
 * "Công nhận hộ nghèo, hộ cận nghèo thường xuyên hằng năm" (71/QĐ-UBND B.3), 15 working days at Xã
 * Hải Quế: the desk receives (1, 0.5), the poverty board surveys, holds the community meeting and
 * posts the result for 3 days within its 12.5 (2), the leader signs (3), the result goes to the
 * desk (4) and back to the household (5). A complaint against the posted list means a re-check and
 * a second posting, and the dossier ends late.
 */
class PoorHouseholdScenarioTest {

    private final Actor desk = haiQue("haique.reception", "reception");
    private final Actor board = haiQue("haique.specialist", "specialist");
    private final Actor leader = haiQue("haique.leader", "leader");
    private final Route route = QuangTri.atHaiQue(QuangTri.POOR_HOUSEHOLD);

    @Test
    void a_complaint_against_the_posted_list_means_a_re_check_a_second_posting_and_a_late_dossier() {
        Desk d = new Desk("2026-05-04T08:00");
        Dossier dossier = d.receive(route, 31, Channel.IN_PERSON, Applicant.named("Phan Văn Tư"), desk);
        d.as(desk, c -> dossier.accept(DocumentChecklist.allPresented(route.documents()), c));
        // 120 office hours from Mon 4/5 08:00 on Hải Quế's calendar, Tuesday 19 May off
        assertThat(dossier.appointment()).isEqualTo(at("2026-05-26T08:00"));
        assertThat(d.timer(TimerChange.Purpose.ABOUT_TO_BE_LATE)).isEqualTo(at("2026-05-25T14:00"));
        StepExecution review = dossier.currentStep().orElseThrow();
        assertThat(review.dueAt()).as("12.5 days").isEqualTo(at("2026-05-21T14:00"));
        assertThat(review.posting()).as("survey and meeting come first").isNull();

        d.at("2026-05-11T09:00");
        assertThatThrownBy(() -> dossier.completeStep("2", null, null, List.of(), d.by(board)))
                .isInstanceOf(DossierRuleBroken.class).hasMessage("step 2 has not posted its list yet");
        d.as(board, c -> dossier.startPosting("2", c));
        assertThat(review.posting().endsAt()).as("3 days").isEqualTo(at("2026-05-14T09:00"));

        d.at("2026-05-12T10:00").as(desk, c -> dossier.recordComplaint("2", "Hộ ông Phan Văn Tư khiếu nại điểm chấm", c));
        d.at("2026-05-14T09:00");
        assertThat(d.fireDueTimers()).singleElement().satisfies(r -> {
            assertThat(r.history().command()).isEqualTo(Command.END_POSTING);
            assertThat(r.history().stepAfter()).as("a complaint keeps the step with its handler").isEqualTo("2");
        });
        assertThat(review.posting().isUp()).isFalse();
        assertThat(review.posting().hasComplaint()).isTrue();

        // the re-check (phúc tra) within 7 days, then its result is posted for 3 days
        d.at("2026-05-21T09:00").as(board, c -> dossier.startPosting("2", c));
        assertThat(review.posting().number()).isEqualTo(2);
        assertThat(review.posting().endsAt()).isEqualTo(at("2026-05-26T09:00"));

        d.at("2026-05-25T14:00");
        assertThat(d.fireDueTimers()).isEmpty();
        assertThat(d.events(DossierEvent.AboutToBeLate.class)).singleElement().satisfies(e -> {
            assertThat(e.appointment()).isEqualTo(at("2026-05-26T08:00"));
            assertThat(e.holder()).isEqualTo(HAI_QUE);
        });
        assertThat(dossier.isAboutToBeLate(at("2026-05-25T15:00"), CommandContext.DEFAULT_WARNING, QuangTri.CALENDARS)).isTrue();

        d.at("2026-05-26T09:00");
        assertThat(d.fireDueTimers()).singleElement().satisfies(r -> assertThat(r.history().stepAfter()).isEqualTo("3"));
        assertThat(dossier.isLate(d.now(), QuangTri.CALENDARS)).isTrue();
        assertThat(review.lateness()).isEqualTo(Lateness.LATE);
        d.at("2026-05-26T10:00").as(leader, c -> dossier.completeStep("3", OutcomeKind.PROCEED, null, List.of(), c));
        d.at("2026-05-26T14:00").as(board, c -> dossier.completeStep("4", null, null, List.of(), c));
        d.at("2026-05-27T09:00").as(desk, c -> dossier.resolve("5", "Giấy chứng nhận hộ cận nghèo số 7", c));

        assertThat(dossier.lateness()).isEqualTo(Lateness.LATE);
        assertThat(d.history().get(d.history().size() - 1).details()).containsEntry("lateness", "LATE");
        assertThat(d.events(DossierEvent.Resolved.class)).singleElement().extracting(DossierEvent.Resolved::lateness)
                .isEqualTo(Lateness.LATE);
        d.at("2026-05-27T10:00").as(desk, c -> dossier.returnResult(new ResultDelivery(Channel.IN_PERSON, "Phan Văn Tư", null), c));
        assertThat(d.history()).extracting(HistoryEntry::command).containsExactly(Command.RECEIVE, Command.ACCEPT,
                Command.START_POSTING, Command.RECORD_COMPLAINT, Command.END_POSTING, Command.START_POSTING,
                Command.END_POSTING, Command.COMPLETE_STEP, Command.COMPLETE_STEP, Command.RESOLVE, Command.RETURN_RESULT);
        assertThat(d.history().get(3).reasons()).containsExactly("Hộ ông Phan Văn Tư khiếu nại điểm chấm");
        assertThat(d.timers()).isEmpty();
    }

    @Test
    void any_commune_desk_of_the_province_receives_it_and_the_competent_commune_handles_it() {
        String phuong5 = "phuong-5";
        Route received = Route.snapshot(QuangTri.effective(QuangTri.decision71(), HAI_QUE, QuangTri.POOR_HOUSEHOLD), QuangTri.PIN,
                HandlingTenants.receivedAt(phuong5).level(AdministrativeLevel.COMMUNE, HAI_QUE)
                        .level(AdministrativeLevel.DISTRICT, HAI_LANG).build());
        Desk d = new Desk("2026-05-04T08:00");
        Dossier dossier = d.receive(received, 1, Channel.IN_PERSON, Applicant.named("Phan Văn Tư"),
                Actor.staff("p5.reception", phuong5, "reception"));

        d.as(Actor.staff("p5.reception", phuong5, "reception"),
                c -> dossier.accept(DocumentChecklist.allPresented(received.documents()), c));

        assertThat(dossier.receivingTenant()).isEqualTo(phuong5);
        assertThat(dossier.holder()).isEqualTo(HAI_QUE);
        assertThat(dossier.participants()).containsExactly(phuong5, HAI_QUE);
        assertThat(d.events(DossierEvent.Transferred.class)).extracting(DossierEvent.Transferred::fromTenant,
                DossierEvent.Transferred::toTenant).containsExactly(tuple(phuong5, HAI_QUE));
        assertThat(dossier.appointment()).as("on the competent commune's calendar, which closes on 19 May")
                .isEqualTo(at("2026-05-26T08:00"));
    }
}
