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
        @Schema(description = "Omit when the same as the billing address") AddressJson installationAddress) {

    static SubscriberRegistration read(JsonInput in) {
        in.allowOnly("name", "mobile", "email", "landline", "billingAddress", "installationAddress");
        return new SubscriberRegistration(in.string("name"), in.string("mobile"), in.string("email"),
                in.string("landline"), AddressJson.read(in.object("billingAddress")),
                AddressJson.read(in.object("installationAddress")));
    }
}
