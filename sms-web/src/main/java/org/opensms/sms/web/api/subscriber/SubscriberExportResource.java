package org.opensms.sms.web.api.subscriber;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opensms.sms.shared.InputCheck;
import org.opensms.sms.subscriber.SubscriberFilter;
import org.opensms.sms.subscriber.export.ExportFile;
import org.opensms.sms.subscriber.export.ExportFormat;
import org.opensms.sms.subscriber.export.SubscriberExport;
import org.opensms.sms.web.api.ErrorJson;

/**
 * The subscriber list as a file: {@code GET /api/subscribers/export.csv|.xlsx|.pdf} with the filters of
 * {@code GET /api/subscribers}, in its default order (customer ID), streamed as it is read. Filters and role are
 * checked before the first byte (400 naming the field, 401, 403); header {@code X-Total-Count} gives the count that
 * matched when the export started, and the file ends with the count it holds. Roles MSO_ADMIN, MSO_OPERATOR.
 */
@RequestScoped
@Path("subscribers")
@Tag(name = "Subscribers")
public class SubscriberExportResource {

    @Inject
    SubscriberExport exports;

    @GET
    @Path("export.{format: csv|xlsx|pdf}")
    @Operation(summary = "Export subscribers to CSV, Excel or PDF", description = "The same filters as the list; every"
            + " match in customer ID order, streamed (a million rows take constant memory on the server). CSV: RFC 4180,"
            + " UTF-8 with a byte order mark; a value starting with = + - @ gets a leading apostrophe. The file ends with"
            + " the total, the filters and the export time (IST). The file name carries the date: subscribers-20261125-1530.csv.")
    @APIResponse(responseCode = "200", description = "The file (attachment); X-Total-Count: the matches when it started",
            content = {@Content(mediaType = "text/csv"),
                    @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                    @Content(mediaType = "application/pdf")})
    @APIResponse(responseCode = "400", description = "Bad filter", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ErrorJson.class)))
    @APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ErrorJson.class)))
    public Response export(
            @Parameter(description = "csv, xlsx or pdf") @PathParam("format") String format,
            @QueryParam("customerId") String customerId,
            @QueryParam("name") String name,
            @QueryParam("mobile") String mobile,
            @QueryParam("city") String city,
            @Parameter(description = "State code or name") @QueryParam("state") String state,
            @Parameter(description = "REGISTERED, ACTIVE, SUSPENDED or DEACTIVATED") @QueryParam("status") String status,
            @Parameter(description = "LCO code, exact (any case)") @QueryParam("lco") String lco,
            @Parameter(description = "Area, from the start (as recorded)") @QueryParam("area") String area,
            @Parameter(description = "STB serial, exact: the subscriber holding it in a current pair") @QueryParam("stb") String stb,
            @Parameter(description = "Smart-card number, exact: the subscriber holding it in a current pair") @QueryParam("card") String card) {
        InputCheck check = new InputCheck();
        SubscriberFilter filter = SubscriberFilter.parse(check, customerId, name, mobile, city, state, status, lco, area, stb, card);
        ExportFormat exportFormat = check.convert("format", format, ExportFormat::ofExtension);
        check.throwIfInvalid();
        ExportFile file = exports.prepare(filter, exportFormat);
        StreamingOutput body = out -> exports.write(file, out);
        return Response.ok(body, file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                .header("X-Total-Count", file.matched())
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
