package org.opensms.sms.subscriber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensms.sms.shared.AddressInput;
import org.opensms.sms.shared.FieldError;
import org.opensms.sms.shared.IndianState;
import org.opensms.sms.shared.InvalidInputException;
import org.opensms.sms.shared.Surface;

class SubscriberRegistrationTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final AddressInput BLR = new AddressInput("12 MG Road", "Indiranagar", "Bengaluru", "KA", "560038");

    static SubscriberRegistration valid() {
        return new SubscriberRegistration("Ravi Kumar", "+91 98450 12345", "ravi@example.in", "080 2345 6789", BLR, null);
    }

    @Test
    void aValidRegistrationBuildsARegisteredSubscriber() {
        Subscriber s = valid().toSubscriber(NOW, "operator1", Surface.REST);
        assertThat(s.getName()).isEqualTo("Ravi Kumar");
        assertThat(s.getMobile().digits()).isEqualTo("9845012345");
        assertThat(s.getLandline()).isEqualTo("08023456789");
        assertThat(s.getStatus()).isEqualTo(SubscriberStatus.REGISTERED);
        assertThat(s.getInstallationAddress()).as("installation defaults to billing").isSameAs(s.getBillingAddress());
        assertThat(s.getBillingAddress().getState()).isEqualTo(IndianState.KA);
        assertThat(s.getRegisteredAt()).isEqualTo(NOW);
        assertThat(s.getRegisteredBy()).isEqualTo("operator1");
        assertThat(s.getRegisteredVia()).isEqualTo(Surface.REST);
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of(new SubscriberRegistration(null, "9845012345", null, null, BLR, null), "name", "is required"),
                Arguments.of(new SubscriberRegistration("  ", "9845012345", null, null, BLR, null), "name", "is required"),
                Arguments.of(new SubscriberRegistration("x".repeat(101), "9845012345", null, null, BLR, null), "name", "at most 100"),
                Arguments.of(new SubscriberRegistration("Ravi", null, null, null, BLR, null), "mobile", "is required"),
                Arguments.of(new SubscriberRegistration("Ravi", "12345", null, null, BLR, null), "mobile", "10-digit"),
                Arguments.of(new SubscriberRegistration("Ravi", "9845012345", "not-an-email", null, BLR, null), "email", "e-mail address"),
                Arguments.of(new SubscriberRegistration("Ravi", "9845012345", null, "12", BLR, null), "landline", "STD code"),
                Arguments.of(new SubscriberRegistration("Ravi", "9845012345", null, null, null, null), "billingAddress", "is required"),
                Arguments.of(new SubscriberRegistration("Ravi", "9845012345", null, null, BLR,
                        new AddressInput("1 Park St", null, "Kolkata", "WB", "7000")), "installationAddress.pinCode", "6-digit"));
    }

    @ParameterizedTest
    @MethodSource("badInput")
    void badInputNamesTheField(SubscriberRegistration r, String field, String message) {
        assertThatThrownBy(() -> r.toSubscriber(NOW, "u", Surface.CONSOLE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .anySatisfy(fe -> {
                            assertThat(fe.field()).isEqualTo(field);
                            assertThat(fe.message()).contains(message);
                        }));
    }

    @Test
    void everyBadFieldIsReportedAtOnce() {
        SubscriberRegistration r = new SubscriberRegistration("", "1", "x@", null,
                new AddressInput("", null, "", "", ""), null);
        assertThatThrownBy(() -> r.toSubscriber(NOW, "u", Surface.SOAP))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::field).containsExactly("name", "mobile", "email",
                                "billingAddress.line1", "billingAddress.city", "billingAddress.state", "billingAddress.pinCode"));
    }
}
