package org.opensms.cas.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.opensms.cas.protocol.ActivateCard;
import org.opensms.cas.protocol.AddEntitlement;
import org.opensms.cas.protocol.CasAck;
import org.opensms.cas.protocol.CasClient;
import org.opensms.cas.protocol.CasCommand;

/** Pipelined bursts: every command must be acknowledged; the rate is printed, not asserted. */
class BurstTest extends EmulatorTestSupport {

    private static final int COMMANDS = 50_000;
    private static final int CARDS = 1000;

    private static CasCommand command(int i) {
        String card = Integer.toString(100_000 + i % CARDS);
        if (i % 2 == 0) {
            return new ActivateCard(card);
        }
        java.time.Instant start = java.time.Instant.parse("2025-01-01T00:00:00Z");
        return new AddEntitlement(card, "P" + (i % 50), start, start.plusSeconds(86_400L * 30));
    }

    private void provision() {
        List<String> cards = new ArrayList<>();
        for (int i = 0; i < CARDS; i++) {
            cards.add(Integer.toString(100_000 + i));
        }
        emulator.provision(cards);
    }

    private void warmUp(CasClient client) throws Exception {
        List<CompletableFuture<CasAck>> futures = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            futures.add(client.send(command(i)));
        }
        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        emulator.stats().reset();
    }

    @Test
    void burstOverOneConnection() throws Exception {
        provision();
        CasClient client = client();
        warmUp(client);
        AtomicInteger accepted = new AtomicInteger();
        List<CompletableFuture<CasAck>> futures = new ArrayList<>(COMMANDS);
        long start = System.nanoTime();
        for (int i = 0; i < COMMANDS; i++) {
            futures.add(client.send(command(i)).whenComplete((a, e) -> {
                if (a != null && a.accepted()) {
                    accepted.incrementAndGet();
                }
            }));
        }
        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("burst, 1 connection: %d commands in %.3f s = %.0f commands/s%n", COMMANDS, seconds,
                COMMANDS / seconds);
        assertThat(accepted.get()).isEqualTo(COMMANDS);
        assertThat(emulator.stats().accepted()).isEqualTo(COMMANDS);
        assertThat(emulator.stats().duplicates()).isZero();
    }

    @Test
    void burstOverFourConnections() throws Exception {
        provision();
        int connections = 4;
        List<CasClient> clients = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            clients.add(client());
        }
        warmUp(clients.get(0));
        List<CompletableFuture<CasAck>> futures = new ArrayList<>(COMMANDS);
        List<Thread> senders = new ArrayList<>();
        List<List<CompletableFuture<CasAck>>> perThread = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < connections; c++) {
            CasClient client = clients.get(c);
            int first = c;
            List<CompletableFuture<CasAck>> mine = new ArrayList<>();
            perThread.add(mine);
            Thread t = new Thread(() -> {
                for (int i = first; i < COMMANDS; i += connections) {
                    mine.add(client.send(command(i)));
                }
            });
            senders.add(t);
            t.start();
        }
        for (Thread t : senders) {
            t.join();
        }
        perThread.forEach(futures::addAll);
        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("burst, %d connections: %d commands in %.3f s = %.0f commands/s%n", connections, COMMANDS,
                seconds, COMMANDS / seconds);
        assertThat(futures).hasSize(COMMANDS);
        assertThat(futures).allSatisfy(f -> assertThat(f.join().accepted()).isTrue());
        assertThat(emulator.stats().accepted()).isEqualTo(COMMANDS);
        assertThat(emulator.stats().connectionsActive()).isEqualTo(connections);
    }
}
