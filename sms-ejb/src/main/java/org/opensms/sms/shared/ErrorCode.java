package org.opensms.sms.shared;

/**
 * Stable codes for business errors. Clients (ERP integrations, the console) match on these, so a
 * code is never renamed or reused; each surface maps it to its own status (HTTP, SOAP fault, faces message).
 */
public enum ErrorCode {
    /** One or more input fields are missing or malformed; the field errors say which. */
    INVALID_INPUT(Kind.INVALID),
    /** The request conflicts with existing data (a duplicate). */
    DUPLICATE(Kind.CONFLICT),
    /** The thing asked for does not exist (or is not visible to the caller). */
    NOT_FOUND(Kind.NOT_FOUND),
    /** The request cannot be done in the current state (for example, a job of the same kind is already running). */
    CONFLICT(Kind.CONFLICT),
    /** The request would break a tariff limit (New Tariff Order); the field errors name each broken rule. */
    TARIFF_LIMIT(Kind.CONFLICT),
    /** Another transaction was changing the same records at the same moment; nothing was changed; try again. */
    BUSY(Kind.BUSY),
    /**
     * The caller's role may call the operation but not for this request (for example, a message to every card needs an
     * MSO administrator); the message says what is reserved. The same code as a call the role may not make at all.
     */
    FORBIDDEN(Kind.FORBIDDEN);

    /** How a surface should classify the error. */
    public enum Kind { INVALID, CONFLICT, NOT_FOUND, BUSY, FORBIDDEN }

    private final Kind kind;

    ErrorCode(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
