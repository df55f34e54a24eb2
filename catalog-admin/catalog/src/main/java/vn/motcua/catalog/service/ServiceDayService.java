package vn.motcua.catalog.service;

import vn.motcua.tenants.problem.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import vn.motcua.catalog.serviceday.ServiceDay;
import vn.motcua.catalog.serviceday.ServiceDayDraft;
import vn.motcua.catalog.serviceday.ServiceDayProblem;
import vn.motcua.tenants.access.Role;
import vn.motcua.tenants.calendar.WorkingCalendars;
import vn.motcua.tenants.persistence.Tenancy;
import vn.motcua.tenants.problem.AccessDenied;
import vn.motcua.tenants.problem.Conflict;
import vn.motcua.tenants.problem.NotFound;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;

/**
 * A tenant's weekly service days: its catalog admin creates, edits and deletes them; every tenant
 * may hold its own, adopters included. A day falls on a working weekday of the tenant's calendar.
 */
@ApplicationScoped
@Transactional
public class ServiceDayService {

    @Inject
    Tenancy tenancy;

    @Inject
    CatalogService catalog;

    @Inject
    WorkingCalendars calendars;

    /** The caller's tenant's service days by weekday. */
    public List<ServiceDay> list() {
        return catalog.serviceDays();
    }

    /** The weekdays the caller's tenant works, as its calendar inherits them: where service days may fall. */
    public Set<DayOfWeek> workingWeekdays() {
        return calendars.inherited().workingWeek().value().days();
    }

    /**
     * Creates ({@code id} null) or replaces a service day of the caller's tenant.
     *
     * @throws InvalidInput with the draft's {@linkplain ServiceDayDraft#problems problems}
     * @throws NotFound          when {@code id} is no service day of the caller's tenant
     */
    public ServiceDay save(Long id, ServiceDayDraft draft) {
        requireAdmin();
        List<ServiceDayProblem> problems = draft.problems(workingWeekdays());
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        EntityManager em = tenancy.entityManager();
        ServiceDay day;
        if (id == null) {
            day = new ServiceDay(tenancy.caller().tenantId(), draft);
            em.persist(day);
        } else {
            day = own(em, id);
            day.revise(draft);
        }
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new Conflict("the service day was changed by someone else at the same time", e);
        } catch (PersistenceException e) {
            if (e.getCause() instanceof OptimisticLockException) {
                throw new Conflict("the service day was changed by someone else at the same time", e);
            }
            throw e;
        }
        return day;
    }

    /** @throws NotFound when {@code id} is no service day of the caller's tenant */
    public void delete(long id) {
        requireAdmin();
        EntityManager em = tenancy.entityManager();
        em.remove(own(em, id));
    }

    /** Read through the scoped entity manager first: a delete by id alone would skip the tenant filter. */
    private ServiceDay own(EntityManager em, long id) {
        return em.createQuery("select d from ServiceDay d where d.id = :id and d.tenantId = :tenant", ServiceDay.class)
                .setParameter("id", id)
                .setParameter("tenant", tenancy.caller().tenantId())
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("no service day " + id));
    }

    private void requireAdmin() {
        if (!tenancy.caller().hasRole(Role.CATALOG_ADMIN)) {
            throw new AccessDenied("only a catalog admin edits the tenant's service days");
        }
    }
}
