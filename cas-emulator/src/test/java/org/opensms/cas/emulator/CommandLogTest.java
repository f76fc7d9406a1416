package org.opensms.cas.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensms.cas.emulator.CommandLog.CommandRecord;
import org.opensms.cas.protocol.ActivateCard;
import org.opensms.cas.protocol.CancelEntitlement;
import org.opensms.cas.protocol.CasAck;
import org.opensms.cas.protocol.CasClient;
import org.opensms.cas.protocol.DeactivateCard;
import org.opensms.cas.protocol.OsdPosition;
import org.opensms.cas.protocol.QueryCard;
import org.opensms.cas.protocol.SendMail;
import org.opensms.cas.protocol.SendOsd;
import org.opensms.cas.protocol.Target;

/** The command log: per command id, how many times it was applied and answered as a duplicate. */
class CommandLogTest extends EmulatorTestSupport {

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void provision() {
        emulator.provision("1001", "1002");
    }

    private CommandRecord record(String id) {
        return emulator.command(id).orElseThrow(() -> new AssertionError("command " + id + " not logged"));
    }

    @Test
    void appliedOnceAndDuplicatesCounted() throws Exception {
        ActivateCard activate = new ActivateCard("act-1", "1001");
        assertThat(ack(activate).accepted()).isTrue();
        assertThat(ack(activate).duplicate()).isTrue();
        assertThat(client().send(activate).get(5, TimeUnit.SECONDS).duplicate()).isTrue();

        CommandRecord r = record("act-1");
        assertThat(r.applied()).isEqualTo(1);
        assertThat(r.duplicates()).isEqualTo(2);
        assertThat(r.accepted()).isTrue();
        assertThat(r.type()).isEqualTo("ACTIVATE_CARD");
        assertThat(r.card()).isEqualTo("1001");
        assertThat(r.firstReceivedAt()).isNotNull();
    }

    @Test
    void rejectionsAreLoggedWithoutEffect() throws Exception {
        CancelEntitlement cancel = new CancelEntitlement("cancel-1", "1001", "SPORTS");
        assertThat(ack(cancel).accepted()).isFalse();
        assertThat(ack(cancel).duplicate()).isTrue();
        CommandRecord r = record("cancel-1");
        assertThat(r.accepted()).isFalse();
        assertThat(r.applied()).isZero();
        assertThat(r.duplicates()).isEqualTo(1);
        assertThat(r.code()).isEqualTo(205);
        assertThat(r.reason()).contains("SPORTS");
    }

    @Test
    void queriesAndInjectedFaultsAreNotLogged() throws Exception {
        ack(new QueryCard("query-1", "1001"));
        emulator.faults().rejectNext(1, 503, "maintenance");
        assertThat(ack(new ActivateCard("act-503", "1001")).accepted()).isFalse();
        assertThat(emulator.command("query-1")).isEmpty();
        assertThat(emulator.command("act-503")).isEmpty();
        assertThat(ack(new ActivateCard("act-503", "1001")).accepted()).isTrue();   // the retry is the first application
        assertThat(record("act-503").applied()).isEqualTo(1);
        assertThat(record("act-503").duplicates()).isZero();
    }

    @Test
    void aCommandResentAfterItsAckWasLostIsAppliedOnce() throws Exception {
        CasClient c = client();
        emulator.faults().dropAfterFrames(1);
        DeactivateCard deactivate = new DeactivateCard("deact-1", "1002");
        CompletableFuture<CasAck> lost = c.send(deactivate);
        try {
            lost.get(5, TimeUnit.SECONDS);
            throw new AssertionError("the ACK should have been lost");
        } catch (ExecutionException expected) {
            // connection closed after the command was applied
        }
        assertThat(client().send(deactivate).get(5, TimeUnit.SECONDS).duplicate()).isTrue();
        assertThat(record("deact-1").applied()).isEqualTo(1);
        assertThat(record("deact-1").duplicates()).isEqualTo(1);
    }

    @Test
    void messagesNameTheirCardOrTarget() throws Exception {
        ack(new SendOsd("osd-1", Target.card("1002"), "hello", OsdPosition.CENTER, 5, 1, false));
        ack(new SendMail("mail-1", Target.group("G1"), "S", "B"));
        assertThat(record("osd-1").card()).isEqualTo("1002");
        assertThat(record("osd-1").target()).isEqualTo("CARD:1002");
        assertThat(record("mail-1").card()).isNull();
        assertThat(record("mail-1").target()).isEqualTo("GROUP:G1");
    }

    @Test
    void controlApiListsCommandsByCardAndById() throws Exception {
        ack(new ActivateCard("a-1", "1001"));
        ack(new ActivateCard("a-2", "1002"));
        ack(new SendOsd("o-1", Target.card("1001"), "hi", OsdPosition.TOP, 5, 1, false));
        ack(new ActivateCard("a-1", "1001"));

        Map<String, Object> one = get("/commands/a-1", 200);
        assertThat(one).containsEntry("commandId", "a-1").containsEntry("type", "ACTIVATE_CARD")
                .containsEntry("card", "1001").containsEntry("result", "ACCEPTED").containsEntry("code", 0L)
                .containsEntry("applied", 1L).containsEntry("duplicates", 1L);
        assertThat(get("/commands/nope", 404)).containsEntry("error", "command nope is not known");

        Map<String, Object> forCard = get("/commands?card=1001", 200);
        assertThat(forCard).containsEntry("total", 2L).containsEntry("offset", 0L).containsEntry("limit", 100L);
        assertThat(ids(forCard)).containsExactly("a-1", "o-1");
        Map<String, Object> page = get("/commands?offset=1&limit=1", 200);
        assertThat(page).containsEntry("total", 3L);
        assertThat(ids(page)).containsExactly("a-2");
        assertThat(get("/commands?limit=0", 400).get("error")).asString().contains("'limit'");

        emulator.reset();
        assertThat(get("/commands", 200)).containsEntry("total", 0L);
    }

    @Test
    void theLogIsBoundedLikeTheIdStore() throws Exception {
        emulator.close();
        emulator = CasEmulator.start(config().commandIdCapacity(2));
        emulator.provision("1001");
        for (int i = 1; i <= 3; i++) {
            ack(new ActivateCard("id-" + i, "1001"));
        }
        assertThat(emulator.command("id-1")).isEmpty();
        assertThat(emulator.cards().commandCount(null)).isEqualTo(2);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> get(String path, int status) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + emulator.controlPort() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return (Map<String, Object>) Json.parse(r.body());
    }

    private static List<String> ids(Map<?, ?> page) {
        return ((List<?>) page.get("commands")).stream().map(o -> String.valueOf(((Map<?, ?>) o).get("commandId"))).toList();
    }
}
