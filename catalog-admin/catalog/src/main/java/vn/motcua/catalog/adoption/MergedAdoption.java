package vn.motcua.catalog.adoption;

import vn.motcua.catalog.diff.ProcedureKey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The adoption of the unit communes or wards were merged into, from theirs. Nghị quyết
 * 76/2025/UBTVQH15 has the new unit take over the merged units' tasks, so its desk must still
 * receive every dossier theirs did:
 * <ul>
 * <li>it adopts the union of what they adopted — the whole catalog when one of them did;</li>
 * <li>a local setting of a step (actor, shorter budget) is kept only when every merged unit that
 *     offered the procedure set it the same way; otherwise it is dropped — the province's step
 *     applies — and reported, for the new unit's admin to choose;</li>
 * <li>merged into one of them ({@link #intoExisting}): that unit keeps its own adoption and
 *     settings, and gains the procedures the others adopted and it did not (with their settings
 *     under the same agreement rule); a differing setting of the others on a procedure it already
 *     adopted is reported, not applied.</li>
 * </ul>
 * The merged units' own adoptions are not changed: they stay as their record. Pure: no I/O.
 */
public final class MergedAdoption {

    private MergedAdoption() {
    }

    /** A merging unit and its adoption ({@link Adoption#all} when it never chose). */
    public record Unit(String tenantId, String name, Adoption adoption) {
    }

    /**
     * A step the units set differently: what each set, by unit name, in the order given
     * ({@link Optional#empty()}: the province's step as it stands).
     */
    public record Disagreement(ProcedureKey procedure, String step, Map<String, Optional<StepOverride>> byUnit) {
    }

    /**
     * @param adoption     the successor's adoption
     * @param adoptsAllFrom the units whose whole-catalog adoption made the successor's whole, empty otherwise
     * @param added        procedures the successor adopts now and did not before, in the units' order
     * @param kept         settings carried over because the units agree on them
     * @param dropped      settings not carried over, for the successor's admin to decide
     */
    public record Result(Adoption adoption, List<String> adoptsAllFrom, Set<ProcedureKey> added, List<StepOverride> kept,
                         List<Disagreement> dropped) {
    }

    /** Into a new unit: it starts from nothing of its own. */
    public static Result intoNew(String successorId, List<Unit> merged) {
        return carry(new Unit(successorId, successorId, Adoption.only(successorId, Set.of())), merged);
    }

    /** Into {@code successor}, one of the merging units, which keeps its own adoption. */
    public static Result intoExisting(Unit successor, List<Unit> absorbed) {
        return carry(successor, absorbed);
    }

    private static Result carry(Unit successor, List<Unit> absorbed) {
        Adoption own = successor.adoption();
        List<String> allFrom = own.adoptsAll() ? List.of()
                : absorbed.stream().filter(u -> u.adoption().adoptsAll()).map(Unit::name).toList();
        boolean adoptsAll = own.adoptsAll() || !allFrom.isEmpty();

        Set<ProcedureKey> procedures = new LinkedHashSet<>(own.procedures());
        Set<ProcedureKey> added = new LinkedHashSet<>();
        if (!adoptsAll) {
            absorbed.forEach(u -> u.adoption().procedures().stream().filter(procedures::add).forEach(added::add));
        }

        List<StepOverride> overrides = new ArrayList<>(own.overrides());
        List<StepOverride> kept = new ArrayList<>();
        List<Disagreement> dropped = new ArrayList<>();
        for (StepRef ref : overriddenSteps(absorbed)) {
            Map<String, Optional<StepOverride>> byUnit = new LinkedHashMap<>();
            boolean ownProcedure = own.adopts(ref.procedure());
            if (ownProcedure) {
                // the successor already offers it: its own setting stays, differing ones are reported
                byUnit.put(successor.name(), overrideOf(own, ref));
            }
            absorbed.stream().filter(u -> u.adoption().adopts(ref.procedure()))
                    .forEach(u -> byUnit.put(u.name(), overrideOf(u.adoption(), ref)));
            boolean agree = byUnit.values().stream().distinct().count() == 1;
            if (ownProcedure) {
                if (!agree) {
                    dropped.add(new Disagreement(ref.procedure(), ref.step(), byUnit));
                }
            } else if (agree) {
                StepOverride o = byUnit.values().iterator().next().orElseThrow();
                overrides.add(o);
                kept.add(o);
            } else {
                dropped.add(new Disagreement(ref.procedure(), ref.step(), byUnit));
            }
        }
        Adoption adoption = new Adoption(successor.tenantId(), adoptsAll, adoptsAll ? Set.of() : procedures, overrides);
        return new Result(adoption, allFrom, added, kept, dropped);
    }

    private record StepRef(ProcedureKey procedure, String step) {
    }

    /** Every step some unit set locally, once, in the units' order. */
    private static Set<StepRef> overriddenSteps(List<Unit> units) {
        Set<StepRef> steps = new LinkedHashSet<>();
        units.forEach(u -> u.adoption().overrides().forEach(o -> steps.add(new StepRef(o.procedure(), o.step()))));
        return steps;
    }

    private static Optional<StepOverride> overrideOf(Adoption adoption, StepRef ref) {
        return adoption.overridesOf(ref.procedure()).stream().filter(o -> Objects.equals(o.step(), ref.step())).findFirst();
    }
}
