package org.opensms.sms.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Collects field errors while a request is read, so that the caller learns about every bad field at
 * once; {@link #throwIfInvalid()} ends the check. Text is trimmed; control characters are refused.
 */
public final class InputCheck {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\t]]");

    private final List<FieldError> errors = new ArrayList<>();

    /** A required text of at most {@code max} characters, trimmed. */
    public String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required"));
            return null;
        }
        return optional(field, value, max);
    }

    /** An optional text of at most {@code max} characters, trimmed; blank becomes null. */
    public String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters, got " + v.length()));
            return null;
        }
        if (CONTROL.matcher(v).find()) {
            errors.add(new FieldError(field, "must not contain control characters"));
            return null;
        }
        return v;
    }

    /** Converts a text already read, recording the converter's complaint (an InvalidInputException) against the field. */
    public <T> T convert(String field, String value, Function<String, T> converter) {
        if (value == null) {
            return null;
        }
        try {
            return converter.apply(value);
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach(fe -> errors.add(new FieldError(field, fe.message())));
            return null;
        }
    }

    public void add(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
