package org.opensms.sms.subscriber;

/** The customer ID the system gives a subscriber: unique, never reused, shown on bills and cards. */
public record CustomerId(String value) {

    public static final int MAX_LENGTH = 20;

    public CustomerId {
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("customer ID must be 1 to " + MAX_LENGTH + " characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
