package org.opensms.sms.web.api.stock;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opensms.sms.shared.InputCheck;
import org.opensms.sms.shared.InvalidInputException;

/**
 * The body of a state action: {@code {"lco": "LCO0001", "reason": "..."}} for one device (may be empty, except
 * "lco" for allocate), plus {@code "serials": [...]} for a bulk action. Read as strictly as every API body: unknown
 * fields and wrong JSON types are refused by name.
 */
@Schema(name = "StockAction")
public record StockActionJson(
        @Schema(description = "Bulk actions only: STB serials or card numbers, at most 1000") List<String> serials,
        @Schema(description = "allocate only: the LCO's code", example = "LCO0001") String lco,
        @Schema(maxLength = 200) String reason) {

    static final int MAX_BYTES = 256 * 1024;

    static StockActionJson read(InputStream body, boolean bulk, InputCheck check) {
        String text;
        try {
            byte[] bytes = body == null ? new byte[0] : body.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new InvalidInputException("body", "must be at most " + MAX_BYTES + " bytes");
            }
            text = new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException("body", "could not be read: " + e.getMessage());
        }
        if (text.isBlank()) {
            if (bulk) {
                throw new InvalidInputException("body", "is required: send {\"serials\": [...]}");
            }
            return new StockActionJson(null, null, null);
        }
        JsonObject o;
        try (JsonReader r = Json.createReader(new StringReader(text))) {
            JsonValue v = r.readValue();
            if (v.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidInputException("body", "must be a JSON object");
            }
            o = v.asJsonObject();
        } catch (jakarta.json.JsonException e) {
            throw new InvalidInputException("body", "is not valid JSON");
        }
        Set<String> unknown = new TreeSet<>(o.keySet());
        unknown.removeAll(bulk ? Set.of("serials", "lco", "reason") : Set.of("lco", "reason"));
        unknown.forEach(f -> check.add(f, "is not a known field"));
        List<String> serials = null;
        if (bulk) {
            JsonValue s = o.get("serials");
            if (s == null || s.getValueType() != JsonValue.ValueType.ARRAY) {
                check.add("serials", "is required: an array of strings");
            } else {
                serials = new ArrayList<>();
                var a = s.asJsonArray();
                for (int i = 0; i < a.size(); i++) {
                    if (a.get(i) instanceof JsonString js) {
                        serials.add(js.getString());
                    } else {
                        check.add("serials[" + i + "]", "must be a string");
                    }
                }
            }
        }
        return new StockActionJson(serials, string(o, "lco", check), string(o, "reason", check));
    }

    private static String string(JsonObject o, String field, InputCheck check) {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        check.add(field, "must be a string");
        return null;
    }
}
