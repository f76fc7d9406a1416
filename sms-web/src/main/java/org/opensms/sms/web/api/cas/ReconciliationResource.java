package org.opensms.sms.web.api.cas;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opensms.sms.cas.reconciliation.ReconciliationDifference;
import org.opensms.sms.cas.reconciliation.ReconciliationRun;
import org.opensms.sms.cas.reconciliation.ReconciliationService;
import org.opensms.sms.shared.InputCheck;
import org.opensms.sms.shared.InvalidInputException;
import org.opensms.sms.shared.PageRequest;

/**
 * CAS reconciliation over REST: start a run (administrators), follow it, read its differences, download the
 * auditor's report as CSV.
 */
@RequestScoped
@Path("cas/reconciliations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "CAS reconciliation")
public class ReconciliationResource {

    /** A run with its counts. */
    @Schema(name = "ReconciliationRun")
    public record RunJson(long id, String trigger, String requestedBy, Instant startedAt, Instant finishedAt, String status,
                          long cardsCompared, long cardsInFlight, long cardsDiffering, long commandsResent, String message) {
        static RunJson of(ReconciliationRun r) {
            return new RunJson(r.getId(), r.getTrigger().name(), r.getRequestedBy(), r.getStartedAt(), r.getFinishedAt(),
                    r.getStatus().name(), r.getCardsCompared(), r.getCardsInFlight(), r.getCardsDiffering(),
                    r.getCommandsResent(), r.getMessage());
        }
    }

    /** One difference: what the SMS says, what the CAS had, and the ids of the commands re-sent (space-separated). */
    @Schema(name = "ReconciliationDifference")
    public record DifferenceJson(String card, String aspect, String smsSays, String casHad, String commandsResent) {
        static DifferenceJson of(ReconciliationDifference d) {
            return new DifferenceJson(d.getCard(), d.getAspect().name(), d.getExpected(), d.getActual(), d.getResent());
        }
    }

    @Inject
    ReconciliationService reconciliation;

    @POST
    @Operation(summary = "Start a reconciliation run now (administrators)",
            description = "Answers 202 with the run (RUNNING); 409 when a run is already going.")
    public Response start() {
        ReconciliationRun run = reconciliation.start();
        return Response.accepted(RunJson.of(run)).header("Location", "cas/reconciliations/" + run.getId()).build();
    }

    @GET
    @Operation(summary = "Reconciliation runs, newest first")
    public List<RunJson> runs(@QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        InputCheck check = new InputCheck();
        PageRequest page = PageRequest.parse(check, offset, limit, 20, null, null);
        check.throwIfInvalid();
        return reconciliation.runs(page).stream().map(RunJson::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One run")
    public RunJson run(@PathParam("id") String id) {
        return RunJson.of(reconciliation.getRun(id(id)));
    }

    @GET
    @Path("{id}/differences")
    @Operation(summary = "A run's differences, in card order; X-Total-Count gives their number")
    public Response differences(@PathParam("id") String id, @QueryParam("offset") String offset,
                                @QueryParam("limit") String limit) {
        long run = id(id);
        InputCheck check = new InputCheck();
        PageRequest page = PageRequest.parse(check, offset, limit, 100, null, null);
        check.throwIfInvalid();
        List<DifferenceJson> lines = reconciliation.differences(run, page).stream().map(DifferenceJson::of).toList();
        return Response.ok(lines).header("X-Total-Count", reconciliation.differenceCount(run)).build();
    }

    @GET
    @Path("{id}/report.csv")
    @Produces("text/csv")
    @Operation(summary = "The run's report for auditors, as CSV (summary, then one line per difference)")
    public Response report(@PathParam("id") String id) {
        long run = id(id);
        reconciliation.getRun(run);   // 404 before the stream starts
        StreamingOutput body = out -> reconciliation.writeReport(run,
                new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"cas-reconciliation-" + run + ".csv\"").build();
    }

    private static long id(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("id", "must be a run number, got '" + text + "'");
        }
    }
}
