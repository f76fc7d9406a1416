package org.opensms.sms.shared;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** Input that breaks a format or size rule; each field error names the field and what is wrong. */
@ApplicationException(rollback = true)
public class InvalidInputException extends BusinessException {

    public InvalidInputException(List<FieldError> errors) {
        super(ErrorCode.INVALID_INPUT, errors);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }
}
