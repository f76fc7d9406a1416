package org.opensms.sms.subscriber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opensms.sms.shared.InvalidInputException;
import org.opensms.sms.subscriber.SubscriberSearch.By;

/** How the single search box reads a text: the readings tried, in order. */
class SubscriberSearchTest {

    @ParameterizedTest(name = "''{0}'' is tried as {1}")
    @CsvSource(delimiter = ';', value = {
            "9845012345; MOBILE",
            "+91 98450 12345; MOBILE",
            "919845012345; MOBILE",
            "700000000042; CARD STB CUSTOMER_ID",
            "98450; CARD STB MOBILE CUSTOMER_ID",
            "SMS00000050; CUSTOMER_ID STB CARD CUSTOMER_ID",
            "sms0000; CUSTOMER_ID STB CARD CUSTOMER_ID",
            "STB000000042; STB CARD CUSTOMER_ID",
            "Lakshmi Rao; NAME",
            "lakshmi; NAME"})
    void readings(String text, String expected) {
        List<By> tried = SubscriberSearch.readings(text, "SMS").stream().map(SubscriberSearch.Reading::by).toList();
        assertThat(tried).containsExactly(java.util.Arrays.stream(expected.split(" ")).map(By::valueOf).toArray(By[]::new));
    }

    @Test
    void theFirstReadingThatFindsSomeoneWins() {
        var r = SubscriberSearch.choose("STB000000042", "SMS", f -> f.card() != null ? 1 : 0);
        assertThat(r.by()).isEqualTo(By.CARD);
        assertThat(r.filter().card()).isEqualTo("STB000000042");
        assertThat(SubscriberSearch.choose("STB000000042", "SMS", f -> 0).by()).isEqualTo(By.STB);
    }

    @Test
    void aBlankTextIsRefusedNamingQ() {
        assertThatThrownBy(() -> SubscriberSearch.readings("  ", "SMS")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("q: is required");
    }
}
