package org.opensms.sms.web.api.subscriber;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opensms.sms.shared.Address;
import org.opensms.sms.shared.AddressInput;
import org.opensms.sms.web.api.JsonInput;

/** An address in the REST API. State is the two-letter code (KA, MH, DL, ...) or the state's name. */
@Schema(name = "Address")
public record AddressJson(
        @Schema(required = true, maxLength = 120, example = "12 MG Road") String line1,
        @Schema(maxLength = 120, example = "Indiranagar") String line2,
        @Schema(required = true, maxLength = 60, example = "Bengaluru") String city,
        @Schema(required = true, example = "KA") String state,
        @Schema(required = true, pattern = "[1-9][0-9]{5}", example = "560038") String pinCode) {

    static final String[] FIELDS = {"line1", "line2", "city", "state", "pinCode"};

    static AddressInput read(JsonInput in) {
        if (in == null) {
            return null;
        }
        in.allowOnly(FIELDS);
        return new AddressInput(in.string("line1"), in.string("line2"), in.string("city"), in.string("state"),
                in.string("pinCode"));
    }

    static AddressJson of(Address a) {
        return new AddressJson(a.getLine1(), a.getLine2(), a.getCity(), a.getState().name(), a.getPinCode());
    }
}
