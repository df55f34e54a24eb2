package vn.motcua.api.tenants;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.motcua.api.input.RequestBodies;
import vn.motcua.tenants.access.Role;
import vn.motcua.tenants.admin.TenantAdministration;
import vn.motcua.tenants.admin.TenantView;
import vn.motcua.tenants.problem.NotFound;

import java.util.List;

/**
 * The tenant tree as the caller may see it (their tenant and, for supervising roles, its subtree)
 * and its administration. A unit outside the caller's view is a 404; one they see but may not
 * change, a 403. When Keycloak fails after the tree changed, the answer is a 502 and repeating
 * the same request finishes the change.
 */
@Path("tenants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TenantResource {

    static final String KEYCLOAK_FAILED = "Keycloak did not follow a change the tree took: repeat the request to finish it";

    @Inject
    TenantAdministration tenants;

    @GET
    @RolesAllowed({Role.CATALOG_ADMIN, Role.REPORTING_OFFICER, Role.SUPERVISOR, Role.RECEPTION, Role.SPECIALIST, Role.LEADER,
            Role.PLATFORM_ADMIN})
    public List<TenantView> list() {
        return tenants.visible();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.CATALOG_ADMIN, Role.REPORTING_OFFICER, Role.SUPERVISOR, Role.RECEPTION, Role.SPECIALIST, Role.LEADER,
            Role.PLATFORM_ADMIN})
    public TenantView get(@PathParam("id") String id) {
        return tenants.find(id);
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Role.CATALOG_ADMIN, Role.REPORTING_OFFICER, Role.PLATFORM_ADMIN})
    public List<TenantRequests.Event> history(@PathParam("id") String id) {
        return tenants.history(id).stream().map(TenantRequests.Event::of).toList();
    }

    /** Creates a unit with its Keycloak group and first admin; the same request again (a retry) answers 200. */
    @POST
    @RolesAllowed({Role.CATALOG_ADMIN, Role.PLATFORM_ADMIN})
    @APIResponse(responseCode = "201", description = "the unit and its first admin's login (its temporary password only here)",
            content = @Content(schema = @Schema(implementation = TenantRequests.Created.class)))
    @APIResponse(responseCode = "200", description = "the same request again: the unit as it was created",
            content = @Content(schema = @Schema(implementation = TenantRequests.Created.class)))
    @APIResponse(responseCode = "502", description = KEYCLOAK_FAILED)
    public Response create(TenantRequests.Create request, @Context UriInfo uri) {
        RequestBodies.required(request);
        boolean existed = tenantExists(request.id);
        TenantAdministration.Created created = tenants.create(request.toNewTenant());
        Response.ResponseBuilder reply = existed ? Response.ok()
                : Response.created(uri.getAbsolutePathBuilder().path(created.tenant().id()).build());
        return reply.entity(new TenantRequests.Created(created.tenant(), created.firstAdmin())).build();
    }

    @PUT
    @Path("{id}/name")
    @RolesAllowed({Role.CATALOG_ADMIN, Role.PLATFORM_ADMIN})
    @APIResponse(responseCode = "502", description = KEYCLOAK_FAILED)
    public TenantView rename(@PathParam("id") String id, TenantRequests.Rename request) {
        return tenants.rename(id, RequestBodies.required(request).name, request.version);
    }

    /** Sets the unit's electronic identification code, which opens its dossier codes (platform operator or an admin above). */
    @PUT
    @Path("{id}/unit-code")
    @RolesAllowed({Role.CATALOG_ADMIN, Role.PLATFORM_ADMIN})
    public TenantView setUnitCode(@PathParam("id") String id, TenantRequests.UnitCode request) {
        return tenants.setUnitCode(id, RequestBodies.required(request).unitCode, request.version);
    }

    @PUT
    @Path("{id}/parent")
    @RolesAllowed({Role.CATALOG_ADMIN, Role.PLATFORM_ADMIN})
    @APIResponse(responseCode = "502", description = KEYCLOAK_FAILED)
    public TenantView move(@PathParam("id") String id, TenantRequests.Move request) {
        return tenants.move(id, RequestBodies.required(request).parentId, request.version);
    }

    /**
     * Merges communes or wards into one of them or into a new unit; answers the unit they became,
     * with what of their adoptions and service days was carried over and what is left to decide.
     */
    @POST
    @Path("merges")
    @RolesAllowed({Role.CATALOG_ADMIN, Role.PLATFORM_ADMIN})
    @APIResponse(responseCode = "502", description = KEYCLOAK_FAILED)
    public TenantRequests.Merged merge(TenantRequests.Merge request) {
        return TenantRequests.Merged.of(tenants.merge(RequestBodies.required(request).toMerger()));
    }

    private boolean tenantExists(String id) {
        try {
            return id != null && tenants.find(id.trim()) != null;
        } catch (NotFound e) {
            return false;
        }
    }
}
