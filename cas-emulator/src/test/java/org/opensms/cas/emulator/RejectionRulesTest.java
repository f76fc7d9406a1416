package org.opensms.cas.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensms.cas.protocol.ActivateCard;
import org.opensms.cas.protocol.AddEntitlement;
import org.opensms.cas.protocol.AssignGroup;
import org.opensms.cas.protocol.BlacklistCard;
import org.opensms.cas.protocol.CancelEntitlement;
import org.opensms.cas.protocol.CasAck;
import org.opensms.cas.protocol.CasCommand;
import org.opensms.cas.protocol.CasErrorCode;
import org.opensms.cas.protocol.Message;
import org.opensms.cas.protocol.OsdPosition;
import org.opensms.cas.protocol.PairStb;
import org.opensms.cas.protocol.QueryCard;
import org.opensms.cas.protocol.SendOsd;
import org.opensms.cas.protocol.Target;
import org.opensms.cas.protocol.UnblacklistCard;
import org.opensms.cas.protocol.UnpairStb;

class RejectionRulesTest extends EmulatorTestSupport {

    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

    @BeforeEach
    void provision() {
        emulator.provision("1001", "1002");
    }

    private CasAck rejected(CasCommand c, CasErrorCode code, String reasonPart) throws Exception {
        CasAck ack = ack(c);
        assertThat(ack.result()).isEqualTo(CasAck.Result.REJECTED);
        assertThat(ack.errorCode()).isEqualTo(code);
        assertThat(ack.reason()).contains(reasonPart);
        assertThat(ack.commandId()).isEqualTo(c.commandId());
        return ack;
    }

    @Test
    void unknownCard() throws Exception {
        rejected(new ActivateCard("5555"), CasErrorCode.UNKNOWN_CARD, "card 5555 is not known");
        rejected(new SendOsd(Target.card("5555"), "x", OsdPosition.TOP, 1, 1, false), CasErrorCode.UNKNOWN_CARD,
                "5555");
        assertThat(emulator.card("5555")).isEmpty();
    }

    @Test
    void blacklistedCardRejectsAllButUnblacklistAndQuery() throws Exception {
        ack(new ActivateCard("1001"));
        ack(new AddEntitlement("1001", "P", T0, T0.plusSeconds(60)));
        assertThat(ack(new BlacklistCard("1001")).accepted()).isTrue();
        for (CasCommand c : new CasCommand[] {new ActivateCard("1001"), new PairStb("1001", "S"),
                new AddEntitlement("1001", "Q", T0, T0.plusSeconds(1)), new CancelEntitlement("1001", "P"),
                new AssignGroup("1001", "G"), new BlacklistCard("1001"),
                new SendOsd(Target.card("1001"), "hi", OsdPosition.TOP, 1, 1, false)}) {
            rejected(c, CasErrorCode.CARD_BLACKLISTED, "card 1001 is blacklisted");
        }
        assertThat(emulator.card("1001").orElseThrow().entitlements()).hasSize(1);
        assertThat(ack(new QueryCard("1001")).card().blacklisted()).isTrue();
        assertThat(ack(new UnblacklistCard("1001")).accepted()).isTrue();
        assertThat(ack(new AssignGroup("1001", "G")).accepted()).isTrue();
    }

    @Test
    void pairingConflicts() throws Exception {
        assertThat(ack(new PairStb("1001", "STB-1")).accepted()).isTrue();
        rejected(new PairStb("1001", "STB-2"), CasErrorCode.CARD_ALREADY_PAIRED, "already paired to STB STB-1");
        rejected(new PairStb("1002", "STB-1"), CasErrorCode.STB_ALREADY_PAIRED, "STB STB-1 is already paired to card 1001");
        rejected(new UnpairStb("1001", "STB-9"), CasErrorCode.STB_MISMATCH, "paired to STB STB-1, not to STB-9");
        assertThat(emulator.card("1001").orElseThrow().stbSerial()).isEqualTo("STB-1");
        assertThat(emulator.card("1002").orElseThrow().stbSerial()).isNull();
    }

    @Test
    void cancelMissingEntitlement() throws Exception {
        rejected(new CancelEntitlement("1001", "NOPE"), CasErrorCode.NO_SUCH_ENTITLEMENT,
                "has no entitlement to product NOPE");
    }

    @Test
    void malformedCommandsAreRejectedWithTheBadField() throws Exception {
        RawSession s = raw();
        Map<String, String> f = new LinkedHashMap<>();
        f.put("commandId", "bad-period");
        f.put("card", "1001");
        f.put("product", "P");
        f.put("start", "2025-02-01T00:00:00Z");
        f.put("end", "2025-01-01T00:00:00Z");
        s.send("ADD_ENTITLEMENT", f);
        CasAck period = CasAck.fromMessage(s.readSkippingHeartbeats());
        assertThat(period.ref()).isEqualTo(s.seq);
        assertThat(period.commandId()).isEqualTo("bad-period");
        assertThat(period.errorCode()).isEqualTo(CasErrorCode.INVALID_PERIOD);
        assertThat(period.reason()).contains("field 'end'").contains("is not after start");

        s.send("ACTIVATE_CARD", Map.of("commandId", "no-card"));
        CasAck missing = CasAck.fromMessage(s.readSkippingHeartbeats());
        assertThat(missing.errorCode()).isEqualTo(CasErrorCode.MALFORMED);
        assertThat(missing.reason()).contains("field 'card': is missing");

        s.send("PAIR_STB", Map.of("commandId", "bad-card", "card", "10 01", "stb", "S"));
        CasAck badCard = CasAck.fromMessage(s.readSkippingHeartbeats());
        assertThat(badCard.errorCode()).isEqualTo(CasErrorCode.MALFORMED);
        assertThat(badCard.reason()).contains("field 'card'");

        s.send("ACTIVATE_CARD", Map.of("card", "1001"));
        CasAck noId = CasAck.fromMessage(s.readSkippingHeartbeats());
        assertThat(noId.commandId()).isEmpty();
        assertThat(noId.reason()).contains("field 'commandId': is missing");

        s.send("SEND_OSD", Map.of("commandId", "osd", "target", "all", "text", "x".repeat(600),
                "position", "TOP", "duration", "5", "repetitions", "1", "forced", "false"));
        CasAck osd = CasAck.fromMessage(s.readSkippingHeartbeats());
        assertThat(osd.reason()).contains("field 'text': must be 1 to 512 characters, got 600");

        s.send("SELF_DESTRUCT", Map.of("commandId", "boom"));
        CasAck unknown = CasAck.fromMessage(s.readSkippingHeartbeats());
        assertThat(unknown.errorCode()).isEqualTo(CasErrorCode.UNSUPPORTED_COMMAND);
        assertThat(unknown.commandId()).isEqualTo("boom");
        assertThat(unknown.reason()).contains("SELF_DESTRUCT");

        assertThat(emulator.card("1001").orElseThrow().entitlements()).isEmpty();
        assertThat(emulator.stats().rejected()).isEqualTo(6);
        s.send(new Message("ACTIVATE_CARD", s.seq + 1, Map.of("commandId", "ok", "card", "1001")));
        assertThat(CasAck.fromMessage(s.readSkippingHeartbeats()).accepted()).isTrue();
    }

    @Test
    void acceptAnyCardCreatesCardsOnFirstUse() throws Exception {
        emulator.close();
        emulator = CasEmulator.start(config().acceptAnyCard(true));
        assertThat(ack(new QueryCard("8888")).card().known()).isFalse();
        assertThat(ack(new ActivateCard("8888")).accepted()).isTrue();
        assertThat(emulator.card("8888").orElseThrow().active()).isTrue();
        assertThat(ack(new QueryCard("8888")).card().known()).isTrue();
    }
}
