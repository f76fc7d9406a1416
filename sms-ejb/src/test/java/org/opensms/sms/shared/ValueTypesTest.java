package org.opensms.sms.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueTypesTest {

    @ParameterizedTest
    @CsvSource({
            "9845012345, 9845012345",
            "+91 98450 12345, 9845012345",
            "919845012345, 9845012345",
            "09845012345, 9845012345",
            "98450-12345, 9845012345",
            "6000000000, 6000000000"})
    void mobileNumbersAreNormalisedToTenDigits(String typed, String digits) {
        assertThat(MobileNumber.parse(typed).digits()).isEqualTo(digits);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "5845012345", "98450123456", "+1 9845012345", "98450ABCDE", "+91"})
    void malformedMobileNumbersAreRefusedWithTheTypedValue(String typed) {
        assertThatThrownBy(() -> MobileNumber.parse(typed))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("10-digit Indian mobile number")
                .hasMessageContaining(typed);
    }

    @ParameterizedTest
    @CsvSource({"ravi.kumar@Example.IN, ravi.kumar@example.in", "a+b@mail.co.in, a+b@mail.co.in"})
    void emailDomainIsLowerCased(String typed, String stored) {
        assertThat(EmailAddress.parse(typed).value()).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ravi", "ravi@", "@example.in", "ravi@example", "ravi@@example.in", "ravi kumar@example.in", "ravi@-x.in"})
    void malformedEmailIsRefused(String typed) {
        assertThatThrownBy(() -> EmailAddress.parse(typed)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("e-mail address");
    }

    @ParameterizedTest
    @CsvSource({"KA, KA", "ka, KA", "Karnataka, KA", "tamil nadu, TN", "DL, DL"})
    void statesByCodeOrName(String typed, IndianState state) {
        assertThat(IndianState.parse(typed)).isEqualTo(state);
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX", "Bangalore", "K"})
    void unknownStateListsTheValidCodes(String typed) {
        assertThatThrownBy(() -> IndianState.parse(typed)).hasMessageContaining("KA").hasMessageContaining("WB");
    }

    @org.junit.jupiter.api.Test
    void addressCollectsEveryBadPartUnderItsPrefix() {
        InputCheck check = new InputCheck();
        Address a = Address.read(check, "billingAddress", "", null, "x".repeat(61), "Narnia", "012345");
        assertThat(a).isNull();
        assertThatThrownBy(check::throwIfInvalid).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly(
                        "billingAddress.line1", "billingAddress.city", "billingAddress.state", "billingAddress.pinCode"));
    }

    @org.junit.jupiter.api.Test
    void controlCharactersAreRefused() {
        InputCheck check = new InputCheck();
        assertThat(check.required("name", "Ravi\u0000Kumar", 100)).isNull();
        assertThatThrownBy(check::throwIfInvalid).hasMessage("name: must not contain control characters");
    }
}
