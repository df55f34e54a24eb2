package vn.motcua.tenants.calendar;

import vn.motcua.tenants.problem.InvalidInput;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Calendar settings refused for the problems listed; each is also a field error of the API's problem. */
public class CalendarInvalid extends InvalidInput {

    private final List<CalendarProblem> problems;

    public CalendarInvalid(List<CalendarProblem> problems) {
        super(problems.get(0).message(), fieldErrors(problems));
        this.problems = List.copyOf(problems);
    }

    public List<CalendarProblem> problems() {
        return problems;
    }

    private static Map<String, String> fieldErrors(List<CalendarProblem> problems) {
        Map<String, String> errors = new LinkedHashMap<>();
        problems.forEach(p -> errors.putIfAbsent(p.field(), p.message()));
        return errors;
    }
}
