package org.opensms.cas.protocol;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One decoded frame body: the message type, the sender's sequence number and the key=value fields
 * in wire order. The type is kept as a string so that unknown types can still be represented and answered.
 */
public record Message(String type, long seq, Map<String, String> fields) {

    public Message {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(fields, "fields");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public Message(MessageType type, long seq, Map<String, String> fields) {
        this(type.name(), seq, fields);
    }

    /** The field value, or null when the field is absent. */
    public String field(String key) {
        return fields.get(key);
    }

    /** The known message type, or null when the type is not part of this protocol version. */
    public MessageType knownType() {
        return MessageType.parse(type);
    }
}
