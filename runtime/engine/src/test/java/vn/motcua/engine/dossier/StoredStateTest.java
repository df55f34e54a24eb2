package vn.motcua.engine.dossier;

import org.junit.jupiter.api.Test;
import vn.motcua.catalog.version.Channel;
import vn.motcua.catalog.version.OutcomeKind;
import vn.motcua.engine.store.StoredJson;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.engine.dossier.QuangTri.haiLang;
import static vn.motcua.engine.dossier.QuangTri.haiQue;

/**
 * A dossier stored and restored (as the store does between two commands, its route through the JSON
 * column) is the same dossier: the next command on the copy seals the same history entry, hash
 * included, as on the original, and the route reads back equal.
 */
class StoredStateTest {

    private final Route route = QuangTri.atHaiQue(QuangTri.MONTHLY_ALLOWANCE);

    @Test
    void the_route_reads_back_from_its_json_column_equal() {
        for (String procedure : List.of(QuangTri.MONTHLY_ALLOWANCE, QuangTri.FUNERAL_SUPPORT, QuangTri.POOR_HOUSEHOLD,
                QuangTri.ESCAPED_POVERTY, QuangTri.VISIT)) {
            Route r = QuangTri.atHaiQue(procedure);
            assertThat(StoredJson.route(StoredJson.route(r))).as(procedure).isEqualTo(r);
        }
    }

    @Test
    void a_restored_dossier_goes_on_exactly_as_the_original_through_posting_pause_and_transfer() {
        Desk desk = new Desk("2026-05-04T08:00");
        Dossier original = desk.receive(route, 3, Channel.IN_PERSON, Applicant.named("Lê Văn Ba"), haiQue("haique.reception", "reception"));
        desk.at("2026-05-04T08:30").as(haiQue("haique.reception", "reception"),
                c -> original.accept(DocumentChecklist.allPresented(route.documents()), c));
        desk.at("2026-05-05T09:00").as(haiQue("s", "specialist"), c -> original.completeStep("1.2", null, null, List.of(), c));
        desk.at("2026-05-05T15:00").as(haiQue("l", "leader"), c -> original.completeStep("1.3", null, null, List.of(), c));
        desk.at("2026-05-06T09:00").as(haiQue("s", "specialist"), c -> original.completeStep("1.4", null, null, List.of(), c));

        // step 2's list is up: the copy must carry the posting, the clocks and the chain
        Dossier copy = restored(original);
        assertThat(copy.stored()).usingRecursiveComparison().ignoringFields("route", "executions").isEqualTo(original.stored());
        desk.at("2026-05-08T10:00");
        TimerChange.Key posting = desk.timers().keySet().stream()
                .filter(k -> k.purpose() == TimerChange.Purpose.POSTING_END).findFirst().orElseThrow();
        CommandResult a = original.endPosting(posting, desk.by(Actor.system()));
        CommandResult b = copy.endPosting(posting, desk.by(Actor.system()));
        assertThat(b.history()).isEqualTo(a.history());

        Dossier again = restored(original);
        CommandContext ctx = desk.at("2026-05-08T11:00").by(haiQue("s", "specialist"));
        assertThat(again.completeStep("3.1", OutcomeKind.PROCEED, null, List.of(), ctx).history())
                .isEqualTo(original.completeStep("3.1", OutcomeKind.PROCEED, null, List.of(), ctx).history());
        assertThat(restored(original).executions()).extracting(StepExecution::label, StepExecution::dueAt, StepExecution::lateness)
                .isEqualTo(original.executions().stream().map(e -> org.assertj.core.groups.Tuple.tuple(e.label(), e.dueAt(), e.lateness())).toList());
        assertThat(haiLang("x", "leader").tenantId()).isEqualTo(QuangTri.HAI_LANG);
    }

    /** What the store does: state out, route through its JSON column, executions copied, state in. */
    private static Dossier restored(Dossier d) {
        Dossier.Stored s = d.stored();
        List<StepExecution> executions = s.executions().stream().map(e -> StepExecution.restore(e.stored())).toList();
        return Dossier.restore(new Dossier.Stored(s.id(), s.code(), StoredJson.route(StoredJson.route(s.route())), s.channel(),
                s.applicant(), s.registeredAt(), s.status(), s.stage(), s.holder(), s.participants(), executions,
                s.acceptedAt(), s.clock(), s.appointment(), s.unresolvedReasons(), s.processingEndedAt(), s.lateness(),
                s.resolution(), s.delivery(), s.resultReturnedAt(), s.historyLength(), s.historyHead(), s.version()));
    }
}
