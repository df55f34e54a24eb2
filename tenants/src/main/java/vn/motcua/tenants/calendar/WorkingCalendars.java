package vn.motcua.tenants.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import vn.motcua.tenants.access.Caller;
import vn.motcua.tenants.access.Role;
import vn.motcua.tenants.access.TenantScope;
import vn.motcua.tenants.persistence.Tenancy;
import vn.motcua.tenants.problem.AccessDenied;
import vn.motcua.tenants.problem.Conflict;
import vn.motcua.tenants.problem.InvalidInput;
import vn.motcua.tenants.problem.NotFound;
import vn.motcua.tenants.time.Vietnam;
import vn.motcua.tenants.tree.Tenant;
import vn.motcua.tenants.tree.TenantDirectory;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;

/**
 * The working calendars of tenants: what each sets, what it inherits, and the {@link WorkingCalendar}
 * the clock runs on.
 *
 * <p>The calendars are cached per tenant, keyed by the tenant's chain of ancestors and the versions
 * of their stored settings as read from the database at each call (one small query). A change on
 * any server moves a version, so every server rebuilds on its next read: nothing is kept that a
 * second instance would not see.
 *
 * <p>The yearly government decision is national: the platform operator enters each year's notice
 * once ({@link StoredNationalNotice}, a row of no tenant, readable by every caller and written only
 * by {@link Role#PLATFORM_ADMIN}), and every province inherits it. A province may still transcribe
 * its own decision for a year (its People's Committee announces the notice to its agencies, at
 * times with local changes): that tenant-owned row wins for the province and below.
 */
@ApplicationScoped
@Transactional
public class WorkingCalendars {

    @Inject
    Tenancy tenancy;

    @Inject
    TenantDirectory directory;

    @Inject
    Clock clock;

    private final ConcurrentMap<String, Cached> cache = new ConcurrentHashMap<>();

    /**
     * The calendar of {@code tenantId} with the holidays of {@code fromYear} to {@code toYear}.
     *
     * @throws NotFound when the caller may not read that tenant
     */
    public WorkingCalendar of(String tenantId, int fromYear, int toYear) {
        return of(readable(tenantId), tenantId, fromYear, toYear);
    }

    /**
     * The calendar of any tenant around {@code start}, read as the system, for the dossier runtime:
     * a commune's desk computes the due of the district's step on the district's calendar, which
     * its own scope does not read. A calendar holds no personal data.
     */
    public WorkingCalendar ofAnyTenant(String tenantId, java.time.Instant start) {
        int year = LocalDate.ofInstant(start, WorkingCalendar.VIETNAM).getYear();
        // leaves the transaction's entity manager in the system's scope: callers take it afresh from Tenancy
        return of(tenancy.asSystem(), tenantId, year - 1, year + 2);
    }

    private WorkingCalendar of(EntityManager em, String tenantId, int fromYear, int toYear) {
        List<String> chain = chainOf(tenantId);
        String fingerprint = fingerprint(em, chain);
        Cached cached = cache.get(tenantId);
        if (cached != null && cached.fingerprint().equals(fingerprint) && cached.fromYear() <= fromYear && cached.toYear() >= toYear) {
            return cached.calendar();
        }
        WorkingCalendar calendar = inherited(em, chain).workingCalendar(fromYear, toYear);
        cache.put(tenantId, new Cached(fingerprint, fromYear, toYear, calendar));
        return calendar;
    }

    /**
     * The calendar of {@code tenantId} around {@code start}: a budget of up to a year of working
     * days started then ends within the next two calendar years.
     */
    public WorkingCalendar around(String tenantId, Instant start) {
        int year = LocalDate.ofInstant(start, Vietnam.ZONE).getYear();
        return of(tenantId, year - 1, year + 2);
    }

    /** The caller's tenant's calendar as inherited, with where each part comes from. */
    public InheritedCalendar inherited() {
        return inherited(callerTenant());
    }

    public InheritedCalendar inherited(String tenantId) {
        return inherited(readable(tenantId), chainOf(tenantId));
    }

    /** What the caller's tenant sets itself. */
    public CalendarSettings own() {
        String tenant = callerTenant();
        EntityManager em = tenancy.entityManager();
        return stored(em, tenant).map(c -> c.toSettings(decisionsOf(em, List.of(tenant)).getOrDefault(tenant, List.of())))
                .orElseGet(() -> CalendarSettings.none(tenant));
    }

    /** The national notices of every year entered, by year. */
    public List<HolidayDecision> nationalNotices() {
        return nationalNotices(tenancy.entityManager());
    }

    /** Whether the caller enters the national notices: the platform operator. */
    public boolean entersNationalNotices() {
        return tenancy.caller().hasRole(Role.PLATFORM_ADMIN);
    }

    /**
     * Enters (or replaces) the national notice of the notice's year.
     *
     * @throws AccessDenied unless {@link #entersNationalNotices()}
     * @throws InvalidInput when it breaks a rule of {@link CalendarRules#nationalNotice}
     */
    public void setNationalNotice(HolidayDecision notice) {
        requireNationalNoticeMaker();
        CalendarRules.requireNone(CalendarRules.nationalNotice(notice.year(), notice.noticeNumber(),
                notice.nationalDayCompanion(), notice.extraDaysOff(), notice.makeUpWorkingDays()));
        EntityManager em = tenancy.entityManager();
        storedNotice(em, notice.year()).ifPresentOrElse(n -> n.replaceWith(notice, clock.instant()),
                () -> em.persist(new StoredNationalNotice(notice, clock.instant())));
        flush(em);
    }

    /** Withdraws the national notice of {@code year}. */
    public void removeNationalNotice(int year) {
        requireNationalNoticeMaker();
        EntityManager em = tenancy.entityManager();
        em.remove(storedNotice(em, year).orElseThrow(() -> new NotFound("no national notice of " + year)));
        flush(em);
    }

    /** Whether the caller enters the yearly government decisions: a catalog admin of a province (a root). */
    public boolean entersDecisions() {
        Caller caller = tenancy.caller();
        return caller.hasRole(Role.CATALOG_ADMIN) && caller.belongsToTenant()
                && directory.find(caller.tenantId()).map(Tenant::isRoot).orElse(false);
    }

    /** Sets the caller's tenant's standard office hours; null inherits them again. */
    public void setOfficeHours(OfficeHours hours) {
        change(c -> c.officeHours(hours));
    }

    /** Sets the caller's tenant's working week; null inherits it again. */
    public void setWorkingWeek(WorkingWeek week) {
        change(c -> c.workingWeek(week));
    }

    /** @throws InvalidInput when the tenant already has that day off */
    public void addLocalDayOff(LocalDayOff day) {
        CalendarRules.requireNone(CalendarRules.localDayOff(day == null ? null : day.date(), own().localDaysOff()));
        change(c -> c.addDayOff(day));
    }

    /** @throws NotFound when the caller's tenant has no such day off of its own */
    public void removeLocalDayOff(LocalDate date) {
        change(c -> {
            if (!c.removeDayOff(date)) {
                throw new NotFound("no local day off on " + date);
            }
        });
    }

    /**
     * Enters (or replaces) the caller's province's decision for the decision's year.
     *
     * @throws AccessDenied unless {@link #entersDecisions()}
     */
    public void setDecision(HolidayDecision decision) {
        requireDecisionMaker();
        CalendarRules.requireNone(CalendarRules.decision(decision.year(), decision.nationalDayCompanion(),
                decision.extraDaysOff(), decision.makeUpWorkingDays()));
        EntityManager em = tenancy.entityManager();
        String tenant = callerTenant();
        change(c -> storedDecision(em, tenant, decision.year()).ifPresentOrElse(d -> d.replaceWith(decision),
                () -> em.persist(new StoredHolidayDecision(tenant, decision))));
    }

    /** Withdraws the caller's province's decision of {@code year}: the year then has the statutory holidays only. */
    public void removeDecision(int year) {
        requireDecisionMaker();
        EntityManager em = tenancy.entityManager();
        String tenant = callerTenant();
        StoredHolidayDecision stored = storedDecision(em, tenant, year)
                .orElseThrow(() -> new NotFound("no holiday decision of " + year));
        change(c -> em.remove(stored));
    }

    private void change(Consumer<StoredCalendar> edit) {
        Caller caller = tenancy.caller();
        if (!caller.hasRole(Role.CATALOG_ADMIN) || !caller.belongsToTenant()) {
            throw new AccessDenied("only a catalog admin sets the tenant's calendar");
        }
        EntityManager em = tenancy.entityManager();
        String tenant = caller.tenantId();
        StoredCalendar calendar = stored(em, tenant).orElseGet(() -> {
            StoredCalendar created = new StoredCalendar(tenant);
            em.persist(created);
            return created;
        });
        edit.accept(calendar);
        calendar.touch(clock.instant());
        flush(em);
    }

    /**
     * A concurrent change is a conflict: an optimistic lock, or a key two changes wrote at once (two
     * first changes of a tenant's calendar both create its row, uq_tenant_calendar). Any other failure
     * of the database is not, and goes up as it is: a value too long for its column was answered
     * "changed by someone else" here before.
     */
    private static void flush(EntityManager em) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new Conflict("the calendar was changed by someone else at the same time", e);
        } catch (PersistenceException e) {
            if (e.getCause() instanceof OptimisticLockException || keyTaken(e)) {
                throw new Conflict("the calendar was changed by someone else at the same time", e);
            }
            throw e;
        }
    }

    /** SQLSTATE class 23, integrity constraint violation, somewhere among the causes. */
    private static boolean keyTaken(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    private void requireNationalNoticeMaker() {
        if (!entersNationalNotices()) {
            throw new AccessDenied("the national notice is entered by the platform operator");
        }
    }

    private void requireDecisionMaker() {
        if (!entersDecisions()) {
            throw new AccessDenied("the yearly holiday decision is entered by a province's catalog admin");
        }
    }

    private InheritedCalendar inherited(EntityManager em, List<String> chain) {
        Map<String, StoredCalendar> stored = new HashMap<>();
        em.createQuery("select c from StoredCalendar c where c.tenantId in :chain", StoredCalendar.class)
                .setParameter("chain", chain)
                .getResultList()
                .forEach(c -> stored.put(c.tenantId(), c));
        Map<String, List<HolidayDecision>> decisions = decisionsOf(em, chain);
        List<CalendarSettings> settings = new ArrayList<>();
        for (String tenant : chain) {
            List<HolidayDecision> own = decisions.getOrDefault(tenant, List.of());
            StoredCalendar calendar = stored.get(tenant);
            settings.add(calendar == null ? new CalendarSettings(tenant, null, null, List.of(), own) : calendar.toSettings(own));
        }
        return InheritedCalendar.of(nationalNotices(em), settings);
    }

    private static List<HolidayDecision> nationalNotices(EntityManager em) {
        return em.createQuery("select n from StoredNationalNotice n order by n.year", StoredNationalNotice.class)
                .getResultList().stream().map(StoredNationalNotice::toDecision).toList();
    }

    private static Optional<StoredNationalNotice> storedNotice(EntityManager em, int year) {
        return em.createQuery("select n from StoredNationalNotice n where n.year = :year", StoredNationalNotice.class)
                .setParameter("year", year)
                .getResultStream().findFirst();
    }

    private static Map<String, List<HolidayDecision>> decisionsOf(EntityManager em, List<String> tenants) {
        Map<String, List<HolidayDecision>> decisions = new HashMap<>();
        em.createQuery("select d from StoredHolidayDecision d where d.tenantId in :tenants", StoredHolidayDecision.class)
                .setParameter("tenants", tenants)
                .getResultList()
                .forEach(d -> decisions.computeIfAbsent(d.tenantId(), t -> new ArrayList<>()).add(d.toDecision()));
        return decisions;
    }

    /**
     * The chain's ids and the versions of their stored calendars, then the national notices' count,
     * versions and ids (a notice deleted and another created changes the ids' sum, as ids only grow),
     * e.g. "quang-tri:3,hai-lang:-,hai-que:1,N2:3:41".
     */
    private static String fingerprint(EntityManager em, List<String> chain) {
        Map<String, Long> versions = new HashMap<>();
        em.createQuery("select c.tenantId, c.version from StoredCalendar c where c.tenantId in :chain", Object[].class)
                .setParameter("chain", chain)
                .getResultList()
                .forEach(row -> versions.put((String) row[0], ((Number) row[1]).longValue()));
        StringBuilder key = new StringBuilder();
        chain.forEach(t -> key.append(t).append(':').append(versions.containsKey(t) ? versions.get(t).toString() : "-").append(','));
        Object[] national = em.createQuery(
                "select count(n), sum(n.version), sum(n.id) from StoredNationalNotice n", Object[].class).getSingleResult();
        return key.append('N').append(national[0]).append(':').append(national[1]).append(':').append(national[2]).toString();
    }

    /** Root first, the tenant last. */
    private List<String> chainOf(String tenantId) {
        List<String> chain = new ArrayList<>(directory.ancestorsOf(tenantId).stream().map(Tenant::id).toList());
        chain.add(tenantId);
        return chain;
    }

    private EntityManager readable(String tenantId) {
        TenantScope scope = tenancy.scope();
        if (tenantId == null || !scope.canRead(tenantId)) {
            throw new NotFound("no tenant " + tenantId);
        }
        return tenancy.entityManager();
    }

    private String callerTenant() {
        Caller caller = tenancy.caller();
        if (!caller.belongsToTenant()) {
            throw new AccessDenied("the caller belongs to no tenant");
        }
        return caller.tenantId();
    }

    private static Optional<StoredCalendar> stored(EntityManager em, String tenant) {
        return em.createQuery("select c from StoredCalendar c where c.tenantId = :tenant", StoredCalendar.class)
                .setParameter("tenant", tenant)
                .getResultStream().findFirst();
    }

    private static Optional<StoredHolidayDecision> storedDecision(EntityManager em, String tenant, int year) {
        return em.createQuery("select d from StoredHolidayDecision d where d.tenantId = :tenant and d.year = :year",
                        StoredHolidayDecision.class)
                .setParameter("tenant", tenant)
                .setParameter("year", year)
                .getResultStream().findFirst();
    }

    private record Cached(String fingerprint, int fromYear, int toYear, WorkingCalendar calendar) {
    }
}
