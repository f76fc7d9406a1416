package org.opensms.cas.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensms.cas.protocol.ActivateCard;
import org.opensms.cas.protocol.AddEntitlement;
import org.opensms.cas.protocol.AssignGroup;
import org.opensms.cas.protocol.BlacklistCard;
import org.opensms.cas.protocol.CasAck;
import org.opensms.cas.protocol.CasClient;
import org.opensms.cas.protocol.Entitlement;
import org.opensms.cas.protocol.PairStb;

class StateFileTest {

    @TempDir
    Path dir;

    private static EmulatorConfig config(Path file) {
        return EmulatorConfig.forTests().password("pw").stateFile(file);
    }

    @Test
    void stateSurvivesRestart() throws Exception {
        Path file = dir.resolve("cas-state.txt");
        Instant t0 = Instant.parse("2025-01-01T00:00:00Z");
        ActivateCard activate = new ActivateCard("act-1", "1001");
        try (CasEmulator e = CasEmulator.start(config(file))) {
            e.provision("1001", "1002");
            try (CasClient c = CasClient.connect("127.0.0.1", e.port(), "sms", "pw")) {
                for (CasAck a : List.of(c.send(activate).get(5, TimeUnit.SECONDS),
                        c.send(new PairStb("1001", "STB-1")).get(5, TimeUnit.SECONDS),
                        c.send(new AssignGroup("1001", "G:1")).get(5, TimeUnit.SECONDS),
                        c.send(new AddEntitlement("1001", "P1", t0, t0.plusSeconds(60))).get(5, TimeUnit.SECONDS),
                        c.send(new BlacklistCard("1002")).get(5, TimeUnit.SECONDS))) {
                    assertThat(a.accepted()).as(a.reason()).isTrue();
                }
                assertThat(c.send(new ActivateCard("rej-1", "3003")).get(5, TimeUnit.SECONDS).accepted()).isFalse();
            }
        }
        assertThat(Files.readAllLines(file).get(0)).isEqualTo("cas-emulator-state 1");

        try (CasEmulator e = CasEmulator.start(config(file))) {
            CardStore.CardView c = e.card("1001").orElseThrow();
            assertThat(c.active()).isTrue();
            assertThat(c.stbSerial()).isEqualTo("STB-1");
            assertThat(c.groupId()).isEqualTo("G:1");
            assertThat(c.entitlements()).containsExactly(new Entitlement("P1", t0, t0.plusSeconds(60)));
            assertThat(e.card("1002").orElseThrow().blacklisted()).isTrue();
            try (CasClient client = CasClient.connect("127.0.0.1", e.port(), "sms", "pw")) {
                CasAck dup = client.send(activate).get(5, TimeUnit.SECONDS);
                assertThat(dup.duplicate()).isTrue();
                CasAck rej = client.send(new ActivateCard("rej-1", "3003")).get(5, TimeUnit.SECONDS);
                assertThat(rej.duplicate()).isTrue();
                assertThat(rej.reason()).contains("3003 is not known");
                assertThat(client.send(new PairStb("1002x", "STB-1")).get(5, TimeUnit.SECONDS).accepted()).isFalse();
            }
        }
    }

    @Test
    void savedPeriodically() throws Exception {
        Path file = dir.resolve("periodic.txt");
        try (CasEmulator e = CasEmulator.start(config(file).saveInterval(Duration.ofMillis(100)))) {
            e.provision("4242");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (!(Files.exists(file) && Files.readString(file).contains("4242"))) {
                assertThat(System.nanoTime()).isLessThan(deadline);
                Thread.sleep(20);
            }
        }
    }

    @Test
    void rejectsForeignFiles() throws Exception {
        Path file = dir.resolve("foreign.txt");
        Files.writeString(file, "hello\n");
        assertThatThrownBy(() -> CasEmulator.start(config(file))).hasMessageContaining("not a CAS emulator state file");
        Files.writeString(file, "cas-emulator-state 1\nX\tfoo\n");
        assertThatThrownBy(() -> CasEmulator.start(config(file))).hasMessageContaining("line 2")
                .hasMessageContaining("unknown record type 'X'");
    }
}
