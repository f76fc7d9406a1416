package org.opensms.cas.protocol;

/**
 * A command field is missing or has a bad value. Thrown by the command constructors and by decoding;
 * the CAS answers such a command with ACK REJECTED and {@link #code()}.
 */
public class InvalidFieldException extends IllegalArgumentException {

    private final String field;
    private final CasErrorCode code;

    public InvalidFieldException(String field, String problem) {
        this(field, CasErrorCode.MALFORMED, problem);
    }

    public InvalidFieldException(String field, CasErrorCode code, String problem) {
        super("field '" + field + "': " + problem);
        this.field = field;
        this.code = code;
    }

    public String field() {
        return field;
    }

    public CasErrorCode code() {
        return code;
    }
}
