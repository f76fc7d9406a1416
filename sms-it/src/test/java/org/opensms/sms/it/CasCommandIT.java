package org.opensms.sms.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensms.sms.it.SmsServer.ADMIN;
import static org.opensms.sms.it.SmsServer.ADMIN_PASSWORD;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A CAS command issued over REST travels through the embedded CAS adapter and the Artemis broker to
 * the CAS emulator over its socket, and its outcome comes back into the journal.
 */
@ExtendWith(ArquillianExtension.class)
class CasCommandIT {

    private static final String EMULATOR = "http://127.0.0.1:" + System.getProperty("sms.it.casControlPort", "7411");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SmsServer.ear();
    }

    private static <T> T eventually(Supplier<T> probe, Duration limit, String what) throws InterruptedException {
        Instant end = Instant.now().plus(limit);
        while (Instant.now().isBefore(end)) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not within " + limit + ": " + what);
    }

    private static JsonObject emulatorCard(String card) {
        HttpResponse<String> r = SmsServer.send(HttpRequest.newBuilder(URI.create(EMULATOR + "/cards/" + java.net.URLEncoder.encode(card, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))).GET());
        return r.statusCode() == 200 ? SmsServer.json(r) : null;
    }

    private static JsonObject journalLine(String card, String commandId) {
        HttpResponse<String> r = SmsServer.get("/api/cas/commands?card=" + card, ADMIN, ADMIN_PASSWORD);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(r.body()))) {
            JsonArray lines = reader.readArray();
            return lines.stream().map(v -> v.asJsonObject()).filter(l -> l.getString("commandId").equals(commandId))
                    .findFirst().orElse(null);
        }
    }

    @Test
    void anActivationReachesTheCasAndIsJournalledAsAccepted() throws Exception {
        String card = "77" + SmsServer.uniqueMobile();
        HttpResponse<String> issued = SmsServer.postJson("/api/cas/commands",
                "{\"kind\":\"ACTIVATE_CARD\",\"card\":\"" + card + "\"}", ADMIN, ADMIN_PASSWORD);
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(202);
        String commandId = SmsServer.json(issued).getString("commandId");

        JsonObject inCas = eventually(() -> {
            JsonObject c = emulatorCard(card);
            return c != null && c.getBoolean("active") ? c : null;
        }, Duration.ofSeconds(30), "card " + card + " active in the CAS emulator");
        assertThat(inCas.getString("number")).isEqualTo(card);

        JsonObject line = eventually(() -> {
            JsonObject l = journalLine(card, commandId);
            return l != null && !"PENDING".equals(l.getString("state")) ? l : null;
        }, Duration.ofSeconds(30), "outcome of " + commandId + " in the journal");
        assertThat(line.getString("state")).isEqualTo("ACCEPTED");
        assertThat(line.getString("kind")).isEqualTo("ACTIVATE_CARD");
        assertThat(line.getString("requestedBy")).isEqualTo(ADMIN);
        assertThat(line.getString("surface")).isEqualTo("REST");
    }

    @Test
    void badCommandsAreRefusedAndNothingIsSent() {
        HttpResponse<String> noKind = SmsServer.postJson("/api/cas/commands", "{\"card\":\"123\"}", ADMIN, ADMIN_PASSWORD);
        assertThat(noKind.statusCode()).isEqualTo(400);
        assertThat(noKind.body()).contains("\"field\":\"kind\"");
        HttpResponse<String> badCard = SmsServer.postJson("/api/cas/commands",
                "{\"kind\":\"ACTIVATE_CARD\",\"card\":\"not a card!\"}", ADMIN, ADMIN_PASSWORD);
        assertThat(badCard.statusCode()).isEqualTo(400);
        assertThat(badCard.body()).contains("\"field\":\"card\"");
        assertThat(emulatorCard("not a card!")).isNull();
    }

    @Test
    void aBatchWithOneBadCommandIsRolledBackAndTheCasHearsNothing() throws Exception {
        String rolledBack = "78" + SmsServer.uniqueMobile();
        HttpResponse<String> refused = SmsServer.postJson("/api/cas/commands/batch", "{\"commands\":["
                + "{\"kind\":\"ACTIVATE_CARD\",\"card\":\"" + rolledBack + "\"},"
                + "{\"kind\":\"ACTIVATE_CARD\",\"card\":\"bad card!\"}]}", ADMIN, ADMIN_PASSWORD);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"commands[1].card\"");

        // a batch issued afterwards goes through the same queue; once it has arrived, the first would have too
        String later = "79" + SmsServer.uniqueMobile();
        HttpResponse<String> accepted = SmsServer.postJson("/api/cas/commands/batch", "{\"commands\":["
                + "{\"kind\":\"ACTIVATE_CARD\",\"card\":\"" + later + "\"},"
                + "{\"kind\":\"SEND_OSD\",\"card\":\"" + later + "\",\"text\":\"" + "Welcome! ".repeat(14) + "\"}]}",
                ADMIN, ADMIN_PASSWORD);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        JsonObject laterCard = eventually(() -> {
            JsonObject c = emulatorCard(later);
            return c != null && c.getBoolean("active") && !c.getJsonArray("messages").isEmpty() ? c : null;
        }, Duration.ofSeconds(30), "card " + later + " active with its OSD in the CAS emulator");
        assertThat(laterCard.getJsonArray("messages").toString()).contains("Welcome!");

        assertThat(emulatorCard(rolledBack)).as("the CAS never heard of the rolled-back activation").isNull();
        HttpResponse<String> journal = SmsServer.get("/api/cas/commands?card=" + rolledBack, ADMIN, ADMIN_PASSWORD);
        assertThat(journal.body()).isEqualTo("[]");
    }

    private static HttpResponse<String> emulatorPost(String path, String json) {
        return SmsServer.send(HttpRequest.newBuilder(URI.create(EMULATOR + path))
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static JsonArray journal(String query) {
        HttpResponse<String> r = SmsServer.get("/api/cas/commands?" + query, ADMIN, ADMIN_PASSWORD);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(r.body()))) {
            return reader.readArray();
        }
    }

    @Test
    void aCommandTheCasRejectsIsJournalledWithTheCasReason() throws Exception {
        String card = "76" + SmsServer.uniqueMobile();
        HttpResponse<String> armed = emulatorPost("/faults",
                "{\"rejectNext\":1,\"rejectCode\":201,\"rejectReason\":\"card is blacklisted in the CAS\"}");
        assertThat(armed.statusCode()).as(armed.body()).isEqualTo(200);
        try {
            HttpResponse<String> issued = SmsServer.postJson("/api/cas/commands",
                    "{\"kind\":\"ACTIVATE_CARD\",\"card\":\"" + card + "\"}", ADMIN, ADMIN_PASSWORD);
            assertThat(issued.statusCode()).as(issued.body()).isEqualTo(202);
            String commandId = SmsServer.json(issued).getString("commandId");
            JsonObject line = eventually(() -> {
                JsonObject l = journalLine(card, commandId);
                return l != null && !"PENDING".equals(l.getString("state")) ? l : null;
            }, Duration.ofSeconds(30), "outcome of " + commandId + " in the journal");
            assertThat(line.getString("state")).isEqualTo("REJECTED");
            assertThat(line.getInt("code")).isEqualTo(201);
            assertThat(line.getString("reason")).contains("card is blacklisted in the CAS");
            assertThat(journal("state=REJECTED&card=" + card)).hasSize(1);
            assertThat(journal("state=ACCEPTED&card=" + card)).isEmpty();
            JsonObject inCas = emulatorCard(card);
            assertThat(inCas == null || !inCas.getBoolean("active")).as("a rejected activation changes nothing").isTrue();
        } finally {
            emulatorPost("/faults", "{\"clear\":true}");
        }
    }

    @Test
    void theJournalIsFilteredBySubscriberCommandAndDayAndBadFiltersAreNamed() throws Exception {
        HttpResponse<String> registered = SmsServer.postJson("/api/subscribers",
                SmsServer.registrationJson("Journal Filter", SmsServer.uniqueMobile()), ADMIN, ADMIN_PASSWORD);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        String customerId = SmsServer.json(registered).getString("customerId");
        String card = "75" + SmsServer.uniqueMobile();
        HttpResponse<String> issued = SmsServer.postJson("/api/cas/commands/batch", "{\"commands\":["
                + "{\"kind\":\"ACTIVATE_CARD\",\"card\":\"" + card + "\",\"subscriber\":\"" + customerId + "\"},"
                + "{\"kind\":\"SEND_OSD\",\"card\":\"" + card + "\",\"text\":\"Hello\",\"subscriber\":\"" + customerId
                + "\"}]}", ADMIN, ADMIN_PASSWORD);
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(202);

        JsonArray forSubscriber = journal("subscriber=" + customerId);
        assertThat(forSubscriber).hasSize(2);
        assertThat(forSubscriber.getJsonObject(0).getString("subscriber")).isEqualTo(customerId);
        assertThat(journal("subscriber=" + customerId + "&kind=SEND_OSD")).hasSize(1);
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Kolkata")).toString();
        String yesterday = java.time.LocalDate.parse(today).minusDays(1).toString();
        assertThat(journal("card=" + card + "&from=" + today + "&to=" + today)).hasSize(2);
        assertThat(journal("card=" + card + "&to=" + yesterday)).isEmpty();
        HttpResponse<String> counted = SmsServer.get("/api/cas/commands?subscriber=" + customerId + "&limit=1",
                ADMIN, ADMIN_PASSWORD);
        assertThat(counted.headers().firstValue("X-Total-Count")).hasValue("2");

        HttpResponse<String> bad = SmsServer.get("/api/cas/commands?kind=REBOOT&state=DONE&from=25-11-2026",
                ADMIN, ADMIN_PASSWORD);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"kind\"", "\"field\":\"state\"", "\"field\":\"from\"");

        String other = "74" + SmsServer.uniqueMobile();
        HttpResponse<String> unknown = SmsServer.postJson("/api/cas/commands",
                "{\"kind\":\"ACTIVATE_CARD\",\"card\":\"" + other + "\",\"subscriber\":\"NOSUCH1\"}", ADMIN, ADMIN_PASSWORD);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"field\":\"subscriber\"", "NOSUCH1");
        assertThat(journal("card=" + other)).as("a refused command is not journalled").isEmpty();
    }
}
