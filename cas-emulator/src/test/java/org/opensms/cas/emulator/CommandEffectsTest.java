package org.opensms.cas.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensms.cas.emulator.CardStore.CardView;
import org.opensms.cas.protocol.ActivateCard;
import org.opensms.cas.protocol.AddEntitlement;
import org.opensms.cas.protocol.AssignGroup;
import org.opensms.cas.protocol.BlacklistCard;
import org.opensms.cas.protocol.CancelAllEntitlements;
import org.opensms.cas.protocol.CancelEntitlement;
import org.opensms.cas.protocol.CardState;
import org.opensms.cas.protocol.CasAck;
import org.opensms.cas.protocol.DeactivateCard;
import org.opensms.cas.protocol.Entitlement;
import org.opensms.cas.protocol.Fingerprint;
import org.opensms.cas.protocol.OsdPosition;
import org.opensms.cas.protocol.PairStb;
import org.opensms.cas.protocol.QueryCard;
import org.opensms.cas.protocol.SendMail;
import org.opensms.cas.protocol.SendOsd;
import org.opensms.cas.protocol.Target;
import org.opensms.cas.protocol.UnblacklistCard;
import org.opensms.cas.protocol.UnpairStb;

class CommandEffectsTest extends EmulatorTestSupport {

    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant T1 = Instant.parse("2025-12-31T23:59:59Z");

    @BeforeEach
    void provision() {
        emulator.provision("1001", "1002");
    }

    private CardView card(String n) {
        return emulator.card(n).orElseThrow();
    }

    private void accepted(Object ackObj) {
        CasAck ack = (CasAck) ackObj;
        assertThat(ack.accepted()).as(ack.reason()).isTrue();
        assertThat(ack.code()).isZero();
        assertThat(ack.duplicate()).isFalse();
    }

    @Test
    void provisionedCardStartsInactive() {
        assertThat(card("1001").active()).isFalse();
        assertThat(card("1001").blacklisted()).isFalse();
        assertThat(emulator.card("9999")).isEmpty();
    }

    @Test
    void activateAndDeactivate() throws Exception {
        accepted(ack(new ActivateCard("1001")));
        assertThat(card("1001").active()).isTrue();
        accepted(ack(new ActivateCard("1001")));
        assertThat(card("1001").active()).isTrue();
        accepted(ack(new DeactivateCard("1001")));
        assertThat(card("1001").active()).isFalse();
    }

    @Test
    void pairAndUnpair() throws Exception {
        accepted(ack(new PairStb("1001", "STB-A")));
        assertThat(card("1001").stbSerial()).isEqualTo("STB-A");
        accepted(ack(new PairStb("1001", "STB-A")));
        accepted(ack(new UnpairStb("1001", "STB-A")));
        assertThat(card("1001").stbSerial()).isNull();
        accepted(ack(new PairStb("1002", "STB-A")));
        assertThat(card("1002").stbSerial()).isEqualTo("STB-A");
    }

    @Test
    void entitlementsAddReplaceCancel() throws Exception {
        accepted(ack(new AddEntitlement("1001", "SPORTS", T0, T1)));
        accepted(ack(new AddEntitlement("1001", "MOVIES", T0, T1)));
        Instant later = T1.plusSeconds(86_400);
        accepted(ack(new AddEntitlement("1001", "SPORTS", T0, later)));
        assertThat(card("1001").entitlements()).containsExactly(new Entitlement("SPORTS", T0, later),
                new Entitlement("MOVIES", T0, T1));
        accepted(ack(new CancelEntitlement("1001", "SPORTS")));
        assertThat(card("1001").entitlements()).containsExactly(new Entitlement("MOVIES", T0, T1));
        accepted(ack(new AddEntitlement("1001", "NEWS", T0, T1)));
        accepted(ack(new CancelAllEntitlements("1001")));
        assertThat(card("1001").entitlements()).isEmpty();
    }

    @Test
    void blacklistAndUnblacklist() throws Exception {
        accepted(ack(new BlacklistCard("1001")));
        assertThat(card("1001").blacklisted()).isTrue();
        accepted(ack(new UnblacklistCard("1001")));
        assertThat(card("1001").blacklisted()).isFalse();
        accepted(ack(new UnblacklistCard("1001")));
    }

    @Test
    void assignGroup() throws Exception {
        accepted(ack(new AssignGroup("1001", "NORTH")));
        assertThat(card("1001").groupId()).isEqualTo("NORTH");
        accepted(ack(new AssignGroup("1001", "SOUTH")));
        assertThat(card("1001").groupId()).isEqualTo("SOUTH");
    }

    @Test
    void messagesAreKeptPerCardAndGlobally() throws Exception {
        String text = "Dear subscriber, ".repeat(7) + "pay now.";
        accepted(ack(new SendOsd(Target.card("1001"), text, OsdPosition.BOTTOM, 20, 3, true)));
        accepted(ack(new SendMail(Target.card("1001"), "Hello", "Mail body\nline 2")));
        accepted(ack(new Fingerprint(Target.card("1001"), Fingerprint.Mode.COVERT, 5, 95, 10, "#FFFFFF",
                "#00000000", 3, true, true, null)));
        accepted(ack(new SendOsd(Target.group("NORTH"), "group text", OsdPosition.TOP, 5, 1, false)));
        accepted(ack(new SendMail(Target.all(), "All", "For everyone")));
        accepted(ack(new Fingerprint(Target.service(1201), Fingerprint.Mode.OVERT, 50, 50, 20, "#FF0000",
                "#000000", 10, true, false, "ECM")));

        List<CardStore.StoredMessage> mine = card("1001").messages();
        assertThat(mine).extracting(m -> m.command().type().name())
                .containsExactly("SEND_OSD", "SEND_MAIL", "FINGERPRINT");
        assertThat(((SendOsd) mine.get(0).command()).text()).isEqualTo(text);
        assertThat(card("1002").messages()).isEmpty();
        List<CardStore.StoredMessage> global = emulator.cards().globalMessages();
        assertThat(global).extracting(m -> m.command().type().name())
                .containsExactly("SEND_OSD", "SEND_MAIL", "FINGERPRINT");
        assertThat(((Fingerprint) global.get(2).command()).ecmBased()).isTrue();
    }

    @Test
    void perCardMessagesAreBounded() throws Exception {
        for (int i = 0; i < 25; i++) {
            accepted(ack(new SendOsd(Target.card("1001"), "msg " + i, OsdPosition.TOP, 5, 1, false)));
        }
        List<CardStore.StoredMessage> mine = card("1001").messages();
        assertThat(mine).hasSize(20);
        assertThat(((SendOsd) mine.get(0).command()).text()).isEqualTo("msg 5");
        assertThat(((SendOsd) mine.get(19).command()).text()).isEqualTo("msg 24");
    }

    @Test
    void queryReturnsFullState() throws Exception {
        ack(new ActivateCard("1001"));
        ack(new PairStb("1001", "STB-Q"));
        ack(new AssignGroup("1001", "G7"));
        ack(new AddEntitlement("1001", "P1", T0, T1));
        ack(new BlacklistCard("1001"));
        CasAck q = ack(new QueryCard("1001"));
        accepted(q);
        assertThat(q.card()).isEqualTo(new CardState("1001", true, true, true, "STB-Q", "G7",
                List.of(new Entitlement("P1", T0, T1))));

        CasAck unknown = ack(new QueryCard("4242"));
        accepted(unknown);
        assertThat(unknown.card()).isEqualTo(CardState.unknown("4242"));
        assertThat(emulator.card("4242")).isEmpty();
    }

    @Test
    void statsCountAcceptedAndRejected() throws Exception {
        ack(new ActivateCard("1001"));
        ack(new ActivateCard("7777"));
        assertThat(emulator.stats().commandsReceived()).isEqualTo(2);
        assertThat(emulator.stats().accepted()).isEqualTo(1);
        assertThat(emulator.stats().rejected()).isEqualTo(1);
        assertThat(emulator.stats().connectionsAccepted()).isEqualTo(1);
        assertThat(emulator.stats().connectionsActive()).isEqualTo(1);
    }
}
