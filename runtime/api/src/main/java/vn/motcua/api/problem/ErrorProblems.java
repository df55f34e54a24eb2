package vn.motcua.api.problem;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response.Status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The error page of the API (see {@code WEB-INF/web.xml}): answers in problem+json what the
 * container answers itself — 401 from the MP-JWT mechanism before JAX-RS runs, 403 from
 * {@code @RolesAllowed}, 404/405 of unknown paths and methods — instead of Payara's HTML page,
 * so that a portal reads every error of the API the same way.
 */
@WebServlet(ErrorProblems.PATH)
public class ErrorProblems extends HttpServlet {

    static final String PATH = "/error-problem";

    private final Jsonb json = JsonbBuilder.create();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer c ? c : HttpServletResponse.SC_NOT_FOUND;
        Status known = Status.fromStatusCode(status);
        Problem problem = new Problem("about:blank", known == null ? "Error" : known.getReasonPhrase(), status,
                detail(status), null);
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE.toString());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.toJson(problem));
    }

    private static String detail(int status) {
        return switch (status) {
            case 401 -> "a valid Keycloak access token is required (Authorization: Bearer …); it is missing, expired or not from this realm";
            case 403 -> "your roles do not allow this operation";
            case 404 -> "no such resource";
            case 405 -> "this method is not allowed on this resource";
            case 406, 415 -> "this API reads and writes application/json";
            case 413 -> "the request is larger than this API reads";
            default -> status >= 500 ? "the server failed; the operation was not completed" : "the request was refused";
        };
    }
}
