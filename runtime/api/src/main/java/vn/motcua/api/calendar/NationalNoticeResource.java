package vn.motcua.api.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.motcua.api.input.Params;
import vn.motcua.api.input.RequestBodies;
import vn.motcua.tenants.access.Role;
import vn.motcua.tenants.calendar.HolidayDecision;
import vn.motcua.tenants.calendar.WorkingCalendars;
import vn.motcua.tenants.problem.NotFound;

import java.util.List;

/**
 * The yearly national notices on days off and make-up working days (e.g. 6150/TB-LĐTBXH for 2025),
 * which every province inherits: read by every staff role, entered by the platform operator only.
 */
@Path("national-holiday-notices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLATFORM_ADMIN, Role.CATALOG_ADMIN, Role.REPORTING_OFFICER, Role.RECEPTION, Role.SPECIALIST, Role.LEADER})
public class NationalNoticeResource {

    @Inject
    WorkingCalendars calendars;

    @GET
    public List<Notice> notices() {
        return calendars.nationalNotices().stream().map(Notice::of).toList();
    }

    @GET
    @Path("{year}")
    public Notice notice(@PathParam("year") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "" + Params.FIRST_YEAR,
            maximum = "" + Params.LAST_YEAR)) int year) {
        Params.year(year, "year");
        return calendars.nationalNotices().stream().filter(n -> n.year() == year).findFirst().map(Notice::of)
                .orElseThrow(() -> new NotFound("no national notice of " + year));
    }

    /** Enters or replaces the notice of {@code year}; 403 for anyone but the platform operator. */
    @PUT
    @Path("{year}")
    @RolesAllowed(Role.PLATFORM_ADMIN)
    public Notice enter(@PathParam("year") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "" + Params.FIRST_YEAR,
            maximum = "" + Params.LAST_YEAR)) int year, CalendarRequest.Decision body) {
        Params.year(year, "year");
        calendars.setNationalNotice(RequestBodies.required(body).toNationalNotice(year));
        return notice(year);
    }

    @DELETE
    @Path("{year}")
    @RolesAllowed(Role.PLATFORM_ADMIN)
    public Response withdraw(@PathParam("year") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "" + Params.FIRST_YEAR,
            maximum = "" + Params.LAST_YEAR)) int year) {
        calendars.removeNationalNotice(Params.year(year, "year"));
        return Response.noContent().build();
    }

    public record Notice(int year, String noticeNumber, String noticeDate, String nationalDayCompanion,
                         List<String> extraDaysOff, List<String> makeUpWorkingDays) {

        static Notice of(HolidayDecision n) {
            return new Notice(n.year(), n.noticeNumber(), n.noticeDate() == null ? null : n.noticeDate().toString(),
                    n.nationalDayCompanion().toString(),
                    n.extraDaysOff().stream().sorted().map(Object::toString).toList(),
                    n.makeUpWorkingDays().stream().sorted().map(Object::toString).toList());
        }
    }
}
