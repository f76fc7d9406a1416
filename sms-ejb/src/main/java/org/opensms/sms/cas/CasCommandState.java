package org.opensms.sms.cas;

/** Where a journalled command stands: PENDING until the CAS answers, then its latest outcome. */
public enum CasCommandState {
    PENDING, ACCEPTED, REJECTED, FAILED
}
