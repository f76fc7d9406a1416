package org.opensms.sms.web.api.catalog;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opensms.sms.catalog.ProductDetails;
import org.opensms.sms.web.api.JsonInput;

/**
 * The body of POST /catalog/products and PUT /catalog/products/{code}. On PUT only name, broadcaster, validityDays,
 * the event window and status are read (price: POST .../price; channels: PUT .../channels). Unknown fields and wrong
 * JSON types are refused by name.
 */
@Schema(name = "ProductDetails")
public record ProductDetailsJson(
        @Schema(description = "Required on POST", example = "STAR-VALUE") String code,
        @Schema(required = true, maxLength = 100) String name,
        @Schema(description = "Required on POST", enumeration = {"A_LA_CARTE", "BROADCASTER_BOUQUET", "MSO_PACKAGE", "ADD_ON", "EVENT"}) String kind,
        @Schema(description = "Required for BROADCASTER_BOUQUET") String broadcaster,
        @Schema(description = "Required on POST", example = "PRD-STAR-VALUE") String casProductId,
        @Schema(description = "Prepaid days, 1 to 366, default 30 (string or number)") String validityDays,
        @Schema(description = "EVENT only: 2026-12-01T18:00 (India) or 2026-12-01T12:30:00Z") String eventStart,
        @Schema(description = "EVENT only, at most 31 days after eventStart") String eventEnd,
        @Schema(description = "Required on POST (string or number)", example = "130.00") String price,
        @Schema(description = "BROADCASTER_BOUQUET only, required there: the broadcaster's MRP") String mrp,
        @Schema(description = "Day price and channels take effect, default today") String effectiveFrom,
        @Schema(description = "Channel codes, required on POST; exactly one for A_LA_CARTE") List<String> channels,
        @Schema(enumeration = {"ACTIVE", "WITHDRAWN"}) String status) {

    static ProductDetails read(JsonInput in) {
        in.allowOnly("code", "name", "kind", "broadcaster", "casProductId", "validityDays", "eventStart", "eventEnd",
                "price", "mrp", "effectiveFrom", "channels", "status");
        return new ProductDetails(in.string("code"), in.string("name"), in.string("kind"), in.string("broadcaster"),
                in.string("casProductId"), in.text("validityDays"), in.string("eventStart"), in.string("eventEnd"),
                in.text("price"), in.text("mrp"), in.string("effectiveFrom"), in.strings("channels"), in.string("status"));
    }
}
