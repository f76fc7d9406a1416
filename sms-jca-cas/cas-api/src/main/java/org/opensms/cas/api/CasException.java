package org.opensms.cas.api;

/**
 * A CAS connection operation failed: the command could not be enqueued (broker unreachable, transaction not
 * usable) or a synchronous query could not be answered. Unchecked, so that inside a container-managed
 * transaction it marks the transaction for rollback: the business change and the command then both vanish.
 */
public class CasException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CasException(String message) {
        super(message);
    }

    public CasException(String message, Throwable cause) {
        super(message, cause);
    }
}
