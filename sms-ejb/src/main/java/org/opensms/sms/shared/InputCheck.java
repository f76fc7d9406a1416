package org.opensms.sms.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Collects field errors while a request is read, so that the caller learns about every bad field at
 * once; {@link #throwIfInvalid()} ends the check. Text is trimmed; control characters are refused.
 */
public final class InputCheck {

    private static final DateTimeFormatter INDIAN_DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);
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

    /** An optional date, 2026-11-25 or 25-11-2026 (also 25/11/2026); blank becomes null. */
    public LocalDate date(String field, String text) {
        String t = optional(field, text, 10);
        if (t == null) {
            return null;
        }
        try {
            return t.length() == 10 && (t.charAt(2) == '-' || t.charAt(2) == '/')
                    ? LocalDate.parse(t.replace('/', '-'), INDIAN_DATE) : LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            add(field, "must be a date like 2026-11-25 or 25-11-2026, got '" + text + "'");
            return null;
        }
    }

    /** An optional amount in rupees, read exactly ({@link Rupees#parse}); blank becomes null. */
    public BigDecimal amount(String field, String text) {
        return convert(field, optional(field, text, 20), Rupees::parse);
    }

    /** An optional whole number from min to max; blank becomes null. */
    public Integer whole(String field, String text, int min, int max) {
        String t = optional(field, text, 12);
        if (t == null) {
            return null;
        }
        try {
            int v = Integer.parseInt(t);
            if (v < min || v > max) {
                add(field, "must be from " + min + " to " + max + ", got " + v);
                return null;
            }
            return v;
        } catch (NumberFormatException e) {
            add(field, "must be a whole number, got '" + text + "'");
            return null;
        }
    }

    /** An optional choice among the constants of an enum, in any case; blank becomes null. */
    public <E extends Enum<E>> E choice(String field, String text, Class<E> type) {
        String t = optional(field, text, 40);
        if (t == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, t.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            add(field, "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ")) + ", got '" + text + "'");
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
