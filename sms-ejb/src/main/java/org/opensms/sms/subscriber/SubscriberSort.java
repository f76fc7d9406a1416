package org.opensms.sms.subscriber;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.opensms.sms.shared.InvalidInputException;

/** The fields a subscriber list can be sorted on, each backed by an index. */
public enum SubscriberSort {
    CUSTOMER_ID("customerId", "s.customerId"),
    NAME("name", "s.nameKey"),
    CITY("city", "s.billingAddress.city"),
    STATE("state", "s.billingAddress.state"),
    STATUS("status", "s.status"),
    REGISTERED_AT("registeredAt", "s.registeredAt");

    private final String field;
    private final String path;

    SubscriberSort(String field, String path) {
        this.field = field;
        this.path = path;
    }

    /** The JPQL path sorted on. */
    public String path() {
        return path;
    }

    /** The sort for a field name as clients write it; null or blank means by customer ID. */
    public static SubscriberSort ofField(String field) {
        if (field == null || field.isBlank()) {
            return CUSTOMER_ID;
        }
        for (SubscriberSort s : values()) {
            if (s.field.equals(field)) {
                return s;
            }
        }
        throw new InvalidInputException("sort", "cannot sort on '" + field + "'; use one of "
                + Arrays.stream(values()).map(s -> s.field).collect(Collectors.joining(", ")));
    }
}
