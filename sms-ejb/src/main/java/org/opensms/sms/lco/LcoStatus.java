package org.opensms.sms.lco;

/** Whether an LCO may receive stock and (later) subscribers. An inactive LCO keeps what it has. */
public enum LcoStatus {
    ACTIVE, INACTIVE
}
