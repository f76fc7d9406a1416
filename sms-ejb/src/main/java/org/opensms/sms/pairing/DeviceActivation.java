package org.opensms.sms.pairing;

/**
 * The switch of one STB/card pair, apart from its subscriber's status (e.g. a second TV switched off). The card is
 * active in the CAS exactly when the pair is {@link #ACTIVE} and its subscriber is ACTIVE.
 */
public enum DeviceActivation {
    ACTIVE, INACTIVE
}
