package org.opensms.cas.protocol;

import java.io.IOException;

/** A frame that cannot be decoded or a session rule that was broken; the message says what is wrong. */
public class CasProtocolException extends IOException {

    private final CasErrorCode code;

    public CasProtocolException(CasErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public CasErrorCode code() {
        return code;
    }
}
