package org.opensms.cas.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensms.cas.protocol.ActivateCard;
import org.opensms.cas.protocol.AddEntitlement;
import org.opensms.cas.protocol.CancelEntitlement;
import org.opensms.cas.protocol.CasAck;
import org.opensms.cas.protocol.CasClient;
import org.opensms.cas.protocol.CasErrorCode;
import org.opensms.cas.protocol.OsdPosition;
import org.opensms.cas.protocol.SendOsd;
import org.opensms.cas.protocol.Target;

class DuplicateCommandTest extends EmulatorTestSupport {

    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

    @BeforeEach
    void provision() {
        emulator.provision("1001");
    }

    @Test
    void repeatedCommandIdIsNotAppliedAgain() throws Exception {
        AddEntitlement add = new AddEntitlement("add-1", "1001", "SPORTS", T0, T0.plusSeconds(3600));
        CasAck first = ack(add);
        assertThat(first.accepted()).isTrue();
        assertThat(first.duplicate()).isFalse();
        assertThat(ack(new CancelEntitlement("1001", "SPORTS")).accepted()).isTrue();

        CasAck again = ack(add);
        assertThat(again.accepted()).isTrue();
        assertThat(again.duplicate()).isTrue();
        assertThat(again.commandId()).isEqualTo("add-1");
        assertThat(emulator.card("1001").orElseThrow().entitlements()).isEmpty();
        assertThat(emulator.stats().duplicates()).isEqualTo(1);
        assertThat(emulator.stats().accepted()).isEqualTo(2);
    }

    @Test
    void duplicateOnAnotherConnectionReturnsOriginalRejection() throws Exception {
        ActivateCard unknown = new ActivateCard("act-x", "7777");
        CasAck first = ack(unknown);
        assertThat(first.errorCode()).isEqualTo(CasErrorCode.UNKNOWN_CARD);
        emulator.provision("7777");
        CasClient other = client();
        CasAck again = other.send(unknown).get(5, TimeUnit.SECONDS);
        assertThat(again.duplicate()).isTrue();
        assertThat(again.result()).isEqualTo(CasAck.Result.REJECTED);
        assertThat(again.code()).isEqualTo(first.code());
        assertThat(again.reason()).isEqualTo(first.reason());
        assertThat(emulator.card("7777").orElseThrow().active()).isFalse();
    }

    @Test
    void duplicateMessageIsStoredOnce() throws Exception {
        SendOsd osd = new SendOsd("osd-1", Target.card("1001"), "hello", OsdPosition.CENTER, 5, 1, false);
        ack(osd);
        assertThat(ack(osd).duplicate()).isTrue();
        assertThat(emulator.card("1001").orElseThrow().messages()).hasSize(1);
    }

    @Test
    void oldestIdsAreForgottenBeyondCapacity() throws Exception {
        emulator.close();
        emulator = CasEmulator.start(config().commandIdCapacity(3));
        emulator.provision("1001");
        for (int i = 1; i <= 4; i++) {
            ack(new ActivateCard("id-" + i, "1001"));
        }
        assertThat(emulator.cards().commandIdsRemembered()).isEqualTo(3);
        assertThat(ack(new ActivateCard("id-4", "1001")).duplicate()).isTrue();
        assertThat(ack(new ActivateCard("id-1", "1001")).duplicate()).isFalse();
    }
}
