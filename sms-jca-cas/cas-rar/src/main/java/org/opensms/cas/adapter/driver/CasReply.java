package org.opensms.cas.adapter.driver;

/**
 * The CAS's answer to one command.
 *
 * @param accepted  whether the CAS applied it (or had applied it before)
 * @param code      0 when accepted, else the CAS error code (PROTOCOL.md section 7)
 * @param reason    readable reason of a rejection, may be empty
 * @param duplicate whether the CAS had already processed this command id
 */
public record CasReply(boolean accepted, int code, String reason, boolean duplicate) {

    public CasReply {
        reason = reason == null ? "" : reason;
    }

    /** A rejection that may succeed later with the same id (codes 500-599: CAS busy or failing). */
    public boolean isTransient() {
        return !accepted && code >= 500 && code <= 599;
    }
}
