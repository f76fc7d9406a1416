package org.opensms.sms.web.api.pairing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opensms.sms.pairing.PairedSubscriber;
import org.opensms.sms.subscriber.Subscriber;

/** The answer of a search by device: who has it now, and the pair. */
@Schema(name = "PairedSubscriber")
public record PairedSubscriberJson(String customerId, String contractNumber, String name, String mobile,
                                   @Schema(enumeration = {"REGISTERED", "ACTIVE", "SUSPENDED", "DEACTIVATED"}) String status,
                                   String lco, String area, PairJson pair) {

    static PairedSubscriberJson of(PairedSubscriber p) {
        Subscriber s = p.subscriber();
        return new PairedSubscriberJson(s.getCustomerId().value(), s.getContractNumber(), s.getName(),
                s.getMobile().digits(), s.getStatus().name(), p.lcoCode(), s.getArea(), PairJson.of(p.pairing()));
    }
}
