package vn.motcua.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.motcua.engine.Dossier;
import vn.motcua.engine.DossierService;
import vn.motcua.tenants.InvalidInput;
import vn.motcua.tenants.Role;

import java.util.List;

@Path("dossiers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DossierResource {

    @Inject
    DossierService dossiers;

    @Inject
    RequestBodies bodies;

    /** Receives a dossier; the response carries its code and the appointment on the receipt. */
    @POST
    @RolesAllowed(Role.RECEPTION)
    public Response receive(ReceiveRequest request, @Context UriInfo uri) {
        Dossier dossier = dossiers.receive(bodies.valid(request).toCommand());
        return Response.created(uri.getAbsolutePathBuilder().path(dossier.code()).build())
                .entity(DossierView.of(dossier, dossiers.history(dossier.code())))
                .build();
    }

    /** The dossier with its applicant and history: for its unit's desk and the supervisors above it. */
    @GET
    @Path("{code}")
    @RolesAllowed({Role.RECEPTION, Role.SPECIALIST, Role.LEADER, Role.SUPERVISOR})
    public DossierView get(@PathParam("code") String code) {
        return DossierView.of(dossiers.find(code), dossiers.history(code));
    }

    /** The dossiers under way at the caller's tenant, the most urgent first. */
    @GET
    @RolesAllowed({Role.RECEPTION, Role.SPECIALIST, Role.LEADER})
    public List<DossierView> queue(@QueryParam("offset") @DefaultValue("0") int offset,
                                   @QueryParam("limit") @DefaultValue("50") int limit) {
        // checked here, not with @Min/@Max: those crash Payara 6's OpenAPI generator on query parameters
        if (offset < 0) {
            throw new InvalidInput("offset", "offset must be 0 or more");
        }
        if (limit < 1 || limit > 500) {
            throw new InvalidInput("limit", "limit must be between 1 and 500");
        }
        return dossiers.queue(offset, limit).stream().map(d -> DossierView.of(d, List.of())).toList();
    }

    /** Completes the dossier's current step; 409 when it is not (or no longer) the current one. */
    @POST
    @Path("{code}/steps/{step}/completion")
    @RolesAllowed({Role.RECEPTION, Role.SPECIALIST, Role.LEADER})
    public DossierView completeStep(@PathParam("code") String code, @PathParam("step") String step) {
        dossiers.completeStep(code, step);
        return get(code);
    }
}
