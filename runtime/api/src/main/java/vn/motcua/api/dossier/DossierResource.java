package vn.motcua.api.dossier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.motcua.api.input.Headers;
import vn.motcua.api.input.Params;
import vn.motcua.api.input.RequestBodies;
import vn.motcua.engine.command.Accept;
import vn.motcua.engine.command.Assign;
import vn.motcua.engine.command.Claim;
import vn.motcua.engine.command.CompleteStep;
import vn.motcua.engine.command.ConfirmFinancialObligation;
import vn.motcua.engine.command.DossierCommand;
import vn.motcua.engine.command.DossierCommands;
import vn.motcua.engine.command.RecordComplaint;
import vn.motcua.engine.command.Refuse;
import vn.motcua.engine.command.RequestFinancialObligation;
import vn.motcua.engine.command.RequestSupplement;
import vn.motcua.engine.command.Resolve;
import vn.motcua.engine.command.ResumeOnSupplement;
import vn.motcua.engine.command.ReturnResult;
import vn.motcua.engine.command.ReturnToStep;
import vn.motcua.engine.command.StartPosting;
import vn.motcua.engine.command.Stop;
import vn.motcua.engine.command.Transfer;
import vn.motcua.engine.command.Withdraw;
import vn.motcua.engine.dossier.ChainVerification;
import vn.motcua.engine.dossier.ClientInfo;
import vn.motcua.engine.dossier.DossierStatus;
import vn.motcua.engine.dossier.ResultDelivery;
import vn.motcua.engine.read.DossierDetails;
import vn.motcua.engine.read.DossierFilter;
import vn.motcua.engine.read.DossierPage;
import vn.motcua.engine.read.DossierQueries;
import vn.motcua.engine.read.HistoryView;
import vn.motcua.tenants.access.Role;
import vn.motcua.tenants.problem.InvalidInput;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Dossiers: reception, every command of the lifecycle as a POST sub-resource, lists, the dossier
 * with its steps, clock and history, and the history's verification. Every mutating call takes an
 * {@code Idempotency-Key}; step commands take {@code If-Match} with the dossier's version (its ETag).
 * A dossier outside the caller's units is a 404; a command its status does not allow, a 409 naming
 * the status and the commands allowed. Citizens act on their own dossiers once the portal's
 * tracking by code comes (the aggregate already accepts them as owners); until then only staff do.
 */
@Path("dossiers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.RECEPTION, Role.SPECIALIST, Role.LEADER})
public class DossierResource {

    static final String READERS_NOTE = "for the desk of a unit the dossier reached and the supervisors above it";

    @Inject
    DossierCommands commands;

    @Inject
    DossierQueries queries;

    @Inject
    Idempotency idempotency;

    @Inject
    JsonWebToken token;

    @Context
    HttpServletRequest http;

    @Context
    UriInfo uri;

    /** Receives a dossier at the caller's desk; the answer carries its code and, once accepted, the appointment. */
    @POST
    @RolesAllowed(Role.RECEPTION)
    @APIResponse(responseCode = "201", description = "the dossier received", content = @Content(schema = @Schema(implementation = DossierDetails.class)))
    public Response receive(DossierRequests.Receive request, @HeaderParam(Headers.IDEMPOTENCY_KEY) String key) {
        RequestBodies.required(request);
        return idempotency.run(key, "POST /dossiers", request, () -> {
            DossierDetails d = commands.receive(request.toCommand(), client(key));
            return new Idempotency.Answer(201, d, uri.getAbsolutePathBuilder().path(d.code()).build());
        });
    }

    /** The dossiers of the caller's units (a supervisor: and below), narrowed by the filters, most urgent first. */
    @GET
    @RolesAllowed({Role.RECEPTION, Role.SPECIALIST, Role.LEADER, Role.SUPERVISOR})
    public DossierPage list(@QueryParam("status") DossierStatus status,
                            @QueryParam("step") @Parameter(description = "the open step's number, e.g. 4.2") String step,
                            @QueryParam("assignee") String assignee,
                            @QueryParam("dueBefore") @Parameter(description = "appointment before this instant (ISO-8601)") String dueBefore,
                            @QueryParam("late") @Parameter(description = "running past the appointment") Boolean late,
                            @QueryParam("held") @DefaultValue("false") @Parameter(description = "only those the caller's unit holds now") boolean held,
                            @QueryParam("offset") @DefaultValue("0") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0")) int offset,
                            @QueryParam("limit") @DefaultValue("50") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                                    maximum = "" + Params.MAX_LIMIT)) int limit) {
        Params.page(offset, limit);
        if (step != null && step.length() > 16) {
            throw new InvalidInput("step", "a step number has at most 16 characters");
        }
        if (assignee != null && assignee.length() > 100) {
            throw new InvalidInput("assignee", "a login has at most 100 characters");
        }
        return queries.list(new DossierFilter(status, step, assignee, instant("dueBefore", dueBefore), late, held), offset, limit);
    }

    /** The dossier with its applicant, route executions, clock and history: {@value #READERS_NOTE}. */
    @GET
    @Path("{code}")
    @RolesAllowed({Role.RECEPTION, Role.SPECIALIST, Role.LEADER, Role.SUPERVISOR})
    public Response get(@PathParam("code") String code) {
        DossierDetails d = queries.get(code);
        return Response.ok(d).tag(Long.toString(d.version())).build();
    }

    @GET
    @Path("{code}/history")
    @RolesAllowed({Role.RECEPTION, Role.SPECIALIST, Role.LEADER, Role.SUPERVISOR})
    public List<HistoryView> history(@PathParam("code") String code) {
        return queries.history(code);
    }

    /** Whether the history's hash chain is intact; if not, the first broken entry and why. */
    @GET
    @Path("{code}/history/verification")
    @RolesAllowed({Role.RECEPTION, Role.SPECIALIST, Role.LEADER, Role.SUPERVISOR})
    public ChainVerification verification(@PathParam("code") String code) {
        return queries.verify(code);
    }

    // ---------------------------------------------------------------- the dossier's commands

    @POST
    @Path("{code}/acceptance")
    public Response accept(@PathParam("code") String code, @RequestBody(required = false) DossierRequests.Acceptance body,
                           @HeaderParam(Headers.IDEMPOTENCY_KEY) String key, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        DossierRequests.Acceptance b = body == null ? new DossierRequests.Acceptance() : body;
        return run(key, code, "acceptance", b, new Accept(code, version(ifMatch), b.checklist()));
    }

    @POST
    @Path("{code}/supplement-requests")
    public Response requestSupplement(@PathParam("code") String code, DossierRequests.SupplementRequest body,
                                      @HeaderParam(Headers.IDEMPOTENCY_KEY) String key, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        RequestBodies.required(body);
        return run(key, code, "supplement-requests", body,
                new RequestSupplement(code, version(ifMatch), body.missingDocuments, body.reasons));
    }

    @POST
    @Path("{code}/supplements")
    public Response resumeOnSupplement(@PathParam("code") String code, @RequestBody(required = false) DossierRequests.Supplement body,
                                       @HeaderParam(Headers.IDEMPOTENCY_KEY) String key, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        DossierRequests.Supplement b = body == null ? new DossierRequests.Supplement() : body;
        return run(key, code, "supplements", b, new ResumeOnSupplement(code, version(ifMatch), b.documentsAdded));
    }

    @POST
    @Path("{code}/financial-obligations")
    public Response requestFinancialObligation(@PathParam("code") String code, DossierRequests.Obligation body,
                                               @HeaderParam(Headers.IDEMPOTENCY_KEY) String key, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        RequestBodies.required(body);
        return run(key, code, "financial-obligations", body, new RequestFinancialObligation(code, version(ifMatch), body.description));
    }

    @POST
    @Path("{code}/financial-obligations/payment")
    public Response confirmFinancialObligation(@PathParam("code") String code, @RequestBody(required = false) DossierRequests.Payment body,
                                               @HeaderParam(Headers.IDEMPOTENCY_KEY) String key, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        DossierRequests.Payment b = body == null ? new DossierRequests.Payment() : body;
        return run(key, code, "payment", b, new ConfirmFinancialObligation(code, version(ifMatch), b.reference));
    }

    @POST
    @Path("{code}/refusal")
    public Response refuse(@PathParam("code") String code, DossierRequests.Reasons body,
                           @HeaderParam(Headers.IDEMPOTENCY_KEY) String key, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        RequestBodies.required(body);
        return run(key, code, "refusal", body, new Refuse(code, version(ifMatch), body.reasons));
    }

    @POST
    @Path("{code}/withdrawal")
    public Response withdraw(@PathParam("code") String code, @RequestBody(required = false) DossierRequests.Reasons body,
                             @HeaderParam(Headers.IDEMPOTENCY_KEY) String key, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        DossierRequests.Reasons b = body == null ? new DossierRequests.Reasons() : body;
        return run(key, code, "withdrawal", b, new Withdraw(code, version(ifMatch), b.reasons));
    }

    @POST
    @Path("{code}/stop")
    public Response stop(@PathParam("code") String code, DossierRequests.Reasons body,
                         @HeaderParam(Headers.IDEMPOTENCY_KEY) String key, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        RequestBodies.required(body);
        return run(key, code, "stop", body, new Stop(code, version(ifMatch), body.reasons));
    }

    @POST
    @Path("{code}/result-return")
    public Response returnResult(@PathParam("code") String code, DossierRequests.ResultReturn body,
                                 @HeaderParam(Headers.IDEMPOTENCY_KEY) String key, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        RequestBodies.required(body);
        return run(key, code, "result-return", body, new ReturnResult(code, version(ifMatch),
                new ResultDelivery(body.channel, body.receiver, body.reference)));
    }

    // ---------------------------------------------------------------- the current step's commands

    @POST
    @Path("{code}/steps/{step}/claim")
    public Response claim(@PathParam("code") String code, @PathParam("step") String step,
                          @HeaderParam(Headers.IDEMPOTENCY_KEY) String key, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return run(key, code, "steps/" + step + "/claim", null, new Claim(code, version(ifMatch), step));
    }

    @POST
    @Path("{code}/steps/{step}/assignment")
    public Response assign(@PathParam("code") String code, @PathParam("step") String step, DossierRequests.Assignment body,
                           @HeaderParam(Headers.IDEMPOTENCY_KEY) String key, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        RequestBodies.required(body);
        return run(key, code, "steps/" + step + "/assignment", body, new Assign(code, version(ifMatch), step, body.assignee));
    }

    /** Completes the current step with one of its outcomes; 409 when it is not (or no longer) the current one. */
    @POST
    @Path("{code}/steps/{step}/completion")
    public Response complete(@PathParam("code") String code, @PathParam("step") String step, @RequestBody(required = false) DossierRequests.Completion body,
                             @HeaderParam(Headers.IDEMPOTENCY_KEY) String key, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        DossierRequests.Completion b = body == null ? new DossierRequests.Completion() : body;
        return run(key, code, "steps/" + step + "/completion", b,
                new CompleteStep(code, version(ifMatch), step, b.outcome, b.target, b.reasons));
    }

    @POST
    @Path("{code}/steps/{step}/return")
    public Response returnToStep(@PathParam("code") String code, @PathParam("step") String step, DossierRequests.Return body,
                                 @HeaderParam(Headers.IDEMPOTENCY_KEY) String key, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        RequestBodies.required(body);
        return run(key, code, "steps/" + step + "/return", body,
                new ReturnToStep(code, version(ifMatch), step, body.target, body.reasons));
    }

    @POST
    @Path("{code}/steps/{step}/transfer")
    public Response transfer(@PathParam("code") String code, @PathParam("step") String step,
                             @HeaderParam(Headers.IDEMPOTENCY_KEY) String key, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return run(key, code, "steps/" + step + "/transfer", null, new Transfer(code, version(ifMatch), step));
    }

    @POST
    @Path("{code}/steps/{step}/posting")
    public Response startPosting(@PathParam("code") String code, @PathParam("step") String step,
                                 @HeaderParam(Headers.IDEMPOTENCY_KEY) String key, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return run(key, code, "steps/" + step + "/posting", null, new StartPosting(code, version(ifMatch), step));
    }

    @POST
    @Path("{code}/steps/{step}/complaints")
    public Response recordComplaint(@PathParam("code") String code, @PathParam("step") String step,
                                    DossierRequests.Complaint body,
                                    @HeaderParam(Headers.IDEMPOTENCY_KEY) String key, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        RequestBodies.required(body);
        return run(key, code, "steps/" + step + "/complaints", body,
                new RecordComplaint(code, version(ifMatch), step, body.complaint));
    }

    /** Ends the result step: processing is over, and its lateness against the appointment is stored. */
    @POST
    @Path("{code}/steps/{step}/resolution")
    public Response resolve(@PathParam("code") String code, @PathParam("step") String step, @RequestBody(required = false) DossierRequests.Resolution body,
                            @HeaderParam(Headers.IDEMPOTENCY_KEY) String key, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        DossierRequests.Resolution b = body == null ? new DossierRequests.Resolution() : body;
        return run(key, code, "steps/" + step + "/resolution", b, new Resolve(code, version(ifMatch), step, b.note));
    }

    private Response run(String key, String code, String operation, Object body, DossierCommand command) {
        return idempotency.run(key, "POST /dossiers/" + code + "/" + operation, body,
                () -> new Idempotency.Answer(200, commands.execute(command, client(key)), null));
    }

    private ClientInfo client(String key) {
        Object azp = token == null ? null : token.getClaim("azp");
        return new ClientInfo(azp == null ? null : azp.toString(), http == null ? null : http.getRemoteAddr(), key);
    }

    /** The version of an If-Match header: {@code "7"}, {@code 7} or {@code W/"7"}; null when absent or {@code *}. */
    static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String v = ifMatch.strip();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new InvalidInput(HttpHeaders.IF_MATCH, "If-Match is the dossier's version as its ETag gives it, e.g. \"7\"");
        }
    }

    private static Instant instant(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(name, "an instant in ISO-8601, e.g. 2026-05-04T01:00:00Z");
        }
    }
}
