package org.opensms.sms.web.api.stock;

import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opensms.sms.shared.InputCheck;
import org.opensms.sms.shared.InvalidInputException;
import org.opensms.sms.web.api.JsonInput;

/**
 * The body of a state action: {@code {"lco": "LCO0001", "reason": "..."}} for one device (may be empty, except
 * "lco" for allocate), plus {@code "serials": [...]} for a bulk action. Read as strictly as every API body: unknown
 * fields and wrong JSON types are refused by name.
 */
@Schema(name = "StockAction")
public record StockActionJson(
        @Schema(description = "Bulk actions only: STB serials or card numbers, at most 1000") List<String> serials,
        @Schema(description = "allocate only: the LCO's code", example = "LCO0001") String lco,
        @Schema(maxLength = 200) String reason) {

    static final int MAX_BYTES = 256 * 1024;

    static StockActionJson read(InputStream body, boolean bulk, InputCheck check) {
        JsonInput in = JsonInput.readOptional(body, MAX_BYTES, check);
        if (in == null) {
            if (bulk) {
                throw new InvalidInputException("body", "is required: send {\"serials\": [...]}");
            }
            return new StockActionJson(null, null, null);
        }
        List<String> serials = null;
        if (bulk) {
            in.allowOnly("serials", "lco", "reason");
            serials = in.requiredStrings("serials");
        } else {
            in.allowOnly("lco", "reason");
        }
        return new StockActionJson(serials, in.string("lco"), in.string("reason"));
    }
}
