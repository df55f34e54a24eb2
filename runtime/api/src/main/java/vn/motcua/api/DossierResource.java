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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.motcua.api.input.Params;
import vn.motcua.api.input.RequestBodies;
import vn.motcua.engine.Dossier;
import vn.motcua.engine.DossierService;
import vn.motcua.tenants.access.Role;

import java.util.List;

@Path("dossiers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DossierResource {

    @Inject
    DossierService dossiers;

    /** Receives a dossier; the response carries its code and the appointment on the receipt. */
    @POST
    @RolesAllowed(Role.RECEPTION)
    public Response receive(ReceiveRequest request, @Context UriInfo uri) {
        Dossier dossier = dossiers.receive(RequestBodies.required(request).toCommand());
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
    public List<DossierView> queue(@QueryParam("offset") @DefaultValue("0") @Parameter(schema = @Schema(
                                           type = SchemaType.INTEGER, minimum = "0")) int offset,
                                   @QueryParam("limit") @DefaultValue("50") @Parameter(schema = @Schema(
                                           type = SchemaType.INTEGER, minimum = "1", maximum = "" + Params.MAX_LIMIT)) int limit) {
        Params.page(offset, limit);
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
