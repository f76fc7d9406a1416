package org.opensms.sms.subscriber.bulk;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.opensms.sms.shared.InvalidInputException;
import org.opensms.sms.subscriber.SubscriberFilter;

/**
 * Which subscribers a bulk job works on: the customer IDs of an uploaded list (in the list's order), those of an
 * LCO, those of an area (exact, as recorded on the subscriber), or those the subscriber list's filter shows.
 */
public record BulkTarget(Kind kind, List<String> customerIds, String lco, String area, SubscriberFilter filter)
        implements Serializable {

    public enum Kind { LIST, LCO, AREA, FILTER }

    public static final int MAX_TEXT = 60;
    private static final String EVERYONE = "(all subscribers)";

    public BulkTarget {
        customerIds = customerIds == null ? null : List.copyOf(customerIds);
    }

    public static BulkTarget list(List<String> customerIds) {
        if (customerIds == null || customerIds.isEmpty()) {
            throw new InvalidInputException("list", "has no customer ID");
        }
        return new BulkTarget(Kind.LIST, customerIds, null, null, null);
    }

    public static BulkTarget lco(String code) {
        return new BulkTarget(Kind.LCO, null, text("lco", code), null, null);
    }

    public static BulkTarget area(String area) {
        return new BulkTarget(Kind.AREA, null, null, text("area", area), null);
    }

    /** Refuses an empty filter: a job on every subscriber is never started by a forgotten field. */
    public static BulkTarget filter(SubscriberFilter filter) {
        if (filter == null || describe(filter).equals(EVERYONE)) {
            throw new InvalidInputException("filter", "give at least one of customerId, name, mobile, city, state, status, lco, area, stb, card");
        }
        return new BulkTarget(Kind.FILTER, null, null, null, filter);
    }

    /**
     * The target of a request that names exactly one of an LCO code, an area or a filter (REST, console);
     * none or more than one is refused.
     */
    public static BulkTarget ofOne(String lco, String area, SubscriberFilter filter) {
        long given = Stream.of(lco, area, filter).filter(v -> v != null && !(v instanceof String s && s.isBlank())).count();
        if (given != 1) {
            throw new InvalidInputException("target", "give exactly one of lco, area, filter (or upload a list)"
                    + (given == 0 ? "" : "; got " + given));
        }
        if (lco != null && !lco.isBlank()) {
            return lco(lco);
        }
        if (area != null && !area.isBlank()) {
            return area(area);
        }
        return filter(filter);
    }

    private static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        String v = value.strip();
        if (v.length() > MAX_TEXT) {
            throw new InvalidInputException(field, "must be at most " + MAX_TEXT + " characters");
        }
        return v;
    }

    /** For people: what the job was run on. */
    public String describe() {
        return switch (kind) {
            case LIST -> "uploaded list of " + customerIds.size() + " customer ID" + (customerIds.size() == 1 ? "" : "s");
            case LCO -> "LCO " + lco.toUpperCase(Locale.ROOT);
            case AREA -> "area " + area;
            case FILTER -> "filter " + describe(filter);
        };
    }

    static String describe(SubscriberFilter f) {
        String text = Stream.of(term("customerId", f.customerId()), term("name", f.name()), term("mobile", f.mobile()),
                        term("city", f.city()), term("state", f.state() == null ? null : f.state().name()),
                        term("status", f.status() == null ? null : f.status().name()), term("lco", f.lco()),
                        term("area", f.area()), term("stb", f.stb()), term("card", f.card()))
                .filter(t -> t != null).collect(Collectors.joining(", "));
        return text.isEmpty() ? EVERYONE : text;
    }

    /** The filters that match exactly; the others are prefixes, written with a trailing '*'. */
    private static final List<String> EXACT = List.of("state", "status", "lco", "stb", "card");

    private static String term(String name, String value) {
        return value == null || value.isBlank() ? null : name + "=" + value.strip() + (EXACT.contains(name) ? "" : "*");
    }
}
