package vn.motcua.api.catalog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.motcua.api.input.RequestBodies;
import vn.motcua.catalog.adoption.OverrideConflict;
import vn.motcua.catalog.service.AdoptionService;
import vn.motcua.tenants.access.Role;
import vn.motcua.tenants.persistence.Tenancy;

import java.time.Clock;

/** The caller's tenant's adoption of the catalog above it. */
@Path("adoption")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdoptionResource {

    @Inject
    AdoptionService adoptions;

    @Inject
    Tenancy tenancy;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({Role.CATALOG_ADMIN, Role.REPORTING_OFFICER})
    public AdoptionRequest current() {
        return AdoptionRequest.of(adoptions.current(), adoptions.effectiveCatalog(clock.instant()).stream()
                .flatMap(c -> c.conflicts().stream())
                .map(OverrideConflict::message).toList());
    }

    /**
     * Replaces the adoption as the service fits it to the catalog in effect, as the adoption screen
     * saves it: what that catalog no longer has (a procedure, a step, a step no desk does) is dropped
     * — the answer shows what is stored — and an override that does not fit (a budget not shorter) is a 400.
     */
    @PUT
    @RolesAllowed(Role.CATALOG_ADMIN)
    public AdoptionRequest adopt(AdoptionRequest request) {
        adoptions.adopt(RequestBodies.required(request).toAdoption(tenancy.caller().tenantId()), clock.instant());
        return current();
    }
}
