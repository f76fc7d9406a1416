package org.opensms.sms.web.api.pairing;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opensms.sms.pairing.Pairing;

/** One STB/card pair at a subscriber, current ({@code current} true) or ended, with who made and ended it. */
@Schema(name = "Pair")
public record PairJson(
        @Schema(example = "SMS00000050") String customerId,
        @Schema(example = "SKW2026110001") String stb,
        @Schema(example = "VC0001000042") String card,
        boolean current,
        @Schema(enumeration = {"ACTIVE", "INACTIVE"}, description = "The pair's own switch; the card is active in the"
                + " CAS when this is ACTIVE and the subscriber is ACTIVE") String activation,
        Instant activationChangedAt,
        String activationChangedBy,
        Instant pairedAt,
        String pairedBy,
        @Schema(enumeration = {"CONSOLE", "REST", "SOAP", "SYSTEM"}) String pairedVia,
        String pairReason,
        Instant unpairedAt,
        String unpairedBy,
        String unpairedVia,
        String unpairReason,
        @Schema(description = "The pair this one replaced (replace of a faulty device), by id") Long replaces,
        long id) {

    public static PairJson of(Pairing p) {
        return new PairJson(p.getCustomerId(), p.getStbSerial(), p.getCardNumber(), p.isCurrent(), p.getActivation().name(),
                p.getActivationChangedAt(), p.getActivationChangedBy(), p.getPairedAt(), p.getPairedBy(),
                p.getPairedVia().name(), p.getPairReason(), p.getUnpairedAt(), p.getUnpairedBy(),
                p.getUnpairedVia() == null ? null : p.getUnpairedVia().name(), p.getUnpairReason(), p.getReplacesId(), p.getId());
    }
}
