package org.opensms.sms.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensms.sms.it.SmsServer.ADMIN;
import static org.opensms.sms.it.SmsServer.ADMIN_PASSWORD;
import static org.opensms.sms.it.SmsServer.get;
import static org.opensms.sms.it.SmsServer.json;
import static org.opensms.sms.it.SmsServer.postJson;
import static org.opensms.sms.it.SmsServer.uniqueMobile;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The subscriber's full record, its change history and its life cycle (issue 4), over REST and SOAP against the
 * deployed EAR: activation refused without the customer application form, the whole life cycle, who/when/surface in
 * the history, a stale update refused, a deactivated subscriber read-only, bad input named field by field.
 */
@ExtendWith(ArquillianExtension.class)
class SubscriberLifecycleIT {

    private static final String SOAP = "/ws/SubscriberService";
    private static final String NS = "urn:opensms:sms:1";
    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Kolkata")).minusDays(1).toString();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SmsServer.ear();
    }

    // ---- helpers ----

    private static JsonObjectBuilder registration(String name, boolean withCaf) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("name", name).add("mobile", uniqueMobile())
                .add("email", "life@example.in").add("area", "Koramangala")
                .add("billingAddress", Json.createObjectBuilder().add("line1", "80 Feet Road").add("city", "Bengaluru")
                        .add("state", "KA").add("pinCode", "560034"));
        if (withCaf) {
            b.add("cafNumber", "CAF/IT/" + SmsServer.unique("")).add("cafDate", TODAY);
        }
        return b;
    }

    private static JsonObject register(JsonObjectBuilder body) {
        HttpResponse<String> r = postJson("/api/subscribers", body.build().toString(), ADMIN, ADMIN_PASSWORD);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json(r);
    }

    private static HttpResponse<String> patch(String customerId, String body, String ifMatch, String user, String password) {
        HttpRequest.Builder b = SmsServer.request("/api/subscribers/" + customerId, user, password)
                .header("Content-Type", "application/json").method("PATCH", HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        return SmsServer.send(b);
    }

    private static HttpResponse<String> operation(String customerId, String op, String reason) {
        String body = reason == null ? "" : Json.createObjectBuilder().add("reason", reason).build().toString();
        return postJson("/api/subscribers/" + customerId + "/" + op, body, ADMIN, ADMIN_PASSWORD);
    }

    private static List<JsonObject> history(String customerId) {
        HttpResponse<String> r = get("/api/subscribers/" + customerId + "/history", ADMIN, ADMIN_PASSWORD);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json(r).getJsonArray("changes").stream().map(v -> v.asJsonObject()).toList();
    }

    /** A string field, or null when it is null or left out (the API leaves out null fields). */
    private static String text(JsonObject o, String field) {
        return o.containsKey(field) && !o.isNull(field) ? o.getString(field) : null;
    }

    private static List<String> fields(HttpResponse<String> r) {
        return json(r).getJsonArray("errors").stream().map(v -> v.asJsonObject().getString("field")).toList();
    }

    private static String soap(String body, String user, String password) {
        String envelope = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:s=\"" + NS
                + "\"><soapenv:Body>" + body + "</soapenv:Body></soapenv:Envelope>";
        HttpResponse<String> r = SmsServer.send(SmsServer.request(SOAP, user, password)
                .header("Content-Type", "text/xml; charset=utf-8").header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofString(envelope)));
        return r.body().replaceAll("<(/?)[A-Za-z0-9]+:", "<$1");
    }

    private static String between(String xml, String tag) {
        int start = xml.indexOf("<" + tag + ">");
        return start < 0 ? null : xml.substring(start + tag.length() + 2, xml.indexOf("</" + tag + ">", start));
    }

    // ---- REST ----

    @Test
    void activationIsRefusedUntilTheApplicationFormIsRecorded() {
        JsonObject s = register(registration("No Form Yet", false));
        String id = s.getString("customerId");
        assertThat(s.getString("contractNumber")).isNotBlank();
        assertThat(s.getString("status")).isEqualTo("REGISTERED");

        HttpResponse<String> refused = operation(id, "activate", null);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused).getString("code")).isEqualTo("CONFLICT");
        assertThat(json(refused).getString("message")).contains(id, "REGISTERED", "ACTIVE", "customer application form (CAF)");
        assertThat(fields(refused)).containsExactly("cafNumber", "cafDate");
        assertThat(json(get("/api/subscribers/" + id, ADMIN, ADMIN_PASSWORD)).getString("status")).isEqualTo("REGISTERED");

        HttpResponse<String> caf = patch(id, "{\"version\": 1, \"cafNumber\": \"CAF-77\", \"cafDate\": \"" + TODAY + "\"}",
                null, ADMIN, ADMIN_PASSWORD);
        assertThat(caf.statusCode()).as(caf.body()).isEqualTo(200);
        HttpResponse<String> active = operation(id, "activate", null);
        assertThat(active.statusCode()).as(active.body()).isEqualTo(200);
        assertThat(json(active).getString("status")).isEqualTo("ACTIVE");
    }

    @Test
    void theWholeLifeCycleIsInTheHistoryWithWhoWhenSurfaceAndReason() {
        Instant start = Instant.now().minusSeconds(5);
        String operator = SmsServer.unique("op-");
        String operatorPassword = SmsServer.createAccount(operator, "MSO_OPERATOR");
        JsonObject s = register(registration("Full Cycle", true).add("contractNumber", "IT/" + SmsServer.unique("c")));
        String id = s.getString("customerId");

        assertThat(json(operation(id, "activate", "CAF verified")).getString("status")).isEqualTo("ACTIVE");
        assertThat(json(operation(id, "suspend", "customer travelling")).getString("status")).isEqualTo("SUSPENDED");
        assertThat(operation(id, "suspend", null).statusCode()).as("already suspended").isEqualTo(409);
        HttpResponse<String> resume = postJson("/api/subscribers/" + id + "/resume", "", operator, operatorPassword);
        assertThat(json(resume).getString("status")).isEqualTo("ACTIVE");
        HttpResponse<String> noReason = operation(id, "deactivate", null);
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(fields(noReason)).containsExactly("reason");
        HttpResponse<String> gone = operation(id, "deactivate", "moved out of the area");
        assertThat(gone.statusCode()).as(gone.body()).isEqualTo(200);
        assertThat(json(gone).getString("status")).isEqualTo("DEACTIVATED");

        List<JsonObject> h = history(id);
        assertThat(h).extracting(c -> c.getString("field")).containsOnly("status");
        assertThat(h).extracting(c -> text(c, "oldValue") + ">" + c.getString("newValue"))
                .containsExactly("null>REGISTERED", "REGISTERED>ACTIVE", "ACTIVE>SUSPENDED", "SUSPENDED>ACTIVE",
                        "ACTIVE>DEACTIVATED");
        assertThat(h).extracting(c -> c.getString("changedBy"))
                .containsExactly(ADMIN, ADMIN, ADMIN, operator, ADMIN);
        assertThat(h).extracting(c -> c.getString("surface")).containsOnly("REST");
        assertThat(h.get(2).getString("reason")).isEqualTo("customer travelling");
        assertThat(h.get(4).getString("reason")).isEqualTo("moved out of the area");
        for (JsonObject c : h) {
            assertThat(Instant.parse(c.getString("changedAt"))).isBetween(start, Instant.now().plusSeconds(5));
        }
    }

    @Test
    void aStaleUpdateIsRefusedWith409AndEachChangeIsRecorded() {
        JsonObject s = register(registration("Two Clerks", false));
        String id = s.getString("customerId");
        HttpResponse<String> read = get("/api/subscribers/" + id, ADMIN, ADMIN_PASSWORD);
        assertThat(read.headers().firstValue("ETag")).hasValue("\"1\"");

        HttpResponse<String> first = patch(id, "{\"landline\": \"080 4123 4567\", \"area\": \"HSR Layout\"}", "\"1\"",
                ADMIN, ADMIN_PASSWORD);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(first.headers().firstValue("ETag")).hasValue("\"2\"");
        assertThat(json(first).getString("area")).isEqualTo("HSR Layout");

        HttpResponse<String> stale = patch(id, "{\"area\": \"Jayanagar\"}", "\"1\"", ADMIN, ADMIN_PASSWORD);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(json(stale).getString("code")).isEqualTo("CONFLICT");
        assertThat(json(stale).getString("message")).contains(id, "version 1", "version 2", "read it again");
        assertThat(json(get("/api/subscribers/" + id, ADMIN, ADMIN_PASSWORD)).getString("area")).isEqualTo("HSR Layout");

        HttpResponse<String> noVersion = patch(id, "{\"area\": \"Jayanagar\"}", null, ADMIN, ADMIN_PASSWORD);
        assertThat(noVersion.statusCode()).isEqualTo(400);
        assertThat(fields(noVersion)).containsExactly("version");

        HttpResponse<String> cleared = patch(id, "{\"version\": 2, \"email\": null}", null, ADMIN, ADMIN_PASSWORD);
        assertThat(cleared.statusCode()).as(cleared.body()).isEqualTo(200);
        assertThat(text(json(cleared), "email")).isNull();

        List<JsonObject> h = history(id);
        assertThat(h).extracting(c -> c.getString("field")).containsExactly("status", "landline", "area", "email");
        assertThat(h.get(1).getString("newValue")).isEqualTo("08041234567");
        assertThat(h.get(3).getString("oldValue")).isEqualTo("life@example.in");
        assertThat(text(h.get(3), "newValue")).isNull();
    }

    @Test
    void aDeactivatedSubscriberCanOnlyBeRead() {
        JsonObject s = register(registration("Gone For Good", true));
        String id = s.getString("customerId");
        operation(id, "activate", null);
        assertThat(operation(id, "deactivate", "non-payment").statusCode()).isEqualTo(200);
        long version = json(get("/api/subscribers/" + id, ADMIN, ADMIN_PASSWORD)).getJsonNumber("version").longValue();

        HttpResponse<String> change = patch(id, "{\"version\": " + version + ", \"area\": \"Elsewhere\"}", null, ADMIN, ADMIN_PASSWORD);
        assertThat(change.statusCode()).isEqualTo(409);
        assertThat(json(change).getString("message")).contains(id, "DEACTIVATED");
        for (String op : List.of("activate", "suspend", "resume", "deactivate")) {
            HttpResponse<String> r = operation(id, op, "try again");
            assertThat(r.statusCode()).as(op).isEqualTo(409);
            assertThat(json(r).getString("message")).contains(id, "DEACTIVATED");
        }
        assertThat(history(id)).hasSize(3);
        assertThat(get("/api/subscribers/" + id, ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void badInputNamesEveryField() {
        String body = registration("Bad Fields", false).add("contractNumber", "a b").add("lco", "NO-SUCH-LCO")
                .add("cafNumber", "CAF 1").add("cafDate", "31-02-2026").add("area", "x".repeat(61)).build().toString();
        HttpResponse<String> r = postJson("/api/subscribers", body, ADMIN, ADMIN_PASSWORD);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(fields(r)).containsExactly("contractNumber", "area", "lco", "cafNumber", "cafDate");

        String id = register(registration("Bad Patch", false)).getString("customerId");
        HttpResponse<String> p = patch(id, "{\"version\": \"one\", \"name\": null, \"mobile\": \"12\", \"nickname\": 1,"
                + " \"billingAddress\": {\"line1\": \"\", \"city\": \"Pune\", \"state\": \"MH\", \"pinCode\": \"411001\"}}",
                null, ADMIN, ADMIN_PASSWORD);
        assertThat(p.statusCode()).isEqualTo(400);
        assertThat(fields(p)).contains("nickname", "version");
        HttpResponse<String> p2 = patch(id, "{\"version\": 1, \"name\": null, \"mobile\": \"12\", \"cafDate\": \"2099-01-01\","
                + " \"billingAddress\": {\"line1\": \"\", \"city\": \"Pune\", \"state\": \"MH\", \"pinCode\": \"411001\"}}",
                null, ADMIN, ADMIN_PASSWORD);
        assertThat(p2.statusCode()).isEqualTo(400);
        assertThat(fields(p2)).containsExactly("name", "mobile", "cafDate", "billingAddress.line1", "cafNumber");
        assertThat(history(id)).hasSize(1);

        HttpResponse<String> badOp = postJson("/api/subscribers/" + id + "/suspend", "{\"why\": 3}", ADMIN, ADMIN_PASSWORD);
        assertThat(badOp.statusCode()).isEqualTo(400);
        assertThat(fields(badOp)).containsExactly("why");
        assertThat(operation("NOPE00000000", "activate", null).statusCode()).isEqualTo(404);
        assertThat(get("/api/subscribers/NOPE00000000/history", ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(404);
    }

    // ---- SOAP ----

    @Test
    void theLifeCycleOverSoap() {
        String mobile = uniqueMobile();
        String registered = soap("<s:registerSubscriber><s:registration><s:name>Soap Cycle</s:name><s:mobile>" + mobile
                + "</s:mobile><s:billingAddress><s:line1>4 Park Street</s:line1><s:city>Kolkata</s:city><s:state>WB</s:state>"
                + "<s:pinCode>700016</s:pinCode></s:billingAddress><s:area>Park Street</s:area></s:registration>"
                + "</s:registerSubscriber>", ADMIN, ADMIN_PASSWORD);
        String id = between(registered, "customerId");
        assertThat(id).as(registered).matches("SMS\\d{8}");
        assertThat(registered).contains("<status>REGISTERED</status>", "<version>1</version>", "<area>Park Street</area>")
                .containsPattern("<contractNumber>[A-Z0-9/_.-]+</contractNumber>");

        String refused = soap("<s:activateSubscriber><s:customerId>" + id + "</s:customerId></s:activateSubscriber>",
                ADMIN, ADMIN_PASSWORD);
        assertThat(refused).contains("SmsFault", "<code>CONFLICT</code>", id, "<field>cafNumber</field>");

        String updated = soap("<s:updateSubscriber><s:customerId>" + id + "</s:customerId><s:update><s:version>1</s:version>"
                + "<s:cafNumber>CAF-SOAP-1</s:cafNumber><s:cafDate>" + TODAY + "</s:cafDate></s:update></s:updateSubscriber>",
                ADMIN, ADMIN_PASSWORD);
        assertThat(updated).contains("<cafNumber>CAF-SOAP-1</cafNumber>", "<version>2</version>");

        String stale = soap("<s:updateSubscriber><s:customerId>" + id + "</s:customerId><s:update><s:version>1</s:version>"
                + "<s:area>Elsewhere</s:area></s:update></s:updateSubscriber>", ADMIN, ADMIN_PASSWORD);
        assertThat(stale).contains("<code>CONFLICT</code>", "version 1", "<field>version</field>");

        assertThat(soap("<s:activateSubscriber><s:customerId>" + id + "</s:customerId><s:reason>form checked</s:reason>"
                + "</s:activateSubscriber>", ADMIN, ADMIN_PASSWORD)).contains("<status>ACTIVE</status>");
        assertThat(soap("<s:suspendSubscriber><s:customerId>" + id + "</s:customerId></s:suspendSubscriber>",
                ADMIN, ADMIN_PASSWORD)).contains("<status>SUSPENDED</status>");
        assertThat(soap("<s:resumeSubscriber><s:customerId>" + id + "</s:customerId></s:resumeSubscriber>",
                ADMIN, ADMIN_PASSWORD)).contains("<status>ACTIVE</status>");
        assertThat(soap("<s:deactivateSubscriber><s:customerId>" + id + "</s:customerId></s:deactivateSubscriber>",
                ADMIN, ADMIN_PASSWORD)).contains("<code>INVALID_INPUT</code>", "<field>reason</field>");
        assertThat(soap("<s:deactivateSubscriber><s:customerId>" + id + "</s:customerId><s:reason>closed</s:reason>"
                + "</s:deactivateSubscriber>", ADMIN, ADMIN_PASSWORD)).contains("<status>DEACTIVATED</status>");
        assertThat(soap("<s:updateSubscriber><s:customerId>" + id + "</s:customerId><s:update><s:version>9</s:version>"
                + "<s:area>X</s:area></s:update></s:updateSubscriber>", ADMIN, ADMIN_PASSWORD))
                .contains("<code>CONFLICT</code>", "DEACTIVATED");

        String history = soap("<s:getSubscriberHistory><s:customerId>" + id + "</s:customerId></s:getSubscriberHistory>",
                ADMIN, ADMIN_PASSWORD);
        assertThat(history).contains("<status>DEACTIVATED</status>", "<field>cafNumber</field>",
                "<newValue>CAF-SOAP-1</newValue>", "<reason>form checked</reason>", "<reason>closed</reason>",
                "<changedBy>" + ADMIN + "</changedBy>", "<surface>SOAP</surface>");
        assertThat(history.split("<change>", -1)).hasSize(1 + 7); // registration, 2 CAF fields, 4 status changes
        assertThat(soap("<s:getSubscriberHistory><s:customerId>NOPE</s:customerId></s:getSubscriberHistory>",
                ADMIN, ADMIN_PASSWORD)).contains("<code>NOT_FOUND</code>");
    }

    @Test
    void restAndSoapChangesShareOneHistory() {
        String id = register(registration("Two Surfaces", false)).getString("customerId");
        assertThat(patch(id, "{\"area\": \"Whitefield\"}", "\"1\"", ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(200);
        soap("<s:updateSubscriber><s:customerId>" + id + "</s:customerId><s:update><s:version>2</s:version>"
                + "<s:landline>080 2345 6789</s:landline></s:update></s:updateSubscriber>", ADMIN, ADMIN_PASSWORD);
        List<JsonObject> h = history(id);
        assertThat(h).extracting(c -> c.getString("field") + "@" + c.getString("surface"))
                .containsExactly("status@REST", "area@REST", "landline@SOAP");
        assertThat(SmsServer.get(SOAP + "?wsdl", ADMIN, ADMIN_PASSWORD).body()).contains("updateSubscriber",
                "getSubscriberHistory", "activateSubscriber", "suspendSubscriber", "resumeSubscriber", "deactivateSubscriber");
    }
}
