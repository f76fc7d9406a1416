package org.opensms.sms.web.api.lco;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opensms.sms.lco.Lco;
import org.opensms.sms.web.api.subscriber.AddressJson;

/** An LCO as the REST API shows it. */
@Schema(name = "Lco")
public record LcoJson(
        @Schema(example = "LCO0001") String code,
        @Schema(example = "Sri Cable Network") String name,
        AddressJson address,
        String contactPerson,
        @Schema(description = "10 national digits", example = "9845012345") String mobile,
        String email,
        @Schema(example = "29AAGCB7383J1Z4") String gstin,
        @Schema(example = "Bengaluru East") String area,
        @Schema(enumeration = {"ACTIVE", "INACTIVE"}) String status,
        Instant createdAt, String createdBy, String createdVia,
        Instant updatedAt, String updatedBy, String updatedVia) {

    static LcoJson of(Lco l) {
        var a = l.getAddress();
        return new LcoJson(l.getCode(), l.getName(),
                new AddressJson(a.getLine1(), a.getLine2(), a.getCity(), a.getState().name(), a.getPinCode()),
                l.getContactPerson(), l.getMobile().digits(), l.getEmail() == null ? null : l.getEmail().value(),
                l.getGstin() == null ? null : l.getGstin().value(), l.getArea(), l.getStatus().name(),
                l.getCreatedAt(), l.getCreatedBy(), l.getCreatedVia().name(), l.getUpdatedAt(), l.getUpdatedBy(),
                l.getUpdatedVia() == null ? null : l.getUpdatedVia().name());
    }
}
