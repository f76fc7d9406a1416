package org.opensms.sms.web.api.subscriber;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opensms.sms.shared.InputCheck;
import org.opensms.sms.shared.InvalidInputException;
import org.opensms.sms.shared.PageRequest;
import org.opensms.sms.shared.Surface;
import org.opensms.sms.subscriber.SubscriberFilter;
import org.opensms.sms.subscriber.bulk.BulkAction;
import org.opensms.sms.subscriber.bulk.BulkJob;
import org.opensms.sms.subscriber.bulk.BulkJobService;
import org.opensms.sms.subscriber.bulk.BulkTarget;
import org.opensms.sms.subscriber.bulk.CustomerIdList;

/**
 * Bulk suspend and resume over REST: {@code POST /api/subscribers/bulk/suspend|resume} with JSON (reason and one of
 * lco, area, filter) or a list of customer IDs as text/plain or text/csv with {@code ?reason=}; answers 202 with the
 * job, which runs in the background. Follow it with {@code GET /api/subscribers/bulk/{id}}, download its results
 * with {@code GET /api/subscribers/bulk/{id}/result.csv}. Roles MSO_ADMIN, MSO_OPERATOR.
 */
@RequestScoped
@Path("subscribers/bulk")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Subscribers")
public class BulkJobResource {

    @Inject
    BulkJobService jobs;

    @POST
    @Path("{action: suspend|resume}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Suspend or resume the subscribers of an LCO, an area or a filter in the background",
            description = "Body: {\"reason\": ..., and exactly one of \"lco\": code, \"area\": area, \"filter\": {customerId,"
                    + " name, mobile, city, state, status, lco, area, stb, card}}. 202 with the job; subscribers not in the right status are"
                    + " skipped and reported in the result.")
    public Response start(@PathParam("action") String action, BulkJobRequestJson body) {
        if (body == null) {
            throw new InvalidInputException("body", "is required: {\"reason\": ..., \"lco\" | \"area\" | \"filter\": ...}");
        }
        SubscriberFilter filter = null;
        if (body.filter() != null) {
            BulkJobRequestJson.Filter f = body.filter();
            InputCheck check = new InputCheck();
            filter = SubscriberFilter.parse(check, f.customerId(), f.name(), f.mobile(), f.city(), f.state(), f.status(),
                    f.lco(), f.area(), f.stb(), f.card());
            check.throwIfInvalid();
        }
        BulkTarget target = BulkTarget.ofOne(body.lco(), body.area(), filter);
        return accepted(jobs.start(action(action), target, body.reason(), Surface.REST));
    }

    @POST
    @Path("{action: suspend|resume}")
    @Consumes({MediaType.TEXT_PLAIN, "text/csv"})
    @Operation(summary = "Suspend or resume the subscribers of an uploaded list in the background",
            description = "Body: customer IDs, one per line (of CSV, the first column; an optional header line)."
                    + " A list with any malformed line is refused whole with 400 naming each line; at most 200000 IDs."
                    + " Unknown customer IDs are reported as FAILED in the result, subscribers in the wrong status as SKIPPED.")
    public Response startList(@PathParam("action") String action, @QueryParam("reason") String reason, InputStream body) {
        BulkAction a = action(action);
        InputCheck check = new InputCheck();
        check.required("reason", reason, BulkJob.MAX_REASON);
        check.throwIfInvalid();
        List<String> ids = CustomerIdList.parse(new InputStreamReader(body, StandardCharsets.UTF_8));
        return accepted(jobs.start(a, BulkTarget.list(ids), reason, Surface.REST));
    }

    @GET
    @Operation(summary = "Bulk jobs, newest first")
    public List<BulkJobJson> list(@QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        InputCheck check = new InputCheck();
        PageRequest page = PageRequest.parse(check, offset, limit, 20, null, null);
        check.throwIfInvalid();
        return jobs.jobs(page).stream().map(BulkJobJson::of).toList();
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "One job and its progress")
    public BulkJobJson get(@PathParam("id") String id) {
        return BulkJobJson.of(jobs.getJob(id(id)));
    }

    @GET
    @Path("{id: [0-9]+}/result.csv")
    @Produces("text/csv")
    @Operation(summary = "The job's result, one line per subscriber: job,action,position,customerId,outcome,message",
            description = "Streamed; while the job runs, lines of an uploaded list not reached yet are PENDING.")
    public Response result(@PathParam("id") String id) {
        long job = id(id);
        jobs.getJob(job);   // 404 before the stream starts
        StreamingOutput body = out -> jobs.writeResults(job,
                new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"bulk-job-" + job + ".csv\"")
                .header("Cache-Control", "no-store").build();
    }

    private static Response accepted(BulkJob job) {
        return Response.accepted(BulkJobJson.of(job)).header("Location", "subscribers/bulk/" + job.getId()).build();
    }

    private static BulkAction action(String text) {
        return BulkAction.valueOf(text.toUpperCase(Locale.ROOT));
    }

    private static long id(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("id", "must be a job number, got '" + text + "'");
        }
    }
}
