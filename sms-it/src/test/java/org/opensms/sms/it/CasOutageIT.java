package org.opensms.sms.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensms.sms.it.SmsServer.ADMIN;
import static org.opensms.sms.it.SmsServer.ADMIN_PASSWORD;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The CAS down for a while under load: commands committed while the CAS refuses connections wait in the broker;
 * when it is back every one arrives, in order per card, each applied once, and the journal shows them accepted.
 */
@ExtendWith(ArquillianExtension.class)
class CasOutageIT {

    private static final String EMULATOR = "http://127.0.0.1:" + System.getProperty("sms.it.casControlPort", "7411");
    private static final int CARDS = 200;
    private static final int CARDS_PER_BATCH = 50;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SmsServer.ear();
    }

    private static HttpResponse<String> emulator(String path, String json) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(EMULATOR + path));
        return SmsServer.send(json == null ? r.GET() : r.POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static long accepted() {
        return SmsServer.json(emulator("/stats", null)).getJsonNumber("accepted").longValue();
    }

    private static long pendingInJournal() {
        HttpResponse<String> r = SmsServer.get("/api/cas/commands?state=PENDING&limit=1", ADMIN, ADMIN_PASSWORD);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Long.parseLong(r.headers().firstValue("X-Total-Count").orElseThrow());
    }

    @AfterEach
    void casBack() {
        emulator("/faults", "{\"clear\":true}");
    }

    @Test
    void commandsIssuedWhileTheCasIsDownAllArriveOnceAndInOrderWhenItIsBack() throws Exception {
        List<String> cards = new ArrayList<>();
        String prefix = "73" + SmsServer.uniqueMobile().substring(0, 5);
        for (int i = 0; i < CARDS; i++) {
            cards.add(prefix + String.format("%03d", i));
        }
        long acceptedBefore = accepted();
        // the CAS goes away: new connections are refused and the open ones are dropped
        assertThat(emulator("/faults", "{\"refuseConnections\":true}").statusCode()).isEqualTo(200);
        assertThat(emulator("/faults", "{\"dropConnections\":true}").statusCode()).isEqualTo(200);

        // under load: 4 clients commit 600 commands (activate, message, deactivate per card) in batches
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<HttpResponse<String>>> batches = new ArrayList<>();
        for (int from = 0; from < CARDS; from += CARDS_PER_BATCH) {
            List<String> part = cards.subList(from, from + CARDS_PER_BATCH);
            batches.add(clients.submit(() -> SmsServer.postJson("/api/cas/commands/batch", batch(part), ADMIN, ADMIN_PASSWORD)));
        }
        for (Future<HttpResponse<String>> b : batches) {
            HttpResponse<String> r = b.get();
            assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        }
        clients.shutdown();

        Thread.sleep(4000);
        assertThat(accepted()).as("nothing reaches a CAS that is down").isEqualTo(acceptedBefore);
        assertThat(emulator("/cards/" + cards.get(0), null).statusCode()).isEqualTo(404);
        assertThat(pendingInJournal()).isGreaterThanOrEqualTo(3L * CARDS);

        // the CAS is back
        emulator("/faults", "{\"clear\":true}");
        Instant end = Instant.now().plusSeconds(120);
        while (accepted() < acceptedBefore + 3L * CARDS && Instant.now().isBefore(end)) {
            Thread.sleep(500);
        }
        assertThat(accepted() - acceptedBefore).as("every command applied, none twice").isEqualTo(3L * CARDS);
        for (String card : cards) {
            JsonObject c = SmsServer.json(emulator("/cards/" + card, null));
            assertThat(c.getBoolean("active")).as(card + " deactivated last: order kept").isFalse();
            assertThat(c.getJsonArray("messages")).as(card + " got its message once").hasSize(1);
        }
        while (pendingInJournal() > 0 && Instant.now().isBefore(end)) {
            Thread.sleep(500);
        }
        assertThat(pendingInJournal()).as("every outcome back in the journal").isZero();
        HttpResponse<String> acceptedLines = SmsServer.get("/api/cas/commands?state=ACCEPTED&card=" + cards.get(CARDS - 1),
                ADMIN, ADMIN_PASSWORD);
        assertThat(acceptedLines.headers().firstValue("X-Total-Count")).hasValue("3");
    }

    private static String batch(List<String> cards) {
        StringBuilder json = new StringBuilder("{\"commands\":[");
        for (String card : cards) {
            json.append("{\"kind\":\"ACTIVATE_CARD\",\"card\":\"").append(card).append("\"},")
                    .append("{\"kind\":\"SEND_OSD\",\"card\":\"").append(card).append("\",\"text\":\"Service resumes soon\"},")
                    .append("{\"kind\":\"DEACTIVATE_CARD\",\"card\":\"").append(card).append("\"},");
        }
        json.setLength(json.length() - 1);
        return json.append("]}").toString();
    }
}
