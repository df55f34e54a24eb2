package vn.motcua.api.catalog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import vn.motcua.catalog.service.CatalogService;
import vn.motcua.catalog.service.PublishingService;
import vn.motcua.catalog.version.CatalogVersion;
import vn.motcua.catalog.version.LegalBasis;
import vn.motcua.catalog.version.Procedure;
import vn.motcua.catalog.version.ProcedureDraft;
import vn.motcua.catalog.version.VersionSummary;
import vn.motcua.tenants.access.Role;
import vn.motcua.tenants.problem.InvalidInput;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalog as its admins edit it: the tenant's versions (read, export, publish), the
 * procedures of its latest version (search) and of its open draft (read, create, revise,
 * remove). Everything is the caller's own tenant's, or readable by the rules of
 * {@link CatalogService#version(long)}; anything else is a 404.
 */
@Path("catalog")
@RequestScoped
@Transactional // views read a version's procedures: inside the services' transaction
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CatalogResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String YAML = "application/yaml";
    /** As long as the longest name a procedure has (procedure_def.name). */
    static final int SEARCH_LENGTH = 500;

    @Inject
    CatalogService catalog;

    @Inject
    PublishingService publishing;

    @GET
    @Path("versions")
    @RolesAllowed({Role.CATALOG_ADMIN, Role.REPORTING_OFFICER})
    public List<VersionSummary> versions() {
        return catalog.ownVersions();
    }

    @GET
    @Path("versions/{id}")
    @RolesAllowed({Role.CATALOG_ADMIN, Role.REPORTING_OFFICER})
    public VersionView version(@PathParam("id") long id) {
        return VersionView.of(catalog.version(id));
    }

    @GET
    @Path("versions/{id}/export.yaml")
    @Produces(YAML + ";charset=UTF-8")
    @RolesAllowed({Role.CATALOG_ADMIN, Role.REPORTING_OFFICER})
    public Response exportYaml(@PathParam("id") long id) {
        return Response.ok(catalog.exportYaml(id), YAML + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"catalog-" + id + ".yaml\"").build();
    }

    @GET
    @Path("versions/{id}/export.xlsx")
    @Produces(XLSX)
    @RolesAllowed({Role.CATALOG_ADMIN, Role.REPORTING_OFFICER})
    public Response exportSpreadsheet(@PathParam("id") long id) {
        return Response.ok(catalog.exportSpreadsheet(id), XLSX)
                .header("Content-Disposition", "attachment; filename=\"catalog-" + id + ".xlsx\"").build();
    }

    /** Publishes a draft of the caller's tenant under its decision; 400 lists what blocks it. */
    @POST
    @Path("versions/{id}/publication")
    @RolesAllowed(Role.CATALOG_ADMIN)
    public VersionView publish(@PathParam("id") long id, Publication request) {
        RequestBodies.required(request);
        return VersionView.of(publishing.publish(id, new LegalBasis(request.decisionNumber.trim(), request.decisionDate,
                request.effectiveFrom, request.replaces == null ? List.of() : request.replaces)));
    }

    /** The procedures of the tenant's latest version; {@code search} ignores case and diacritics. */
    @GET
    @Path("procedures")
    @RolesAllowed({Role.CATALOG_ADMIN, Role.REPORTING_OFFICER})
    public List<ProcedureSummary> search(@QueryParam("search") @DefaultValue("") @Parameter(schema = @Schema(
                                                 type = SchemaType.STRING, maxLength = SEARCH_LENGTH)) String search,
                                         @QueryParam("offset") @DefaultValue("0") @Parameter(schema = @Schema(
                                                 type = SchemaType.INTEGER, minimum = "0")) int offset,
                                         @QueryParam("limit") @DefaultValue("50") @Parameter(schema = @Schema(
                                                 type = SchemaType.INTEGER, minimum = "1", maximum = "" + Params.MAX_LIMIT)) int limit) {
        Params.page(offset, limit);
        if (search.length() > SEARCH_LENGTH) {
            throw new InvalidInput("search", "must be at most " + SEARCH_LENGTH + " characters, not " + search.length());
        }
        return catalog.ownProcedures(search, offset, limit).stream().map(ProcedureSummary::of).toList();
    }

    @POST
    @Path("draft/procedures")
    @RolesAllowed(Role.CATALOG_ADMIN)
    public Response create(ProcedureDraft draft, @Context UriInfo uri) {
        Procedure created = publishing.saveProcedure(null, RequestBodies.required(draft));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(DraftProcedure.of(created)).build();
    }

    @GET
    @Path("draft/procedures/{id}")
    @RolesAllowed(Role.CATALOG_ADMIN)
    public DraftProcedure draftProcedure(@PathParam("id") long id) {
        return DraftProcedure.of(publishing.draftProcedure(id));
    }

    @PUT
    @Path("draft/procedures/{id}")
    @RolesAllowed(Role.CATALOG_ADMIN)
    public DraftProcedure revise(@PathParam("id") long id, ProcedureDraft draft) {
        RequestBodies.required(draft);
        publishing.draftProcedure(id); // a procedure of another tenant's draft is a 404 before the draft's rules are checked
        return DraftProcedure.of(publishing.saveProcedure(id, draft));
    }

    @DELETE
    @Path("draft/procedures/{id}")
    @RolesAllowed(Role.CATALOG_ADMIN)
    public Response remove(@PathParam("id") long id) {
        publishing.removeProcedure(id);
        return Response.noContent().build();
    }

    /** A decision that publishes a draft; sizes are catalog_version's columns (replaces: 15 numbers fit its 1,000 characters). */
    public static class Publication {
        @Schema(example = "71/QĐ-UBND")
        @NotBlank
        @Size(max = 64)
        public String decisionNumber;
        public LocalDate decisionDate;
        @NotNull
        public LocalDate effectiveFrom;
        @Schema(description = "the numbers of the decisions this one replaces")
        @Size(max = 15)
        public List<@NotBlank @Size(max = 64) String> replaces = new ArrayList<>();
    }

    public record ProcedureSummary(long id, long versionId, String nationalCode, String name, String field,
                                   String onlineLevel, BigDecimal totalDays) {
        static ProcedureSummary of(Procedure p) {
            return new ProcedureSummary(p.id(), p.version().id(), p.nationalCode(), p.name(), p.field(),
                    p.onlineLevel() == null ? null : p.onlineLevel().name(), p.totalDays());
        }
    }

    /** A procedure of the open draft, in the shape {@code PUT} takes back. */
    public record DraftProcedure(long id, long versionId, ProcedureDraft procedure) {
        static DraftProcedure of(Procedure p) {
            return new DraftProcedure(p.id(), p.version().id(), p.toDraft());
        }
    }

    public record VersionView(long id, String tenantId, String title, String decisionNumber, LocalDate decisionDate,
                              LocalDate effectiveFrom, List<String> replaces, String status, List<ProcedureSummary> procedures) {
        static VersionView of(CatalogVersion v) {
            return new VersionView(v.id(), v.tenantId(), v.title(), v.decisionNumber(), v.decisionDate(), v.effectiveFrom(),
                    v.replaces(), v.status().name(), v.procedures().stream().map(ProcedureSummary::of).toList());
        }
    }
}
