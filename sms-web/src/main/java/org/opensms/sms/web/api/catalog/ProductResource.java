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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opensms.sms.catalog.CatalogFilter;
import org.opensms.sms.catalog.CatalogService;
import org.opensms.sms.catalog.Product;
import org.opensms.sms.catalog.ProductDetails;
import org.opensms.sms.shared.BusinessCalendar;
import org.opensms.sms.shared.InputCheck;
import org.opensms.sms.shared.PageRequest;
import org.opensms.sms.shared.Surface;
import org.opensms.sms.web.api.ErrorJson;
import org.opensms.sms.web.api.JsonInput;

/**
 * Products over REST: create, update, change the price and the channels (MSO_ADMIN); read, list and the line-up of
 * a day (MSO_ADMIN, MSO_OPERATOR). Every price or line-up change is checked against the tariff limits on the day it
 * takes effect: a broken limit is a 409 TARIFF_LIMIT naming each rule, and nothing is stored.
 */
@RequestScoped
@Path("catalog/products")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
public class ProductResource {

    @Inject
    CatalogService catalog;
    @Inject
    Clock clock;
    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a product", description = "Administrators only. Price and channels take effect from"
            + " effectiveFrom (default today). A tariff limit broken is a 409 TARIFF_LIMIT with one message per rule"
            + " (errors[].field \"tariff\"); a code or CAS product id taken is a 409 DUPLICATE.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ProductDetailsJson.class)))
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ProductJson.class)))
    @APIResponse(responseCode = "400", description = "Bad input, unknown or withdrawn channel", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    @APIResponse(responseCode = "409", description = "Tariff limit broken, or code taken", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    public Response create(InputStream body) {
        InputCheck check = new InputCheck();
        ProductDetails details = ProductDetailsJson.read(JsonInput.read(body, check));
        check.throwIfInvalid();
        Product p = catalog.createProduct(details, Surface.REST);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(p.getCode()).build()).entity(json(p)).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Update a product", description = "Administrators only. Name, broadcaster, validityDays, the"
            + " event window and status (absent: unchanged); code, kind, CAS product, price and channels stay.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ProductDetailsJson.class)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ProductJson.class)))
    @APIResponse(responseCode = "404", description = "No such product", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    public ProductJson update(@PathParam("code") String code, InputStream body) {
        InputCheck check = new InputCheck();
        ProductDetails details = ProductDetailsJson.read(JsonInput.read(body, check));
        check.throwIfInvalid();
        return json(catalog.updateProduct(code, details, Surface.REST));
    }

    @POST
    @Path("{code}/price")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A new price from a day", description = "Administrators only. Body {\"price\", \"mrp\","
            + " \"effectiveFrom\"}: mrp for a broadcaster bouquet only (required there); effectiveFrom default today,"
            + " never in the past. Tariff-checked on that day.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ProductJson.class)))
    @APIResponse(responseCode = "409", description = "A tariff limit broken, or that day's price already in force",
            content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    public ProductJson changePrice(@PathParam("code") String code, InputStream body) {
        InputCheck check = new InputCheck();
        JsonInput in = JsonInput.read(body, check).allowOnly("price", "mrp", "effectiveFrom");
        String price = in.text("price");
        String mrp = in.text("mrp");
        String from = in.string("effectiveFrom");
        check.throwIfInvalid();
        return json(catalog.changeProductPrice(code, price, mrp, from, Surface.REST));
    }

    @PUT
    @Path("{code}/channels")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The channels a product carries from a day", description = "Administrators only. Body"
            + " {\"channels\": [codes], \"effectiveFrom\"} (default today, never in the past): exactly these channels"
            + " from that day; channels leaving end the day before. Tariff-checked on that day.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ProductJson.class)))
    @APIResponse(responseCode = "400", description = "Bad, unknown or withdrawn channel", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    @APIResponse(responseCode = "409", description = "A tariff limit broken", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    public ProductJson changeChannels(@PathParam("code") String code, InputStream body) {
        InputCheck check = new InputCheck();
        JsonInput in = JsonInput.read(body, check).allowOnly("channels", "effectiveFrom");
        List<String> channels = in.strings("channels");
        String from = in.string("effectiveFrom");
        check.throwIfInvalid();
        return json(catalog.changeProductChannels(code, channels, from, Surface.REST));
    }

    @GET
    @Path("{code}/channels")
    @Operation(summary = "The channels a product carries on a day", description = "day default today; any past or future day.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = LineUpJson.class)))
    @APIResponse(responseCode = "404", description = "No such product", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    public LineUpJson lineUp(@PathParam("code") String code,
                             @Parameter(description = "2026-11-25; default today") @QueryParam("day") String day) {
        InputCheck check = new InputCheck();
        LocalDate d = check.date("day", day);
        check.throwIfInvalid();
        LocalDate on = d == null ? today() : d;
        Product p = catalog.getProduct(code);
        return new LineUpJson(p.getCode(), on, catalog.channelsOf(p, on).stream().map(c -> ChannelJson.of(c, on, false)).toList());
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One product, with its price history and today's channels")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ProductJson.class)))
    @APIResponse(responseCode = "404", description = "No such product", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    public ProductJson get(@PathParam("code") String code) {
        return json(catalog.getProduct(code));
    }

    @GET
    @Operation(summary = "List products", description = "text matches the start of the code or of a word of the name;"
            + " kind and broadcaster match exactly, any case; channel: products carrying that channel today. Paged in"
            + " the database; 'total' counts every match.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ProductPageJson.class)))
    @APIResponse(responseCode = "400", description = "Bad filter or paging", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    public ProductPageJson list(@QueryParam("text") String text,
                                @Parameter(description = "A_LA_CARTE, BROADCASTER_BOUQUET, MSO_PACKAGE, ADD_ON or EVENT") @QueryParam("kind") String kind,
                                @QueryParam("broadcaster") String broadcaster,
                                @Parameter(description = "ACTIVE or WITHDRAWN") @QueryParam("status") String status,
                                @Parameter(description = "A channel code") @QueryParam("channel") String channel,
                                @Parameter(description = "Rows to skip, default 0") @QueryParam("offset") String offset,
                                @Parameter(description = "Rows to return, 1 to 1000, default 50") @QueryParam("limit") String limit,
                                @Parameter(description = "code, name, kind, broadcaster or status") @QueryParam("sort") String sort,
                                @Parameter(description = "asc or desc") @QueryParam("order") String order) {
        InputCheck check = new InputCheck();
        PageRequest page = PageRequest.parse(check, offset, limit, 50, sort, order);
        CatalogFilter filter = new CatalogFilter(text, kind, broadcaster, null, null, status, channel);
        LocalDate today = today();
        return new ProductPageJson(catalog.countProducts(filter), page.offset(), page.size(),
                catalog.products(filter, page).stream().map(p -> ProductJson.of(p, today)).toList());
    }

    private ProductJson json(Product p) {
        LocalDate today = today();
        return ProductJson.of(p, today, catalog.channelsOf(p, today));
    }

    private LocalDate today() {
        return BusinessCalendar.today(clock);
    }
}
