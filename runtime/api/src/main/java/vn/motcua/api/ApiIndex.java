package vn.motcua.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import java.util.Map;

/** The API's front door: what it is and where to go next. Open to anyone. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ApiIndex {

    @GET
    @PermitAll
    public Map<String, Object> index(@Context UriInfo uri) {
        String base = uri.getBaseUri().toString().replaceAll("/$", "");
        return Map.of(
                "name", "Motcua API",
                "authentication", "Bearer access token of the Keycloak realm 'motcua'",
                "links", Map.of(
                        "procedures", base + "/procedures",
                        "dossiers", base + "/dossiers",
                        "openapi", base.replaceAll("/api$", "") + "/openapi"));
    }
}
