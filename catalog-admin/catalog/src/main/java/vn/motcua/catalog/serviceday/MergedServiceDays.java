package vn.motcua.catalog.serviceday;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The weekly service days of the unit communes or wards were merged into. Into a new unit, the
 * merged units' days are copied with their names (Nghị quyết 76/2025/UBTVQH15: the new unit takes
 * over their tasks, and citizens keep coming on the days they know); identical days — same
 * weekday, mode and procedures — are copied once; different days falling on the same weekday are
 * all copied and reported, for the new unit's admin to keep the ones its desk runs. Into one of
 * the merging units: its own plan stays as it is (the weekly schedule of a desk is its own
 * decision); the others' days it does not already hold are reported, not added. Pure: no I/O.
 */
public final class MergedServiceDays {

    private MergedServiceDays() {
    }

    /** A merging unit's service day. */
    public record UnitDay(String unitName, ServiceDayDraft day) {
    }

    /** One distinct day and the units that held it. */
    public record Carried(ServiceDayDraft day, List<String> units) {
    }

    /**
     * @param copied       days the successor gets (into a new unit), one per distinct day
     * @param held         the others' days the successor already holds (into an existing unit)
     * @param notCarried   the others' days left for the successor's admin (into an existing unit)
     * @param crowdedDays  weekdays on which the successor now has several different days, with their names
     */
    public record Result(List<Carried> copied, List<Carried> held, List<Carried> notCarried,
                         Map<DayOfWeek, List<String>> crowdedDays) {
    }

    public static Result intoNew(List<UnitDay> merged) {
        List<Carried> copied = distinct(merged);
        Map<DayOfWeek, List<String>> byWeekday = new LinkedHashMap<>();
        copied.forEach(c -> byWeekday.computeIfAbsent(c.day().weekday(), w -> new ArrayList<>()).add(c.day().name()));
        Map<DayOfWeek, List<String>> crowded = new LinkedHashMap<>();
        byWeekday.forEach((weekday, names) -> {
            if (names.size() > 1) {
                crowded.put(weekday, List.copyOf(names));
            }
        });
        return new Result(copied, List.of(), List.of(), crowded);
    }

    public static Result intoExisting(List<ServiceDayDraft> own, List<UnitDay> absorbed) {
        List<Carried> held = new ArrayList<>();
        List<Carried> notCarried = new ArrayList<>();
        for (Carried c : distinct(absorbed)) {
            (own.stream().anyMatch(d -> identical(d, c.day())) ? held : notCarried).add(c);
        }
        return new Result(List.of(), held, notCarried, Map.of());
    }

    /** Same weekday, same mode, and the same procedures in any order (by national code, or by name diacritics aside). */
    public static boolean identical(ServiceDayDraft a, ServiceDayDraft b) {
        return a.weekday() == b.weekday() && a.mode() == b.mode()
                && a.procedures().size() == b.procedures().size()
                && a.procedures().stream().allMatch(p -> b.procedures().stream().anyMatch(p::sameProcedureAs))
                && b.procedures().stream().allMatch(p -> a.procedures().stream().anyMatch(p::sameProcedureAs));
    }

    private static List<Carried> distinct(List<UnitDay> days) {
        List<ServiceDayDraft> firsts = new ArrayList<>();
        Map<ServiceDayDraft, Set<String>> units = new LinkedHashMap<>();
        for (UnitDay d : days) {
            ServiceDayDraft first = firsts.stream().filter(f -> identical(f, d.day())).findFirst().orElse(null);
            if (first == null) {
                first = d.day();
                firsts.add(first);
            }
            units.computeIfAbsent(first, f -> new LinkedHashSet<>()).add(d.unitName());
        }
        return firsts.stream().map(f -> new Carried(f, List.copyOf(units.get(f)))).toList();
    }
}
