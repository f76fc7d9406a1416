package org.opensms.sms.lco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opensms.sms.shared.AddressInput;
import org.opensms.sms.shared.FieldError;
import org.opensms.sms.shared.IndianState;
import org.opensms.sms.shared.InvalidInputException;

/** Reading LCO details: every bad field named at once; code rules; GSTIN state must match the address. */
class LcoDetailsTest {

    static final AddressInput BLR = new AddressInput("4 Old Airport Road", null, "Bengaluru", "KA", "560017");

    static LcoDetails details(String code, String gstin) {
        return new LcoDetails(code, "Sri Cable Network", BLR, "Ramesh K", "+91 98450 11111", "sri@example.in", gstin,
                "Bengaluru East", null);
    }

    @Test
    void goodDetailsAreNormalised() {
        LcoDetails.Checked c = details(" lco0001 ", "29aagcb7383j1z4").check(true);
        assertThat(c.code()).isEqualTo("LCO0001");
        assertThat(c.gstin().value()).isEqualTo("29AAGCB7383J1Z4");
        assertThat(c.mobile().digits()).isEqualTo("9845011111");
        assertThat(c.address().getState()).isEqualTo(IndianState.KA);
        assertThat(c.status()).isNull();
    }

    @Test
    void everyBadFieldIsNamed() {
        LcoDetails bad = new LcoDetails("L", "", new AddressInput("", null, "Pune", "ZZ", "0123"), null, "12345", "nope",
                "27AAPFU0939F1ZX", " ", "SLEEPING");
        assertThatThrownBy(() -> bad.check(true)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("code", "name", "address.line1",
                        "address.state", "address.pinCode", "contactPerson", "mobile", "email", "gstin", "area", "status"));
    }

    @Test
    void codeIsRequiredOnlyForCreation() {
        assertThatThrownBy(() -> details(null, null).check(true)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("code"));
        assertThat(details(null, null).check(false).code()).isNull();
    }

    @Test
    void gstinOfAnotherStateIsRefused() {
        assertThatThrownBy(() -> details("LCO0001", "27AAPFU0939F1ZV").check(true))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("gstin: is registered in Maharashtra");
    }

    @Test
    void lcoCodes() {
        assertThat(LcoCode.parse("blr-east-01")).isEqualTo("BLR-EAST-01");
        assertThatThrownBy(() -> LcoCode.parse("-LCO")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> LcoCode.parse("LCO 1")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> LcoCode.parse("L".repeat(21))).isInstanceOf(InvalidInputException.class);
    }
}
