package org.opensms.cas.protocol;

import java.io.IOException;

/** The CAS answered LOGIN with LOGIN_FAILED; carries the server's code and reason. */
public class CasLoginException extends IOException {

    private final int code;
    private final String reason;

    public CasLoginException(int code, String reason) {
        super("CAS login failed (code " + code + "): " + reason);
        this.code = code;
        this.reason = reason;
    }

    public int code() {
        return code;
    }

    public String reason() {
        return reason;
    }
}
