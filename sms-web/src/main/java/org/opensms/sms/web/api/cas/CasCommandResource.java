package org.opensms.sms.web.api.cas;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opensms.sms.cas.CasCommandRequest;
import org.opensms.sms.cas.CasCommandService;
import org.opensms.sms.cas.CasJournalFilter;
import org.opensms.sms.cas.CasJournalLine;
import org.opensms.sms.shared.InputCheck;
import org.opensms.sms.shared.PageRequest;
import org.opensms.sms.shared.Surface;
import org.opensms.sms.web.api.JsonInput;

/**
 * CAS commands over REST: issue one (activate, deactivate, on-screen message) and read the command
 * journal with each command's state (PENDING until the CAS answers, then ACCEPTED, REJECTED or FAILED).
 */
@RequestScoped
@Path("cas/commands")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "CAS commands")
public class CasCommandResource {

    /** A journal line. */
    @Schema(name = "CasCommand")
    public record CasCommandJson(String commandId, String kind, String card, String subscriber, String target,
                                 String requestedBy, String surface, Instant requestedAt, String state, Integer code,
                                 String reason) {

        static CasCommandJson of(CasJournalLine l) {
            var c = l.command();
            var o = l.outcome();
            return new CasCommandJson(c.getCommandId(), c.getKind(), c.getCard(), c.getSubscriber(), c.getTarget(), c.getRequestedBy(),
                    c.getSurface(), c.getRequestedAt(), l.getState(), o == null ? null : o.getCode(),
                    o == null ? null : o.getReason());
        }
    }

    @Inject
    CasCommandService cas;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue a CAS command", description = "Body: {\"kind\": \"ACTIVATE_CARD\" | \"DEACTIVATE_CARD\","
            + " \"card\": \"...\"} or {\"kind\": \"SEND_OSD\", \"card\": \"...\" (omit for all), \"text\": \"...\"}."
            + " Answers 202 with the command id; the outcome arrives in the journal.")
    public Response issue(InputStream body) {
        InputCheck check = new InputCheck();
        CasCommandRequest request = request(JsonInput.read(body, check));
        check.throwIfInvalid();
        return Response.accepted(Map.of("commandId", cas.issue(request, Surface.REST).value())).build();
    }

    @POST
    @Path("batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue several CAS commands, all or nothing",
            description = "Body: {\"commands\": [command, ...]} (at most 1000). One bad command refuses the whole batch"
                    + " and the CAS receives none of it; errors name commands[i].field.")
    public Response issueAll(InputStream body) {
        InputCheck check = new InputCheck();
        JsonInput in = JsonInput.read(body, check).allowOnly("commands");
        List<CasCommandRequest> requests = in.objects("commands").stream().map(CasCommandResource::request).toList();
        check.throwIfInvalid();
        return Response.accepted(Map.of("commandIds",
                cas.issueAll(requests, Surface.REST).stream().map(id -> id.value()).toList())).build();
    }

    private static CasCommandRequest request(JsonInput in) {
        in.allowOnly("kind", "card", "text", "subscriber");
        return new CasCommandRequest(in.string("kind"), in.string("card"), in.string("text"), in.string("subscriber"));
    }

    @GET
    @Operation(summary = "The CAS command journal, newest first",
            description = "Filters (all optional, combined): card, subscriber (customer ID), kind (a command kind such as"
                    + " ACTIVATE_CARD), state (PENDING, ACCEPTED, REJECTED or FAILED), from and to (days as YYYY-MM-DD in"
                    + " India, both included). Paged by offset and limit (at most 1000); the X-Total-Count header gives"
                    + " the number of matching commands.")
    public Response journal(@QueryParam("card") String card, @QueryParam("subscriber") String subscriber,
                            @QueryParam("kind") String kind, @QueryParam("state") String state,
                            @QueryParam("from") String from, @QueryParam("to") String to,
                            @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        InputCheck check = new InputCheck();
        CasJournalFilter filter = CasJournalFilter.parse(check, card, subscriber, kind, state, from, to);
        PageRequest page = PageRequest.parse(check, offset, limit, 50, null, null);
        check.throwIfInvalid();
        List<CasCommandJson> lines = cas.journal(filter, page).stream().map(CasCommandJson::of).toList();
        return Response.ok(lines).header("X-Total-Count", cas.journalCount(filter)).build();
    }
}
