package org.opensms.sms.web.api.subscriber;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opensms.sms.shared.InputCheck;
import org.opensms.sms.shared.PageRequest;
import org.opensms.sms.shared.Surface;
import org.opensms.sms.subscriber.Subscriber;
import org.opensms.sms.subscriber.SubscriberChanges;
import org.opensms.sms.subscriber.SubscriberFilter;
import org.opensms.sms.subscriber.SubscriberSearch;
import org.opensms.sms.subscriber.SubscriberLifecycle;
import org.opensms.sms.subscriber.SubscriberService;
import org.opensms.sms.web.api.ErrorJson;
import org.opensms.sms.web.api.JsonInput;

/**
 * Subscribers over REST: register, read one (with its version as ETag), change (PATCH with If-Match or a version),
 * life-cycle operations, history, list with filters and paging. Roles MSO_ADMIN, MSO_OPERATOR.
 */
@RequestScoped
@Path("subscribers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Subscribers")
public class SubscriberResource {

    @Inject
    SubscriberService subscribers;
    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a subscriber", description = "The system assigns the customer ID. Every bad field"
            + " is reported at once; nothing is stored unless all is well. A mobile number already registered is a 409.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SubscriberRegistrationJson.class)))
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(schema = @Schema(implementation = SubscriberJson.class)))
    @APIResponse(responseCode = "400", description = "Bad input", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    @APIResponse(responseCode = "409", description = "Mobile number already registered", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    public Response register(InputStream body) {
        InputCheck check = new InputCheck();
        JsonInput in = JsonInput.read(body, check);
        var registration = SubscriberRegistrationJson.read(in);
        check.throwIfInvalid();
        Subscriber s = subscribers.register(registration, Surface.REST);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(s.getCustomerId().value()).build())
                .tag(etag(s)).entity(json(s)).build();
    }

    @GET
    @Path("{customerId}")
    @Operation(summary = "One subscriber by customer ID")
    @APIResponse(responseCode = "200", description = "The subscriber; header ETag carries its version",
            content = @Content(schema = @Schema(implementation = SubscriberJson.class)))
    @APIResponse(responseCode = "404", description = "No such customer ID", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    public Response get(@PathParam("customerId") String customerId) {
        Subscriber s = subscribers.getByCustomerId(customerId);
        return Response.ok(json(s)).tag(etag(s)).build();
    }

    @PATCH
    @Path("{customerId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a subscriber's record", description = "Only the fields present change; null or \"\""
            + " clears an optional one. The version read is required, as field 'version' or header If-Match (the ETag);"
            + " a stale version is a 409 and changes nothing. Every change is recorded in the history. A deactivated"
            + " subscriber cannot be changed (409).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SubscriberUpdateJson.class)))
    @APIResponse(responseCode = "200", description = "Changed (or nothing to change); new ETag",
            content = @Content(schema = @Schema(implementation = SubscriberJson.class)))
    @APIResponse(responseCode = "400", description = "Bad input", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    @APIResponse(responseCode = "404", description = "No such customer ID", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    @APIResponse(responseCode = "409", description = "Stale version, deactivated subscriber, or mobile of another subscriber",
            content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    public Response update(@PathParam("customerId") String customerId,
                           @Parameter(description = "The ETag read, e.g. \"3\"") @HeaderParam("If-Match") String ifMatch,
                           InputStream body) {
        InputCheck check = new InputCheck();
        Long version = version(check, ifMatch);
        JsonInput in = JsonInput.read(body, check);
        SubscriberChanges changes = SubscriberUpdateJson.read(in, version);
        check.throwIfInvalid();
        Subscriber s = subscribers.update(customerId, changes, Surface.REST);
        return Response.ok(json(s)).tag(etag(s)).build();
    }

    @POST
    @Path("{customerId}/{operation: activate|suspend|resume|deactivate}")
    @Operation(summary = "Activate, suspend, resume or deactivate a subscriber", description = "Body (optional except"
            + " for deactivate): {\"reason\": \"...\"}. REGISTERED -> ACTIVE (activate; needs the CAF number and date),"
            + " ACTIVE -> SUSPENDED (suspend), SUSPENDED -> ACTIVE (resume), ACTIVE or SUSPENDED -> DEACTIVATED"
            + " (deactivate, permanent, reason required). Anything else is a 409 naming both statuses.")
    @APIResponse(responseCode = "200", description = "The subscriber in its new status",
            content = @Content(schema = @Schema(implementation = SubscriberJson.class)))
    @APIResponse(responseCode = "400", description = "Bad body or missing reason", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    @APIResponse(responseCode = "404", description = "No such customer ID", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    @APIResponse(responseCode = "409", description = "Not allowed from the current status, or no CAF recorded",
            content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    public Response transition(@PathParam("customerId") String customerId, @PathParam("operation") String operation,
                               InputStream body) {
        String reason = JsonInput.optionalReason(body);
        SubscriberLifecycle.Operation op = SubscriberLifecycle.Operation.valueOf(operation.toUpperCase(Locale.ROOT));
        Subscriber s = subscribers.transition(customerId, op, reason, Surface.REST);
        return Response.ok(json(s)).tag(etag(s)).build();
    }

    @GET
    @Path("{customerId}/history")
    @Operation(summary = "A subscriber's history", description = "Every change, oldest first: the registration, each"
            + " field changed (old and new value), each status change with its reason; who, when and from which surface."
            + " Readable in every status, deactivated included.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SubscriberHistoryJson.class)))
    @APIResponse(responseCode = "404", description = "No such customer ID", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    public SubscriberHistoryJson history(@PathParam("customerId") String customerId) {
        Subscriber s = subscribers.getByCustomerId(customerId);
        return new SubscriberHistoryJson(s.getCustomerId().value(), s.getStatus().name(),
                subscribers.history(customerId).stream().map(SubscriberChangeJson::of).toList());
    }

    @GET
    @Operation(summary = "List subscribers", description = "Text filters match from the start of the value (name"
            + " without regard to case); state, status, lco, stb and card match exactly, stb and card finding the subscriber"
            + " that holds the device in a current pair. 'q' alone is the single search box: a customer ID, a mobile number,"
            + " an STB serial, a card number or the start of a name, read as the first of those that finds someone"
            + " ('searchedBy' says which). Paged in the database; 'total' counts every match.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SubscriberPageJson.class)))
    @APIResponse(responseCode = "400", description = "Bad filter or paging", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    public SubscriberPageJson list(
            @Parameter(description = "Search text, used alone: customer ID, mobile, STB serial, card number or name") @QueryParam("q") String q,
            @QueryParam("customerId") String customerId,
            @QueryParam("name") String name,
            @QueryParam("mobile") String mobile,
            @QueryParam("city") String city,
            @Parameter(description = "State code or name") @QueryParam("state") String state,
            @Parameter(description = "REGISTERED, ACTIVE, SUSPENDED or DEACTIVATED") @QueryParam("status") String status,
            @Parameter(description = "LCO code, exact (any case)") @QueryParam("lco") String lco,
            @Parameter(description = "Area, from the start (as recorded)") @QueryParam("area") String area,
            @Parameter(description = "STB serial, exact (any case): the subscriber holding it in a current pair") @QueryParam("stb") String stb,
            @Parameter(description = "Smart-card number, exact (any case): the subscriber holding it in a current pair") @QueryParam("card") String card,
            @Parameter(description = "Rows to skip, default 0") @QueryParam("offset") String offset,
            @Parameter(description = "Rows to return, 1 to 1000, default 50") @QueryParam("limit") String limit,
            @Parameter(description = "customerId, name, city, state, status or registeredAt") @QueryParam("sort") String sort,
            @Parameter(description = "asc or desc") @QueryParam("order") String order) {
        InputCheck check = new InputCheck();
        SubscriberFilter filter = SubscriberFilter.parse(check, customerId, name, mobile, city, state, status, lco, area, stb, card);
        PageRequest page = PageRequest.parse(check, offset, limit, 50, sort, order);
        if (q != null && !q.isBlank() && !filter.isEmpty()) {
            check.add("q", "is used alone: leave the other filters out");
        }
        check.throwIfInvalid();
        SubscriberSearch.Reading reading = q == null || q.isBlank() ? null : subscribers.search(q);
        if (reading != null) {
            filter = reading.filter();
        }
        List<Subscriber> items = subscribers.list(filter, page);
        Map<Long, String> lcoCodes = subscribers.lcoCodesOf(items);
        return new SubscriberPageJson(subscribers.count(filter), page.offset(), page.size(),
                items.stream().map(s -> SubscriberJson.of(s, lcoCodes.get(s.getLcoId()))).toList(),
                reading == null ? null : reading.by().name());
    }

    private SubscriberJson json(Subscriber s) {
        return SubscriberJson.of(s, subscribers.lcoCodeOf(s));
    }

    static EntityTag etag(Subscriber s) {
        return new EntityTag(Long.toString(s.getVersion()));
    }

    /** The version in an If-Match header ("3", W/"3" or 3), or null when there is none. */
    static Long version(InputCheck check, String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
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
            check.add("If-Match", "must be the ETag of the subscriber read, like \"3\", got '" + ifMatch + "'");
            return null;
        }
    }
}
