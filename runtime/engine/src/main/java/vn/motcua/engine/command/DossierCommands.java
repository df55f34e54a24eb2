package vn.motcua.engine.command;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.motcua.catalog.adoption.EffectiveCatalogKey;
import vn.motcua.catalog.adoption.EffectiveProcedure;
import vn.motcua.catalog.service.AdoptionService;
import vn.motcua.catalog.version.AdministrativeLevel;
import vn.motcua.engine.dossier.ClientInfo;
import vn.motcua.engine.dossier.CommandContext;
import vn.motcua.engine.dossier.CommandResult;
import vn.motcua.engine.dossier.Dossier;
import vn.motcua.engine.dossier.DossierCode;
import vn.motcua.engine.dossier.HandlingTenants;
import vn.motcua.engine.dossier.Route;
import vn.motcua.engine.dossier.RoutePin;
import vn.motcua.engine.dossier.WorkingClock;
import vn.motcua.engine.read.DossierDetails;
import vn.motcua.engine.store.DossierNumbers;
import vn.motcua.engine.store.DossierStore;
import vn.motcua.tenants.access.Caller;
import vn.motcua.tenants.calendar.WorkingCalendar;
import vn.motcua.tenants.persistence.Tenancy;
import vn.motcua.tenants.problem.AccessDenied;
import vn.motcua.tenants.problem.Conflict;
import vn.motcua.tenants.problem.NotFound;
import vn.motcua.tenants.problem.PreconditionFailed;
import vn.motcua.tenants.tree.Tenant;
import vn.motcua.tenants.tree.TenantDirectory;
import vn.motcua.tenants.tree.TenantKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * Runs the dossier commands. Each is one transaction that loads the aggregate within the caller's
 * tenants (404 when it is not theirs), checks If-Match, applies the pure core's command, writes state,
 * step rows, the history row, timers and outbox rows, and reads its answer in the same transaction.
 */
@ApplicationScoped
@Transactional
public class DossierCommands {

    private static final Logger LOG = Logger.getLogger(DossierCommands.class.getName());

    @Inject
    Tenancy tenancy;

    @Inject
    TenantDirectory directory;

    @Inject
    AdoptionService adoptions;

    @Inject
    DossierStore store;

    @Inject
    DossierNumbers numbers;

    @Inject
    Contexts contexts;

    /** Registers a dossier at the caller's unit for a procedure in effect there. */
    public DossierDetails receive(Receive command, ClientInfo client) {
        Caller caller = tenancy.caller();
        if (!caller.belongsToTenant()) {
            throw new AccessDenied("a dossier is received at a unit's desk");
        }
        CommandContext ctx = contexts.ofCaller(client);
        Tenant unit = directory.find(caller.tenantId()).orElseThrow(() -> new NotFound("no tenant " + caller.tenantId()));
        if (unit.unitCode() == null) {
            throw new Conflict(unit.name() + " has no electronic identification code yet, which opens its dossier codes:"
                    + " its admin above sets it (PUT /api/tenants/" + unit.id() + "/unit-code)");
        }
        Route route = route(command.procedureId(), unit, ctx);
        LocalDate day = LocalDate.ofInstant(ctx.at(), WorkingCalendar.VIETNAM);
        // a reception the aggregate refuses rolls back, and its number with it
        DossierCode code = new DossierCode(unit.unitCode(), day, numbers.next(unit.unitCode(), day));
        Dossier.Registration registration = Dossier.receive(code, route, command.channel(), command.applicant(), ctx);
        DossierStore.Loaded loaded = store.insert(registration.dossier(), registration.result());
        LOG.info(() -> "[tenant=" + unit.id() + " dossier=" + code + "] received by " + caller.username());
        return details(loaded, ctx);
    }

    /**
     * The appointment a dossier of {@code procedureId} received and accepted now at the caller's unit
     * would get: the same route and working clock as {@link #receive} and the acceptance, nothing
     * written (the reception form shows it before saving).
     */
    public Instant appointmentPreview(long procedureId) {
        Caller caller = tenancy.caller();
        if (!caller.belongsToTenant()) {
            throw new AccessDenied("a dossier is received at a unit's desk");
        }
        CommandContext ctx = contexts.ofCaller(ClientInfo.NONE);
        Tenant unit = directory.find(caller.tenantId()).orElseThrow(() -> new NotFound("no tenant " + caller.tenantId()));
        Route route = route(procedureId, unit, ctx);
        return WorkingClock.start(ctx.at(), route.total()).due(ctx.calendars().of(route.handlingTenant()));
    }

    private Route route(long procedureId, Tenant unit, CommandContext ctx) {
        EffectiveCatalogKey key = adoptions.effectiveCatalogKey(ctx.at())
                .orElseThrow(() -> new NotFound("no catalog in effect for this unit"));
        EffectiveProcedure procedure = adoptions.effectiveCatalog(ctx.at()).orElseThrow().procedures().stream()
                .filter(p -> p.provinceProcedureId() != null && p.provinceProcedureId() == procedureId)
                .findFirst()
                .orElseThrow(() -> new NotFound("no procedure " + procedureId + " in effect for this unit"));
        return Route.snapshot(procedure, RoutePin.of(key), handlingTenants(unit));
    }

    /** Runs {@code command} on its dossier. */
    public DossierDetails execute(DossierCommand command, ClientInfo client) {
        DossierStore.Loaded loaded = store.find(command.code())
                .orElseThrow(() -> new NotFound("no dossier " + command.code()));
        if (command.expectedVersion() != null && command.expectedVersion() != loaded.version()) {
            throw new PreconditionFailed("dossier " + command.code() + " is at version " + loaded.version() + ", not "
                    + command.expectedVersion() + " (If-Match): read it again");
        }
        CommandContext ctx = contexts.ofCaller(client);
        CommandResult result = command.apply(loaded.dossier(), ctx);
        store.update(loaded, result);
        LOG.info(() -> "[dossier=" + command.code() + "] " + command.getClass().getSimpleName() + " by "
                + ctx.actor().userId() + " → " + loaded.dossier().status());
        return details(loaded, ctx);
    }

    private DossierDetails details(DossierStore.Loaded loaded, CommandContext ctx) {
        return DossierDetails.of(loaded.dossier(), loaded.record().version(), store.history(loaded), ctx.at(), ctx.actor(),
                ctx.calendars(), ctx.warningWindow());
    }

    /**
     * Who does each level's steps of a dossier received at {@code unit}: the unit itself for its own
     * level and below, each ancestor for its level. A level with no unit above (a ward directly under
     * the province since the 2025 reform, which gave the districts' tasks to the communes) is the
     * receiving unit's.
     */
    private HandlingTenants handlingTenants(Tenant unit) {
        HandlingTenants.Builder builder = HandlingTenants.receivedAt(unit.id());
        for (AdministrativeLevel level : AdministrativeLevel.values()) {
            builder.level(level, unit.id());
        }
        List<Tenant> ancestors = directory.ancestorsOf(unit.id());
        for (Tenant above : ancestors) {
            AdministrativeLevel level = levelOf(above.kind());
            if (level.ordinal() < levelOf(unit.kind()).ordinal()) {
                builder.level(level, above.id());
            }
        }
        return builder.build();
    }

    private static AdministrativeLevel levelOf(TenantKind kind) {
        return switch (kind) {
            case PROVINCE -> AdministrativeLevel.PROVINCE;
            case DISTRICT -> AdministrativeLevel.DISTRICT;
            case COMMUNE, WARD -> AdministrativeLevel.COMMUNE;
        };
    }
}
