package vn.motcua.api.catalog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.motcua.catalog.service.AdoptionService;
import vn.motcua.catalog.service.CatalogService;
import vn.motcua.catalog.version.CatalogVersion;
import vn.motcua.tenants.access.Role;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

@Path("procedures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProcedureResource {

    @Inject
    AdoptionService adoptions;

    @Inject
    CatalogService catalog;

    @Inject
    Clock clock;

    /** The procedures the caller's tenant receives dossiers for today, as its adoption shapes them. */
    @GET
    @RolesAllowed({Role.RECEPTION, Role.SPECIALIST, Role.LEADER, Role.CATALOG_ADMIN, Role.REPORTING_OFFICER})
    public List<ProcedureView> inEffect() {
        Instant now = clock.instant();
        String decision = catalog.versionInEffect(now).map(CatalogVersion::decisionNumber).orElse(null);
        return adoptions.effectiveCatalog(now).stream()
                .flatMap(effective -> effective.procedures().stream()
                        .map(p -> ProcedureView.of(p, effective.provinceVersionId(), decision)))
                .toList();
    }
}
