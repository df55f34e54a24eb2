package vn.motcua.engine.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.catalog.service.AdoptionService;
import vn.motcua.catalog.version.Channel;
import vn.motcua.catalog.version.OutcomeKind;
import vn.motcua.engine.command.Accept;
import vn.motcua.engine.command.CompleteStep;
import vn.motcua.engine.command.Contexts;
import vn.motcua.engine.command.DossierCommand;
import vn.motcua.engine.command.DossierCommands;
import vn.motcua.engine.command.Receive;
import vn.motcua.engine.command.Refuse;
import vn.motcua.engine.command.RequestFinancialObligation;
import vn.motcua.engine.command.RequestSupplement;
import vn.motcua.engine.command.Resolve;
import vn.motcua.engine.command.ReturnResult;
import vn.motcua.engine.command.Stop;
import vn.motcua.engine.command.Transfer;
import vn.motcua.engine.command.Withdraw;
import vn.motcua.engine.dossier.Applicant;
import vn.motcua.engine.dossier.ClientInfo;
import vn.motcua.engine.dossier.DocumentChecklist;
import vn.motcua.engine.dossier.DossierRuleBroken;
import vn.motcua.engine.dossier.ResultDelivery;
import vn.motcua.engine.read.DossierDetails;
import vn.motcua.engine.read.StepView;
import vn.motcua.engine.timer.DossierTimers;
import vn.motcua.tenants.access.Caller;
import vn.motcua.tenants.access.CallerContext;
import vn.motcua.tenants.access.Role;
import vn.motcua.tenants.calendar.WorkingCalendar;
import vn.motcua.tenants.calendar.WorkingCalendars;
import vn.motcua.tenants.persistence.Tenancy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The Run command's demo dossiers at Huyện Hải Lăng, Xã Hải Quế and Phường 5: one in every status, one
 * about to be late, one late, and a monthly allowance at the district for its steps 4–5. Made by the
 * real commands, each at the instant a desk would have done it in the past weeks (see
 * {@link Contexts#replayedAt}), so their clocks, histories and timers are what the runtime makes.
 * Runs once: a database with a dossier at these units keeps what it has.
 */
@ApplicationScoped
public class DemoDossiers {

    private static final Logger LOG = Logger.getLogger(DemoDossiers.class.getName());
    private static final String VISIT = "Thăm viếng mộ liệt sĩ";
    private static final String MONTHLY_ALLOWANCE = "1.001776.000.00.00.H50";

    @Inject
    @ConfigProperty(name = "motcua.demo-data", defaultValue = "false")
    boolean enabled;

    @Inject
    DossierCommands commands;

    @Inject
    Contexts contexts;

    @Inject
    CallerContext callers;

    @Inject
    AdoptionService adoptions;

    @Inject
    DossierTimers timers;

    @Inject
    vn.motcua.engine.read.DossierQueries queries;

    @Inject
    WorkingCalendars calendars;

    @Inject
    Tenancy tenancy;

    private Instant at;

    @ActivateRequestContext
    public void loadIfEnabled() {
        if (!enabled || present()) {
            return;
        }
        Instant now = contexts.now();
        // a demo that fails leaves the application serving (DemoDossiersIT finds what is missing), not undeployed
        try {
            for (String unit : List.of("hai-lang", "hai-que", "phuong-5")) {
                everyStatus(unit, now);
            }
            // a monthly allowance received at Hải Quế 12 working days ago, now with Huyện Hải Lăng for steps 4–5
            at = workingTimeBefore(now, Duration.ofHours(8 * 12), "hai-que");
            String allowance = received("hai-que", MONTHLY_ALLOWANCE, "Lê Văn Ba");
            accept("hai-que", allowance);
            run(allowance, "hai-que", d -> d.holder().equals("hai-lang"));
            LOG.info(() -> "demo dossiers loaded");
        } catch (RuntimeException e) {
            LOG.log(java.util.logging.Level.SEVERE, "the demo dossiers could not all be made", e);
        }
    }

    private boolean present() {
        Long count = tenancy.asSystem().createQuery(
                        "select count(p) from DossierParticipant p where p.tenantId in :units", Long.class)
                .setParameter("units", List.of("hai-lang", "hai-que", "phuong-5")).getSingleResult();
        return count > 0;
    }

    /** A dossier of the visit to a martyr's grave in each status at {@code unit}, and one about to be late, one late. */
    private void everyStatus(String unit, Instant now) {
        at = workingTimeBefore(now, Duration.ofHours(8 * 10), unit);
        received(unit, VISIT, "Nguyễn Văn Mới");                                             // NEWLY_REGISTERED
        String supplement = received(unit, VISIT, "Trần Thị Bổ Sung");
        act(unit, Role.RECEPTION, new RequestSupplement(supplement, null, List.of("Giấy xác nhận thân nhân liệt sĩ"),
                List.of("Thiếu giấy xác nhận thân nhân liệt sĩ")));                            // AWAITING_SUPPLEMENT
        String refused = received(unit, VISIT, "Lê Văn Từ Chối");
        act(unit, Role.RECEPTION, new Refuse(refused, null, List.of("Người đề nghị không phải thân nhân liệt sĩ")));  // NOT_RECEIVED
        String accepted = accepted(unit, "Phạm Thị Nhận");                                     // RECEIVED
        String withdrawn = accepted(unit, "Hoàng Văn Rút");
        act(unit, Role.RECEPTION, new Withdraw(withdrawn, null, List.of("Công dân có đơn xin rút hồ sơ")));  // WITHDRAWN
        String processing = accepted(unit, "Vũ Thị Xử Lý");
        step(unit, processing);                                                               // PROCESSING
        String obligation = accepted(unit, "Đỗ Văn Nghĩa Vụ");
        StepView current = read(obligation, unit).currentStep();
        act(current.handlingTenant(), current.role() == null ? Role.SPECIALIST : current.role(),
                new RequestFinancialObligation(obligation, null, "Lệ phí cấp giấy giới thiệu"));  // AWAITING_FINANCIAL_OBLIGATION
        String stopped = accepted(unit, "Bùi Văn Dừng");
        act(holder(stopped, unit), Role.LEADER, new Stop(stopped, null, List.of("Người đề nghị đã qua đời")));  // STOPPED
        String processed = accepted(unit, "Ngô Thị Xong");
        run(processed, unit, d -> d.status().equals("PROCESSED"));                            // PROCESSED
        String returned = accepted(unit, "Đinh Văn Trả");
        run(returned, unit, d -> d.status().equals("PROCESSED"));
        act(holder(returned, unit), Role.RECEPTION, new ReturnResult(returned, null,
                new ResultDelivery(Channel.IN_PERSON, "Đinh Văn Trả", null)));                 // RESULT_RETURNED
        // late: received 10 working days ago, its 3 days long over
        accepted(unit, "Cao Văn Trễ Hạn");
        // about to be late: accepted 2¾ working days ago, due within the half day's warning window
        at = workingTimeBefore(now, Duration.ofHours(22), unit);
        accepted(unit, "Lý Thị Sắp Hạn");
    }

    private String received(String unit, String procedure, String applicant) {
        Channel channel = procedure.equals(MONTHLY_ALLOWANCE) ? Channel.ONLINE : Channel.IN_PERSON;
        long id = as(unit, Role.RECEPTION, () -> adoptions.effectiveCatalog(at).orElseThrow().procedures().stream()
                .filter(p -> procedure.equals(p.name()) || procedure.equals(p.nationalCode()))
                .findFirst().orElseThrow().provinceProcedureId());
        DossierDetails d = as(unit, Role.RECEPTION, () -> contexts.replayedAt(at, () -> commands.receive(
                new Receive(id, channel, new Applicant(applicant, null, null, null, null, null)), ClientInfo.NONE)));
        tick();
        return d.code();
    }

    private String accepted(String unit, String applicant) {
        String code = received(unit, VISIT, applicant);
        accept(unit, code);
        return code;
    }

    /** The completeness check with every required document presented. */
    private void accept(String unit, String code) {
        DossierDetails d = read(code, unit);
        DocumentChecklist all = DocumentChecklist.empty();
        for (String document : d.documents()) {
            all = all.presented(document);
        }
        act(unit, Role.RECEPTION, new Accept(code, null, all));
    }

    /** Completes the current step as its role at its unit, or transfers or resolves where the route says so. */
    private DossierDetails step(String receivingUnit, String code) {
        DossierDetails d = read(code, receivingUnit);
        StepView s = d.currentStep();
        if (s.posted()) {
            Instant ends = s.postingEndsAt().plus(1, ChronoUnit.MINUTES);
            at = at.isAfter(ends) ? at : ends;
            timers.runDue(at);
            return read(code, receivingUnit);
        }
        String role = s.role() == null ? Role.SPECIALIST : s.role();
        try {
            return act(s.handlingTenant(), role, new CompleteStep(code, null, s.number(), OutcomeKind.PROCEED, null, List.of()));
        } catch (DossierRuleBroken e) {
            if (e.getMessage().contains("TRANSFER")) {
                return act(s.handlingTenant(), role, new Transfer(code, null, s.number()));
            }
            if (e.getMessage().contains("RESOLVE")) {
                return act(s.handlingTenant(), role, new Resolve(code, null, s.number(), "Quyết định số 15/QĐ-UBND"));
            }
            throw e;
        }
    }

    private void run(String code, String unit, java.util.function.Predicate<DossierDetails> until) {
        for (int guard = 0; guard < 40 && !until.test(read(code, unit)); guard++) {
            step(unit, code);
        }
    }

    private DossierDetails act(String unit, String role, DossierCommand command) {
        DossierDetails d = as(unit, role, () -> contexts.replayedAt(at, () -> commands.execute(command, ClientInfo.NONE)));
        tick();
        return d;
    }

    /** The unit holding the dossier now: a commune's visit is with the district after its reception. */
    private String holder(String code, String unit) {
        return read(code, unit).holder();
    }

    private DossierDetails read(String code, String unit) {
        return as(unit, Role.SUPERVISOR, () -> queries.get(code));
    }

    private <T> T as(String unit, String role, Supplier<T> work) {
        callers.set(new Caller(unit.replace("-", "") + "." + role, unit, Set.of(role)));
        return work.get();
    }

    /** The next hour of office time. */
    private void tick() {
        at = at.plus(Duration.ofHours(1));
    }

    /** An instant {@code working} office time before {@code now} on {@code unit}'s calendar, at a quarter hour. */
    private Instant workingTimeBefore(Instant now, Duration working, String unit) {
        WorkingCalendar calendar = calendars.ofAnyTenant(unit, now);
        Instant t = now.truncatedTo(ChronoUnit.HOURS);
        while (calendar.workingTimeBetween(t, now).compareTo(working) < 0) {
            t = t.minus(Duration.ofMinutes(15));
        }
        return t;
    }
}
