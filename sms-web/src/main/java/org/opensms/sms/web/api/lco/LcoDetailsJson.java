package org.opensms.sms.web.api.lco;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opensms.sms.lco.LcoDetails;
import org.opensms.sms.shared.AddressInput;
import org.opensms.sms.web.api.JsonInput;
import org.opensms.sms.web.api.subscriber.AddressJson;

/** The body of POST /lcos and PUT /lcos/{code}. Unknown fields and wrong JSON types are refused by name. */
@Schema(name = "LcoDetails")
public record LcoDetailsJson(
        @Schema(description = "Required on POST; on PUT absent or equal to the path's code", example = "LCO0001") String code,
        @Schema(required = true, maxLength = 100) String name,
        @Schema(required = true) AddressJson address,
        @Schema(required = true, maxLength = 100) String contactPerson,
        @Schema(required = true, example = "+91 98450 12345") String mobile,
        String email,
        @Schema(description = "15-character GSTIN, check character verified; its state must be the address's",
                example = "29AAGCB7383J1Z4") String gstin,
        @Schema(required = true, maxLength = 100, example = "Bengaluru East") String area,
        @Schema(enumeration = {"ACTIVE", "INACTIVE"}, description = "Default ACTIVE on POST, unchanged on PUT") String status) {

    static LcoDetails read(JsonInput in) {
        in.allowOnly("code", "name", "address", "contactPerson", "mobile", "email", "gstin", "area", "status");
        JsonInput a = in.object("address");
        AddressInput address = null;
        if (a != null) {
            a.allowOnly("line1", "line2", "city", "state", "pinCode");
            address = new AddressInput(a.string("line1"), a.string("line2"), a.string("city"), a.string("state"),
                    a.string("pinCode"));
        }
        return new LcoDetails(in.string("code"), in.string("name"), address, in.string("contactPerson"),
                in.string("mobile"), in.string("email"), in.string("gstin"), in.string("area"), in.string("status"));
    }
}
