package org.opensms.sms.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensms.sms.it.SmsServer.ADMIN;
import static org.opensms.sms.it.SmsServer.ADMIN_PASSWORD;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reconciliation in the real server against the emulator: a card whose activation the CAS rejected differs from
 * the SMS; a run reports it, re-sends the activation, the CAS ends active, the auditor's report names it, and the
 * next run finds nothing to say about it. Only administrators start runs.
 */
@ExtendWith(ArquillianExtension.class)
class CasReconciliationIT {

    private static final String EMULATOR = "http://127.0.0.1:" + System.getProperty("sms.it.casControlPort", "7411");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SmsServer.ear();
    }

    private static HttpResponse<String> emulator(String path, String json) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(EMULATOR + path));
        return SmsServer.send(json == null ? r.GET() : r.POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static JsonArray array(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        try (var reader = jakarta.json.Json.createReader(new StringReader(r.body()))) {
            return reader.readArray();
        }
    }

    private static String state(String card) {
        JsonArray lines = array(SmsServer.get("/api/cas/commands?card=" + card, ADMIN, ADMIN_PASSWORD));
        return lines.isEmpty() ? "NONE" : lines.getJsonObject(0).getString("state");
    }

    private static void waitFor(String what, Duration limit, java.util.function.BooleanSupplier done) throws InterruptedException {
        Instant end = Instant.now().plus(limit);
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("not within " + limit + ": " + what);
            }
            Thread.sleep(300);
        }
    }

    private static JsonObject runToEnd(long id) throws InterruptedException {
        JsonObject[] run = new JsonObject[1];
        waitFor("run " + id + " finished", Duration.ofSeconds(90), () -> {
            run[0] = SmsServer.json(SmsServer.get("/api/cas/reconciliations/" + id, ADMIN, ADMIN_PASSWORD));
            return !"RUNNING".equals(run[0].getString("status"));
        });
        return run[0];
    }

    /** Starts a run, waiting while another (a scheduled one, say) is going. */
    private static long start() throws InterruptedException {
        HttpResponse<String>[] started = new HttpResponse[1];
        waitFor("a run started", Duration.ofSeconds(90), () -> {
            started[0] = SmsServer.send(SmsServer.request("/api/cas/reconciliations", ADMIN, ADMIN_PASSWORD)
                    .POST(HttpRequest.BodyPublishers.noBody()));
            return started[0].statusCode() != 409;
        });
        assertThat(started[0].statusCode()).as(started[0].body()).isEqualTo(202);
        return SmsServer.json(started[0]).getJsonNumber("id").longValue();
    }

    private static List<JsonObject> differencesOf(long run, String card) {
        return array(SmsServer.get("/api/cas/reconciliations/" + run + "/differences?limit=1000", ADMIN, ADMIN_PASSWORD))
                .stream().map(JsonValue::asJsonObject).filter(d -> d.getString("card").equals(card)).toList();
    }

    @Test
    void aCardTheCasGotWrongIsReportedAndCorrected() throws Exception {
        String wrong = "72" + SmsServer.uniqueMobile();
        String right = "71" + SmsServer.uniqueMobile();
        assertThat(emulator("/faults", "{\"rejectNext\":1,\"rejectCode\":200,\"rejectReason\":\"card not known\"}")
                .statusCode()).isEqualTo(200);
        try {
            assertThat(SmsServer.postJson("/api/cas/commands", "{\"kind\":\"ACTIVATE_CARD\",\"card\":\"" + wrong + "\"}",
                    ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(202);
            waitFor("rejection of " + wrong, Duration.ofSeconds(30), () -> state(wrong).equals("REJECTED"));
        } finally {
            emulator("/faults", "{\"clear\":true}");
        }
        assertThat(SmsServer.postJson("/api/cas/commands", "{\"kind\":\"ACTIVATE_CARD\",\"card\":\"" + right + "\"}",
                ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(202);
        waitFor("acceptance of " + right, Duration.ofSeconds(30), () -> state(right).equals("ACCEPTED"));

        long id = start();
        HttpResponse<String> second = SmsServer.send(SmsServer.request("/api/cas/reconciliations", ADMIN, ADMIN_PASSWORD)
                .POST(HttpRequest.BodyPublishers.noBody()));
        if (second.statusCode() == 409) {
            assertThat(second.body()).contains("\"code\":\"CONFLICT\"", "reconciliation run " + id + " is running");
        } else {   // the first run had already finished
            assertThat(second.statusCode()).as(second.body()).isEqualTo(202);
            runToEnd(SmsServer.json(second).getJsonNumber("id").longValue());
        }
        JsonObject run = runToEnd(id);
        assertThat(run.getString("status")).as(run.toString()).isEqualTo("DONE");
        assertThat(run.getString("requestedBy")).isEqualTo(ADMIN);
        assertThat(run.getJsonNumber("cardsCompared").longValue()).isGreaterThanOrEqualTo(2);
        List<JsonObject> found = differencesOf(id, wrong);
        assertThat(found).extracting(d -> d.getString("aspect") + ": " + d.getString("smsSays") + " / " + d.getString("casHad"))
                .contains("ACTIVE: active / inactive");
        assertThat(found.get(0).getString("commandsResent")).isNotBlank();
        assertThat(differencesOf(id, right)).isEmpty();

        // the re-sent activation reaches the CAS and is journalled as the system's
        waitFor(wrong + " active in the CAS", Duration.ofSeconds(30), () -> {
            HttpResponse<String> c = emulator("/cards/" + wrong, null);
            return c.statusCode() == 200 && SmsServer.json(c).getBoolean("active");
        });
        JsonObject resent = array(SmsServer.get("/api/cas/commands?card=" + wrong, ADMIN, ADMIN_PASSWORD)).getJsonObject(0);
        assertThat(resent.getString("requestedBy")).isEqualTo("reconciliation");
        assertThat(resent.getString("surface")).isEqualTo("SYSTEM");

        HttpResponse<String> report = SmsServer.get("/api/cas/reconciliations/" + id + "/report.csv", ADMIN, ADMIN_PASSWORD);
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(report.body()).contains("CAS reconciliation run," + id, "status,DONE", "card,aspect,sms_says,cas_had",
                wrong + ",ACTIVE,active,inactive,");

        waitFor("the re-sent activation accepted", Duration.ofSeconds(30), () -> state(wrong).equals("ACCEPTED"));
        long again = start();
        assertThat(runToEnd(again).getString("status")).isEqualTo("DONE");
        assertThat(differencesOf(again, wrong)).as("the CAS now matches the SMS for " + wrong).isEmpty();
    }

    @Test
    void onlyAdministratorsStartRunsAndBadRunIdsAreNamed() {
        String operator = SmsServer.unique("op");
        String password = SmsServer.createAccount(operator, "MSO_OPERATOR");
        HttpResponse<String> refused = SmsServer.send(SmsServer.request("/api/cas/reconciliations", operator, password)
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(SmsServer.get("/api/cas/reconciliations", operator, password).statusCode()).isEqualTo(200);
        HttpResponse<String> bad = SmsServer.get("/api/cas/reconciliations/abc", ADMIN, ADMIN_PASSWORD);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"id\"");
        assertThat(SmsServer.get("/api/cas/reconciliations/999999", ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(404);
    }
}
