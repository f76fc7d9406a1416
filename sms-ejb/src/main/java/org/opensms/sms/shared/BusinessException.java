package org.opensms.sms.shared;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A business rule refused the request. The transaction rolls back and nothing is stored; the code
 * and field errors travel to the caller unchanged, whatever the surface.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private final ErrorCode code;
    private final List<FieldError> fieldErrors;

    public BusinessException(ErrorCode code, String message) {
        this(code, message, List.of());
    }

    public BusinessException(ErrorCode code, List<FieldError> fieldErrors) {
        this(code, fieldErrors.stream().map(FieldError::toString).collect(Collectors.joining("; ")), fieldErrors);
    }

    public BusinessException(ErrorCode code, String message, List<FieldError> fieldErrors) {
        super(message);
        this.code = code;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public ErrorCode code() {
        return code;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
