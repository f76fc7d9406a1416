package org.opensms.sms.web.api.subscriber;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opensms.sms.subscriber.Subscriber;

/** A subscriber as the REST API shows it. */
@Schema(name = "Subscriber")
public record SubscriberJson(
        @Schema(example = "SMS00000050") String customerId,
        String name,
        @Schema(description = "10 national digits", example = "9845012345") String mobile,
        String email,
        String landline,
        AddressJson billingAddress,
        AddressJson installationAddress,
        @Schema(enumeration = {"REGISTERED", "ACTIVE", "SUSPENDED", "DEACTIVATED"}) String status,
        Instant registeredAt,
        String registeredBy,
        @Schema(enumeration = {"CONSOLE", "REST", "SOAP", "SYSTEM"}) String registeredVia) {

    static SubscriberJson of(Subscriber s) {
        return new SubscriberJson(s.getCustomerId().value(), s.getName(), s.getMobile().digits(),
                s.getEmail() == null ? null : s.getEmail().value(), s.getLandline(),
                AddressJson.of(s.getBillingAddress()), AddressJson.of(s.getInstallationAddress()),
                s.getStatus().name(), s.getRegisteredAt(), s.getRegisteredBy(), s.getRegisteredVia().name());
    }
}
