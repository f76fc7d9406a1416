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
import org.opensms.sms.shared.InputCheck;
import org.opensms.sms.shared.PageRequest;
import org.opensms.sms.shared.Surface;
import org.opensms.sms.subscriber.Subscriber;
import org.opensms.sms.subscriber.SubscriberFilter;
import org.opensms.sms.subscriber.SubscriberService;
import org.opensms.sms.web.api.ErrorJson;
import org.opensms.sms.web.api.JsonInput;

/** Subscribers over REST: register, read one, list with filters and paging. Roles MSO_ADMIN, MSO_OPERATOR. */
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
                .entity(SubscriberJson.of(s)).build();
    }

    @GET
    @Path("{customerId}")
    @Operation(summary = "One subscriber by customer ID")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SubscriberJson.class)))
    @APIResponse(responseCode = "404", description = "No such customer ID", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    public SubscriberJson get(@PathParam("customerId") String customerId) {
        return SubscriberJson.of(subscribers.getByCustomerId(customerId));
    }

    @GET
    @Operation(summary = "List subscribers", description = "Text filters match from the start of the value (name"
            + " without regard to case). Paged in the database; 'total' counts every match.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SubscriberPageJson.class)))
    @APIResponse(responseCode = "400", description = "Bad filter or paging", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    public SubscriberPageJson list(
            @QueryParam("customerId") String customerId,
            @QueryParam("name") String name,
            @QueryParam("mobile") String mobile,
            @QueryParam("city") String city,
            @Parameter(description = "State code or name") @QueryParam("state") String state,
            @Parameter(description = "REGISTERED, ACTIVE, SUSPENDED or DEACTIVATED") @QueryParam("status") String status,
            @Parameter(description = "Rows to skip, default 0") @QueryParam("offset") String offset,
            @Parameter(description = "Rows to return, 1 to 1000, default 50") @QueryParam("limit") String limit,
            @Parameter(description = "customerId, name, city, state, status or registeredAt") @QueryParam("sort") String sort,
            @Parameter(description = "asc or desc") @QueryParam("order") String order) {
        InputCheck check = new InputCheck();
        SubscriberFilter filter = SubscriberFilter.parse(check, customerId, name, mobile, city, state, status);
        PageRequest page = PageRequest.parse(check, offset, limit, 50, sort, order);
        return new SubscriberPageJson(subscribers.count(filter), page.offset(), page.size(),
                subscribers.list(filter, page).stream().map(SubscriberJson::of).toList());
    }
}
