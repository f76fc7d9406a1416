package org.opensms.sms.subscriber;

import java.io.Serializable;
import java.time.Instant;
import org.opensms.sms.shared.Address;
import org.opensms.sms.shared.AddressInput;
import org.opensms.sms.shared.EmailAddress;
import org.opensms.sms.shared.InputCheck;
import org.opensms.sms.shared.MobileNumber;
import org.opensms.sms.shared.Surface;

/**
 * A request to register a subscriber, as text from any surface; {@link SubscriberService#register}
 * checks all of it. A null installation address means "same as the billing address".
 */
public record SubscriberRegistration(String name, String mobile, String email, String landline,
                                     AddressInput billingAddress, AddressInput installationAddress)
        implements Serializable {

    private static final java.util.regex.Pattern LANDLINE = java.util.regex.Pattern.compile("0[1-9][0-9]{6,13}");

    /**
     * Checks every field and builds the new subscriber, or throws an InvalidInputException that lists
     * every bad field by name. Nothing here touches the database.
     */
    public Subscriber toSubscriber(Instant now, String registeredBy, Surface via) {
        InputCheck check = new InputCheck();
        String n = check.required("name", name, Subscriber.MAX_NAME);
        MobileNumber m = check.convert("mobile", check.required("mobile", mobile, 20), MobileNumber::parse);
        EmailAddress e = check.convert("email", check.optional("email", email, EmailAddress.MAX_LENGTH), EmailAddress::parse);
        String l = check.optional("landline", landline, 20);
        if (l != null) {
            l = l.replaceAll("[\\s\\-()]", "");
            if (!LANDLINE.matcher(l).matches()) {
                check.add("landline", "must be an Indian landline with STD code, like 080 2345 6789, got '" + landline + "'");
            }
        }
        Address billing = null;
        if (billingAddress == null) {
            check.add("billingAddress", "is required");
        } else {
            billing = billingAddress.read(check, "billingAddress");
        }
        Address installation = installationAddress == null ? billing : installationAddress.read(check, "installationAddress");
        check.throwIfInvalid();
        return new Subscriber(n, m, e, l, billing, installation, now, registeredBy, via);
    }
}
