package org.opensms.sms.web.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import org.opensms.sms.shared.InputCheck;
import org.opensms.sms.shared.InvalidInputException;

/**
 * Reads a JSON request body strictly, so that a wrong type or an unknown field is reported by name
 * instead of being silently ignored or turned into a null: the body must be one JSON object of at
 * most {@value #MAX_BYTES} bytes, and each field must have the JSON type the operation documents.
 */
public final class JsonInput {

    public static final int MAX_BYTES = 64 * 1024;

    private final JsonObject object;
    private final String prefix;
    private final InputCheck check;

    private JsonInput(JsonObject object, String prefix, InputCheck check) {
        this.object = object;
        this.prefix = prefix;
        this.check = check;
    }

    /** Parses the body; a malformed, empty, oversized or non-object body is refused at once. */
    public static JsonInput read(InputStream body, InputCheck check) {
        JsonInput in = readOptional(body, MAX_BYTES, check);
        if (in == null) {
            throw new InvalidInputException("body", "is required: send a JSON object");
        }
        return in;
    }

    /**
     * Parses a body that may be left empty (null then), of at most {@code maxBytes}; anything else that is not one
     * JSON object is refused at once.
     */
    public static JsonInput readOptional(InputStream body, int maxBytes, InputCheck check) {
        String text;
        try {
            byte[] bytes = body == null ? new byte[0] : body.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw new InvalidInputException("body", "must be at most " + maxBytes + " bytes");
            }
            text = new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException("body", "could not be read: " + e.getMessage());
        }
        if (text.isBlank()) {
            return null;
        }
        JsonValue value = parse(text);
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInputException("body", "must be a JSON object, got " + describe(value));
        }
        return new JsonInput(value.asJsonObject(), "", check);
    }

    /** The optional reason of an operation: an empty body, or {@code {"reason": "..."}}; anything else is refused. */
    public static String optionalReason(InputStream body) {
        InputCheck check = new InputCheck();
        JsonInput in = readOptional(body, MAX_BYTES, check);
        if (in == null) {
            return null;
        }
        String reason = in.allowOnly("reason").string("reason");
        check.throwIfInvalid();
        return reason;
    }

    private static JsonValue parse(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        } catch (JsonParsingException e) {
            var at = e.getLocation();
            throw new InvalidInputException("body", "is not valid JSON"
                    + (at == null ? "" : " (line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ")"));
        } catch (jakarta.json.JsonException e) {
            throw new InvalidInputException("body", "is not valid JSON: " + e.getMessage());
        } catch (RuntimeException e) {
            // Parsson refuses arrays and objects nested more than 1,000 deep with a bare RuntimeException
            throw new InvalidInputException("body", "is not acceptable JSON: " + e.getMessage());
        }
    }

    /** Records an error for every field not in {@code allowed}. */
    public JsonInput allowOnly(String... allowed) {
        Set<String> unknown = new TreeSet<>(object.keySet());
        unknown.removeAll(Set.of(allowed));
        unknown.forEach(f -> check.add(prefix + f, "is not a known field"));
        return this;
    }

    /** A string field; absent or null gives null; any other JSON type is an error naming the field. */
    public String string(String field) {
        JsonValue v = object.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        check.add(prefix + field, "must be a string, got " + describe(v));
        return null;
    }

    /**
     * A field given as a string or a number (an amount such as "130.00" or 130, a count such as 30), as text for the
     * service's own checks; absent or null gives null; any other JSON type is an error naming the field.
     */
    public String text(String field) {
        JsonValue v = object.get(field);
        if (v instanceof jakarta.json.JsonNumber n) {
            return n.bigDecimalValue().toPlainString();
        }
        return string(field);
    }

    /** A boolean field; absent or null gives null; any other JSON type is an error naming the field. */
    public Boolean bool(String field) {
        JsonValue v = object.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v.getValueType() == JsonValue.ValueType.TRUE || v.getValueType() == JsonValue.ValueType.FALSE) {
            return v.getValueType() == JsonValue.ValueType.TRUE;
        }
        check.add(prefix + field, "must be true or false, got " + describe(v));
        return null;
    }

    /** An array of strings; absent or null gives null; another type, or an item not a string, is an error naming it. */
    public java.util.List<String> strings(String field) {
        JsonValue v = object.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v.getValueType() != JsonValue.ValueType.ARRAY) {
            check.add(prefix + field, "must be an array of strings, got " + describe(v));
            return null;
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        var array = v.asJsonArray();
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i) instanceof JsonString s) {
                out.add(s.getString());
            } else {
                check.add(prefix + field + "[" + i + "]", "must be a string, got " + describe(array.get(i)));
            }
        }
        return out;
    }

    /** An array of strings that must be there: absent or null is an error naming it (the list is then empty). */
    public java.util.List<String> requiredStrings(String field) {
        JsonValue v = object.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            check.add(prefix + field, "is required: an array of strings");
            return java.util.List.of();
        }
        java.util.List<String> out = strings(field);
        return out == null ? java.util.List.of() : out;
    }

    /** Whether the field is in the object at all (even as null): lets a partial update tell "clear" from "keep". */
    public boolean has(String field) {
        return object.containsKey(field);
    }

    /** A whole-number field; absent or null gives null; any other JSON type or a fraction is an error naming the field. */
    public Long integer(String field) {
        JsonValue v = object.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof jakarta.json.JsonNumber n && n.isIntegral()) {
            try {
                return n.longValueExact();
            } catch (ArithmeticException e) {
                check.add(prefix + field, "is too large");
                return null;
            }
        }
        check.add(prefix + field, "must be a whole number, got " + describe(v));
        return null;
    }

    /** A nested object field, read with the same rules; absent or null gives null. */
    public JsonInput object(String field) {
        JsonValue v = object.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v.getValueType() != JsonValue.ValueType.OBJECT) {
            check.add(prefix + field, "must be an object, got " + describe(v));
            return null;
        }
        return new JsonInput(v.asJsonObject(), prefix + field + ".", check);
    }

    /** An array of objects, each read with the same rules; absent or null gives an empty list. */
    public java.util.List<JsonInput> objects(String field) {
        JsonValue v = object.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return java.util.List.of();
        }
        if (v.getValueType() != JsonValue.ValueType.ARRAY) {
            check.add(prefix + field, "must be an array of objects, got " + describe(v));
            return java.util.List.of();
        }
        java.util.List<JsonInput> items = new java.util.ArrayList<>();
        var array = v.asJsonArray();
        for (int i = 0; i < array.size(); i++) {
            JsonValue item = array.get(i);
            if (item.getValueType() != JsonValue.ValueType.OBJECT) {
                check.add(prefix + field + "[" + i + "]", "must be an object, got " + describe(item));
            } else {
                items.add(new JsonInput(item.asJsonObject(), prefix + field + "[" + i + "].", check));
            }
        }
        return items;
    }

    private static String describe(JsonValue v) {
        return switch (v.getValueType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case TRUE, FALSE -> "a boolean";
            case NULL -> "null";
        };
    }
}
