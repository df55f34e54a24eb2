package vn.motcua.api.catalog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.api.input.RequestBodies;
import vn.motcua.catalog.service.ServiceDayService;
import vn.motcua.catalog.serviceday.ServiceDay;
import vn.motcua.catalog.serviceday.ServiceDayDraft;
import vn.motcua.catalog.serviceday.ServiceDayMode;
import vn.motcua.tenants.access.Role;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;

/**
 * The caller's tenant's weekly service days, for portals that announce them and for scripts that
 * set a desk up; the admin's service-day screen edits them too. A bad day is a 400 per field.
 */
@Path("service-days")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ServiceDayResource {

    @Inject
    ServiceDayService serviceDays;

    @GET
    @RolesAllowed({Role.CATALOG_ADMIN, Role.REPORTING_OFFICER, Role.RECEPTION, Role.SPECIALIST, Role.LEADER})
    public List<Day> list() {
        return serviceDays.list().stream().map(Day::of).toList();
    }

    @POST
    @RolesAllowed(Role.CATALOG_ADMIN)
    public Response create(Day day) {
        return Response.status(Response.Status.CREATED)
                .entity(Day.of(serviceDays.save(null, RequestBodies.required(day).toDraft()))).build();
    }

    /** A service day: request and response (the id only in responses); sizes are the service_day tables' columns. */
    @Schema(name = "ServiceDay")
    public static class Day {
        @Schema(readOnly = true)
        public Long id;
        @Schema(example = "Ngày dịch vụ công trực tuyến")
        @NotBlank
        @Size(max = 200)
        public String name;
        @Schema(example = "TUESDAY")
        @NotNull
        public DayOfWeek weekday;
        @NotNull
        public ServiceDayMode mode;
        @Size(max = 2000)
        public String description;
        @Valid
        public List<Covered> procedures = new ArrayList<>();

        @Schema(name = "ServiceDay.Covered")
        public static class Covered {
            @Size(max = 200)
            public String field;
            @NotBlank
            @Size(max = 500)
            public String name;
            @Size(max = 40)
            public String nationalCode;
        }

        static Day of(ServiceDay d) {
            Day day = new Day();
            day.id = d.id();
            day.name = d.name();
            day.weekday = d.weekday();
            day.mode = d.mode();
            day.description = d.description();
            d.procedures().forEach(p -> {
                Covered c = new Covered();
                c.field = p.field();
                c.name = p.procedureName();
                c.nationalCode = p.nationalCode();
                day.procedures.add(c);
            });
            return day;
        }

        ServiceDayDraft toDraft() {
            return new ServiceDayDraft(name, weekday, mode, description, procedures == null ? List.of()
                    : procedures.stream().map(p -> new ServiceDayDraft.Covered(p.field, p.name, p.nationalCode)).toList());
        }
    }
}
