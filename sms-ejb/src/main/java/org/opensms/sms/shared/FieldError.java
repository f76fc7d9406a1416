package org.opensms.sms.shared;

import java.io.Serializable;

/** One problem with one input field: the field's name as the caller wrote it, and what is wrong. */
public record FieldError(String field, String message) implements Serializable {

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
