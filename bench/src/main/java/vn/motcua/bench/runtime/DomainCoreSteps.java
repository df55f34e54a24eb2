package vn.motcua.bench.runtime;

import vn.motcua.catalog.version.Channel;
import vn.motcua.engine.dossier.Actor;
import vn.motcua.engine.dossier.Applicant;
import vn.motcua.engine.dossier.ClientInfo;
import vn.motcua.engine.dossier.CommandContext;
import vn.motcua.engine.dossier.CommandResult;
import vn.motcua.engine.dossier.DocumentChecklist;
import vn.motcua.engine.dossier.Dossier;
import vn.motcua.engine.dossier.DossierCode;
import vn.motcua.engine.dossier.DossierStatus;
import vn.motcua.engine.dossier.ResultDelivery;
import vn.motcua.engine.dossier.Route;
import vn.motcua.tenants.calendar.WorkingCalendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * (b, domain core only) The engine's aggregate ({@code vn.motcua.engine.dossier.Dossier}) running the
 * procedure's commands in memory — lifecycle table, access checks, step executions, working-day clocks,
 * the history entry sealed into its SHA-256 chain, events, timers — with no persistence: what the
 * engine's step costs before a single statement is sent. Not a figure of the engine as deployed: the
 * persisted command (b) adds the reads and writes of its transaction.
 */
final class DomainCoreSteps implements Workload {

    private static final Actor RECEPTION = Actor.staff("hailang.reception", VisitProcedure.HAI_LANG, "reception");
    private static final Actor SPECIALIST = Actor.staff("hailang.specialist", VisitProcedure.HAI_LANG, "specialist");
    private static final Actor LEADER = Actor.staff("hailang.leader", VisitProcedure.HAI_LANG, "leader");
    private static final ClientInfo DESK = new ClientInfo("motcua-desk", "10.0.0.7", null);

    private final Route route = VisitProcedure.route();
    /** Keeps the results alive, so the JIT cannot drop the work. */
    private volatile Object sink;

    @Override
    public String name() {
        return "(b0) engine, domain core only";
    }

    @Override
    public String note() {
        return "in memory: no persistence, no SQL";
    }

    @Override
    public void prepare(int maxWorkers) {
    }

    @Override
    public Worker worker(int index) {
        return (number, recorder) -> {
            DossierCode code = new DossierCode("000.00.23.H50", LocalDate.of(2026, 4, 24), 1 + (int) (number % 9999));
            Dossier[] dossier = new Dossier[1];
            recorder.commit(0, () -> {
                Dossier.Registration r = Dossier.receive(code, route, Channel.IN_PERSON, Applicant.named("Nguyễn Thị Hoa"),
                        at(RECEPTION, "2026-04-24T09:00"));
                dossier[0] = r.dossier();
                sink = r.result();
            });
            Dossier d = dossier[0];
            recorder.commit(1, () -> keep(d.accept(DocumentChecklist.allPresented(route.documents()), at(RECEPTION, "2026-04-24T09:20"))));
            recorder.commit(2, () -> keep(d.completeStep("2", null, null, List.of(), at(SPECIALIST, "2026-04-28T10:00"))));
            recorder.commit(3, () -> keep(d.completeStep("3", null, null, List.of(), at(LEADER, "2026-04-28T14:00"))));
            recorder.commit(4, () -> keep(d.resolve("4", "Giấy giới thiệu số 15/GGT", at(SPECIALIST, "2026-04-28T17:00"))));
            recorder.commit(5, () -> keep(d.returnResult(new ResultDelivery(Channel.IN_PERSON, "Nguyễn Thị Hoa", null),
                    at(RECEPTION, "2026-05-04T08:00"))));
            if (d.status() != DossierStatus.RESULT_RETURNED) {
                throw new IllegalStateException(d + " did not end with its result returned");
            }
            recorder.dossierDone();
        };
    }

    private void keep(CommandResult result) {
        sink = result;
    }

    /** {@code local} on Vietnam's clock: the instants of the engine's VisitScenarioTest (24 April – 4 May 2026). */
    static CommandContext at(Actor actor, String local) {
        return CommandContext.of(actor, DESK, LocalDateTime.parse(local).atZone(WorkingCalendar.VIETNAM).toInstant(),
                VisitProcedure.CALENDARS);
    }
}
