package org.opensms.sms.web.api.subscriber;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opensms.sms.shared.AddressInput;
import org.opensms.sms.subscriber.SubscriberChanges;
import org.opensms.sms.web.api.JsonInput;

/**
 * The body of PATCH /subscribers/{customerId}: only the fields present change; a field given as null or "" is
 * cleared (refused for name, mobile and the addresses). The version read (field {@code version} or header
 * {@code If-Match}) is required.
 */
@Schema(name = "SubscriberUpdate", description = "Only the fields present change; null or \"\" clears an optional field")
public record SubscriberUpdateJson(
        @Schema(description = "The version read (or send it as If-Match)", example = "3") Long version,
        @Schema(maxLength = 100) String name,
        @Schema(description = "Still unique across subscribers") String mobile,
        String email,
        String landline,
        AddressJson billingAddress,
        AddressJson installationAddress,
        @Schema(maxLength = 60) String area,
        @Schema(description = "LCO code; null removes the LCO") String lco,
        @Schema(maxLength = 30) String cafNumber,
        @Schema(description = "2026-11-20 or 20-11-2026") String cafDate) {

    static final String[] TEXT = {"name", "mobile", "email", "landline", "area", "lco", "cafNumber", "cafDate"};
    static final String[] ADDRESSES = {"billingAddress", "installationAddress"};

    /** Reads the body; {@code ifMatch} is the version from the If-Match header, or null. */
    static SubscriberChanges read(JsonInput in, Long ifMatch) {
        in.allowOnly("version", "name", "mobile", "email", "landline", "billingAddress", "installationAddress", "area",
                "lco", "cafNumber", "cafDate");
        Long version = in.integer("version");
        SubscriberChanges changes = new SubscriberChanges(version != null ? version : ifMatch);
        for (String f : TEXT) {
            if (in.has(f)) {
                changes.set(f, in.string(f));
            }
        }
        for (String f : ADDRESSES) {
            if (in.has(f)) {
                AddressInput a = AddressJson.read(in.object(f));
                changes.setAddress(f, a);
            }
        }
        return changes;
    }
}
