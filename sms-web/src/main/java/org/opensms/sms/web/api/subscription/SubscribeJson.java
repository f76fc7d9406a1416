package org.opensms.sms.web.api.subscription;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opensms.sms.subscription.SubscribeRequest;
import org.opensms.sms.web.api.JsonInput;

/** The body of POST /subscriptions. Unknown fields and wrong JSON types are refused by name. */
@Schema(name = "Subscribe")
public record SubscribeJson(
        @Schema(required = true) String customerId,
        @Schema(required = true, description = "Serial of an STB in a current pair of the subscriber") String stb,
        @Schema(required = true, description = "Product code") String product,
        @Schema(description = "Default today; a later day for a start in the future") String startDate,
        @Schema(description = "Last day (inclusive); or give days") String endDate,
        @Schema(description = "Days from the start; default the product's validity (string or number)") String days,
        @Schema(description = "Default false: the renewal run extends it when it ends") Boolean autoRenew) {

    static SubscribeRequest read(JsonInput in) {
        in.allowOnly("customerId", "stb", "product", "startDate", "endDate", "days", "autoRenew");
        return new SubscribeRequest(in.string("customerId"), in.string("stb"), in.string("product"),
                in.string("startDate"), in.string("endDate"), in.text("days"), in.bool("autoRenew"));
    }
}
