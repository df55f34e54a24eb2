package vn.motcua.catalog.serviceday;

import vn.motcua.tenants.problem.InvalidInput;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A service day refused for the problems listed; each is also a field error of the API's problem. */
public class ServiceDayInvalid extends InvalidInput {

    private final List<ServiceDayProblem> problems;

    public ServiceDayInvalid(List<ServiceDayProblem> problems) {
        super(problems.get(0).message(), fieldErrors(problems));
        this.problems = List.copyOf(problems);
    }

    public List<ServiceDayProblem> problems() {
        return problems;
    }

    private static Map<String, String> fieldErrors(List<ServiceDayProblem> problems) {
        Map<String, String> errors = new LinkedHashMap<>();
        problems.forEach(p -> errors.putIfAbsent(p.field(), p.message()));
        return errors;
    }
}
