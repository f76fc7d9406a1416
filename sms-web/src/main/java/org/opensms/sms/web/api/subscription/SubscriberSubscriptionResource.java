package org.opensms.sms.web.api.subscription;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opensms.sms.shared.InputCheck;
import org.opensms.sms.shared.PageRequest;
import org.opensms.sms.subscription.SubscriptionService;
import org.opensms.sms.web.api.ErrorJson;
import org.opensms.sms.web.api.catalog.NcfQuoteJson;

/**
 * A subscriber's subscriptions seen from the subscriber (MSO_ADMIN, MSO_OPERATOR): what is active until when, the
 * subscription history and the home's NCF. Shares the path {@code subscribers} with SubscriberResource (the REST
 * runtime merges the two; their sub-paths differ).
 */
@RequestScoped
@Path("subscribers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Subscriptions")
public class SubscriberSubscriptionResource {

    @Inject
    SubscriptionService subscriptions;

    @GET
    @Path("{customerId}/active-products")
    @Operation(summary = "What a subscriber or one of its STBs has on a day, until when, with the channels",
            description = "Products running on the day (default today) and those starting later.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ActiveProductJson.class)))
    @APIResponse(responseCode = "404", description = "No such customer ID", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    public List<ActiveProductJson> activeProducts(@PathParam("customerId") String customerId,
                                                  @Parameter(description = "One STB serial; default all") @QueryParam("stb") String stb,
                                                  @Parameter(description = "Default today") @QueryParam("day") String day) {
        return subscriptions.activeProducts(customerId, stb, day).stream().map(ActiveProductJson::of).toList();
    }

    @GET
    @Path("{customerId}/subscription-history")
    @Operation(summary = "A subscriber's subscription history, newest first", description = "Every purchase, renewal,"
            + " change, move, cancellation and expiry: who, when, from which surface.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SubscriptionEventJson.class)))
    @APIResponse(responseCode = "404", description = "No such customer ID", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    public List<SubscriptionEventJson> history(@PathParam("customerId") String customerId,
                                               @Parameter(description = "Rows to skip, default 0") @QueryParam("offset") String offset,
                                               @Parameter(description = "Rows to return, 1 to 1000, default 100") @QueryParam("limit") String limit) {
        PageRequest page = PageRequest.parse(new InputCheck(), offset, limit, 100, null, null);
        return subscriptions.history(customerId, page).stream().map(SubscriptionEventJson::of).toList();
    }

    @GET
    @Path("{customerId}/ncf")
    @Operation(summary = "The NCF of the subscriber's home on a day", description = "Each current pair is a TV (the"
            + " first paired is the main one), counted by the SD-equivalent channels its subscriptions carry that day,"
            + " mandatory channels not counted; the rule of the home's state and the customer class.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = NcfQuoteJson.class)))
    @APIResponse(responseCode = "409", description = "No paired STB", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    public NcfQuoteJson ncf(@PathParam("customerId") String customerId,
                            @Parameter(description = "Default RESIDENTIAL") @QueryParam("customerClass") String customerClass,
                            @Parameter(description = "Default today") @QueryParam("day") String day) {
        return NcfQuoteJson.of(subscriptions.ncf(customerId, customerClass, day));
    }
}
