package vn.motcua.engine.dossier;

import org.junit.jupiter.api.Test;
import vn.motcua.catalog.version.Channel;
import vn.motcua.catalog.version.OutcomeKind;
import vn.motcua.tenants.problem.AccessDenied;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.motcua.engine.dossier.QuangTri.at;
import static vn.motcua.engine.dossier.QuangTri.haiQue;

/**
 * "Công nhận hộ thoát nghèo, hộ thoát cận nghèo thường xuyên hằng năm" (71/QĐ-UBND B.4), 15
 * working days at Xã Hải Quế: the desk receives (1), the commune's chairman has the household
 * surveyed, the meeting held, the result posted 3 days, and decides — recognition or a written
 * refusal (2, 14 days), the desk returns the result (3). The decision after the posting is a
 * choice, so the posting's end does not end the step by itself.
 */
class EscapedPovertyScenarioTest {

    private final Actor citizen = Actor.citizen("citizen.an");
    private final Actor desk = haiQue("haique.reception", "reception");
    private final Actor leader = haiQue("haique.leader", "leader");
    private final Actor culture = haiQue("haique.specialist", "specialist");
    private final Route route = QuangTri.atHaiQue(QuangTri.ESCAPED_POVERTY);
    private final Applicant household = new Applicant("Võ Thị Mai", null, "Thôn Trà Trì, xã Hải Quế", null, null, "citizen.an");

    @Test
    void after_the_posting_the_chairman_decides_and_the_desk_returns_the_recognition() {
        Desk d = postedAndDown();
        Dossier dossier = d.dossier();

        d.at("2026-05-15T09:00").as(leader, c -> dossier.completeStep("2", OutcomeKind.PROCEED, null, List.of(), c));
        d.at("2026-05-15T14:00").as(culture, c -> dossier.resolve("3", "Quyết định công nhận hộ thoát nghèo (Mẫu số 02)", c));
        d.at("2026-05-18T08:00").as(desk, c -> dossier.returnResult(new ResultDelivery(Channel.ONLINE, "Võ Thị Mai", null), c));

        assertThat(dossier.status()).isEqualTo(DossierStatus.RESULT_RETURNED);
        assertThat(dossier.lateness()).isEqualTo(Lateness.EARLY);
        assertThat(dossier.executions()).extracting(StepExecution::label, StepExecution::endedBy)
                .containsExactly(tuple("1", "haique.reception"), tuple("2", "haique.leader"), tuple("3", "haique.specialist"));
    }

    @Test
    void the_household_withdraws_its_dossier_online_and_nothing_more_can_happen_to_it() {
        Desk d = postedAndDown();
        Dossier dossier = d.dossier();

        assertThatThrownBy(() -> dossier.withdraw(List.of(), d.by(Actor.citizen("someone.else"))))
                .isInstanceOf(AccessDenied.class);
        d.at("2026-05-15T10:00").as(citizen, c -> dossier.withdraw(List.of("Gia đình tự nguyện rút hồ sơ"), c));

        assertThat(dossier.status()).isEqualTo(DossierStatus.WITHDRAWN);
        assertThat(dossier.currentStep()).isEmpty();
        assertThat(dossier.executions().get(1)).satisfies(e -> {
            assertThat(e.ending()).isEqualTo(StepEnding.WITHDRAWN);
            assertThat(e.endedBy()).isEqualTo("citizen.an");
            assertThat(e.assignee()).as("the household did not do the chairman's step").isNull();
        });
        assertThat(d.timers()).as("no warning for a withdrawn dossier").isEmpty();
        assertThat(d.history().get(d.history().size() - 1)).satisfies(e -> {
            assertThat(e.command()).isEqualTo(Command.WITHDRAW);
            assertThat(e.role()).isEqualTo("citizen");
            assertThat(e.statusAfter()).isEqualTo(DossierStatus.WITHDRAWN);
        });
        assertThat(dossier.lateness()).as("a withdrawn dossier is not counted early or late").isNull();
        assertThatThrownBy(() -> dossier.stop(List.of("x"), d.by(leader)))
                .isInstanceOf(CommandNotAllowed.class).hasMessageEndingWith("allowed: none");
    }

    @Test
    void the_chairman_refuses_in_writing_and_the_desk_hands_the_refusal_over() {
        Desk d = postedAndDown();
        Dossier dossier = d.dossier();

        assertThatThrownBy(() -> dossier.refuse(List.of(), d.by(leader))).isInstanceOf(vn.motcua.tenants.problem.InvalidInput.class);
        d.at("2026-05-15T09:00").as(leader, c -> dossier.refuse(List.of("Thu nhập bình quân chưa vượt chuẩn cận nghèo"), c));

        assertThat(dossier.status()).isEqualTo(DossierStatus.PROCESSED);
        assertThat(dossier.resolution()).isEqualTo(new Resolution(Resolution.Kind.REFUSED,
                List.of("Thu nhập bình quân chưa vượt chuẩn cận nghèo"), null));
        assertThat(dossier.currentStep()).isEmpty();
        d.at("2026-05-15T10:00").as(desk, c -> dossier.returnResult(new ResultDelivery(Channel.IN_PERSON, "Võ Thị Mai", null), c));
        assertThat(dossier.status()).isEqualTo(DossierStatus.RESULT_RETURNED);
    }

    @Test
    void a_leader_stops_the_processing_with_reasons() {
        Desk d = postedAndDown();
        Dossier dossier = d.dossier();

        assertThatThrownBy(() -> dossier.stop(List.of("x"), d.by(desk))).isInstanceOf(AccessDenied.class);
        d.at("2026-05-15T09:00").as(leader, c -> dossier.stop(List.of("Hộ gia đình đã chuyển khỏi địa bàn xã"), c));

        assertThat(dossier.status()).isEqualTo(DossierStatus.STOPPED);
        assertThat(d.events(DossierEvent.Stopped.class)).singleElement().extracting(DossierEvent.Stopped::reasons)
                .isEqualTo(List.of("Hộ gia đình đã chuyển khỏi địa bàn xã"));
    }

    /** Submitted online, accepted, posted for 3 days from Monday 11 May; the posting came down on Thursday 14. */
    private Desk postedAndDown() {
        Desk d = new Desk("2026-05-04T08:00");
        Dossier dossier = d.receive(route, 41, Channel.ONLINE, household, citizen);
        d.at("2026-05-04T09:00").as(desk, c -> dossier.accept(DocumentChecklist.allPresented(route.documents()), c));
        d.at("2026-05-11T09:00").as(leader, c -> dossier.startPosting("2", c));
        d.at("2026-05-14T09:00");
        assertThat(d.fireDueTimers()).singleElement().satisfies(r -> {
            assertThat(r.events(DossierEvent.PostingEnded.class)).singleElement()
                    .extracting(DossierEvent.PostingEnded::withComplaint).isEqualTo(false);
            assertThat(r.history().stepAfter()).as("recognise or refuse: the chairman's choice").isEqualTo("2");
        });
        assertThat(dossier.appointment()).as("counted from 08:00, when the complete dossier reached the desk, not from its acceptance")
                .isEqualTo(at("2026-05-26T08:00"));
        return d;
    }
}
