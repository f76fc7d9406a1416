package org.opensms.sms.web.api.subscription;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opensms.sms.shared.InvalidInputException;
import org.opensms.sms.subscriber.export.CsvSubscriberWriter;
import org.opensms.sms.subscription.SubscriptionService;
import org.opensms.sms.web.api.ErrorJson;

/** The broadcasters' monthly subscription report over REST, as JSON or CSV (MSO_ADMIN, MSO_OPERATOR). */
@RequestScoped
@Path("reports/broadcaster")
@Tag(name = "Subscriptions")
public class BroadcasterReportResource {

    static final String CSV = "text/csv";
    static final String CSV_HEADER = "type,code,name,broadcaster,kind,count_07,count_14,count_21,count_28,average";

    @Inject
    SubscriptionService subscriptions;
    @Context
    HttpHeaders headers;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(summary = "STBs per pay channel and per product on the 7th, 14th, 21st and 28th, and the average",
            description = "JSON, or CSV with Accept: text/csv or format=csv (header " + CSV_HEADER + "; type CHANNEL or"
                    + " PRODUCT). An STB counts once per channel however many of its products carry it.")
    @APIResponse(responseCode = "200", content = {@Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BroadcasterReportJson.class)), @Content(mediaType = CSV)})
    @APIResponse(responseCode = "400", description = "Bad month or format", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ErrorJson.class)))
    public Response report(@Parameter(description = "2026-11", required = true) @QueryParam("month") String month,
                           @Parameter(description = "One broadcaster (exact, any case); default all") @QueryParam("broadcaster") String broadcaster,
                           @Parameter(description = "json or csv; default from Accept") @QueryParam("format") String format) {
        boolean csv = csv(format);
        BroadcasterReportJson r = BroadcasterReportJson.of(subscriptions.broadcasterReport(month, broadcaster));
        if (!csv) {
            return Response.ok(r, MediaType.APPLICATION_JSON_TYPE).build();
        }
        return Response.ok(csv(r), CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"broadcaster-report-" + r.month() + ".csv\"")
                .build();
    }

    private boolean csv(String format) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw new InvalidInputException("format", "must be json or csv, got '" + format + "'");
            };
        }
        // the first acceptable type the client prefers that we make (JAX-RS orders them by q and specificity)
        for (MediaType t : headers.getAcceptableMediaTypes()) {
            if (t.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (t.isCompatible(MediaType.valueOf(CSV))) {
                return true;
            }
        }
        return false;
    }

    static String csv(BroadcasterReportJson r) {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180.builder().setNullString("").get())) {
            p.printRecord((Object[]) CSV_HEADER.split(","));
            for (BroadcasterReportJson.Line l : r.channels()) {
                p.printRecord(row("CHANNEL", l));
            }
            for (BroadcasterReportJson.Line l : r.products()) {
                p.printRecord(row("PRODUCT", l));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<Object> row(String type, BroadcasterReportJson.Line l) {
        List<Object> row = new ArrayList<>(Arrays.asList(type, l.code(), CsvSubscriberWriter.defuse(l.name()),
                CsvSubscriberWriter.defuse(l.broadcaster())));
        row.add(l.kind());
        row.addAll(l.counts());
        row.add(l.average());
        return row;
    }
}
