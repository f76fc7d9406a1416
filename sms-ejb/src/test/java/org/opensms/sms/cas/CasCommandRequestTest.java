package org.opensms.sms.cas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opensms.cas.api.ActivateCard;
import org.opensms.cas.api.CasCommand;
import org.opensms.cas.api.SendOsd;
import org.opensms.sms.cas.internal.CasCommandIssuer;
import org.opensms.sms.shared.InvalidInputException;

class CasCommandRequestTest {

    @Test
    void requestsBecomeTypedCommandsAndNameTheirCard() {
        CasCommand activate = new CasCommandRequest("ACTIVATE_CARD", "0012345678", null).toCommand("");
        assertThat(activate).isInstanceOf(ActivateCard.class);
        assertThat(CasCommandIssuer.cardOf(activate)).isEqualTo("0012345678");
        CasCommand osdToCard = new CasCommandRequest("SEND_OSD", "0012345678", "x".repeat(120)).toCommand("");
        assertThat(osdToCard).isInstanceOf(SendOsd.class);
        assertThat(CasCommandIssuer.cardOf(osdToCard)).isEqualTo("0012345678");
        assertThat(CasCommandIssuer.cardOf(new CasCommandRequest("SEND_OSD", null, "to everyone").toCommand(""))).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "PAIR_STB|0012345678||commands[3].kind|must be ACTIVATE_CARD",
            "ACTIVATE_CARD|||commands[3].card|is required",
            "SEND_OSD|0012345678||commands[3].text|is required",
            "ACTIVATE_CARD|bad card!||commands[3].card|card"})
    void badRequestsNameTheirField(String kind, String card, String text, String field, String message) {
        assertThatThrownBy(() -> new CasCommandRequest(kind, card, text).toCommand("commands[3]."))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.fieldErrors().get(0).field()).isEqualTo(field);
                    assertThat(e.fieldErrors().get(0).message()).contains(message);
                });
    }
}
