package org.opensms.sms.web.api.subscriber;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opensms.sms.subscriber.SubscriberRegistration;
import org.opensms.sms.web.api.JsonInput;

/** The body of POST /subscribers. Unknown fields and wrong JSON types are refused by name. */
@Schema(name = "SubscriberRegistration")
public record SubscriberRegistrationJson(
        @Schema(required = true, maxLength = 100, example = "Ravi Kumar") String name,
        @Schema(required = true, description = "Indian mobile number; +91, spaces and dashes allowed",
                example = "+91 98450 12345") String mobile,
        @Schema(maxLength = 254, example = "ravi@example.in") String email,
        @Schema(description = "Landline with STD code", example = "080 2345 6789") String landline,
        @Schema(required = true) AddressJson billingAddress,
        @Schema(description = "Omit when the same as the billing address") AddressJson installationAddress,
        @Schema(maxLength = 30, description = "Omit to have one generated (sms.contract-number.format, default CN%08d)",
                example = "BLR/2026/00042") String contractNumber,
        @Schema(maxLength = 60, description = "Free text", example = "Indiranagar") String area,
        @Schema(description = "Code of an existing LCO; optional", example = "LCO-BLR-01") String lco,
        @Schema(maxLength = 30, description = "Customer application form number; needed (with its date) to activate",
                example = "CAF/2026/0042") String cafNumber,
        @Schema(description = "CAF date, 2026-11-20 or 20-11-2026; not in the future", example = "2026-11-20") String cafDate) {

    static SubscriberRegistration read(JsonInput in) {
        in.allowOnly("name", "mobile", "email", "landline", "billingAddress", "installationAddress", "contractNumber",
                "area", "lco", "cafNumber", "cafDate");
        return new SubscriberRegistration(in.string("name"), in.string("mobile"), in.string("email"),
                in.string("landline"), AddressJson.read(in.object("billingAddress")),
                AddressJson.read(in.object("installationAddress")), in.string("contractNumber"), in.string("area"),
                in.string("lco"), in.string("cafNumber"), in.string("cafDate"));
    }
}
