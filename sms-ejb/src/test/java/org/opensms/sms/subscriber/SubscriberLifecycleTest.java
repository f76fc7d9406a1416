package org.opensms.sms.subscriber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.shared.ErrorCode;
import org.opensms.sms.subscriber.SubscriberLifecycle.Operation;

/** The life-cycle table: every allowed transition, and every other (status, operation) pair refused. */
class SubscriberLifecycleTest {

    private static final CustomerId ID = new CustomerId("SMS00000050");

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @CsvSource({
            "REGISTERED, ACTIVATE,   ACTIVE",
            "ACTIVE,     SUSPEND,    SUSPENDED",
            "SUSPENDED,  RESUME,     ACTIVE",
            "ACTIVE,     DEACTIVATE, DEACTIVATED",
            "SUSPENDED,  DEACTIVATE, DEACTIVATED"})
    void allowed(SubscriberStatus from, Operation op, SubscriberStatus to) {
        assertThat(SubscriberLifecycle.target(ID, from, op)).isEqualTo(to);
    }

    static final Set<String> ALLOWED = Set.of("REGISTERED ACTIVATE", "ACTIVE SUSPEND", "SUSPENDED RESUME",
            "ACTIVE DEACTIVATE", "SUSPENDED DEACTIVATE");

    static Stream<Arguments> refused() {
        return EnumSet.allOf(SubscriberStatus.class).stream()
                .flatMap(from -> EnumSet.allOf(Operation.class).stream().map(op -> Arguments.of(from, op)))
                .filter(a -> !ALLOWED.contains(a.get()[0] + " " + a.get()[1]));
    }

    @ParameterizedTest(name = "{0} --{1}--> refused")
    @MethodSource("refused")
    void refusedWithConflictNamingCustomerAndBothStatuses(SubscriberStatus from, Operation op) {
        assertThat(SubscriberLifecycle.targetOrNull(from, op)).isNull();
        assertThatThrownBy(() -> SubscriberLifecycle.target(ID, from, op))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT);
                    assertThat(e.getMessage()).contains("SMS00000050", from.name(),
                            SubscriberLifecycle.requested(op).name(), op.verb());
                });
    }

    @Test
    void theRefusedListCoversEveryOtherPair() {
        Set<String> pairs = new HashSet<>();
        refused().forEach(a -> pairs.add(a.get()[0] + " " + a.get()[1]));
        assertThat(pairs).hasSize(SubscriberStatus.values().length * Operation.values().length - ALLOWED.size());
    }

    @Test
    void deactivationIsPermanent() {
        for (Operation op : Operation.values()) {
            assertThat(SubscriberLifecycle.targetOrNull(SubscriberStatus.DEACTIVATED, op)).isNull();
        }
        assertThat(SubscriberLifecycle.editable(SubscriberStatus.DEACTIVATED)).isFalse();
        assertThatThrownBy(() -> SubscriberLifecycle.target(ID, SubscriberStatus.DEACTIVATED, Operation.RESUME))
                .hasMessageContaining("permanent");
        for (SubscriberStatus s : EnumSet.complementOf(EnumSet.of(SubscriberStatus.DEACTIVATED))) {
            assertThat(SubscriberLifecycle.editable(s)).isTrue();
        }
    }
}
