package vn.motcua.api.input;

import vn.motcua.tenants.problem.InvalidInput;

/**
 * What a resource checks of its request body itself: that there is one. Everything else — JSON,
 * types, unknown properties, sizes and ranges — {@link StrictJsonReader} has checked before the
 * resource runs.
 */
public final class RequestBodies {

    private RequestBodies() {
    }

    /** The body, or a 400 naming it when the request had none (the reader reads an empty body as null). */
    public static <T> T required(T body) {
        if (body == null) {
            throw new InvalidInput(StrictJsonReader.BODY, "a JSON body is required");
        }
        return body;
    }
}
