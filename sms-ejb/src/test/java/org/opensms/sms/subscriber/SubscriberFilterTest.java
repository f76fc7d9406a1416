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
        assertThat(SubscriberFilter.parse(new InputCheck(), null, null, typed, null, null, null, null, null, null, null).mobile()).isEqualTo(digits);
    }

    @Test
    void blankFiltersMeanAny() {
        assertThat(SubscriberFilter.parse(new InputCheck(), " ", "", null, " ", null, "", " ", "", null, " ")).isEqualTo(SubscriberFilter.ALL);
    }

    @Test
    void stateAndStatusAreReadByCodeOrName() {
        SubscriberFilter f = SubscriberFilter.parse(new InputCheck(), null, null, null, null, "karnataka", "registered", null, null, null, null);
        assertThat(f.state()).isEqualTo(IndianState.KA);
        assertThat(f.status()).isEqualTo(SubscriberStatus.REGISTERED);
    }

    @Test
    void unknownStateAndStatusAreNamed() {
        InputCheck check = new InputCheck();
        SubscriberFilter.parse(check, null, null, null, null, "Atlantis", "SLEEPING", null, null, null, null);
        assertThatThrownBy(check::throwIfInvalid).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("state", "status"));
    }

    @Test
    void lcoAndDevicesAreKeptInUpperCaseAndTheAreaAsTyped() {
        SubscriberFilter f = SubscriberFilter.parse(new InputCheck(), null, null, null, null, null, null,
                " lco0001 ", " Koramangala ", "skw-2026:11.0001", " nagra_c1 ");
        assertThat(f).isEqualTo(new SubscriberFilter(null, null, null, null, null, null,
                "LCO0001", "Koramangala", "SKW-2026:11.0001", "NAGRA_C1"));
        assertThat(f.isEmpty()).isFalse();
        assertThat(SubscriberFilter.ALL.withLco("LCO0001").withArea("Koramangala").withStb("SKW-2026:11.0001")
                .withCard("NAGRA_C1")).isEqualTo(f);
    }

    @Test
    void badLcoAreaAndDevicesAreNamed() {
        InputCheck check = new InputCheck();
        SubscriberFilter f = SubscriberFilter.parse(check, null, null, null, null, null, null,
                "LCO 01!", "x".repeat(Subscriber.MAX_AREA + 1), "box/1", "C".repeat(33));
        assertThat(f).isEqualTo(SubscriberFilter.ALL);
        assertThatThrownBy(check::throwIfInvalid).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("lco", "area", "stb", "card");
            assertThat(e.fieldErrors().get(0).message()).contains("like LCO0001", "LCO 01!");
            assertThat(e.fieldErrors().get(1).message()).contains("at most 60 characters");
            assertThat(e.fieldErrors().get(2).message()).contains("letters, digits", "box/1");
            assertThat(e.fieldErrors().get(3).message()).contains("at most 32 characters");
        });

        InputCheck tooLong = new InputCheck();
        SubscriberFilter.parse(tooLong, null, null, null, null, null, null, "L".repeat(21), null, "S".repeat(65), "c\u0001");
        assertThatThrownBy(tooLong::throwIfInvalid).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("lco", "stb", "card"));
    }
}
