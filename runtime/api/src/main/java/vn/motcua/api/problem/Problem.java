package vn.motcua.api.problem;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/** An RFC 9457 problem detail; {@code errors} maps a field to its message. */
public record Problem(String type, String title, int status, String detail, Map<String, String> errors) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public static Response response(Response.Status status, String detail) {
        return response(status, detail, null);
    }

    /** A status Jakarta REST names no constant for (422 Unprocessable Content). */
    public static Response response(int status, String title, String detail) {
        return Response.status(status).type(MEDIA_TYPE).entity(new Problem("about:blank", title, status, detail, null)).build();
    }

    public static Response response(Response.Status status, String detail, Map<String, String> errors) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, errors))
                .build();
    }
}
