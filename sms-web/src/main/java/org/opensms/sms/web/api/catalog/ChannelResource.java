package org.opensms.sms.web.api.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opensms.sms.catalog.CatalogFilter;
import org.opensms.sms.catalog.CatalogService;
import org.opensms.sms.catalog.Channel;
import org.opensms.sms.catalog.ChannelDetails;
import org.opensms.sms.shared.BusinessCalendar;
import org.opensms.sms.shared.InputCheck;
import org.opensms.sms.shared.PageRequest;
import org.opensms.sms.shared.Surface;
import org.opensms.sms.web.api.ErrorJson;
import org.opensms.sms.web.api.JsonInput;

/** Channels over REST: create, update and change the MRP (MSO_ADMIN); read and list (MSO_ADMIN, MSO_OPERATOR). */
@RequestScoped
@Path("catalog/channels")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
public class ChannelResource {

    @Inject
    CatalogService catalog;
    @Inject
    Clock clock;
    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a channel", description = "Administrators only. Every bad field is reported at once; a"
            + " code or CAS service id already taken is a 409 DUPLICATE.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ChannelDetailsJson.class)))
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ChannelJson.class)))
    @APIResponse(responseCode = "400", description = "Bad input", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    @APIResponse(responseCode = "409", description = "Code or CAS service taken", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    public Response create(InputStream body) {
        InputCheck check = new InputCheck();
        ChannelDetails details = ChannelDetailsJson.read(JsonInput.read(body, check));
        check.throwIfInvalid();
        Channel c = catalog.createChannel(details, Surface.REST);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(c.getCode()).build()).entity(json(c)).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Update a channel", description = "Administrators only. Name, broadcaster, genre, language,"
            + " definition, mandatory flag and status; code, CAS service and MRP stay (type must stay: PAY or FREE).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ChannelDetailsJson.class)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ChannelJson.class)))
    @APIResponse(responseCode = "400", description = "Bad input", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    @APIResponse(responseCode = "404", description = "No such channel", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    public ChannelJson update(@PathParam("code") String code, InputStream body) {
        InputCheck check = new InputCheck();
        ChannelDetails details = ChannelDetailsJson.read(JsonInput.read(body, check));
        check.throwIfInvalid();
        return json(catalog.updateChannel(code, details, Surface.REST));
    }

    @POST
    @Path("{code}/mrp")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The broadcaster's new MRP from a day", description = "Administrators only. Body {\"mrp\","
            + " \"effectiveFrom\"} (default today; never in the past). Refused with 409 TARIFF_LIMIT, naming each product"
            + " and rule, when a product carrying the channel would then break a tariff limit.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ChannelJson.class)))
    @APIResponse(responseCode = "409", description = "A tariff limit broken, or that day's MRP already in force",
            content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    public ChannelJson changeMrp(@PathParam("code") String code, InputStream body) {
        InputCheck check = new InputCheck();
        JsonInput in = JsonInput.read(body, check).allowOnly("mrp", "effectiveFrom");
        String mrp = in.text("mrp");
        String from = in.string("effectiveFrom");
        check.throwIfInvalid();
        return json(catalog.changeChannelMrp(code, mrp, from, Surface.REST));
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One channel, with its MRP history")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ChannelJson.class)))
    @APIResponse(responseCode = "404", description = "No such channel", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    public ChannelJson get(@PathParam("code") String code) {
        return json(catalog.getChannel(code));
    }

    @GET
    @Operation(summary = "List channels", description = "text matches the start of the code or of a word of the name;"
            + " broadcaster, genre and language match exactly, any case. Paged in the database; 'total' counts every match.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ChannelPageJson.class)))
    @APIResponse(responseCode = "400", description = "Bad filter or paging", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    public ChannelPageJson list(@QueryParam("text") String text, @QueryParam("broadcaster") String broadcaster,
                                @QueryParam("genre") String genre, @QueryParam("language") String language,
                                @Parameter(description = "ACTIVE or WITHDRAWN") @QueryParam("status") String status,
                                @Parameter(description = "Rows to skip, default 0") @QueryParam("offset") String offset,
                                @Parameter(description = "Rows to return, 1 to 1000, default 50") @QueryParam("limit") String limit,
                                @Parameter(description = "code, name, broadcaster, genre, language or status") @QueryParam("sort") String sort,
                                @Parameter(description = "asc or desc") @QueryParam("order") String order) {
        InputCheck check = new InputCheck();
        PageRequest page = PageRequest.parse(check, offset, limit, 50, sort, order);
        CatalogFilter filter = new CatalogFilter(text, null, broadcaster, genre, language, status, null);
        LocalDate today = today();
        return new ChannelPageJson(catalog.countChannels(filter), page.offset(), page.size(),
                catalog.channels(filter, page).stream().map(c -> ChannelJson.of(c, today, false)).toList());
    }

    private ChannelJson json(Channel c) {
        return ChannelJson.of(c, today(), true);
    }

    private LocalDate today() {
        return BusinessCalendar.today(clock);
    }
}
