package org.opensms.sms.subscriber;

import java.io.Serializable;
import org.opensms.sms.shared.IndianState;

/**
 * What a subscriber list is narrowed to. Text filters match from the start of the value
 * (customer ID, name without regard to case, mobile, city), so that they use an index; null means any.
 */
public record SubscriberFilter(String customerId, String name, String mobile, String city, IndianState state,
                               SubscriberStatus status) implements Serializable {

    public static final SubscriberFilter ALL = new SubscriberFilter(null, null, null, null, null, null);
}
