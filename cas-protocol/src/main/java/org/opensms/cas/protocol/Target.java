package org.opensms.cas.protocol;

import java.util.Objects;

/**
 * Who a message (OSD, mail, fingerprint) is for: one card, a group of cards, all cards, or (fingerprint only)
 * everyone watching a DVB service. Wire form: "card:NUMBER", "group:ID", "all" or "service:ID".
 */
public record Target(Kind kind, String value) {

    /** Target kinds. SERVICE is only valid for ECM-based fingerprints. */
    public enum Kind { CARD, GROUP, ALL, SERVICE }

    public Target {
        Objects.requireNonNull(kind, "kind");
        switch (kind) {
            case CARD -> Check.token("target", value, Check.MAX_CARD_NUMBER);
            case GROUP -> Check.token("target", value, Check.MAX_GROUP_ID);
            case ALL -> {
                if (value != null) {
                    throw new InvalidFieldException("target", "ALL takes no value");
                }
            }
            case SERVICE -> {
                int id = parseServiceId(value);
                Check.range("target", id, 0, 65535);
                value = Integer.toString(id);
            }
        }
    }

    public static Target card(String cardNumber) {
        return new Target(Kind.CARD, cardNumber);
    }

    public static Target group(String groupId) {
        return new Target(Kind.GROUP, groupId);
    }

    public static Target all() {
        return new Target(Kind.ALL, null);
    }

    public static Target service(int serviceId) {
        return new Target(Kind.SERVICE, Integer.toString(serviceId));
    }

    /** The DVB service id of a SERVICE target. */
    public int serviceId() {
        if (kind != Kind.SERVICE) {
            throw new IllegalStateException("not a service target: " + this);
        }
        return Integer.parseInt(value);
    }

    /** Parses the wire form; field names the field for error messages. */
    public static Target parse(String field, String text) {
        if ("all".equals(text)) {
            return all();
        }
        int colon = text.indexOf(':');
        String prefix = colon < 0 ? text : text.substring(0, colon);
        String rest = colon < 0 ? null : text.substring(colon + 1);
        Kind kind = switch (prefix) {
            case "card" -> Kind.CARD;
            case "group" -> Kind.GROUP;
            case "service" -> Kind.SERVICE;
            default -> throw new InvalidFieldException(field, "'" + Check.shorten(text)
                    + "' is not card:NUMBER, group:ID, all or service:ID");
        };
        if (rest == null) {
            throw new InvalidFieldException(field, "'" + text + "' lacks the value after ':'");
        }
        try {
            return new Target(kind, rest);
        } catch (InvalidFieldException e) {
            throw new InvalidFieldException(field, e.getMessage().replaceFirst("^field 'target': ", ""));
        }
    }

    private static int parseServiceId(String value) {
        if (value == null) {
            throw new InvalidFieldException("target", "service id is required");
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidFieldException("target", "service id '" + Check.shorten(value) + "' is not an integer");
        }
    }

    @Override
    public String toString() {
        return kind == Kind.ALL ? "all" : kind.name().toLowerCase() + ":" + value;
    }
}
