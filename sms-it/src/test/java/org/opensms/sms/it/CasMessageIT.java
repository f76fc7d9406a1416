package org.opensms.sms.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensms.sms.it.SmsServer.ADMIN;
import static org.opensms.sms.it.SmsServer.ADMIN_PASSWORD;
import static org.opensms.sms.it.SmsServer.get;
import static org.opensms.sms.it.SmsServer.json;
import static org.opensms.sms.it.SmsServer.postJson;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
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
 * Messages over REST (POST /api/cas/messages): an on-screen display, a mail and fingerprints reach the CAS emulator over
 * its socket with every option as given, are journalled as accepted, and a bad or forbidden request changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class CasMessageIT {

    private static final String EMULATOR = "http://127.0.0.1:" + System.getProperty("sms.it.casControlPort", "7411");
    private static final Duration CAS_WAIT = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SmsServer.ear();
    }

    private static String send(String body, String user, String password, int status) {
        HttpResponse<String> r = postJson("/api/cas/messages", body, user, password);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return r.body();
    }

    private static String sent(String body) {
        return json(postOk(body)).getString("commandId");
    }

    private static HttpResponse<String> postOk(String body) {
        HttpResponse<String> r = postJson("/api/cas/messages", body, ADMIN, ADMIN_PASSWORD);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        return r;
    }

    private static JsonArray array(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readArray();
        }
    }

    /** The message the emulator keeps for this command id: with the card for a card target, else in its global list. */
    private static JsonObject inCas(String card, String commandId) throws InterruptedException {
        Instant end = Instant.now().plus(CAS_WAIT);
        while (Instant.now().isBefore(end)) {
            JsonArray messages;
            if (card == null) {
                messages = json(SmsServer.send(HttpRequest.newBuilder(URI.create(EMULATOR + "/messages")).GET()))
                        .getJsonArray("messages");
            } else {
                JsonObject c = PairingIT.emulatorCard(card);
                messages = c == null ? Json.createArrayBuilder().build() : c.getJsonArray("messages");
            }
            for (var m : messages) {
                if (commandId.equals(m.asJsonObject().getString("commandId"))) {
                    return m.asJsonObject();
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("command " + commandId + " not in the CAS emulator within " + CAS_WAIT);
    }

    /** The journal's line for the command once the CAS has answered. */
    private static JsonObject answered(String query, String commandId) throws InterruptedException {
        Instant end = Instant.now().plus(CAS_WAIT);
        JsonObject line = null;
        while (Instant.now().isBefore(end)) {
            HttpResponse<String> r = get("/api/cas/commands?" + query, ADMIN, ADMIN_PASSWORD);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            line = array(r.body()).stream().map(v -> v.asJsonObject())
                    .filter(l -> l.getString("commandId").equals(commandId)).findFirst().orElse(null);
            if (line != null && !"PENDING".equals(line.getString("state"))) {
                return line;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no outcome of " + commandId + " in the journal within " + CAS_WAIT + "; line: " + line);
    }

    @Test
    void anOsdAMailAndFingerprintsReachTheCasWithEveryOptionAndAreJournalledAsAccepted() throws Exception {
        String card = "78" + SmsServer.uniqueMobile();
        String text = "Your pack ends on 30 November. Recharge with your cable operator to keep watching your channels"
                + " without a break. Thank you!";
        String osd = sent(Json.createObjectBuilder().add("kind", "SEND_OSD").add("target", "card:" + card)
                .add("text", text).add("position", "SCROLL_BOTTOM").add("durationSeconds", 45).add("repetitions", 3)
                .add("forced", true).build().toString());
        JsonObject osdFields = inCas(card, osd).getJsonObject("fields");
        assertThat(osdFields.getString("text")).isEqualTo(text);
        assertThat(osdFields.getString("position")).isEqualTo("SCROLL_BOTTOM");
        assertThat(osdFields.getString("duration")).isEqualTo("45");
        assertThat(osdFields.getString("repetitions")).isEqualTo("3");
        assertThat(osdFields.getString("forced")).isEqualTo("true");
        JsonObject osdLine = answered("card=" + card, osd);
        assertThat(osdLine.getString("state")).isEqualTo("ACCEPTED");
        assertThat(osdLine.getString("kind")).isEqualTo("SEND_OSD");
        assertThat(osdLine.getString("target")).isEqualTo(card);
        assertThat(osdLine.getString("card")).isEqualTo(card);
        assertThat(osdLine.getString("surface")).isEqualTo("REST");

        String mail = sent(Json.createObjectBuilder().add("kind", "SEND_MAIL").add("target", "card:" + card)
                .add("subject", "Bill for November").add("body", "Dear subscriber,\nyour bill of Rs 354.00 is due.\nThanks")
                .build().toString());
        JsonObject mailFields = inCas(card, mail).getJsonObject("fields");
        assertThat(mailFields.getString("subject")).isEqualTo("Bill for November");
        assertThat(mailFields.getString("body")).isEqualTo("Dear subscriber,\nyour bill of Rs 354.00 is due.\nThanks");
        assertThat(answered("card=" + card, mail).getString("state")).isEqualTo("ACCEPTED");

        // EMM-based to the card, with the defaults filled in
        String emm = sent("{\"kind\":\"FINGERPRINT\",\"target\":\"card:" + card + "\",\"mode\":\"COVERT\",\"x\":80}");
        JsonObject emmFields = inCas(card, emm).getJsonObject("fields");
        assertThat(emmFields.getString("mode")).isEqualTo("COVERT");
        assertThat(emmFields.getString("x")).isEqualTo("80");
        assertThat(emmFields.getString("y")).isEqualTo("5");
        assertThat(emmFields.getString("fontSize")).isEqualTo("24");
        assertThat(emmFields.getString("foreground")).isEqualTo("#FFFFFF");
        assertThat(emmFields.getString("background")).isEqualTo("#000000");
        assertThat(emmFields.getString("duration")).isEqualTo("10");
        assertThat(emmFields.getString("showStb")).isEqualTo("true");
        assertThat(emmFields.getString("showCard")).isEqualTo("true");

        // ECM-based to everyone watching a service: kept in the emulator's list of messages to no one card
        String ecm = sent("{\"kind\":\"FINGERPRINT\",\"target\":\"service:4101\",\"x\":10,\"y\":90,\"fontSize\":16,"
                + "\"foreground\":\"#80ffff00\",\"background\":\"#00000000\",\"durationSeconds\":20,"
                + "\"showStbNumber\":false,\"message\":\"MSO\"}");
        JsonObject ecmMessage = inCas(null, ecm);
        assertThat(ecmMessage.getString("type")).isEqualTo("FINGERPRINT");
        JsonObject ecmFields = ecmMessage.getJsonObject("fields");
        assertThat(ecmFields.getString("target")).isEqualTo("service:4101");
        assertThat(ecmFields.getString("foreground")).isEqualTo("#80FFFF00");
        assertThat(ecmFields.getString("showStb")).isEqualTo("false");
        assertThat(ecmFields.getString("message")).isEqualTo("MSO");
        JsonObject ecmLine = answered("kind=FINGERPRINT", ecm);
        assertThat(ecmLine.getString("state")).isEqualTo("ACCEPTED");
        assertThat(ecmLine.getString("target")).isEqualTo("service:4101");
    }

    @Test
    void aBadRequestNamesEveryBadFieldAndNothingIsQueued() throws Exception {
        String card = "79" + SmsServer.uniqueMobile();
        JsonObject refused = json(postJson("/api/cas/messages", "{\"kind\":\"SEND_OSD\",\"target\":\"card:" + card + "\","
                + "\"text\":\"\",\"position\":\"MIDDLE\",\"durationSeconds\":0,\"repetitions\":5000,\"subject\":\"x\"}",
                ADMIN, ADMIN_PASSWORD));
        assertThat(refused.getString("code")).isEqualTo("INVALID_INPUT");
        assertThat(refused.getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).toList())
                .containsExactlyInAnyOrder("subject", "text", "position", "durationSeconds", "repetitions");

        assertThat(send("{\"kind\":\"SEND_OSD\",\"target\":\"card:" + card + "\",\"text\":\"x\",\"position\":\"SCROLL_TOP\"}",
                ADMIN, ADMIN_PASSWORD, 400)).contains("\"field\":\"position\"", "lower part of the screen (TRAI)");
        assertThat(send("{\"kind\":\"SEND_MAIL\",\"target\":\"service:12\",\"subject\":\"s\",\"body\":\"b\"}",
                ADMIN, ADMIN_PASSWORD, 400)).contains("\"field\":\"target\"", "for fingerprints only");
        assertThat(send("{\"kind\":\"FINGERPRINT\",\"target\":\"card:" + card + "\",\"x\":\"ten\",\"forced\":true}",
                ADMIN, ADMIN_PASSWORD, 400)).contains("\"field\":\"x\"", "must be a whole number, got a string");
        assertThat(send("{\"kind\":\"FINGERPRINT\",\"target\":\"card:" + card + "\",\"fontSize\":99999999999}",
                ADMIN, ADMIN_PASSWORD, 400)).contains("\"field\":\"fontSize\"", "is out of range, got 99999999999");
        assertThat(send("{\"kind\":\"FINGERPRINT\",\"target\":\"card:" + card + "\",\"fontSize\":99,\"forced\":true}",
                ADMIN, ADMIN_PASSWORD, 400)).contains("\"field\":\"fontSize\"", "\"field\":\"forced\"", "does not apply to FINGERPRINT");
        assertThat(send("{\"kind\":\"SEND_OSD\",\"target\":\"card:" + card + "\",\"text\":\"x\",\"subscriber\":\"NOSUCH1\"}",
                ADMIN, ADMIN_PASSWORD, 400)).contains("\"field\":\"subscriber\"");
        assertThat(send("{\"kind\":\"SEND_OSD\",\"target\":\"card:" + card + "\",\"text\":\"x\",\"colour\":\"red\"}",
                ADMIN, ADMIN_PASSWORD, 400)).contains("\"field\":\"colour\"", "is not a known field");

        assertThat(array(get("/api/cas/commands?card=" + card, ADMIN, ADMIN_PASSWORD).body())).isEmpty();
        assertThat(PairingIT.emulatorCard(card)).as("the CAS never heard of card " + card).isNull();
    }

    @Test
    void onlyAnAdministratorReachesTheWholeNetworkAndAnOperatorMessagesCardsAndGroups() throws Exception {
        String operator = SmsServer.unique("msgop");
        String password = SmsServer.createAccount(operator, "MSO_OPERATOR");
        String group = SmsServer.unique("G");
        String before = get("/api/cas/commands?kind=SEND_OSD", ADMIN, ADMIN_PASSWORD).headers()
                .firstValue("X-Total-Count").orElseThrow();

        for (String body : List.of("{\"kind\":\"SEND_OSD\",\"target\":\"all\",\"text\":\"Maintenance tonight\"}",
                "{\"kind\":\"FINGERPRINT\",\"target\":\"service:4102\"}")) {
            assertThat(send(body, operator, password, 403)).contains("FORBIDDEN", "only an MSO administrator may send a message to every card");
        }
        // the older command endpoint keeps the same rule for an on-screen display to every card
        HttpResponse<String> old = postJson("/api/cas/commands", "{\"kind\":\"SEND_OSD\",\"text\":\"to everyone\"}",
                operator, password);
        assertThat(old.statusCode()).as(old.body()).isEqualTo(403);
        assertThat(get("/api/cas/commands?kind=SEND_OSD", ADMIN, ADMIN_PASSWORD).headers().firstValue("X-Total-Count")
                .orElseThrow()).as("nothing journalled").isEqualTo(before);

        String toGroup = json(postJson("/api/cas/messages", "{\"kind\":\"SEND_OSD\",\"target\":\"group:" + group
                + "\",\"text\":\"Your LCO's office moves\"}", operator, password)).getString("commandId");
        JsonObject line = answered("kind=SEND_OSD", toGroup);
        assertThat(line.getString("state")).isEqualTo("ACCEPTED");
        assertThat(line.getString("requestedBy")).isEqualTo(operator);
        assertThat(inCas(null, toGroup).getJsonObject("fields").getString("target")).isEqualTo("group:" + group);

        String toAll = sent("{\"kind\":\"SEND_OSD\",\"target\":\"all\",\"text\":\"Maintenance tonight\"}");
        assertThat(answered("kind=SEND_OSD", toAll).getString("state")).isEqualTo("ACCEPTED");
    }

    /** A SOAP call to /ws/CasService: the HTTP status and the texts of the elements named, in document order. */
    private static List<String> soap(String body, String user, String password, int status, String element) throws Exception {
        String envelope = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:s=\"urn:opensms:sms:1\">"
                + "<soapenv:Body>" + body + "</soapenv:Body></soapenv:Envelope>";
        HttpResponse<String> r = SmsServer.send(SmsServer.request("/ws/CasService", user, password)
                .header("Content-Type", "text/xml; charset=utf-8").header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofString(envelope)));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var xml = factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new StringReader(r.body())));
        var nodes = xml.getElementsByTagNameNS("*", element);
        List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    @Test
    void overSoapAMessageIsSentAndJournalledAndBadOrForbiddenOnesAreFaults() throws Exception {
        String card = "75" + SmsServer.uniqueMobile();
        String commandId = soap("<s:sendCasMessage><s:message><s:kind>SEND_MAIL</s:kind><s:target>card:" + card
                + "</s:target><s:subject>Channel changes</s:subject><s:body>From 1 January channel 101 moves to 105.</s:body>"
                + "</s:message></s:sendCasMessage>", ADMIN, ADMIN_PASSWORD, 200, "commandId").get(0);
        assertThat(inCas(card, commandId).getJsonObject("fields").getString("subject")).isEqualTo("Channel changes");
        Instant end = Instant.now().plus(CAS_WAIT);
        List<String> states = List.of();
        while (Instant.now().isBefore(end) && !states.equals(List.of("ACCEPTED"))) {
            states = soap("<s:findCasCommands><s:card>" + card + "</s:card></s:findCasCommands>", ADMIN, ADMIN_PASSWORD,
                    200, "state");
            Thread.sleep(250);
        }
        assertThat(states).containsExactly("ACCEPTED");
        assertThat(soap("<s:findCasCommands><s:card>" + card + "</s:card></s:findCasCommands>", ADMIN, ADMIN_PASSWORD,
                200, "surface")).containsExactly("SOAP");

        // a number that is no number is named first, as a wrong JSON type is over REST; then the rules, all at once
        assertThat(soap("<s:sendCasMessage><s:message><s:kind>FINGERPRINT</s:kind><s:target>card:" + card
                + "</s:target><s:x>ten</s:x><s:fontSize>100</s:fontSize></s:message></s:sendCasMessage>",
                ADMIN, ADMIN_PASSWORD, 500, "field")).containsExactly("x");
        assertThat(soap("<s:sendCasMessage><s:message><s:kind>FINGERPRINT</s:kind><s:target>card:" + card
                + "</s:target><s:x>101</s:x><s:fontSize>100</s:fontSize><s:subject>s</s:subject></s:message></s:sendCasMessage>",
                ADMIN, ADMIN_PASSWORD, 500, "field")).containsExactlyInAnyOrder("x", "fontSize", "subject");
        String operator = SmsServer.unique("soapop");
        String password = SmsServer.createAccount(operator, "MSO_OPERATOR");
        assertThat(soap("<s:sendCasMessage><s:message><s:kind>SEND_OSD</s:kind><s:target>all</s:target><s:text>Hello"
                + "</s:text></s:message></s:sendCasMessage>", operator, password, 500, "code")).containsExactly("FORBIDDEN");
        assertThat(soap("<s:findCasCommands><s:card>" + card + "</s:card></s:findCasCommands>", ADMIN, ADMIN_PASSWORD,
                200, "total")).containsExactly("1");
    }
}
