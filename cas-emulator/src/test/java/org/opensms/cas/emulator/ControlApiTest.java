package org.opensms.cas.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.opensms.cas.protocol.ActivateCard;
import org.opensms.cas.protocol.AddEntitlement;
import org.opensms.cas.protocol.CasAck;
import org.opensms.cas.protocol.CasClient;
import org.opensms.cas.protocol.OsdPosition;
import org.opensms.cas.protocol.PairStb;
import org.opensms.cas.protocol.SendMail;
import org.opensms.cas.protocol.SendOsd;
import org.opensms.cas.protocol.Target;

class ControlApiTest extends EmulatorTestSupport {

    private final HttpClient http = HttpClient.newHttpClient();

    private record Reply(int status, Object json) {
        @SuppressWarnings("unchecked")
        Map<String, Object> map() {
            return (Map<String, Object>) json;
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return (List<Object>) o;
    }

    private Reply call(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + emulator.controlPort() + path));
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        return new Reply(r.statusCode(), Json.parse(r.body()));
    }

    @Test
    void provisionAndReadCards() throws Exception {
        Reply p = call("POST", "/cards/provision", "[\"1001\", \"1002\", 1003]");
        assertThat(p.status()).isEqualTo(200);
        assertThat(p.map()).containsEntry("requested", 3L).containsEntry("provisioned", 3L).containsEntry("total", 3L);
        assertThat(call("POST", "/cards/provision", "{\"cards\":[\"1001\",\"1004\"]}").map())
                .containsEntry("provisioned", 1L).containsEntry("total", 4L);
        assertThat(call("POST", "/cards/provision", "{\"from\":\"0002000\",\"count\":5}").map())
                .containsEntry("provisioned", 5L);
        assertThat(emulator.card("0002004")).isPresent();

        CasClient c = client();
        Instant t0 = Instant.parse("2025-03-01T00:00:00Z");
        c.send(new ActivateCard("1001")).get(5, TimeUnit.SECONDS);
        c.send(new PairStb("1001", "STB-9")).get(5, TimeUnit.SECONDS);
        c.send(new AddEntitlement("1001", "SPORTS", t0, t0.plusSeconds(3600))).get(5, TimeUnit.SECONDS);
        c.send(new SendOsd(Target.card("1001"), "Hi \"there\"\nnew line", OsdPosition.TOP, 5, 1, true))
                .get(5, TimeUnit.SECONDS);

        Reply card = call("GET", "/cards/1001", null);
        assertThat(card.status()).isEqualTo(200);
        assertThat(card.map()).containsEntry("number", "1001").containsEntry("known", true)
                .containsEntry("active", true).containsEntry("blacklisted", false)
                .containsEntry("stb", "STB-9").containsEntry("group", null);
        assertThat(list(card.map().get("entitlements"))).containsExactly(Map.of("product", "SPORTS",
                "start", "2025-03-01T00:00:00Z", "end", "2025-03-01T01:00:00Z"));
        Map<?, ?> msg = (Map<?, ?>) ((List<?>) card.map().get("messages")).get(0);
        assertThat(msg.get("type")).isEqualTo("SEND_OSD");
        assertThat(((Map<?, ?>) msg.get("fields")).get("text")).isEqualTo("Hi \"there\"\nnew line");

        Reply missing = call("GET", "/cards/9999", null);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.map().get("error")).isEqualTo("card 9999 is not known");
    }

    @Test
    void pagesCardsInNumberOrder() throws Exception {
        for (int i = 0; i < 25; i++) {
            emulator.provision(String.format("5%03d", i));
        }
        Reply page = call("GET", "/cards?offset=10&limit=5", null);
        assertThat(page.map()).containsEntry("total", 25L).containsEntry("offset", 10L).containsEntry("limit", 5L);
        assertThat(list(page.map().get("cards")).stream().map(o -> String.valueOf(((Map<?, ?>) o).get("number"))).toList())
                .containsExactly("5010", "5011", "5012", "5013", "5014");
        assertThat((List<?>) call("GET", "/cards?offset=24", null).map().get("cards")).hasSize(1);
        assertThat(call("GET", "/cards?limit=0", null).status()).isEqualTo(400);
        assertThat(call("GET", "/cards?limit=abc", null).map().get("error")).asString().contains("'limit'");
    }

    @Test
    void statsAndReset() throws Exception {
        emulator.provision("1001");
        CasClient c = client();
        c.send(new ActivateCard("1001")).get(5, TimeUnit.SECONDS);
        c.send(new ActivateCard("2002")).get(5, TimeUnit.SECONDS);
        c.send(new SendMail(Target.all(), "S", "B")).get(5, TimeUnit.SECONDS);
        Map<String, Object> stats = call("GET", "/stats", null).map();
        assertThat(stats).containsEntry("commandsReceived", 3L).containsEntry("accepted", 2L)
                .containsEntry("rejected", 1L).containsEntry("duplicates", 0L).containsEntry("connectionsActive", 1L)
                .containsEntry("cards", 1L).containsEntry("commandIdsRemembered", 3L);
        List<?> messages = (List<?>) call("GET", "/messages", null).map().get("messages");
        assertThat(messages).hasSize(1);

        assertThat(call("POST", "/reset", "").map()).containsEntry("reset", true);
        assertThat(emulator.cards().size()).isZero();
        assertThat(call("GET", "/stats", null).map()).containsEntry("commandsReceived", 0L)
                .containsEntry("commandIdsRemembered", 0L);
    }

    @Test
    void faultsOverHttp() throws Exception {
        emulator.provision("1001");
        Map<String, Object> f = call("GET", "/faults", null).map();
        assertThat(f).containsEntry("refuseConnections", false).containsEntry("ackDelayMs", 0L)
                .containsEntry("rejectNext", 0L).containsEntry("ignoreHeartbeats", false);

        Map<String, Object> set = call("POST", "/faults", "{\"rejectNext\":1,\"rejectCode\":577,"
                + "\"rejectReason\":\"over quota\",\"ackDelayMs\":10}").map();
        assertThat(set).containsEntry("rejectNext", 1L).containsEntry("rejectCode", 577L)
                .containsEntry("rejectReason", "over quota").containsEntry("ackDelayMs", 10L);
        CasClient c = client();
        CasAck ack = c.send(new ActivateCard("1001")).get(5, TimeUnit.SECONDS);
        assertThat(ack.code()).isEqualTo(577);
        assertThat(ack.reason()).isEqualTo("over quota");

        Map<String, Object> dropped = call("POST", "/faults", "{\"dropConnections\":true}").map();
        assertThat(dropped).containsEntry("dropped", 1L);
        assertThat(call("POST", "/faults", "{\"refuseConnections\":true,\"dropAfterFrames\":7,"
                + "\"ignoreHeartbeats\":true,\"rejectPercent\":5}").map())
                .containsEntry("refuseConnections", true).containsEntry("dropAfterFrames", 7L)
                .containsEntry("ignoreHeartbeats", true).containsEntry("rejectPercent", 5L);
        assertThat(emulator.faults().refuseConnections()).isTrue();

        assertThat(call("DELETE", "/faults", null).map()).containsEntry("refuseConnections", false)
                .containsEntry("dropAfterFrames", 0L).containsEntry("ackDelayMs", 0L).containsEntry("rejectPercent", 0L);
        call("POST", "/faults", "{\"ackDelayMs\":50}");
        assertThat(call("POST", "/faults", "{\"clear\":true}").map()).containsEntry("ackDelayMs", 0L);

        assertThat(call("POST", "/faults", "{\"nonsense\":1}").status()).isEqualTo(400);
        assertThat(call("POST", "/faults", "{\"ackDelayMs\":\"slow\"}").map().get("error")).asString()
                .contains("'ackDelayMs' must be an integer");
        assertThat(call("POST", "/faults", "{bad json").status()).isEqualTo(400);
    }

    @Test
    void errorsAreJson() throws Exception {
        assertThat(call("GET", "/nowhere", null).status()).isEqualTo(404);
        assertThat(call("DELETE", "/stats", null).status()).isEqualTo(405);
        Reply bad = call("POST", "/cards/provision", "[\"bad card\"]");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.map().get("error")).asString().contains("field 'card'");
        assertThat(call("POST", "/cards/provision", "{\"x\":1}").status()).isEqualTo(400);
        assertThat(call("POST", "/state/save", "").status()).isEqualTo(409);
    }
}
