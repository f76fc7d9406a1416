package org.opensms.sms.subscriber;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns the database's subscriber number (from a sequence, so unique and never handed out twice)
 * into the customer ID people see. The format is a {@link String#format} pattern with one integer
 * conversion, set with the configuration property {@code sms.customer-id.format} (default
 * {@value #DEFAULT_FORMAT}, which gives SMS00000001). Changing the format does not renumber anyone;
 * the unique constraint on customer IDs still guards against a format that could repeat an old ID.
 */
@ApplicationScoped
public class CustomerIdScheme {

    public static final String DEFAULT_FORMAT = "SMS%08d";

    private String format;

    protected CustomerIdScheme() {
    }

    @Inject
    public CustomerIdScheme(@ConfigProperty(name = "sms.customer-id.format", defaultValue = DEFAULT_FORMAT) String format) {
        this.format = checked(format);
    }

    public CustomerId forNumber(long number) {
        return new CustomerId(String.format(format, number));
    }

    static String checked(String format) {
        try {
            String one = String.format(format, 1L);
            String big = String.format(format, 9_999_999_999L);
            if (one.equals(String.format(format, 2L)) || big.length() > CustomerId.MAX_LENGTH) {
                throw new IllegalArgumentException();
            }
            return format;
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("sms.customer-id.format must be a pattern with one integer conversion such as"
                    + " SMS%08d, giving at most " + CustomerId.MAX_LENGTH + " characters; got '" + format + "'");
        }
    }
}
