package org.opensms.sms.subscriber;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The contract number of a subscriber whose registration gave none: the same database number as the customer ID,
 * formatted by the configuration property {@code sms.contract-number.format} (a {@link String#format} pattern with
 * one integer conversion, default {@value #DEFAULT_FORMAT}, so customer SMS00000050 gets contract CN00000050).
 * A contract number given at registration (an ERP's own numbering, for example) is kept as given; both kinds share
 * one unique constraint, so give hand-made numbers a prefix the pattern never produces.
 */
@ApplicationScoped
public class ContractNumberScheme {

    public static final String DEFAULT_FORMAT = "CN%08d";

    private String format;

    protected ContractNumberScheme() {
    }

    @Inject
    public ContractNumberScheme(@ConfigProperty(name = "sms.contract-number.format", defaultValue = DEFAULT_FORMAT) String format) {
        this.format = checked(format);
    }

    public String forNumber(long number) {
        return String.format(format, number);
    }

    static String checked(String format) {
        try {
            String one = String.format(format, 1L);
            String big = String.format(format, 9_999_999_999L);
            if (one.equals(String.format(format, 2L)) || big.length() > Subscriber.MAX_CONTRACT_NUMBER
                    || !SubscriberFields.CODE.matcher(one).matches()) {
                throw new IllegalArgumentException();
            }
            return format;
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("sms.contract-number.format must be a pattern with one integer conversion such as"
                    + " CN%08d, giving at most " + Subscriber.MAX_CONTRACT_NUMBER
                    + " letters, digits or / - _ . characters; got '" + format + "'");
        }
    }
}
