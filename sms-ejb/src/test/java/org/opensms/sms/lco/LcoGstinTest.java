package org.opensms.sms.lco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.opensms.sms.shared.IndianState;
import org.opensms.sms.shared.InvalidInputException;

/** GSTIN: form, state code and check character (published GSTINs as examples). */
class LcoGstinTest {

    @ParameterizedTest
    @ValueSource(strings = {"27AAPFU0939F1ZV", "29AAGCB7383J1Z4", "29abcde1234f1zw", "29 ABCDE 1234F 1ZW"})
    void validGstinsAreAcceptedInUpperCase(String text) {
        Gstin g = Gstin.parse(text);
        assertThat(g.value()).matches("[0-9A-Z]{15}").isEqualTo(text.replace(" ", "").toUpperCase());
    }

    @Test
    void theStateComesFromTheFirstTwoDigits() {
        assertThat(Gstin.parse("29AAGCB7383J1Z4").state()).isEqualTo(IndianState.KA);
        assertThat(Gstin.parse("27AAPFU0939F1ZV").state()).isEqualTo(IndianState.MH);
    }

    @Test
    void checkCharacterIsTheGstnAlgorithm() {
        assertThat(Gstin.checkCharacter("27AAPFU0939F1Z")).isEqualTo('V');
        assertThat(Gstin.checkCharacter("29AAGCB7383J1Z")).isEqualTo('4');
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "27AAPFU0939F1ZX|wrong check character",
            "27AAPFU0939F1Z|15-character GSTIN",
            "27AAPFU0939F1ZVV|15-character GSTIN",
            "2AAAPFU0939F1ZV|15-character GSTIN",
            "27AAPF10939F1ZV|15-character GSTIN",
            "27AAPFU0939F0ZV|15-character GSTIN",
            "27AAPFU0939F1YV|15-character GSTIN",
            "99AAPFU0939F1ZV|state code",
            "00AAPFU0939F1ZV|state code"})
    void badGstinsAreRefusedWithTheReason(String text, String reason) {
        assertThatThrownBy(() -> Gstin.parse(text)).isInstanceOf(InvalidInputException.class).hasMessageContaining(reason);
    }
}
