package org.opensms.sms.web.api.stock;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opensms.sms.shared.InputCheck;
import org.opensms.sms.shared.PageRequest;
import org.opensms.sms.shared.Surface;
import org.opensms.sms.stock.DeviceState;
import org.opensms.sms.stock.DeviceType;
import org.opensms.sms.stock.ImportFormat;
import org.opensms.sms.stock.ImportResult;
import org.opensms.sms.stock.StockDevice;
import org.opensms.sms.stock.StockFilter;
import org.opensms.sms.pairing.PairingService;
import org.opensms.sms.stock.StockService;
import org.opensms.sms.web.api.ErrorJson;

/**
 * Stock over REST (MSO_ADMIN, MSO_OPERATOR): import shipments, list and read set-top boxes ({@code stbs}) and smart
 * cards ({@code cards}) with their history, move them between states one or many at a time, count them per state.
 */
@RequestScoped
@Path("stock")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stock")
public class StockResource {

    private static final String KINDS = "{kind: stbs|cards}";
    private static final String ACTIONS = "{action: allocate|return|faulty|repair|repaired|blacklist}";

    @Inject
    StockService stock;
    @Inject
    PairingService pairing;

    private static DeviceType type(String kind) {
        return kind.equals("stbs") ? DeviceType.STB : DeviceType.CARD;
    }

    @POST
    @Path("imports")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Import a shipment file", description = "The body is the file itself (CSV as UTF-8, or .xlsx),"
            + " at most 20 MB and 200,000 devices. Query: type STB or CARD; format csv or xlsx (default from the"
            + " Content-Type: text/csv or the .xlsx media type). Header (first line, any order and case): STB"
            + " vendor,model,serial,lot,warehouse; CARD vendor,number,lot,warehouse. All or nothing: any error refuses"
            + " the whole file and the 400 lists every error by line and column.")
    @APIResponse(responseCode = "201", description = "Imported: {type, imported, lots}")
    @APIResponse(responseCode = "400", description = "Nothing imported", content = @Content(schema = @Schema(implementation = ImportErrorJson.class)))
    public Response importShipment(@Parameter(description = "STB or CARD", required = true) @QueryParam("type") String type,
                                   @Parameter(description = "csv or xlsx") @QueryParam("format") String format,
                                   @HeaderParam("Content-Type") String contentType, InputStream body) {
        InputCheck check = new InputCheck();
        DeviceType t = check.convert("type", check.required("type", type, 10), DeviceType::parse);
        String f = format == null || format.isBlank() ? formatOf(contentType) : format;
        if (f == null) {
            check.add("format", "is required (csv or xlsx) when the Content-Type is neither text/csv nor the .xlsx type");
        }
        ImportFormat fmt = check.convert("format", f, ImportFormat::parse);
        check.throwIfInvalid();
        ImportResult r = stock.importShipment(t, fmt, body, Surface.REST);
        return Response.status(201).entity(Map.of("type", r.type().name(), "imported", r.imported(), "lots", r.lots())).build();
    }

    private static String formatOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        String ct = contentType.split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
        return ct.equals("text/csv") ? "csv" : ct.equals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                ? "xlsx" : null;
    }

    @GET
    @Path(KINDS)
    @Operation(summary = "List set-top boxes or smart cards", description = "Filters: state, lco (code), lot (exact),"
            + " serial (STB serial or card number, from its start, any case). Paged in the database; 'total' counts every"
            + " match and is also in X-Total-Count.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DevicePageJson.class)))
    @APIResponse(responseCode = "400", description = "Bad filter or paging", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    public Response list(@PathParam("kind") String kind, @QueryParam("state") String state, @QueryParam("lco") String lco,
                         @QueryParam("lot") String lot, @QueryParam("serial") String serial,
                         @QueryParam("offset") String offset, @QueryParam("limit") String limit,
                         @Parameter(description = "serial, state, lot, stateChangedAt or createdAt") @QueryParam("sort") String sort,
                         @QueryParam("order") String order) {
        InputCheck check = new InputCheck();
        StockFilter filter = StockFilter.parse(check, state, lco, lot, serial);
        PageRequest page = PageRequest.parse(check, offset, limit, 50, sort, order);
        DeviceType t = type(kind);
        long total = stock.count(t, filter);
        List<DeviceJson> items = stock.list(t, filter, page).stream().map(d -> DeviceJson.of(d, null)).toList();
        return Response.ok(new DevicePageJson(total, page.offset(), page.size(), items)).header("X-Total-Count", total).build();
    }

    @GET
    @Path(KINDS + "/{serial}")
    @Operation(summary = "One device with its movement history (oldest first)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DeviceJson.class)))
    @APIResponse(responseCode = "404", description = "No such device", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    public DeviceJson get(@PathParam("kind") String kind, @PathParam("serial") String serial) {
        DeviceType t = type(kind);
        StockDevice d = stock.get(t, serial);
        return DeviceJson.of(d, stock.history(t, d.getSerial()));
    }

    @POST
    @Path(KINDS + "/{serial}/" + ACTIONS)
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Move one device", description = "allocate (body {\"lco\": \"LCO0001\"}; from IN_STOCK or"
            + " DEACTIVATED), return (to the warehouse), faulty, repair (send a faulty device to the vendor), repaired (back"
            + " from repair, IN_STOCK), blacklist (terminal). Optional \"reason\". A move the device's state does not allow"
            + " is a 409 naming the device, its state and the state asked for.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DeviceJson.class)))
    @APIResponse(responseCode = "404", description = "No such device", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    @APIResponse(responseCode = "409", description = "Not allowed from the current state", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    public DeviceJson moveOne(@PathParam("kind") String kind, @PathParam("serial") String serial,
                              @PathParam("action") String action, InputStream body) {
        InputCheck check = new InputCheck();
        StockActionJson in = StockActionJson.read(body, false, check);
        check.throwIfInvalid();
        DeviceType t = type(kind);
        StockDevice d = move(t, List.of(serial), action, in).get(0);
        return DeviceJson.of(d, stock.history(t, d.getSerial()));
    }

    @POST
    @Path(KINDS + "/bulk/" + ACTIONS)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move many devices, all or nothing", description = "Body {\"serials\": [...], \"lco\": ..., \"reason\":"
            + " ...}, at most 1000 devices. If any device is unknown or may not move, none moves and the answer names each"
            + " as serials[i].")
    @APIResponse(responseCode = "200", description = "{moved, serials}")
    @APIResponse(responseCode = "409", description = "Some device may not move; none moved", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    public Response moveMany(@PathParam("kind") String kind, @PathParam("action") String action, InputStream body) {
        InputCheck check = new InputCheck();
        StockActionJson in = StockActionJson.read(body, true, check);
        check.throwIfInvalid();
        List<StockDevice> moved = move(type(kind), in.serials(), action, in);
        return Response.ok(Map.of("moved", moved.size(), "serials", moved.stream().map(StockDevice::getSerial).toList())).build();
    }

    private List<StockDevice> move(DeviceType t, List<String> serials, String action, StockActionJson in) {
        // blacklisting goes through pairing, other moves refuse paired devices: one rule for every surface
        return pairing.moveStock(t, serials, action, in.lco(), in.reason(), Surface.REST);
    }

    @GET
    @Path("counts")
    @Operation(summary = "Devices per state", description = "{\"stb\": {\"IN_STOCK\": n, ...}, \"card\": {...}}, every state"
            + " listed; narrowed to one LCO with ?lco=CODE.")
    public Map<String, Map<String, Long>> counts(@QueryParam("lco") String lco) {
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        counts.put("stb", named(stock.countByState(DeviceType.STB, lco)));
        counts.put("card", named(stock.countByState(DeviceType.CARD, lco)));
        return counts;
    }

    private static Map<String, Long> named(Map<DeviceState, Long> byState) {
        Map<String, Long> m = new LinkedHashMap<>();
        byState.forEach((s, n) -> m.put(s.name(), n));
        return m;
    }
}
