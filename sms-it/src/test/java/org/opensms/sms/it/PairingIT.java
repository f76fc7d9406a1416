package org.opensms.sms.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensms.sms.it.SmsServer.ADMIN;
import static org.opensms.sms.it.SmsServer.ADMIN_PASSWORD;
import static org.opensms.sms.it.SmsServer.get;
import static org.opensms.sms.it.SmsServer.json;
import static org.opensms.sms.it.SmsServer.postJson;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Pairing end to end on the deployed EAR, checked against the CAS emulator's own state: an LCO with a small stock
 * file allocated to it, a subscriber of that LCO with its CAF; pair, activate, replace a faulty box under the same
 * customer ID, suspend, search by STB and card (REST and SOAP), blacklist a paired card; a blacklisted box and a
 * blacklisted card are refused.
 */
@ExtendWith(ArquillianExtension.class)
class PairingIT {

    private static final String EMULATOR = "http://127.0.0.1:" + System.getProperty("sms.it.casControlPort", "7411");
    private static final String YESTERDAY = LocalDate.now(ZoneId.of("Asia/Kolkata")).minusDays(1).toString();
    private static final Duration CAS_WAIT = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SmsServer.ear();
    }

    private static JsonObject emulatorCard(String card) {
        HttpResponse<String> r = SmsServer.send(HttpRequest.newBuilder(URI.create(EMULATOR + "/cards/"
                + URLEncoder.encode(card, StandardCharsets.UTF_8).replace("+", "%20"))).GET());
        return r.statusCode() == 200 ? json(r) : null;
    }

    /** Waits until the emulator's card satisfies the check; fails with the card's last state. */
    static JsonObject casCard(String card, Predicate<JsonObject> check, String what) throws InterruptedException {
        Instant end = Instant.now().plus(CAS_WAIT);
        JsonObject last = null;
        while (Instant.now().isBefore(end)) {
            last = emulatorCard(card);
            if (last != null && check.test(last)) {
                return last;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("card " + card + " not " + what + " in the CAS emulator within " + CAS_WAIT + "; it is " + last);
    }

    private static String stbOf(JsonObject card) {
        return card.isNull("stb") ? null : card.getString("stb");
    }

    static void importAndAllocate(String type, String header, List<String> rows, List<String> serials, String lco) {
        HttpResponse<String> imported = SmsServer.send(SmsServer.request("/api/stock/imports?type=" + type, ADMIN, ADMIN_PASSWORD)
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(header + "\n" + String.join("\n", rows) + "\n")));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        String kind = type.equals("STB") ? "stbs" : "cards";
        var body = Json.createObjectBuilder().add("lco", lco).add("serials", Json.createArrayBuilder(serials)).build().toString();
        HttpResponse<String> allocated = postJson("/api/stock/" + kind + "/bulk/allocate", body, ADMIN, ADMIN_PASSWORD);
        assertThat(allocated.statusCode()).as(allocated.body()).isEqualTo(200);
    }

    static String register(String lco) {
        String body = Json.createObjectBuilder().add("name", "Pairing Household").add("mobile", SmsServer.uniqueMobile())
                .add("billingAddress", Json.createObjectBuilder().add("line1", "12 MG Road").add("city", "Bengaluru")
                        .add("state", "KA").add("pinCode", "560038"))
                .add("lco", lco).add("area", "Indiranagar").add("cafNumber", "CAF/" + SmsServer.unique("P")).add("cafDate", YESTERDAY)
                .build().toString();
        HttpResponse<String> r = postJson("/api/subscribers", body, ADMIN, ADMIN_PASSWORD);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json(r).getString("customerId");
    }

    static HttpResponse<String> pair(String customerId, String stb, String card) {
        return postJson("/api/pairing/subscribers/" + customerId + "/pairs",
                "{\"stb\":\"" + stb + "\",\"card\":\"" + card + "\",\"reason\":\"installation\"}", ADMIN, ADMIN_PASSWORD);
    }

    private static String stockState(String kind, String serial) {
        return json(get("/api/stock/" + kind + "/" + serial, ADMIN, ADMIN_PASSWORD)).getString("state");
    }

    @Test
    void pairActivateReplaceSuspendSearchAndBlacklistMatchTheCas() throws Exception {
        String p = SmsServer.unique("PI").toUpperCase(Locale.ROOT);
        String s1 = p + "-S1", s2 = p + "-S2", s3 = p + "-S3", s4 = p + "-S4";
        String c1 = p + "-C1", c2 = p + "-C2", c3 = p + "-C3";
        String lco = LcoIT.createLco();
        importAndAllocate("STB", "vendor,model,serial,lot,warehouse",
                List.of("Skyworth,HD-100," + s1 + ",L-" + p + ",Bengaluru", "Skyworth,HD-100," + s2 + ",L-" + p + ",Bengaluru",
                        "Skyworth,HD-100," + s3 + ",L-" + p + ",Bengaluru", "Skyworth,HD-100," + s4 + ",L-" + p + ",Bengaluru"),
                List.of(s1, s2, s3, s4), lco);
        importAndAllocate("CARD", "vendor,number,lot,warehouse",
                List.of("Nagra," + c1 + ",C-" + p + ",Bengaluru", "Nagra," + c2 + ",C-" + p + ",Bengaluru",
                        "Nagra," + c3 + ",C-" + p + ",Bengaluru"),
                List.of(c1, c2, c3), lco);
        String id = register(lco);

        // pair while registered: paired in the CAS, not active
        HttpResponse<String> paired = pair(id, s1.toLowerCase(Locale.ROOT), c1);
        assertThat(paired.statusCode()).as(paired.body()).isEqualTo(201);
        assertThat(json(paired).getString("stb")).isEqualTo(s1);
        assertThat(json(paired).getString("activation")).isEqualTo("ACTIVE");
        assertThat(stockState("stbs", s1)).isEqualTo("INSTALLED");
        assertThat(stockState("cards", c1)).isEqualTo("INSTALLED");
        JsonObject card = casCard(c1, c -> s1.equals(stbOf(c)), "paired with " + s1);
        assertThat(card.getBoolean("active")).isFalse();

        // activate the subscriber: its card becomes active in the CAS
        HttpResponse<String> active = postJson("/api/subscribers/" + id + "/activate", "{}", ADMIN, ADMIN_PASSWORD);
        assertThat(active.statusCode()).as(active.body()).isEqualTo(200);
        casCard(c1, c -> c.getBoolean("active") && s1.equals(stbOf(c)), "active and paired with " + s1);

        // the stock surfaces cannot move a paired device behind the CAS's back
        HttpResponse<String> faultyViaStock = postJson("/api/stock/stbs/" + s1 + "/faulty", "{}", ADMIN, ADMIN_PASSWORD);
        assertThat(faultyViaStock.statusCode()).as(faultyViaStock.body()).isEqualTo(409);
        assertThat(faultyViaStock.body()).contains("is paired to subscriber " + id);
        assertThat(stockState("stbs", s1)).isEqualTo("INSTALLED");

        // the box is faulty: replace it under the same customer ID; the card follows to the new box, still active
        HttpResponse<String> replaced = postJson("/api/pairing/subscribers/" + id + "/replace",
                "{\"type\":\"STB\",\"old\":\"" + s1 + "\",\"new\":\"" + s2 + "\",\"reason\":\"no signal\"}", ADMIN, ADMIN_PASSWORD);
        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
        assertThat(json(replaced).getString("customerId")).isEqualTo(id);
        assertThat(json(replaced).getString("stb")).isEqualTo(s2);
        assertThat(json(replaced).getString("card")).isEqualTo(c1);
        casCard(c1, c -> c.getBoolean("active") && s2.equals(stbOf(c)), "active and paired with the new box " + s2);
        assertThat(stockState("stbs", s1)).isEqualTo("FAULTY");
        assertThat(stockState("stbs", s2)).isEqualTo("INSTALLED");
        JsonObject devices = json(get("/api/pairing/subscribers/" + id, ADMIN, ADMIN_PASSWORD));
        assertThat(devices.getJsonArray("pairs")).hasSize(1);
        assertThat(devices.getJsonArray("ended").getJsonObject(0).getString("unpairReason")).contains("no signal");

        // search by STB serial and by card number finds the subscriber (REST and SOAP)
        HttpResponse<String> byStb = get("/api/pairing/search?stb=" + s2.toLowerCase(Locale.ROOT), ADMIN, ADMIN_PASSWORD);
        assertThat(byStb.statusCode()).as(byStb.body()).isEqualTo(200);
        assertThat(json(byStb).getString("customerId")).isEqualTo(id);
        assertThat(json(byStb).getString("lco")).isEqualTo(lco);
        assertThat(json(get("/api/pairing/search?card=" + c1, ADMIN, ADMIN_PASSWORD)).getString("customerId")).isEqualTo(id);
        assertThat(get("/api/pairing/search?stb=" + s1, ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(404);
        assertThat(get("/api/pairing/search", ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(400);
        String soap = soap("<s:findSubscriberByDevice><s:card>" + c1 + "</s:card></s:findSubscriberByDevice>");
        assertThat(soap).contains("<customerId>" + id + "</customerId>", "<stb>" + s2 + "</stb>");

        // the subscriber list (REST, export, SOAP) finds the holder of a device in a current pair, and an LCO's subscribers
        assertThat(listed("?stb=" + s2.toLowerCase(Locale.ROOT))).containsExactly(id);
        assertThat(listed("?card=" + c1)).containsExactly(id);
        assertThat(listed("?stb=" + s1)).as("the replaced box is in no current pair").isEmpty();
        assertThat(listed("?lco=" + lco.toLowerCase(Locale.ROOT))).as("a new LCO with one subscriber").containsExactly(id);
        assertThat(listed("?lco=" + lco + "&area=Indira&status=active&stb=" + s2 + "&card=" + c1)).containsExactly(id);
        assertThat(listed("?lco=" + lco + "&status=SUSPENDED")).isEmpty();
        assertThat(listed("?lco=NO-SUCH-LCO")).isEmpty();
        // the single search box: one text, read as what finds someone
        HttpResponse<String> searched = get("/api/subscribers?q=" + c1.toLowerCase(Locale.ROOT), ADMIN, ADMIN_PASSWORD);
        assertThat(searched.statusCode()).as(searched.body()).isEqualTo(200);
        assertThat(json(searched).getString("searchedBy")).isEqualTo("CARD");
        assertThat(listed("?q=" + s2)).containsExactly(id);
        assertThat(listed("?q=" + id)).containsExactly(id);
        assertThat(get("/api/subscribers?q=" + s2 + "&lco=" + lco, ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(400);
        HttpResponse<String> bad = get("/api/subscribers?lco=no%20such!&stb=box/1&card=" + "C".repeat(33), ADMIN, ADMIN_PASSWORD);
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
        assertThat(json(bad).getString("code")).isEqualTo("INVALID_INPUT");
        assertThat(json(bad).getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).toList())
                .containsExactly("lco", "stb", "card");
        HttpResponse<String> csv = get("/api/subscribers/export.csv?card=" + c1, ADMIN, ADMIN_PASSWORD);
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        assertThat(csv.headers().firstValue("X-Total-Count")).hasValue("1");
        assertThat(csv.body()).contains(id, "holding smart card " + c1);
        String soapList = soap("/ws/SubscriberService", "<s:findSubscribers><s:lco>" + lco + "</s:lco><s:stb>" + s2
                + "</s:stb></s:findSubscribers>");
        assertThat(soapList).contains("<total>1</total>", "<customerId>" + id + "</customerId>");

        // suspend: the card goes inactive in the CAS, still paired
        HttpResponse<String> suspended = postJson("/api/subscribers/" + id + "/suspend", "{\"reason\":\"non-payment\"}", ADMIN, ADMIN_PASSWORD);
        assertThat(suspended.statusCode()).as(suspended.body()).isEqualTo(200);
        casCard(c1, c -> !c.getBoolean("active") && s2.equals(stbOf(c)), "inactive (suspended) and still paired with " + s2);

        // a blacklisted box is refused
        HttpResponse<String> blackBox = postJson("/api/pairing/stbs/blacklist", "{\"serials\":[\"" + s3 + "\"],\"reason\":\"cloned\"}",
                ADMIN, ADMIN_PASSWORD);
        assertThat(blackBox.statusCode()).as(blackBox.body()).isEqualTo(200);
        HttpResponse<String> refusedBox = pair(id, s3, c2);
        assertThat(refusedBox.statusCode()).as(refusedBox.body()).isEqualTo(409);
        assertThat(json(refusedBox).getString("message")).contains("set-top box " + s3 + " is BLACKLISTED");
        assertThat(stockState("cards", c2)).isEqualTo("ALLOCATED");

        // a blacklisted card is blacklisted in the CAS and never reused
        HttpResponse<String> blackCard = postJson("/api/pairing/cards/blacklist", "{\"serials\":[\"" + c3 + "\"]}", ADMIN, ADMIN_PASSWORD);
        assertThat(blackCard.statusCode()).as(blackCard.body()).isEqualTo(200);
        casCard(c3, c -> c.getBoolean("blacklisted"), "blacklisted");
        HttpResponse<String> refusedCard = pair(id, s4, c3);
        assertThat(refusedCard.statusCode()).as(refusedCard.body()).isEqualTo(409);
        assertThat(json(refusedCard).getString("message")).contains("smart card " + c3 + " is BLACKLISTED");
        assertThat(stockState("stbs", s4)).isEqualTo("ALLOCATED");

        // blacklisting the paired card unpairs it first: unpaired, inactive and blacklisted in the CAS
        HttpResponse<String> blackPaired = postJson("/api/pairing/cards/blacklist", "{\"serials\":[\"" + c1 + "\"],\"reason\":\"stolen\"}",
                ADMIN, ADMIN_PASSWORD);
        assertThat(blackPaired.statusCode()).as(blackPaired.body()).isEqualTo(200);
        assertThat(json(blackPaired).getJsonObject("unpaired").getString(c1)).isEqualTo(id);
        casCard(c1, c -> c.getBoolean("blacklisted") && stbOf(c) == null && !c.getBoolean("active"), "unpaired, inactive and blacklisted");
        assertThat(stockState("stbs", s2)).isEqualTo("DEACTIVATED");
        assertThat(json(get("/api/pairing/subscribers/" + id, ADMIN, ADMIN_PASSWORD)).getJsonArray("pairs")).isEmpty();
    }

    @Test
    void aPairSwitchedOffStaysOffAndDeactivationUnpairsEverything() throws Exception {
        String p = SmsServer.unique("PJ").toUpperCase(Locale.ROOT);
        String lco = LcoIT.createLco();
        importAndAllocate("STB", "vendor,model,serial,lot,warehouse",
                List.of("Kaon,K1," + p + "-S1,L,W", "Kaon,K1," + p + "-S2,L,W"), List.of(p + "-S1", p + "-S2"), lco);
        importAndAllocate("CARD", "vendor,number,lot,warehouse",
                List.of("Nagra," + p + "-C1,L,W", "Nagra," + p + "-C2,L,W"), List.of(p + "-C1", p + "-C2"), lco);
        String id = register(lco);
        assertThat(postJson("/api/subscribers/" + id + "/activate", "{}", ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(200);
        assertThat(pair(id, p + "-S1", p + "-C1").statusCode()).isEqualTo(201);
        assertThat(pair(id, p + "-S2", p + "-C2").statusCode()).isEqualTo(201);
        casCard(p + "-C2", c -> c.getBoolean("active"), "active");

        // the second TV is switched off alone
        HttpResponse<String> off = postJson("/api/pairing/subscribers/" + id + "/pairs/" + p + "-S2/deactivate",
                "{\"reason\":\"second TV unused\"}", ADMIN, ADMIN_PASSWORD);
        assertThat(off.statusCode()).as(off.body()).isEqualTo(200);
        assertThat(json(off).getString("activation")).isEqualTo("INACTIVE");
        casCard(p + "-C2", c -> !c.getBoolean("active"), "inactive");
        assertThat(emulatorCard(p + "-C1").getBoolean("active")).isTrue();
        assertThat(stockState("stbs", p + "-S2")).isEqualTo("DEACTIVATED");

        // permanent deactivation unpairs both pairs; the devices stay DEACTIVATED at the LCO
        HttpResponse<String> gone = postJson("/api/subscribers/" + id + "/deactivate", "{\"reason\":\"moved away\"}", ADMIN, ADMIN_PASSWORD);
        assertThat(gone.statusCode()).as(gone.body()).isEqualTo(200);
        casCard(p + "-C1", c -> !c.getBoolean("active") && stbOf(c) == null, "inactive and unpaired");
        casCard(p + "-C2", c -> stbOf(c) == null, "unpaired");
        assertThat(stockState("stbs", p + "-S1")).isEqualTo("DEACTIVATED");
        assertThat(get("/api/pairing/search?card=" + p + "-C1", ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(404);
        HttpResponse<String> refused = pair(id, p + "-S1", p + "-C1");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("is DEACTIVATED");
    }

    /** The customer IDs {@code GET /api/subscribers} lists for the query, its total agreeing. */
    private static List<String> listed(String query) {
        HttpResponse<String> r = get("/api/subscribers" + query, ADMIN, ADMIN_PASSWORD);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        List<String> ids = json(r).getJsonArray("items").stream().map(v -> v.asJsonObject().getString("customerId")).toList();
        assertThat(json(r).getJsonNumber("total").longValue()).isEqualTo(ids.size());
        return ids;
    }

    private static String soap(String body) {
        return soap("/ws/PairingService", body);
    }

    private static String soap(String path, String body) {
        String envelope = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:s=\"urn:opensms:sms:1\">"
                + "<soapenv:Body>" + body + "</soapenv:Body></soapenv:Envelope>";
        HttpResponse<String> r = SmsServer.send(SmsServer.request(path, ADMIN, ADMIN_PASSWORD)
                .header("Content-Type", "text/xml; charset=utf-8").header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofString(envelope)));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body().replaceAll("<(/?)[A-Za-z0-9]+:", "<$1");
    }
}
