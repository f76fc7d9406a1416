package org.opensms.sms.web.api.catalog;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opensms.sms.catalog.ChannelDetails;
import org.opensms.sms.web.api.JsonInput;

/** The body of POST /catalog/channels and PUT /catalog/channels/{code}. Unknown fields and wrong JSON types are refused by name. */
@Schema(name = "ChannelDetails")
public record ChannelDetailsJson(
        @Schema(description = "Required on POST (2 to 20 of A-Z, 0-9, '-', '_'); ignored on PUT", example = "STAR-PLUS-HD") String code,
        @Schema(required = true, maxLength = 100) String name,
        @Schema(required = true, maxLength = 100) String broadcaster,
        @Schema(required = true, maxLength = 40, example = "GEC") String genre,
        @Schema(required = true, maxLength = 40, example = "Hindi") String language,
        @Schema(required = true, enumeration = {"SD", "HD"}) String definition,
        @Schema(required = true, enumeration = {"PAY", "FREE"}, description = "Cannot change on PUT") String type,
        @Schema(description = "Public-service channel (FREE only); default false") Boolean mandatory,
        @Schema(description = "Required on POST; ignored on PUT", example = "SVC-1201") String casServiceId,
        @Schema(description = "Required on POST (string or number; 0 for FREE); ignored on PUT: POST .../mrp", example = "19.00") String mrp,
        @Schema(description = "Day the MRP takes effect on POST, default today") String mrpFrom,
        @Schema(enumeration = {"ACTIVE", "WITHDRAWN"}, description = "Default ACTIVE on POST, unchanged when absent on PUT") String status) {

    static ChannelDetails read(JsonInput in) {
        in.allowOnly("code", "name", "broadcaster", "genre", "language", "definition", "type", "mandatory", "casServiceId",
                "mrp", "mrpFrom", "status");
        return new ChannelDetails(in.string("code"), in.string("name"), in.string("broadcaster"), in.string("genre"),
                in.string("language"), in.string("definition"), in.string("type"), in.bool("mandatory"),
                in.string("casServiceId"), in.text("mrp"), in.string("mrpFrom"), in.string("status"));
    }
}
