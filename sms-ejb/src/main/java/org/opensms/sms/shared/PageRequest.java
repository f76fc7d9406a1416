package org.opensms.sms.shared;

/**
 * One page of a list: offset, size and an optional sort on a named field. The field name is checked
 * by the query that uses it against the fields it can sort on.
 */
public record PageRequest(int offset, int size, String sortField, boolean ascending) {

    public static final int MAX_SIZE = 1000;

    public PageRequest {
        if (offset < 0) {
            throw new InvalidInputException("offset", "must be 0 or more, got " + offset);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("limit", "must be between 1 and " + MAX_SIZE + ", got " + size);
        }
    }

    /** Reads paging given as text (REST query parameters); blank offset and limit mean 0 and {@code defaultSize}. */
    public static PageRequest parse(InputCheck check, String offset, String limit, int defaultSize, String sort,
                                    String order) {
        int off = number(check, "offset", offset, 0);
        int lim = number(check, "limit", limit, defaultSize);
        boolean ascending = true;
        if (order != null && !order.isBlank()) {
            if (order.equalsIgnoreCase("desc")) {
                ascending = false;
            } else if (!order.equalsIgnoreCase("asc")) {
                check.add("order", "must be asc or desc, got '" + order + "'");
            }
        }
        if (off < 0) {
            check.add("offset", "must be 0 or more, got " + off);
        }
        if (lim < 1 || lim > MAX_SIZE) {
            check.add("limit", "must be between 1 and " + MAX_SIZE + ", got " + lim);
        }
        check.throwIfInvalid();
        return new PageRequest(off, lim, sort == null || sort.isBlank() ? null : sort.strip(), ascending);
    }

    private static int number(InputCheck check, String field, String text, int dflt) {
        if (text == null || text.isBlank()) {
            return dflt;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            check.add(field, "must be a whole number, got '" + text + "'");
            return dflt;
        }
    }

    public static PageRequest first(int size) {
        return new PageRequest(0, size, null, true);
    }
}
