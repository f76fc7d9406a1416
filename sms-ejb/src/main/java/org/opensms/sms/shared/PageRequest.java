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

    public static PageRequest first(int size) {
        return new PageRequest(0, size, null, true);
    }
}
