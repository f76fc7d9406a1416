package org.opensms.sms.web.api.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opensms.sms.catalog.CatalogService;
import org.opensms.sms.catalog.NcfRuleDetails;
import org.opensms.sms.catalog.TariffLimitsDetails;
import org.opensms.sms.shared.InputCheck;
import org.opensms.sms.shared.Surface;
import org.opensms.sms.web.api.ErrorJson;
import org.opensms.sms.web.api.JsonInput;

/**
 * The catalog's rules over REST: tariff limits and NCF rules (recorded by MSO_ADMIN, read by MSO staff) and a
 * what-if NCF quote.
 */
@RequestScoped
@Path("catalog")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
public class CatalogRulesResource {

    /** The most TVs a what-if quote prices. */

    @Inject
    CatalogService catalog;

    /** The answer to new tariff limits: the day they take effect and every rule a product on sale then breaks. */
    @Schema(name = "TariffLimitsRecorded")
    public record Recorded(LocalDate effectiveFrom, List<String> violations) {
    }

    @GET
    @Path("tariff-limits")
    @Operation(summary = "Every set of tariff limits, oldest first (each in force until the next)")
    public List<TariffLimitsJson> tariffLimits() {
        return catalog.tariffLimits().stream().map(TariffLimitsJson::of).toList();
    }

    @POST
    @Path("tariff-limits")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record tariff limits from a day", description = "Administrators only. Body {\"effectiveFrom\""
            + " (today or later), \"bouquetChannelMrpCap\", \"bouquetDiscountCap\" (percent), \"priceNotAboveMrp\"}."
            + " Recorded even when products break them (a row for the same future day is replaced); the answer lists"
            + " every rule a product on sale breaks on that day, for the MSO to fix.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TariffLimitsJson.class)))
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = Recorded.class)))
    @APIResponse(responseCode = "400", description = "Bad input", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    @APIResponse(responseCode = "409", description = "Limits for that day already in force", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    public Response setTariffLimits(InputStream body) {
        InputCheck check = new InputCheck();
        TariffLimitsDetails details = TariffLimitsJson.read(JsonInput.read(body, check));
        check.throwIfInvalid();
        List<String> violations = catalog.setTariffLimits(details, Surface.REST);
        return Response.status(201).entity(new Recorded(details.check().effectiveFrom(), violations)).build();
    }

    @GET
    @Path("ncf-rules")
    @Operation(summary = "Every NCF rule, by the day it takes effect")
    public List<NcfRuleJson> ncfRules() {
        return catalog.ncfRules().stream().map(NcfRuleJson::of).toList();
    }

    @POST
    @Path("ncf-rules")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an NCF rule", description = "Administrators only. Rules are never edited: a rule from a"
            + " later day replaces one. The most specific rule in force applies (state and class, state, class, neither).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NcfRuleJson.class)))
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = NcfRuleJson.class)))
    @APIResponse(responseCode = "400", description = "Bad input (slabs named by index)", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    public Response addNcfRule(InputStream body) {
        InputCheck check = new InputCheck();
        NcfRuleDetails details = NcfRuleJson.read(JsonInput.read(body, check));
        check.throwIfInvalid();
        return Response.status(201).entity(NcfRuleJson.of(catalog.addNcfRule(details, Surface.REST))).build();
    }

    @GET
    @Path("ncf-quote")
    @Operation(summary = "What-if NCF of a home", description = "The fee under the rule that applies to the state,"
            + " customer class and day, for TVs with these SD-equivalent channel counts (HD counts as two; the main TV"
            + " first; each further TV pays the rule's share of its own fee).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = NcfQuoteJson.class)))
    @APIResponse(responseCode = "400", description = "Bad input", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    @APIResponse(responseCode = "404", description = "No rule covers that home on that day", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    public NcfQuoteJson ncfQuote(@Parameter(description = "Two-letter state code or name, required") @QueryParam("state") String state,
                                 @Parameter(description = "Default RESIDENTIAL") @QueryParam("customerClass") String customerClass,
                                 @Parameter(description = "Default today") @QueryParam("day") String day,
                                 @Parameter(description = "SD-equivalent channel count per TV, comma-separated, e.g. 120,40")
                                 @QueryParam("channels") String channels) {
        List<String> counts = channels == null || channels.isBlank() ? List.of() : List.of(channels.split(",", -1));
        return NcfQuoteJson.of(catalog.ncfQuote(state, customerClass, day, "channels", counts));
    }
}
