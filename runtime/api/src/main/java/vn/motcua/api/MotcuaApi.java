package vn.motcua.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import vn.motcua.api.problem.ErrorProblems;
import vn.motcua.tenants.access.Role;

import java.util.Map;

/**
 * The API at /api. Its module's context root is the server's root (see ear/pom.xml), so that requests
 * no other module takes — including ones whose encoded dot segments led them out of /api — get the
 * API's problem+json answers ({@link ErrorProblems}) rather than the server's HTML pages.
 */
@ApplicationPath("/api")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Role.CATALOG_ADMIN, Role.RECEPTION, Role.SPECIALIST, Role.LEADER, Role.REPORTING_OFFICER, Role.CITIZEN,
        Role.PLATFORM_ADMIN, Role.SUPERVISOR})
@OpenAPIDefinition(info = @Info(title = "Motcua API", version = "0.1",
        description = "Dossiers and procedures of Vietnamese one-stop desks. Authenticate with a Keycloak access token; "
                + "x-roles names the realm roles that may call an operation.\n\n"
                + "Every error is application/problem+json (RFC 9457): status, title, detail and, for a field, errors "
                + "(field path → message, e.g. applicant.name or steps.0.content). Request bodies are read strictly as their "
                + "schemas say: JSON types as declared (no string for a number, no fraction for an integer), enum constants "
                + "and ISO dates only, no property the schema does not list (additionalProperties: false; a 400 names it), "
                + "read-only properties ignored, at most 1 MiB and 20 levels deep."))
public class MotcuaApi extends Application {

    /** No WADL: OPTIONS answers the allowed methods only; the description of the API is /openapi. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
