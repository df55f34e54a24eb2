package vn.motcua.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.motcua.catalog.adoption.Adoption;
import vn.motcua.catalog.adoption.MergedAdoption;
import vn.motcua.catalog.adoption.StepOverride;
import vn.motcua.catalog.adoption.StoredAdoption;
import vn.motcua.catalog.diff.ProcedureKey;
import vn.motcua.catalog.serviceday.MergedServiceDays;
import vn.motcua.catalog.serviceday.ServiceDay;
import vn.motcua.catalog.serviceday.ServiceDayDraft;
import vn.motcua.catalog.version.VersionStatus;
import vn.motcua.tenants.admin.MergerNote;
import vn.motcua.tenants.admin.TenantsMerged;
import vn.motcua.tenants.persistence.Tenancy;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Carries the merged units' adoptions and service days over to the unit they became, by the rules
 * of {@link MergedAdoption} and {@link MergedServiceDays}, and notes on the merger what it carried
 * and what it leaves to the new unit's admin. Runs inside the merger's transaction, with the
 * system's scope: the merger's own checks decided who may merge which units, and the platform
 * operator, who may merge too, reads no tenant's rows. The merged units' rows are only read.
 */
@ApplicationScoped
public class MergerCarryOver {

    @Inject
    Tenancy tenancy;

    /** Called by the merger's own transaction (a synchronous observer): its rows commit or roll back with it. */
    void carryOver(@Observes TenantsMerged merger) {
        EntityManager em = tenancy.asSystem();
        List<String> units = new ArrayList<>(merger.merged());
        if (merger.intoExisting()) {
            units.add(0, merger.successorId());
        }
        Map<String, StoredAdoption> adoptions = new HashMap<>();
        em.createQuery("select a from StoredAdoption a where a.tenantId in :units", StoredAdoption.class)
                .setParameter("units", units)
                .getResultList()
                .forEach(a -> adoptions.put(a.tenantId(), a));
        List<ServiceDay> days = em.createQuery("select d from ServiceDay d where d.tenantId in :units order by d.id",
                        ServiceDay.class)
                .setParameter("units", units)
                .getResultList();
        Notes notes = new Notes(merger, labels(em, adoptions.values()));
        carryAdoption(em, merger, adoptions, notes);
        carryServiceDays(em, merger, days, notes);
        ownCatalogs(em, merger, notes);
    }

    private void carryAdoption(EntityManager em, TenantsMerged merger, Map<String, StoredAdoption> stored, Notes notes) {
        List<MergedAdoption.Unit> absorbed = merger.merged().stream().map(id -> unit(merger, id, stored)).toList();
        MergedAdoption.Result result;
        if (merger.intoExisting()) {
            result = MergedAdoption.intoExisting(unit(merger, merger.successorId(), stored), absorbed);
        } else {
            result = MergedAdoption.intoNew(merger.successorId(), absorbed);
        }
        StoredAdoption own = stored.get(merger.successorId());
        if (own != null) {
            own.revise(result.adoption(), em);
        } else if (!result.adoption().equals(Adoption.all(merger.successorId()))) {
            em.persist(new StoredAdoption(result.adoption()));
        }
        notes.adoption(result);
    }

    private static MergedAdoption.Unit unit(TenantsMerged merger, String id, Map<String, StoredAdoption> stored) {
        return new MergedAdoption.Unit(id, merger.nameOf(id),
                Optional.ofNullable(stored.get(id)).map(StoredAdoption::toAdoption).orElseGet(() -> Adoption.all(id)));
    }

    private void carryServiceDays(EntityManager em, TenantsMerged merger, List<ServiceDay> days, Notes notes) {
        List<MergedServiceDays.UnitDay> absorbed = days.stream()
                .filter(d -> !d.tenantId().equals(merger.successorId()))
                .map(d -> new MergedServiceDays.UnitDay(merger.nameOf(d.tenantId()), d.toDraft()))
                .toList();
        MergedServiceDays.Result result;
        if (merger.intoExisting()) {
            List<ServiceDayDraft> own = days.stream().filter(d -> d.tenantId().equals(merger.successorId())).map(ServiceDay::toDraft).toList();
            result = MergedServiceDays.intoExisting(own, absorbed);
        } else {
            result = MergedServiceDays.intoNew(absorbed);
            result.copied().forEach(c -> em.persist(new ServiceDay(merger.successorId(), c.day())));
        }
        notes.serviceDays(result);
    }

    /** A merged unit that published its own catalog: it stays its record; the successor follows the catalog above. */
    private void ownCatalogs(EntityManager em, TenantsMerged merger, Notes notes) {
        List<String> publishing = em.createQuery("""
                        select distinct v.tenantId from CatalogVersion v where v.tenantId in :units and v.status = :published""", String.class)
                .setParameter("units", merger.merged())
                .setParameter("published", VersionStatus.PUBLISHED)
                .getResultList();
        if (!publishing.isEmpty()) {
            notes.ownCatalogs(publishing.stream().map(merger::nameOf).toList());
        }
    }

    /** Names of the procedures adoptions know by national code, for notes an admin reads. */
    private static Map<String, String> labels(EntityManager em, Collection<StoredAdoption> adoptions) {
        List<String> codes = adoptions.stream().map(StoredAdoption::toAdoption)
                .flatMap(a -> Stream.concat(a.procedures().stream(), a.overrides().stream().map(StepOverride::procedure)))
                .map(ProcedureKey::nationalCode).filter(Objects::nonNull).distinct().toList();
        Map<String, String> names = new HashMap<>();
        if (!codes.isEmpty()) {
            em.createQuery("select p.nationalCode, p.name from Procedure p where p.nationalCode in :codes order by p.id desc", Object[].class)
                    .setParameter("codes", codes)
                    .getResultList()
                    .forEach(row -> names.putIfAbsent((String) row[0], (String) row[1]));
        }
        return names;
    }

    /** The merger's notes, with a key and values for the screens and an English line for the history. */
    private static final class Notes {
        private final TenantsMerged merger;
        private final Map<String, String> names;

        Notes(TenantsMerged merger, Map<String, String> names) {
            this.merger = merger;
            this.names = names;
        }

        void adoption(MergedAdoption.Result r) {
            String successor = merger.nameOf(merger.successorId());
            if (!r.adoptsAllFrom().isEmpty()) {
                String from = String.join(", ", r.adoptsAllFrom());
                carried("ADOPTS_ALL", successor + " adopts the whole catalog above it, as " + from + " did", successor, from);
            } else if (!r.added().isEmpty()) {
                String list = r.added().stream().map(this::label).collect(Collectors.joining("; "));
                String count = Integer.toString(r.added().size());
                carried(merger.intoExisting() ? "PROCEDURES_ADDED" : "PROCEDURES_ADOPTED",
                        successor + " adopts " + count + (merger.intoExisting() ? " more" : "") + " procedures the merged units adopted: " + list,
                        successor, count, list);
            } else if (!merger.intoExisting() && !r.adoption().adoptsAll()) {
                carried("PROCEDURES_ADOPTED", successor + " adopts 0 procedures: the merged units adopted none", successor, "0", "");
            }
            for (StepOverride o : r.kept()) {
                carried("OVERRIDE_KEPT", "step " + o.step() + " of " + label(o.procedure()) + ": kept " + describe(o)
                        + ", on which the merged units agree", o.step(), label(o.procedure()), describe(o));
            }
            for (MergedAdoption.Disagreement d : r.dropped()) {
                String detail = d.byUnit().entrySet().stream()
                        .map(e -> e.getKey() + ": " + e.getValue().map(Notes::describe).orElse("—"))
                        .collect(Collectors.joining("; "));
                if (merger.intoExisting() && d.byUnit().containsKey(successor)) {
                    toDecide("OVERRIDE_NOT_CARRIED", "step " + d.step() + " of " + label(d.procedure()) + ": " + successor
                            + " keeps its own setting; the merged units had " + detail, d.step(), label(d.procedure()), detail, successor);
                } else {
                    toDecide("OVERRIDE_DROPPED", "step " + d.step() + " of " + label(d.procedure()) + ": the merged units differ ("
                            + detail + "); the province's step applies until it is set", d.step(), label(d.procedure()), detail);
                }
            }
        }

        void serviceDays(MergedServiceDays.Result r) {
            String successor = merger.nameOf(merger.successorId());
            for (MergedServiceDays.Carried c : r.copied()) {
                String from = String.join(", ", c.units());
                carried("SERVICE_DAY_COPIED", "service day \"" + c.day().name() + "\" (" + c.day().weekday() + ") copied from " + from,
                        c.day().name(), c.day().weekday().name(), from);
            }
            for (MergedServiceDays.Carried c : r.held()) {
                String from = String.join(", ", c.units());
                carried("SERVICE_DAY_HELD", "service day \"" + c.day().name() + "\" (" + c.day().weekday() + ") of " + from
                        + " is already on " + successor + "'s plan", c.day().name(), c.day().weekday().name(), from, successor);
            }
            for (MergedServiceDays.Carried c : r.notCarried()) {
                String from = String.join(", ", c.units());
                toDecide("SERVICE_DAY_NOT_CARRIED", "service day \"" + c.day().name() + "\" (" + c.day().weekday() + ") of " + from
                                + " was not added to " + successor + "'s own days; add it if the desk keeps it",
                        c.day().name(), c.day().weekday().name(), from, successor);
            }
            for (Map.Entry<DayOfWeek, List<String>> e : r.crowdedDays().entrySet()) {
                String list = e.getValue().stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "));
                toDecide("SERVICE_DAYS_SAME_WEEKDAY", "different service days fall on " + e.getKey() + ": " + list
                        + "; keep the ones the desk runs", e.getKey().name(), list);
            }
        }

        void ownCatalogs(List<String> units) {
            String list = String.join(", ", units);
            toDecide("OWN_CATALOG", list + " published a catalog of its own, kept as its record; "
                    + merger.nameOf(merger.successorId()) + " follows the catalog above it until it publishes one", list,
                    merger.nameOf(merger.successorId()));
        }

        private String label(ProcedureKey key) {
            return key.isByCode() ? names.getOrDefault(key.nationalCode(), key.nationalCode()) : key.name();
        }

        /** A step's local setting: actor unit, role, budget in working days. */
        static String describe(StepOverride o) {
            List<String> parts = new ArrayList<>();
            if (o.actorUnit() != null) {
                parts.add(o.actorUnit());
            }
            if (o.actorRole() != null) {
                parts.add(o.actorRole());
            }
            if (o.budgetQuarters() != null) {
                parts.add(o.budgetDays().stripTrailingZeros().toPlainString() + " d");
            }
            return String.join(", ", parts);
        }

        private void carried(String key, String text, String... args) {
            merger.note(MergerNote.carried(key, text, args));
        }

        private void toDecide(String key, String text, String... args) {
            merger.note(MergerNote.toDecide(key, text, args));
        }
    }
}
