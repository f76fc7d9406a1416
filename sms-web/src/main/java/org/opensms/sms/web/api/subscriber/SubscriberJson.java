package org.opensms.sms.web.api.subscriber;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opensms.sms.subscriber.Subscriber;

/** A subscriber as the REST API shows it. {@code version} is also the ETag; send it back to change the record. */
@Schema(name = "Subscriber")
public record SubscriberJson(
        @Schema(example = "SMS00000050") String customerId,
        @Schema(example = "CN00000050") String contractNumber,
        String name,
        @Schema(description = "10 national digits", example = "9845012345") String mobile,
        String email,
        String landline,
        AddressJson billingAddress,
        AddressJson installationAddress,
        @Schema(description = "Free text", example = "Indiranagar") String area,
        @Schema(description = "Code of the subscriber's LCO, or null", example = "LCO-BLR-01") String lco,
        @Schema(description = "Customer application form number", example = "CAF/2026/0042") String cafNumber,
        @Schema(description = "Customer application form date", example = "2026-11-20") LocalDate cafDate,
        @Schema(enumeration = {"REGISTERED", "ACTIVE", "SUSPENDED", "DEACTIVATED"}) String status,
        Instant registeredAt,
        String registeredBy,
        @Schema(enumeration = {"CONSOLE", "REST", "SOAP", "SYSTEM"}) String registeredVia,
        @Schema(description = "Optimistic-lock version (also the ETag)", example = "1") long version) {

    static SubscriberJson of(Subscriber s, String lcoCode) {
        return new SubscriberJson(s.getCustomerId().value(), s.getContractNumber(), s.getName(), s.getMobile().digits(),
                s.getEmail() == null ? null : s.getEmail().value(), s.getLandline(),
                AddressJson.of(s.getBillingAddress()), AddressJson.of(s.getInstallationAddress()),
                s.getArea(), lcoCode, s.getCafNumber(), s.getCafDate(),
                s.getStatus().name(), s.getRegisteredAt(), s.getRegisteredBy(), s.getRegisteredVia().name(), s.getVersion());
    }
}
