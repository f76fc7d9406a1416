package org.opensms.sms.pairing;

import org.opensms.sms.subscriber.Subscriber;

/** The answer of a search by device: the subscriber that has the device now, its LCO's code and the pair. */
public record PairedSubscriber(Subscriber subscriber, String lcoCode, Pairing pairing) {
}
