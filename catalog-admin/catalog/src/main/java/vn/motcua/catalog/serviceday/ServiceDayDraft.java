package vn.motcua.catalog.serviceday;

import vn.motcua.catalog.serviceday.ServiceDayProblem.Kind;
import vn.motcua.catalog.version.SearchText;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A service day as an admin edits it, before it is stored.
 *
 * @param procedures the covered procedures in the plan's order
 */
public record ServiceDayDraft(String name, DayOfWeek weekday, ServiceDayMode mode, String description, List<Covered> procedures) {

    public ServiceDayDraft {
        procedures = List.copyOf(procedures);
    }

    /**
     * A covered procedure: field and name as the plan lists them, and the national code when it
     * was picked from the tenant's catalog (null for one typed in).
     */
    public record Covered(String field, String name, String nationalCode) {

        public Covered {
            field = blankToNull(field);
            name = name == null ? null : name.trim().replaceAll("\\s+", " ");
            nationalCode = blankToNull(nationalCode);
        }

        /** Whether both entries are the same procedure: the same national code, or the same name, diacritics aside. */
        public boolean sameProcedureAs(Covered other) {
            if (nationalCode != null && nationalCode.equals(other.nationalCode)) {
                return true;
            }
            return name != null && other.name != null && SearchText.fold(name).equals(SearchText.fold(other.name));
        }
    }

    /**
     * What stops this day from being stored: a name, a weekday among the tenant's working weekdays
     * ({@code workingWeekdays}, from its calendar), a mode, and each procedure named once.
     */
    public List<ServiceDayProblem> problems(Collection<DayOfWeek> workingWeekdays) {
        List<ServiceDayProblem> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add(new ServiceDayProblem(Kind.NAME_MISSING, "name", List.of(), "the service day needs a name"));
        }
        if (weekday == null) {
            problems.add(new ServiceDayProblem(Kind.WEEKDAY_MISSING, "weekday", List.of(), "choose the weekday"));
        } else if (!workingWeekdays.contains(weekday)) {
            problems.add(new ServiceDayProblem(Kind.WEEKDAY_NOT_WORKING, "weekday", List.of(weekday),
                    weekday + " is not a working weekday of the tenant's calendar"));
        }
        if (mode == null) {
            problems.add(new ServiceDayProblem(Kind.MODE_MISSING, "mode", List.of(), "choose what the day changes at the desk"));
        }
        Set<Integer> reported = new HashSet<>();
        for (int i = 0; i < procedures.size(); i++) {
            Covered p = procedures.get(i);
            if (p.name() == null || p.name().isEmpty()) {
                problems.add(new ServiceDayProblem(Kind.PROCEDURE_NAME_MISSING, "procedures." + i, List.of(),
                        "a covered procedure needs its name"));
                continue;
            }
            for (int j = 0; j < i; j++) {
                if (!reported.contains(i) && p.sameProcedureAs(procedures.get(j))) {
                    reported.add(i);
                    problems.add(new ServiceDayProblem(Kind.PROCEDURE_DUPLICATE, "procedures." + i, List.of(p.name()),
                            "\"" + p.name() + "\" is listed twice on this day"));
                }
            }
        }
        return problems;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
