package org.opensms.sms.subscriber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
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

    private static final Function<String, Optional<Long>> LCOS = code -> code.equalsIgnoreCase("LCO-BLR-01")
            ? Optional.of(7L) : Optional.empty();

    static SubscriberRegistration full(String contract, String area, String lco, String cafNumber, String cafDate) {
        return new SubscriberRegistration("Ravi Kumar", "9845012345", null, null, BLR, null, contract, area, lco,
                cafNumber, cafDate);
    }

    @Test
    void theFullRecordIsKept() {
        Subscriber s = full(" BLR/2026/0042 ", " Indiranagar ", "lco-blr-01", "CAF/2026/0042", "20-11-2026")
                .toSubscriber(NOW, "u", Surface.REST, LCOS);
        assertThat(s.getContractNumber()).isEqualTo("BLR/2026/0042");
        assertThat(s.getArea()).isEqualTo("Indiranagar");
        assertThat(s.getLcoId()).isEqualTo(7L);
        assertThat(s.getCafNumber()).isEqualTo("CAF/2026/0042");
        assertThat(s.getCafDate()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(s.isCafRecorded()).isTrue();
        assertThat(full(null, null, null, "C1", "2026-11-25").toSubscriber(NOW, "u", Surface.REST, LCOS).getCafDate())
                .as("ISO date; 25 Nov is today in India").isEqualTo(LocalDate.of(2026, 11, 25));
    }

    @Test
    void theNewFieldsAreOptional() {
        Subscriber s = valid().toSubscriber(NOW, "u", Surface.REST, LCOS);
        assertThat(s.getContractNumber()).as("generated by the service once the row has its number").isNull();
        assertThat(s.getArea()).isNull();
        assertThat(s.getLcoId()).isNull();
        assertThat(s.isCafRecorded()).isFalse();
    }

    static Stream<Arguments> badNewFields() {
        return Stream.of(
                Arguments.of(full("CN 42", null, null, null, null), "contractNumber", "letters and digits"),
                Arguments.of(full("/CN42", null, null, null, null), "contractNumber", "letters and digits"),
                Arguments.of(full("C".repeat(31), null, null, null, null), "contractNumber", "at most 30"),
                Arguments.of(full(null, "a".repeat(61), null, null, null), "area", "at most 60"),
                Arguments.of(full(null, "Indira\u0007nagar", null, null, null), "area", "control characters"),
                Arguments.of(full(null, null, "LCO-NOPE", null, null), "lco", "no LCO has the code 'LCO-NOPE'"),
                Arguments.of(full(null, null, null, "CAF 1", "2026-11-20"), "cafNumber", "letters and digits"),
                Arguments.of(full(null, null, null, "CAF1", "20/13/2026"), "cafDate", "date like 2026-11-25"),
                Arguments.of(full(null, null, null, "CAF1", "yesterday"), "cafDate", "date like"),
                Arguments.of(full(null, null, null, "CAF1", "2026-11-26"), "cafDate", "not be in the future"),
                Arguments.of(full(null, null, null, "CAF1", "1989-12-31"), "cafDate", "1990-01-01 or later"),
                Arguments.of(full(null, null, null, "CAF1", null), "cafDate", "is required with the CAF number"),
                Arguments.of(full(null, null, null, null, "2026-11-20"), "cafNumber", "is required with the CAF date"));
    }

    @ParameterizedTest
    @MethodSource("badNewFields")
    void badNewFieldsAreNamed(SubscriberRegistration r, String field, String message) {
        assertThatThrownBy(() -> r.toSubscriber(NOW, "u", Surface.CONSOLE, LCOS))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .anySatisfy(fe -> {
                            assertThat(fe.field()).isEqualTo(field);
                            assertThat(fe.message()).contains(message);
                        }));
    }

    @Test
    void newFieldsAreReportedWithTheOthers() {
        SubscriberRegistration r = new SubscriberRegistration("", "9845012345", null, null, BLR, null, "C N", null,
                "NOPE", "CAF1", "31-02-2026");
        assertThatThrownBy(() -> r.toSubscriber(NOW, "u", Surface.SOAP, LCOS))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::field).containsExactly("name", "contractNumber", "lco", "cafDate"));
    }
}
