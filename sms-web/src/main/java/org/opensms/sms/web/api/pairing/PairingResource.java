package org.opensms.sms.web.api.pairing;

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
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opensms.sms.pairing.BlacklistResult;
import org.opensms.sms.pairing.Pairing;
import org.opensms.sms.pairing.PairingService;
import org.opensms.sms.shared.InputCheck;
import org.opensms.sms.shared.Surface;
import org.opensms.sms.stock.DeviceType;
import org.opensms.sms.subscriber.SubscriberService;
import org.opensms.sms.web.api.ErrorJson;
import org.opensms.sms.web.api.JsonInput;

/**
 * Pairing over REST (MSO_ADMIN, MSO_OPERATOR): a subscriber's pairs, pair, unpair, replace a faulty device, switch one
 * pair on or off, blacklist devices (with their CAS side), and find the subscriber of an STB or card. Every change
 * moves the devices' stock state and issues its CAS commands in one transaction. A pair is named by its STB serial.
 */
@RequestScoped
@Path("pairing")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pairing")
public class PairingResource {

    @Inject
    PairingService pairing;
    @Inject
    SubscriberService subscribers;

    @GET
    @Path("subscribers/{customerId}")
    @Operation(summary = "A subscriber's devices", description = "Current pairs (oldest first) and ended ones (newest"
            + " first, with who unpaired them, when, from where and why).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SubscriberDevicesJson.class)))
    @APIResponse(responseCode = "404", description = "No such customer ID", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    public SubscriberDevicesJson devices(@PathParam("customerId") String customerId) {
        var s = subscribers.getByCustomerId(customerId);
        List<Pairing> all = pairing.historyOf(customerId);
        return new SubscriberDevicesJson(s.getCustomerId().value(), s.getStatus().name(),
                pairing.pairsOf(customerId).stream().map(PairJson::of).toList(),
                all.stream().filter(p -> !p.isCurrent()).map(PairJson::of).toList());
    }

    @POST
    @Path("subscribers/{customerId}/pairs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Pair an STB with a card at the subscriber", description = "Body {\"stb\", \"card\", \"reason\"}."
            + " Both devices must be ALLOCATED to the subscriber's LCO (or DEACTIVATED there after an earlier pair), in no"
            + " current pair, not FAULTY, UNDER_REPAIR or BLACKLISTED; the subscriber must have an LCO and not be"
            + " DEACTIVATED. Both go INSTALLED; the CAS gets PAIR_STB and, for an ACTIVE subscriber, ACTIVATE_CARD.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = PairJson.class)))
    @APIResponse(responseCode = "400", description = "Missing field or unknown device", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    @APIResponse(responseCode = "409", description = "A pairing rule refuses (device, state and rule named)", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    public Response pair(@PathParam("customerId") String customerId, InputStream body) {
        InputCheck check = new InputCheck();
        JsonInput in = JsonInput.read(body, check).allowOnly("stb", "card", "reason");
        String stb = in.string("stb");
        String card = in.string("card");
        String reason = in.string("reason");
        check.throwIfInvalid();
        return Response.status(201).entity(PairJson.of(pairing.pair(customerId, stb, card, reason, Surface.REST))).build();
    }

    @POST
    @Path("subscribers/{customerId}/pairs/{stb}/{operation: unpair|activate|deactivate}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Unpair, or switch one pair on or off", description = "Optional body {\"reason\"}. unpair: the"
            + " CAS gets UNPAIR_STB, DEACTIVATE_CARD, CANCEL_ALL_ENTITLEMENTS and both devices go DEACTIVATED at their"
            + " LCO. deactivate: this pair only (e.g. a second TV), DEACTIVATE_CARD, devices DEACTIVATED. activate: back"
            + " on, devices INSTALLED, ACTIVATE_CARD when the subscriber is ACTIVE.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PairJson.class)))
    @APIResponse(responseCode = "409", description = "The STB is not paired at this subscriber, or the pair is already in that state",
            content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    public PairJson pairOperation(@PathParam("customerId") String customerId, @PathParam("stb") String stb,
                                  @PathParam("operation") String operation, InputStream body) {
        String reason = JsonInput.optionalReason(body);
        Pairing p = switch (operation) {
            case "unpair" -> pairing.unpair(customerId, stb, reason, Surface.REST);
            case "activate" -> pairing.activateDevice(customerId, stb, reason, Surface.REST);
            default -> pairing.deactivateDevice(customerId, stb, reason, Surface.REST);
        };
        return PairJson.of(p);
    }

    @POST
    @Path("subscribers/{customerId}/replace")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a faulty STB or card", description = "Body {\"type\": \"STB\"|\"CARD\", \"old\", \"new\","
            + " \"reason\"} (reason required). Same customer ID; the old device goes FAULTY, the new one joins the other"
            + " device of the pair, which keeps its switch state. CAS for an STB: UNPAIR_STB old, PAIR_STB new,"
            + " ACTIVATE_CARD; for a card: UNPAIR_STB old card, PAIR_STB new card, ACTIVATE_CARD new, DEACTIVATE_CARD and"
            + " CANCEL_ALL_ENTITLEMENTS old.")
    @APIResponse(responseCode = "200", description = "The new pair", content = @Content(schema = @Schema(implementation = PairJson.class)))
    @APIResponse(responseCode = "409", description = "Old device not paired here, or the new one refused by a rule",
            content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    public PairJson replace(@PathParam("customerId") String customerId, InputStream body) {
        InputCheck check = new InputCheck();
        JsonInput in = JsonInput.read(body, check).allowOnly("type", "old", "new", "reason");
        DeviceType type = check.convert("type", in.string("type"), DeviceType::parse);
        String oldDevice = in.string("old");
        String newDevice = in.string("new");
        String reason = in.string("reason");
        check.throwIfInvalid();
        return PairJson.of(pairing.replace(customerId, type, oldDevice, newDevice, reason, Surface.REST));
    }

    @POST
    @Path("{kind: stbs|cards}/blacklist")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Blacklist STBs or cards, with their CAS side", description = "Body {\"serials\": [...],"
            + " \"reason\"}, at most 1000, all or nothing. A paired device is unpaired first (its card deactivated);"
            + " every card gets BLACKLIST_CARD. Blacklisted devices are never paired again.")
    @APIResponse(responseCode = "200", description = "{type, blacklisted: [...], unpaired: {serial: customerId}}")
    @APIResponse(responseCode = "409", description = "Some device may not be blacklisted; none was", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    public Map<String, Object> blacklist(@PathParam("kind") String kind, InputStream body) {
        InputCheck check = new InputCheck();
        JsonInput in = JsonInput.read(body, check).allowOnly("serials", "reason");
        List<String> serials = in.requiredStrings("serials");
        String reason = in.string("reason");
        check.throwIfInvalid();
        BlacklistResult r = pairing.blacklist(kind.equals("stbs") ? DeviceType.STB : DeviceType.CARD, serials, reason, Surface.REST);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", r.type().name());
        out.put("blacklisted", r.serials());
        out.put("unpaired", r.unpaired());
        return out;
    }

    @GET
    @Path("search")
    @Operation(summary = "The subscriber that has an STB or card now", description = "Exactly one of stb (serial) or"
            + " card (number), any case; answered from the unique index of current pairs. 404 when the device is in no"
            + " current pair.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PairedSubscriberJson.class)))
    @APIResponse(responseCode = "404", description = "Not paired now", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    public PairedSubscriberJson search(@QueryParam("stb") String stb, @QueryParam("card") String card) {
        return PairedSubscriberJson.of(pairing.findByDevice(stb, card));
    }

    @GET
    @Path("{kind: stbs|cards}/{serial}/history")
    @Operation(summary = "Every pair a device was in, newest first (where it has been)")
    public List<PairJson> deviceHistory(@PathParam("kind") String kind, @PathParam("serial") String serial) {
        return pairing.historyOfDevice(kind.equals("stbs") ? DeviceType.STB : DeviceType.CARD, serial).stream()
                .map(PairJson::of).toList();
    }
}
