package org.opensms.cas.protocol;

/**
 * Numeric codes used in ACK (command rejections), LOGIN_FAILED and ERROR messages.
 * Codes below 100 concern the session, 100-199 the form of a command, 200-299 the CAS rules,
 * 500-599 the CAS itself. Receivers must accept codes they do not know.
 */
public enum CasErrorCode {
    OK(0),
    BAD_FRAME(10),
    BAD_SEQUENCE(11),
    NOT_LOGGED_IN(12),
    HEARTBEAT_TIMEOUT(13),
    BAD_CREDENTIALS(20),
    ALREADY_LOGGED_IN(21),
    UNSUPPORTED_VERSION(22),
    MALFORMED(100),
    UNSUPPORTED_COMMAND(101),
    INVALID_PERIOD(102),
    UNKNOWN_CARD(200),
    CARD_BLACKLISTED(201),
    CARD_ALREADY_PAIRED(202),
    STB_ALREADY_PAIRED(203),
    STB_MISMATCH(204),
    NO_SUCH_ENTITLEMENT(205),
    INTERNAL_ERROR(500),
    CAS_BUSY(503);

    private final int code;

    CasErrorCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The named code for a number, or null for a code this version does not know. */
    public static CasErrorCode of(int code) {
        for (CasErrorCode c : values()) {
            if (c.code == code) {
                return c;
            }
        }
        return null;
    }
}
