package org.opensms.sms.subscriber;

import org.opensms.sms.shared.BusinessCalendar;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import org.opensms.sms.shared.Address;
import org.opensms.sms.shared.AddressInput;
import org.opensms.sms.shared.EmailAddress;
import org.opensms.sms.shared.InputCheck;
import org.opensms.sms.shared.MobileNumber;
import org.opensms.sms.shared.Surface;

/**
 * A request to register a subscriber, as text from any surface; {@link SubscriberService#register}
 * checks all of it. A null installation address means "same as the billing address"; a null contract number
 * means "generate one" ({@link ContractNumberScheme}); the LCO is given by its code and is optional; the customer
 * application form (CAF) number and date are optional at registration (but needed to activate) and go together.
 */
public record SubscriberRegistration(String name, String mobile, String email, String landline,
                                     AddressInput billingAddress, AddressInput installationAddress,
                                     String contractNumber, String area, String lco, String cafNumber, String cafDate)
        implements Serializable {


    /** The registration without the fields added in issue 4 (contract number generated, no area, LCO or CAF). */
    public SubscriberRegistration(String name, String mobile, String email, String landline,
                                  AddressInput billingAddress, AddressInput installationAddress) {
        this(name, mobile, email, landline, billingAddress, installationAddress, null, null, null, null, null);
    }

    /** As {@link #toSubscriber(Instant, String, Surface, Function)} when no LCO code can be resolved. */
    public Subscriber toSubscriber(Instant now, String registeredBy, Surface via) {
        return toSubscriber(now, registeredBy, via, code -> Optional.empty());
    }

    /**
     * Checks every field and builds the new subscriber, or throws an InvalidInputException that lists
     * every bad field by name. Only {@code lcoIds} (LCO code to id) may touch the database.
     */
    public Subscriber toSubscriber(Instant now, String registeredBy, Surface via, Function<String, Optional<Long>> lcoIds) {
        InputCheck check = new InputCheck();
        String n = SubscriberFields.name(check, "name", name);
        MobileNumber m = SubscriberFields.mobile(check, "mobile", mobile);
        EmailAddress e = SubscriberFields.email(check, "email", email);
        String l = SubscriberFields.landline(check, "landline", landline);
        Address billing = null;
        if (billingAddress == null) {
            check.add("billingAddress", "is required");
        } else {
            billing = billingAddress.read(check, "billingAddress");
        }
        Address installation = installationAddress == null ? billing : installationAddress.read(check, "installationAddress");
        String contract = SubscriberFields.code(check, "contractNumber", contractNumber, Subscriber.MAX_CONTRACT_NUMBER);
        String a = SubscriberFields.area(check, "area", area);
        Long lcoId = SubscriberFields.lco(check, "lco", lco, lcoIds);
        String caf = SubscriberFields.code(check, "cafNumber", cafNumber, Subscriber.MAX_CAF_NUMBER);
        LocalDate cafOn = SubscriberFields.cafDate(check, "cafDate", cafDate, BusinessCalendar.dayOf(now));
        SubscriberFields.cafPair(check, !blank(cafNumber), !blank(cafDate));
        check.throwIfInvalid();
        Subscriber s = new Subscriber(n, m, e, l, billing, installation, now, registeredBy, via);
        s.setRegistrationDetails(contract, a, lcoId, caf, cafOn);
        return s;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
