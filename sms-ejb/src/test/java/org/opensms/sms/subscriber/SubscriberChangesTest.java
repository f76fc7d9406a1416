package org.opensms.sms.subscriber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.opensms.sms.shared.AddressInput;
import org.opensms.sms.shared.FieldError;
import org.opensms.sms.shared.InvalidInputException;
import org.opensms.sms.shared.Surface;
import org.opensms.sms.subscriber.SubscriberChanges.FieldChange;

class SubscriberChangesTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final AddressInput BLR = new AddressInput("12 MG Road", "Indiranagar", "Bengaluru", "KA", "560038");
    private static final Function<String, Optional<Long>> LCOS = code -> switch (code.toUpperCase()) {
        case "LCO-A" -> Optional.of(1L);
        case "LCO-B" -> Optional.of(2L);
        default -> Optional.empty();
    };
    private static final Function<Long, String> CODES = id -> id == 1L ? "LCO-A" : "LCO-B";

    private static Subscriber subscriber() {
        Subscriber s = new SubscriberRegistration("Ravi Kumar", "9845012345", "ravi@example.in", null, BLR, null, "CN1",
                "Indiranagar", "LCO-A", null, null).toSubscriber(NOW, "u", Surface.REST, LCOS);
        s.assignCustomerId(new CustomerId("SMS00000050"));
        return s;
    }

    private static List<FieldChange> apply(Subscriber s, SubscriberChanges c) {
        return c.applyTo(s, TODAY, LCOS, CODES);
    }

    @Test
    void onlyFieldsThatReallyChangeAreAppliedAndReported() {
        Subscriber s = subscriber();
        List<FieldChange> changes = apply(s, new SubscriberChanges(1L)
                .set("name", "Ravi Kumar")          // same
                .set("mobile", "+91 98450 12345")   // same digits
                .set("email", "")                   // cleared
                .set("landline", "080 2345 6789")
                .set("lco", "lco-b")
                .set("cafNumber", "CAF/1").set("cafDate", "24-11-2026")
                .setAddress("installationAddress", new AddressInput("1 Park St", null, "Kolkata", "WB", "700016")));
        assertThat(changes).containsExactly(
                new FieldChange("email", "ravi@example.in", null),
                new FieldChange("landline", null, "08023456789"),
                new FieldChange("lco", "LCO-A", "LCO-B"),
                new FieldChange("cafNumber", null, "CAF/1"),
                new FieldChange("cafDate", null, "2026-11-24"),
                new FieldChange("installationAddress", "12 MG Road, Indiranagar, Bengaluru KA 560038",
                        "1 Park St, Kolkata WB 700016"));
        assertThat(s.getEmail()).isNull();
        assertThat(s.getLcoId()).isEqualTo(2L);
        assertThat(s.getInstallationAddress().getCity()).isEqualTo("Kolkata");
        assertThat(s.getBillingAddress().getCity()).isEqualTo("Bengaluru");
        assertThat(s.isCafRecorded()).isTrue();
    }

    @Test
    void everyBadFieldIsNamedAndNothingChanges() {
        Subscriber s = subscriber();
        SubscriberChanges bad = new SubscriberChanges(1L).set("name", " ").set("mobile", "123").set("email", "x@")
                .set("lco", "LCO-Z").set("cafDate", "2030-01-01").setAddress("billingAddress", null)
                .setAddress("installationAddress", new AddressInput("", null, "Pune", "MH", "411001"));
        assertThatThrownBy(() -> apply(s, bad)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("name", "mobile", "email",
                        "lco", "cafDate", "billingAddress", "installationAddress.line1", "cafNumber"));
        assertThat(s.getName()).isEqualTo("Ravi Kumar");
        assertThat(s.getEmail().value()).isEqualTo("ravi@example.in");
    }

    @Test
    void theCafCannotBeRemovedOnceActive() {
        Subscriber s = subscriber();
        apply(s, new SubscriberChanges(1L).set("cafNumber", "CAF1").set("cafDate", "2026-11-01"));
        s.setStatus(SubscriberStatus.ACTIVE);
        assertThatThrownBy(() -> apply(s, new SubscriberChanges(1L).set("cafNumber", null).set("cafDate", "")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .anySatisfy(fe -> assertThat(fe.toString()).contains("cafNumber", "cannot be removed", "ACTIVE")));
        assertThat(apply(s, new SubscriberChanges(1L).set("cafNumber", "CAF2"))).as("but corrected")
                .containsExactly(new FieldChange("cafNumber", "CAF1", "CAF2"));
    }

    @Test
    void onlyEditableFieldsCanBeSet() {
        assertThatThrownBy(() -> new SubscriberChanges(1L).set("contractNumber", "X")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SubscriberChanges(1L).set("status", "ACTIVE")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new SubscriberChanges(1L).isEmpty()).isTrue();
    }
}
