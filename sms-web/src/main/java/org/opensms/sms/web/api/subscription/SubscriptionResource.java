package org.opensms.sms.web.api.subscription;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.shared.ErrorCode;
import org.opensms.sms.shared.InputCheck;
import org.opensms.sms.shared.PageRequest;
import org.opensms.sms.shared.Surface;
import org.opensms.sms.subscription.SubscribeRequest;
import org.opensms.sms.subscription.Subscription;
import org.opensms.sms.subscription.SubscriptionService;
import org.opensms.sms.web.api.ErrorJson;
import org.opensms.sms.web.api.JsonInput;

/**
 * Subscriptions over REST (MSO_ADMIN, MSO_OPERATOR): subscribe, renew, change, cancel, read with history, a
 * subscriber's list, the holders of a product or channel on a day, and the expiry and renewal run (started by
 * MSO_ADMIN). Every change issues its CAS command for the card paired with the STB in the same transaction.
 */
@RequestScoped
@Path("subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Subscriptions")
public class SubscriptionResource {

    @Inject
    SubscriptionService subscriptions;
    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give a product to a subscriber's STB", description = "The CAS gets ADD_ENTITLEMENT for the"
            + " card paired with the STB, from midnight (India) at the start date to midnight at the end of the end date."
            + " Refused (409): deactivated subscriber, withdrawn or unpriced product, the product already on the STB,"
            + " an add-on without a package under it, an event that is over.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SubscribeJson.class)))
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = SubscriptionJson.class)))
    @APIResponse(responseCode = "400", description = "Bad input, STB not paired there, unknown product", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    @APIResponse(responseCode = "404", description = "No such customer ID", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    @APIResponse(responseCode = "409", description = "Refused by a rule", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    public Response subscribe(InputStream body) {
        InputCheck check = new InputCheck();
        SubscribeRequest request = SubscribeJson.read(JsonInput.read(body, check));
        check.throwIfInvalid();
        Subscription s = subscriptions.subscribe(request, Surface.REST);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(s.getId())).build())
                .entity(SubscriptionJson.of(s)).build();
    }

    @GET
    @Operation(summary = "A subscriber's subscriptions, newest first")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SubscriptionPageJson.class)))
    @APIResponse(responseCode = "404", description = "No such customer ID", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    public SubscriptionPageJson ofSubscriber(@Parameter(required = true) @QueryParam("customerId") String customerId,
                                             @Parameter(description = "Rows to skip, default 0") @QueryParam("offset") String offset,
                                             @Parameter(description = "Rows to return, 1 to 1000, default 50") @QueryParam("limit") String limit) {
        InputCheck check = new InputCheck();
        check.required("customerId", customerId, 20);
        PageRequest page = PageRequest.parse(check, offset, limit, 50, null, null);
        return new SubscriptionPageJson(null, page.offset(), page.size(),
                subscriptions.ofSubscriber(customerId, page).stream().map(SubscriptionJson::of).toList());
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "One subscription, with its history (oldest first)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SubscriptionJson.class)))
    @APIResponse(responseCode = "404", description = "No such subscription", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    public SubscriptionJson get(@PathParam("id") long id) {
        Subscription s = subscriptions.find(id).orElseThrow(() -> new BusinessException(ErrorCode.NOT_FOUND, "no subscription " + id));
        return SubscriptionJson.of(s, subscriptions.historyOf(id));
    }

    @POST
    @Path("{id: [0-9]+}/renew")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Renew without a gap", description = "Body {\"days\"} (default: the product's validity) or"
            + " {\"endDate\"} (after the current end); an empty object renews by the validity. The CAS gets the new period.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SubscriptionJson.class)))
    @APIResponse(responseCode = "409", description = "Not ACTIVE, or an event package", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    public SubscriptionJson renew(@PathParam("id") long id, InputStream body) {
        InputCheck check = new InputCheck();
        JsonInput in = JsonInput.read(body, check).allowOnly("days", "endDate");
        String days = in.text("days");
        String endDate = in.string("endDate");
        check.throwIfInvalid();
        return SubscriptionJson.of(subscriptions.renew(id, days, endDate, Surface.REST));
    }

    @PATCH
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move the end date or set auto-renew", description = "Body {\"endDate\" (today or later),"
            + " \"autoRenew\"}, at least one. A new end date gives the CAS the new period. Also POST .../change.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SubscriptionJson.class)))
    @APIResponse(responseCode = "400", description = "Bad input", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    @APIResponse(responseCode = "409", description = "Not ACTIVE, or an event package", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    public SubscriptionJson change(@PathParam("id") long id, InputStream body) {
        InputCheck check = new InputCheck();
        JsonInput in = JsonInput.read(body, check).allowOnly("endDate", "autoRenew");
        String endDate = in.string("endDate");
        Boolean autoRenew = in.bool("autoRenew");
        check.throwIfInvalid();
        return SubscriptionJson.of(subscriptions.change(id, endDate, autoRenew, Surface.REST));
    }

    @POST
    @Path("{id: [0-9]+}/change")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Same as PATCH /subscriptions/{id}, for clients without PATCH")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SubscriptionJson.class)))
    public SubscriptionJson changeByPost(@PathParam("id") long id, InputStream body) {
        return change(id, body);
    }

    @POST
    @Path("{id: [0-9]+}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel today", description = "Body {\"reason\"} (required). From today it no longer covers"
            + " the STB; the CAS gets CANCEL_ENTITLEMENT.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SubscriptionJson.class)))
    @APIResponse(responseCode = "400", description = "No reason", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    @APIResponse(responseCode = "409", description = "Not ACTIVE", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    public SubscriptionJson cancel(@PathParam("id") long id, InputStream body) {
        InputCheck check = new InputCheck();
        JsonInput in = JsonInput.read(body, check).allowOnly("reason");
        String reason = in.string("reason");
        check.throwIfInvalid();
        return SubscriptionJson.of(subscriptions.cancel(id, reason, Surface.REST));
    }

    @GET
    @Path("holders")
    @Operation(summary = "The STBs that have a product or a channel on a day", description = "Exactly one of product or"
            + " channel (codes); day default today. 'total' counts them all; items are their subscriptions, paged.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SubscriptionPageJson.class)))
    @APIResponse(responseCode = "400", description = "Neither or both, or a bad day", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    @APIResponse(responseCode = "404", description = "No such product or channel", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    public SubscriptionPageJson holders(@QueryParam("product") String product, @QueryParam("channel") String channel,
                                        @Parameter(description = "Default today") @QueryParam("day") String day,
                                        @Parameter(description = "Rows to skip, default 0") @QueryParam("offset") String offset,
                                        @Parameter(description = "Rows to return, 1 to 1000, default 50") @QueryParam("limit") String limit) {
        PageRequest page = PageRequest.parse(new InputCheck(), offset, limit, 50, null, null);
        return new SubscriptionPageJson(subscriptions.countHolders(product, channel, day), page.offset(), page.size(),
                subscriptions.holders(product, channel, day, page).stream().map(SubscriptionJson::of).toList());
    }

    @POST
    @Path("renewal-run")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Start the expiry and renewal run now", description = "Administrators only. Runs in the"
            + " background: 202 with the run's first report; follow it with GET. 409 if a run is going.")
    @APIResponse(responseCode = "202", content = @Content(schema = @Schema(implementation = RenewalRunJson.class)))
    @APIResponse(responseCode = "409", description = "A run is going", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    public Response startRenewalRun() {
        return Response.accepted(RenewalRunJson.of(subscriptions.startRenewalRun())).build();
    }

    @GET
    @Path("renewal-run")
    @Operation(summary = "The last (or current) run and how many subscriptions are due now",
            description = "lastRun is absent if no run happened since the server started.")
    public RenewalRunStatusJson renewalRun() {
        return new RenewalRunStatusJson(subscriptions.lastRenewalRun().map(RenewalRunJson::of).orElse(null),
                subscriptions.countDue());
    }

    /** The last run and the subscriptions due now. */
    @Schema(name = "RenewalRunStatus")
    public record RenewalRunStatusJson(RenewalRunJson lastRun, long due) {
    }
}
