package org.opensms.cas.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensms.cas.protocol.ActivateCard;
import org.opensms.cas.protocol.CasAck;
import org.opensms.cas.protocol.CasClient;
import org.opensms.cas.protocol.CasConnectionException;
import org.opensms.cas.protocol.CasErrorCode;
import org.opensms.cas.protocol.DeactivateCard;

class FaultsTest extends EmulatorTestSupport {

    @BeforeEach
    void provision() {
        emulator.provision("1001");
    }

    private static Throwable failureOf(CompletableFuture<?> f) {
        try {
            f.get(10, TimeUnit.SECONDS);
            throw new AssertionError("future completed normally");
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(10);
        }
    }

    @Test
    void refuseConnections() throws Exception {
        emulator.faults().refuseConnections(true);
        assertThatThrownBy(this::client).isInstanceOf(CasConnectionException.class)
                .hasMessageContaining("during login");
        assertThat(emulator.stats().connectionsRefused()).isEqualTo(1);
        emulator.faults().clear();
        assertThat(client().isOpen()).isTrue();
    }

    @Test
    void dropAllConnectionsFailsInFlightCommands() throws Exception {
        emulator.faults().delayAcks(5000);
        CasClient c1 = client();
        CasClient c2 = client();
        CompletableFuture<CasAck> f1 = c1.send(new ActivateCard("1001"));
        CompletableFuture<CasAck> f2 = c2.send(new ActivateCard("1001"));
        waitUntil(() -> emulator.stats().commandsReceived() == 2);
        assertThat(emulator.dropAllConnections()).isEqualTo(2);
        assertThat(failureOf(f1)).isInstanceOf(CasConnectionException.class).hasMessageContaining("retry");
        assertThat(failureOf(f2)).isInstanceOf(CasConnectionException.class);
        waitUntil(() -> !c1.isOpen() && !c2.isOpen());
        assertThat(failureOf(c1.send(new ActivateCard("1001")))).isInstanceOf(CasConnectionException.class);
        waitUntil(() -> emulator.stats().connectionsActive() == 0);
    }

    @Test
    void dropAfterFramesLosesTheAckAndRetryIsADuplicate() throws Exception {
        CasClient c = client();
        emulator.faults().dropAfterFrames(3);
        ActivateCard first = new ActivateCard("1001");
        DeactivateCard second = new DeactivateCard("1001");
        ActivateCard third = new ActivateCard("1001");
        assertThat(c.send(first).get(5, TimeUnit.SECONDS).accepted()).isTrue();
        assertThat(c.send(second).get(5, TimeUnit.SECONDS).accepted()).isTrue();
        CompletableFuture<CasAck> lost = c.send(third);
        assertThat(failureOf(lost)).isInstanceOf(CasConnectionException.class);
        assertThat(emulator.card("1001").orElseThrow().active()).isTrue();

        CasClient retry = client();
        CasAck again = retry.send(third).get(5, TimeUnit.SECONDS);
        assertThat(again.accepted()).isTrue();
        assertThat(again.duplicate()).isTrue();
        assertThat(retry.send(new DeactivateCard("1001")).get(5, TimeUnit.SECONDS).accepted()).isTrue();
        assertThat(retry.isOpen()).isTrue();
    }

    @Test
    void delayAcks() throws Exception {
        CasClient c = client();
        emulator.faults().delayAcks(300);
        long start = System.nanoTime();
        List<CompletableFuture<CasAck>> fs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            fs.add(c.send(new ActivateCard("1001")));
        }
        for (CompletableFuture<CasAck> f : fs) {
            assertThat(f.get(5, TimeUnit.SECONDS).accepted()).isTrue();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(290));
        emulator.faults().clear();
        long s2 = System.nanoTime();
        c.send(new ActivateCard("1001")).get(5, TimeUnit.SECONDS);
        assertThat(Duration.ofNanos(System.nanoTime() - s2)).isLessThan(Duration.ofMillis(290));
    }

    @Test
    void rejectNextCommandsWithoutRecordingThem() throws Exception {
        CasClient c = client();
        emulator.faults().rejectNext(2, CasErrorCode.CAS_BUSY.code(), "maintenance window");
        ActivateCard act = new ActivateCard("1001");
        CasAck r1 = c.send(act).get(5, TimeUnit.SECONDS);
        CasAck r2 = c.send(new ActivateCard("1001")).get(5, TimeUnit.SECONDS);
        assertThat(List.of(r1, r2)).allSatisfy(a -> {
            assertThat(a.result()).isEqualTo(CasAck.Result.REJECTED);
            assertThat(a.code()).isEqualTo(503);
            assertThat(a.reason()).isEqualTo("maintenance window");
        });
        assertThat(emulator.card("1001").orElseThrow().active()).isFalse();
        CasAck retried = c.send(act).get(5, TimeUnit.SECONDS);
        assertThat(retried.accepted()).isTrue();
        assertThat(retried.duplicate()).isFalse();
        assertThat(emulator.stats().faultRejections()).isEqualTo(2);
    }

    @Test
    void rejectPercentage() throws Exception {
        CasClient c = client();
        emulator.faults().rejectPercent(100, 599, "always");
        assertThat(c.send(new ActivateCard("1001")).get(5, TimeUnit.SECONDS).code()).isEqualTo(599);
        emulator.faults().rejectPercent(50, 599, "half");
        List<CompletableFuture<CasAck>> fs = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            fs.add(c.send(new ActivateCard("1001")));
        }
        long rejected = fs.stream().map(CompletableFuture::join).filter(a -> !a.accepted()).count();
        assertThat(rejected).isBetween(700L, 1300L);
        emulator.faults().clear();
        assertThat(c.send(new ActivateCard("1001")).get(5, TimeUnit.SECONDS).accepted()).isTrue();
    }

    @Test
    void ignoredHeartbeatsMakeTheClientGiveUp() throws Exception {
        emulator.faults().ignoreHeartbeats(true);
        CasClient c = client(clientConfig().withHeartbeat(Duration.ofMillis(100), Duration.ofMillis(500)));
        waitUntil(() -> !c.isOpen());
        assertThat(failureOf(c.send(new ActivateCard("1001")))).isInstanceOf(CasConnectionException.class)
                .hasMessageContaining("silent for more than 500 ms");
        assertThat(emulator.stats().heartbeatsReceived()).isGreaterThanOrEqualTo(3);
        emulator.faults().ignoreHeartbeats(false);
        CasClient again = client(clientConfig().withHeartbeat(Duration.ofMillis(100), Duration.ofMillis(500)));
        Thread.sleep(1000);
        assertThat(again.isOpen()).isTrue();
    }
}
