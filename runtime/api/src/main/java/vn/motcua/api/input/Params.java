package vn.motcua.api.input;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import vn.motcua.api.problem.ProblemMappers;
import vn.motcua.tenants.problem.InvalidInput;

import java.lang.reflect.Parameter;

/**
 * The ranges of path and query parameters that their Java types do not say. Checked in code, not
 * with Bean Validation on the parameters, which breaks Payara 6.2025.9's OpenAPI generator
 * (payara/Payara#7649); the OpenAPI document states the same ranges through {@code @Parameter}.
 * A value of the wrong type never gets here: {@link ProblemMappers.ParameterMapper} answers it.
 */
public final class Params {

    /**
     * The years a calendar is computed for. Its rules are the Labour Code 2019's holidays and the
     * lunar calendar for UTC+7 (Vietnam's meridian since 1968); a year outside is no office's
     * question, and an unbounded one costs the server a calendar per request.
     */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    public static final int MAX_LIMIT = 500;

    private Params() {
    }

    public static int year(int year, String name) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidInput(name, "must be a year from " + FIRST_YEAR + " to " + LAST_YEAR + ", not " + year);
        }
        return year;
    }

    /** A page of a list: {@code offset} 0 or more, {@code limit} from 1 to {@value #MAX_LIMIT}. */
    public static void page(int offset, int limit) {
        if (offset < 0) {
            throw new InvalidInput("offset", "must be 0 or more, not " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInput("limit", "must be from 1 to " + MAX_LIMIT + ", not " + limit);
        }
    }

    /** The name a resource method's parameter has in the request, or null for the body and context. */
    public static String nameOf(Parameter p) {
        if (p.isAnnotationPresent(PathParam.class)) {
            return p.getAnnotation(PathParam.class).value();
        }
        if (p.isAnnotationPresent(QueryParam.class)) {
            return p.getAnnotation(QueryParam.class).value();
        }
        if (p.isAnnotationPresent(HeaderParam.class)) {
            return p.getAnnotation(HeaderParam.class).value();
        }
        if (p.isAnnotationPresent(CookieParam.class)) {
            return p.getAnnotation(CookieParam.class).value();
        }
        if (p.isAnnotationPresent(MatrixParam.class)) {
            return p.getAnnotation(MatrixParam.class).value();
        }
        if (p.isAnnotationPresent(FormParam.class)) {
            return p.getAnnotation(FormParam.class).value();
        }
        return null;
    }
}
