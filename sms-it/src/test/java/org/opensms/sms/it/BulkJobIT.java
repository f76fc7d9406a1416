package org.opensms.sms.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensms.sms.it.SmsServer.ADMIN;
import static org.opensms.sms.it.SmsServer.ADMIN_PASSWORD;
import static org.opensms.sms.it.SmsServer.get;
import static org.opensms.sms.it.SmsServer.json;
import static org.opensms.sms.it.SmsServer.postJson;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bulk suspend and resume on the deployed EAR, checked against the CAS emulator: an LCO's paired and active
 * subscribers suspended by LCO (by an operator), watched until DONE, every subscriber SUSPENDED and every card
 * inactive in the CAS, a registered one skipped; then resumed by an uploaded list holding an unknown customer ID;
 * a malformed list refused with its line numbers; an LCO user refused.
 */
@ExtendWith(ArquillianExtension.class)
class BulkJobIT {

    private static final String EMULATOR = "http://127.0.0.1:" + System.getProperty("sms.it.casControlPort", "7411");
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SmsServer.ear();
    }

    private static JsonObject emulatorCard(String card) {
        HttpResponse<String> r = SmsServer.send(HttpRequest.newBuilder(URI.create(EMULATOR + "/cards/"
                + URLEncoder.encode(card, StandardCharsets.UTF_8).replace("+", "%20"))).GET());
        return r.statusCode() == 200 ? json(r) : null;
    }

    private static void casCard(String card, Predicate<JsonObject> check, String what) throws InterruptedException {
        Instant end = Instant.now().plus(WAIT);
        JsonObject last = null;
        while (Instant.now().isBefore(end)) {
            last = emulatorCard(card);
            if (last != null && check.test(last)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("card " + card + " not " + what + " in the CAS emulator within " + WAIT + "; it is " + last);
    }

    /** Polls the job until it is DONE or FAILED; returns it. */
    private static JsonObject finished(HttpResponse<String> started, String user, String password) throws InterruptedException {
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        long id = json(started).getJsonNumber("id").longValue();
        Instant end = Instant.now().plus(WAIT);
        JsonObject job = json(started);
        while (Instant.now().isBefore(end)) {
            HttpResponse<String> r = get("/api/subscribers/bulk/" + id, user, password);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            job = json(r);
            if (job.getString("status").equals("DONE") || job.getString("status").equals("FAILED")) {
                return job;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("bulk job " + id + " not finished within " + WAIT + ": " + job);
    }

    private static String status(String customerId) {
        return json(get("/api/subscribers/" + customerId, ADMIN, ADMIN_PASSWORD)).getString("status");
    }

    private static String resultCsv(long job) {
        HttpResponse<String> r = get("/api/subscribers/bulk/" + job + "/result.csv", ADMIN, ADMIN_PASSWORD);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        return r.body();
    }

    private static HttpResponse<String> postList(String action, String reason, String body, String user, String password) {
        return SmsServer.send(SmsServer.request("/api/subscribers/bulk/" + action + "?reason="
                        + URLEncoder.encode(reason, StandardCharsets.UTF_8), user, password)
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void suspendAnLcoThenResumeAListAndTheCasFollows() throws Exception {
        String p = SmsServer.unique("BJ").toUpperCase(Locale.ROOT);
        String lco = LcoIT.createLco();
        List<String> stbs = new ArrayList<>();
        List<String> cards = new ArrayList<>();
        List<String> stbRows = new ArrayList<>();
        List<String> cardRows = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            stbs.add(p + "-S" + i);
            cards.add(p + "-C" + i);
            stbRows.add("Skyworth,HD-100," + p + "-S" + i + ",L-" + p + ",Bengaluru");
            cardRows.add("Nagra," + p + "-C" + i + ",C-" + p + ",Bengaluru");
        }
        PairingIT.importAndAllocate("STB", "vendor,model,serial,lot,warehouse", stbRows, stbs, lco);
        PairingIT.importAndAllocate("CARD", "vendor,number,lot,warehouse", cardRows, cards, lco);
        List<String> active = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String id = PairingIT.register(lco);
            HttpResponse<String> paired = postJson("/api/pairing/subscribers/" + id + "/pairs", "{\"stb\":\"" + stbs.get(i)
                    + "\",\"card\":\"" + cards.get(i) + "\",\"reason\":\"installation\"}", ADMIN, ADMIN_PASSWORD);
            assertThat(paired.statusCode()).as(paired.body()).isEqualTo(201);
            HttpResponse<String> activated = postJson("/api/subscribers/" + id + "/activate", "{}", ADMIN, ADMIN_PASSWORD);
            assertThat(activated.statusCode()).as(activated.body()).isEqualTo(200);
            active.add(id);
        }
        String registered = PairingIT.register(lco);   // not active: skipped
        for (String card : cards) {
            casCard(card, c -> c.getBoolean("active"), "active");
        }

        // an operator suspends the LCO's subscribers
        String operator = SmsServer.unique("op");
        String operatorPassword = SmsServer.createAccount(operator, "MSO_OPERATOR");
        JsonObject job = finished(postJson("/api/subscribers/bulk/suspend",
                "{\"reason\":\"non-payment\",\"lco\":\"" + lco.toLowerCase(Locale.ROOT) + "\"}", operator, operatorPassword),
                operator, operatorPassword);
        assertThat(job.getString("status")).as(job.toString()).isEqualTo("DONE");
        assertThat(job.getString("requestedBy")).isEqualTo(operator);
        assertThat(job.getString("target")).isEqualTo("LCO " + lco.toUpperCase(Locale.ROOT));
        assertThat(job.getJsonNumber("total").longValue()).isEqualTo(4);
        assertThat(job.getJsonNumber("done").longValue()).isEqualTo(4);
        assertThat(job.getJsonNumber("succeeded").longValue()).isEqualTo(3);
        assertThat(job.getJsonNumber("skipped").longValue()).isEqualTo(1);
        assertThat(job.getInt("percent")).isEqualTo(100);
        for (String id : active) {
            assertThat(status(id)).isEqualTo("SUSPENDED");
        }
        assertThat(status(registered)).isEqualTo("REGISTERED");
        long jobId = job.getJsonNumber("id").longValue();
        String csv = resultCsv(jobId);
        assertThat(csv).startsWith("job,action,position,customerId,outcome,message\r\n");
        for (String id : active) {
            assertThat(csv).contains("," + id + ",SUSPENDED,\r\n");
        }
        assertThat(csv).contains("," + registered + ",SKIPPED,REGISTERED: only ACTIVE subscribers are suspended\r\n");
        assertThat(csv.lines().count()).isEqualTo(5);
        for (String card : cards) {
            casCard(card, c -> !c.getBoolean("active"), "inactive (suspended)");
        }
        HttpResponse<String> listed = get("/api/subscribers/bulk?limit=50", ADMIN, ADMIN_PASSWORD);
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        assertThat(listed.body()).contains("\"id\":" + jobId + ",");

        // resume by an uploaded list: three suspended, one still registered (skipped), one unknown (failed)
        String list = "customerId\n" + String.join("\n", active) + "\n" + registered + "\nNOPE" + p.substring(2) + "\n";
        JsonObject resumed = finished(postList("resume", "paid", list, ADMIN, ADMIN_PASSWORD), ADMIN, ADMIN_PASSWORD);
        assertThat(resumed.getString("status")).as(resumed.toString()).isEqualTo("DONE");
        assertThat(resumed.getString("targetKind")).isEqualTo("LIST");
        assertThat(resumed.getJsonNumber("succeeded").longValue()).isEqualTo(3);
        assertThat(resumed.getJsonNumber("skipped").longValue()).isEqualTo(1);
        assertThat(resumed.getJsonNumber("failed").longValue()).isEqualTo(1);
        for (String id : active) {
            assertThat(status(id)).isEqualTo("ACTIVE");
        }
        String resumedCsv = resultCsv(resumed.getJsonNumber("id").longValue());
        assertThat(resumedCsv).contains(",1," + active.get(0) + ",RESUMED,", ",5,NOPE" + p.substring(2) + ",FAILED,no subscriber");
        for (String card : cards) {
            casCard(card, c -> c.getBoolean("active"), "active again (resumed)");
        }
        HttpResponse<String> history = get("/api/subscribers/" + active.get(0) + "/history", ADMIN, ADMIN_PASSWORD);
        assertThat(history.body()).contains("bulk job " + jobId + ": non-payment");
    }

    @Test
    void badListsAndBadRequestsAreRefusedAndLcosMayNot() {
        HttpResponse<String> malformed = postList("suspend", "test", "SMS00000001\nnot an id\nSMS00000002\nx y;z\n",
                ADMIN, ADMIN_PASSWORD);
        assertThat(malformed.statusCode()).as(malformed.body()).isEqualTo(400);
        assertThat(malformed.body()).contains("line 2", "line 4").doesNotContain("line 3");
        HttpResponse<String> noReason = postList("suspend", "", "SMS00000001\n", ADMIN, ADMIN_PASSWORD);
        assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");
        HttpResponse<String> twoTargets = postJson("/api/subscribers/bulk/suspend", "{\"reason\":\"x\",\"lco\":\"A\",\"area\":\"B\"}",
                ADMIN, ADMIN_PASSWORD);
        assertThat(twoTargets.statusCode()).as(twoTargets.body()).isEqualTo(400);
        HttpResponse<String> unknownLco = postJson("/api/subscribers/bulk/suspend", "{\"reason\":\"x\",\"lco\":\"NO-SUCH-LCO-9\"}",
                ADMIN, ADMIN_PASSWORD);
        assertThat(unknownLco.statusCode()).as(unknownLco.body()).isEqualTo(400);
        assertThat(get("/api/subscribers/bulk/999999999", ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(404);

        String lco = SmsServer.unique("lco");
        String lcoPassword = SmsServer.createAccount(lco, "LCO");
        HttpResponse<String> forbidden = postJson("/api/subscribers/bulk/suspend", "{\"reason\":\"x\",\"area\":\"Nowhere\"}",
                lco, lcoPassword);
        assertThat(forbidden.statusCode()).as(forbidden.body()).isEqualTo(403);
        assertThat(get("/api/subscribers/bulk", lco, lcoPassword).statusCode()).isEqualTo(403);
        assertThat(postJson("/api/subscribers/bulk/suspend", "{\"reason\":\"x\",\"area\":\"Nowhere\"}", null, null)
                .statusCode()).isEqualTo(401);
    }
}
