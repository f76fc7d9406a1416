package org.opensms.sms.cas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opensms.cas.api.CardNumber;
import org.opensms.cas.api.Colour;
import org.opensms.cas.api.Fingerprint;
import org.opensms.cas.api.FingerprintMode;
import org.opensms.cas.api.GroupId;
import org.opensms.cas.api.MessageCommand;
import org.opensms.cas.api.OsdPosition;
import org.opensms.cas.api.SendMail;
import org.opensms.cas.api.SendOsd;
import org.opensms.cas.api.ServiceId;
import org.opensms.cas.api.Target;
import org.opensms.sms.shared.InputCheck;
import org.opensms.sms.shared.InvalidInputException;

/** Message requests (OSD, mail, fingerprint) become the adapter's typed commands, or name every bad field. */
class CasMessageRequestTest {

    private static CasMessageRequest osd(String target, String text, String position, Integer seconds, Integer times, Boolean forced) {
        return new CasMessageRequest("SEND_OSD", target, null, text, position, seconds, times, forced, null, null, null,
                null, null, null, null, null, null, null, null);
    }

    private static CasMessageRequest mail(String target, String subject, String body) {
        return new CasMessageRequest("send_mail", target, null, null, null, null, null, null, subject, body, null, null,
                null, null, null, null, null, null, null);
    }

    private static CasMessageRequest fingerprint(String target, String mode, Integer x, Integer y, Integer font, String fg,
                                                 String bg, Integer seconds, Boolean stb, Boolean card, String message) {
        return new CasMessageRequest("FINGERPRINT", target, null, null, null, seconds, null, null, null, null, mode, x, y,
                font, fg, bg, stb, card, message);
    }

    private static MessageCommand command(CasMessageRequest r) {
        InputCheck check = new InputCheck();
        MessageCommand c = r.toCommand(check);
        check.throwIfInvalid();
        return c;
    }

    private static List<String> errors(CasMessageRequest r) {
        InputCheck check = new InputCheck();
        assertThat(r.toCommand(check)).isNull();
        try {
            check.throwIfInvalid();
        } catch (InvalidInputException e) {
            return e.fieldErrors().stream().map(f -> f.field() + ": " + f.message()).toList();
        }
        throw new AssertionError("no errors");
    }

    @Test
    void anOsdTakesEveryOptionOrItsDefaults() {
        String text = "Your subscription ends on 30 November. Renew with your cable operator to keep watching. "
                + "Thank you for choosing our network!";
        assertThat(text.length()).isGreaterThanOrEqualTo(120);
        assertThat(command(osd("card:0012345678", text, "scroll_bottom", 60, 3, true)))
                .isEqualTo(new SendOsd(Target.card(CardNumber.of("0012345678")), text, OsdPosition.SCROLL_BOTTOM, 60, 3, true));
        assertThat(command(osd("GROUP:LCO0001", "Hello", null, null, null, null)))
                .isEqualTo(new SendOsd(Target.group(GroupId.of("LCO0001")), "Hello", OsdPosition.BOTTOM, 30, 1, false));
        assertThat(command(CasMessageRequest.osd(" ALL ", "Hello"))).isEqualTo(
                new SendOsd(Target.all(), "Hello", OsdPosition.BOTTOM, 30, 1, false));
        assertThat(CasCommandService.reachesWholeNetwork(command(CasMessageRequest.osd(" ALL ", "x")))).isTrue();
        assertThat(CasCommandService.reachesWholeNetwork(command(CasMessageRequest.osd("group:G", "x")))).isFalse();
    }

    @Test
    void aMailKeepsItsLinesAndAFingerprintGoesByEcmToAServiceOrByEmmToCards() {
        assertThat(command(mail("card:0012345678", "Payment due", "Dear subscriber,\nyour bill is due.\nThanks")))
                .isEqualTo(new SendMail(Target.card(CardNumber.of("0012345678")), "Payment due",
                        "Dear subscriber,\nyour bill is due.\nThanks"));
        Fingerprint ecm = (Fingerprint) command(fingerprint("service:101", "covert", 80, 90, 12, "#80ffffff", "#00000000",
                5, false, true, "MSO"));
        assertThat(ecm).isEqualTo(new Fingerprint(Target.service(ServiceId.of(101)), FingerprintMode.COVERT, 80, 90, 12,
                Colour.of("#80FFFFFF"), Colour.TRANSPARENT, 5, false, true, "MSO"));
        assertThat(ecm.ecmBased()).isTrue();
        Fingerprint emm = (Fingerprint) command(fingerprint("card:0012345678", null, null, null, null, null, null, null,
                null, null, ""));
        assertThat(emm).isEqualTo(new Fingerprint(Target.card(CardNumber.of("0012345678")), FingerprintMode.OVERT, 5, 5, 24,
                Colour.WHITE, Colour.BLACK, 10, true, true, null));
        assertThat(emm.ecmBased()).isFalse();
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        assertThat(errors(osd("card:bad card!", "x".repeat(SendOsd.MAX_TEXT + 1), "MIDDLE", 0, 1001, null))).containsExactly(
                "target: card number must be 1-32 characters of A-Z a-z 0-9 . _ : -, got 'bad card!'",
                "text: must have 1-512 characters, got 513",
                "position: must be one of TOP, BOTTOM, CENTER, TOP_LEFT, TOP_RIGHT, BOTTOM_LEFT, BOTTOM_RIGHT, SCROLL_TOP, SCROLL_BOTTOM, got 'MIDDLE'",
                "durationSeconds: must be 1-86400, got 0",
                "repetitions: must be 1-1000, got 1001");
        assertThat(errors(fingerprint("everyone", "LOUD", -1, 101, 7, "white", "#12", 3601, null, null, "m".repeat(65))))
                .containsExactly(
                        "target: must be card:NUMBER, group:GROUP, all or service:ID (fingerprints only), got 'everyone'",
                        "mode: must be one of OVERT, COVERT, got 'LOUD'",
                        "x: must be 0-100, got -1",
                        "y: must be 0-100, got 101",
                        "fontSize: must be 8-72, got 7",
                        "foreground: must be #RRGGBB or #AARRGGBB, got 'white'",
                        "background: must be #RRGGBB or #AARRGGBB, got '#12'",
                        "durationSeconds: must be 1-3600, got 3601",
                        "message: must have 0-64 characters, got 65");
        assertThat(errors(osd("all", "Recharge today", "SCROLL_TOP", null, null, null))).containsExactly(
                "position: a scrolling message may only run in the lower part of the screen (TRAI): use SCROLL_BOTTOM");
        assertThat(CasMessageRequest.POSITIONS).doesNotContain(OsdPosition.SCROLL_TOP).contains(OsdPosition.SCROLL_BOTTOM);
        assertThat(errors(mail("all", " ", "line\u0007"))).containsExactly(
                "subject: is required", "body: contains control character U+0007");
    }

    @Test
    void optionsOfAnotherKindTargetsAndKindsAreRefused() {
        assertThat(errors(new CasMessageRequest("SEND_MAIL", "all", null, "text", null, 30, null, null, "s", "b", null,
                null, null, null, null, null, null, null, null))).containsExactly(
                "text: does not apply to SEND_MAIL (it takes subject, body)",
                "durationSeconds: does not apply to SEND_MAIL (it takes subject, body)");
        assertThat(errors(CasMessageRequest.osd("service:101", "x"))).containsExactly(
                "target: service:ID is for fingerprints only; SEND_OSD goes to a card, a group or all");
        assertThat(errors(CasMessageRequest.osd(null, "x"))).containsExactly(
                "target: is required: card:NUMBER, group:GROUP, all or service:ID (fingerprints only)");
        assertThat(errors(new CasMessageRequest("ACTIVATE_CARD", "all", null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null))).containsExactly(
                "kind: must be SEND_OSD, SEND_MAIL or FINGERPRINT, got 'ACTIVATE_CARD'");
        assertThatThrownBy(() -> command(new CasMessageRequest(null, "all", null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null))).isInstanceOf(InvalidInputException.class);
    }
}
