package org.opensms.sms.subscriber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opensms.sms.shared.FieldError;
import org.opensms.sms.shared.IndianState;
import org.opensms.sms.shared.InputCheck;
import org.opensms.sms.shared.InvalidInputException;

class SubscriberFilterTest {

    @ParameterizedTest
    @CsvSource({"98450, 98450", "+91 98450, 98450", "+91-98450-12345, 9845012345", "919845012345, 9845012345",
            "9198, 9198", "98450 12345, 9845012345"})
    void mobileFiltersKeepTheNationalDigits(String typed, String digits) {
        assertThat(SubscriberFilter.parse(new InputCheck(), null, null, typed, null, null, null).mobile()).isEqualTo(digits);
    }

    @Test
    void blankFiltersMeanAny() {
        assertThat(SubscriberFilter.parse(new InputCheck(), " ", "", null, " ", null, "")).isEqualTo(SubscriberFilter.ALL);
    }

    @Test
    void stateAndStatusAreReadByCodeOrName() {
        SubscriberFilter f = SubscriberFilter.parse(new InputCheck(), null, null, null, null, "karnataka", "registered");
        assertThat(f.state()).isEqualTo(IndianState.KA);
        assertThat(f.status()).isEqualTo(SubscriberStatus.REGISTERED);
    }

    @Test
    void unknownStateAndStatusAreNamed() {
        InputCheck check = new InputCheck();
        SubscriberFilter.parse(check, null, null, null, null, "Atlantis", "SLEEPING");
        assertThatThrownBy(check::throwIfInvalid).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("state", "status"));
    }
}
