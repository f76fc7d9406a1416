package org.opensms.cas.protocol;

import java.io.IOException;

/**
 * The connection to the CAS is closed or was lost. Futures of commands still in flight complete with this
 * exception; the commands may or may not have been applied, so retry them with the same command id.
 */
public class CasConnectionException extends IOException {

    public CasConnectionException(String message) {
        super(message);
    }

    public CasConnectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
