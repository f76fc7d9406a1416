package org.opensms.sms.shared;

import java.io.Serializable;

/** An address as a caller typed it, before any check; {@link #read} turns it into an {@link Address}. */
public record AddressInput(String line1, String line2, String city, String state, String pinCode) implements Serializable {

    public Address read(InputCheck check, String prefix) {
        return Address.read(check, prefix, line1, line2, city, state, pinCode);
    }
}
