package org.opensms.sms.subscriber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CustomerIdSchemeTest {

    @Test
    void defaultFormatPadsToEightDigits() {
        assertThat(new CustomerIdScheme(CustomerIdScheme.DEFAULT_FORMAT).forNumber(42).value()).isEqualTo("SMS00000042");
    }

    @Test
    void customFormat() {
        assertThat(new CustomerIdScheme("BLR-%06d").forNumber(7).value()).isEqualTo("BLR-000007");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SMS", "SMS%s%s", "%d%d%d", "A-VERY-LONG-PREFIX-%08d", "%q"})
    void formatsThatCannotGiveUniqueShortIdsAreRefusedAtStart(String format) {
        assertThatThrownBy(() -> new CustomerIdScheme(format)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("sms.customer-id.format");
    }
}
