package org.opensms.sms.subscriber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContractNumberSchemeTest {

    @Test
    void defaultFormatPairsWithTheCustomerId() {
        assertThat(new ContractNumberScheme(ContractNumberScheme.DEFAULT_FORMAT).forNumber(50)).isEqualTo("CN00000050");
    }

    @Test
    void customFormat() {
        assertThat(new ContractNumberScheme("BLR/CN/%07d").forNumber(7)).isEqualTo("BLR/CN/0000007");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CN", "CN%s%s", "%d%d%d", "A-VERY-VERY-LONG-CONTRACT-PREFIX-%08d", "%q", "CN %08d", "-%08d"})
    void formatsThatCannotGiveUniqueValidNumbersAreRefusedAtStart(String format) {
        assertThatThrownBy(() -> new ContractNumberScheme(format)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("sms.contract-number.format");
    }
}
