package org.opensms.cas.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandCodecTest {

    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant END = Instant.parse("2025-02-01T00:00:00Z");

    static List<CasCommand> oneOfEach() {
        return List.of(
                new ActivateCard("id-1", "1001"),
                new DeactivateCard("id-2", "1001"),
                new PairStb("id-3", "1001", "STB-0001"),
                new UnpairStb("id-4", "1001", "STB-0001"),
                new AddEntitlement("id-5", "1001", "SPORTS", START, END),
                new CancelEntitlement("id-6", "1001", "SPORTS"),
                new CancelAllEntitlements("id-7", "1001"),
                new BlacklistCard("id-8", "1001"),
                new UnblacklistCard("id-9", "1001"),
                new AssignGroup("id-10", "1001", "REGION-NORTH"),
                new QueryCard("id-11", "1001"),
                new SendOsd("id-12", Target.group("G1"), "Your bill is due.\nPlease pay = thanks \\o/",
                        OsdPosition.BOTTOM, 30, 2, true),
                new SendMail("id-13", Target.all(), "Welcome", "Body with\r\nnewlines and ünïcödé"),
                new Fingerprint("id-14", Target.service(1001), Fingerprint.Mode.COVERT, 10, 90, 24, "#ffffff",
                        "#80000000", 5, true, false, null),
                new Fingerprint("id-15", Target.card("1001"), Fingerprint.Mode.OVERT, 50, 50, 12, "#FF0000",
                        "#000000", 60, true, true, "trace"));
    }

    @Test
    void everyCommandRoundTripsThroughAFrame() throws Exception {
        for (CasCommand c : oneOfEach()) {
            Message m = c.toMessage(5);
            assertThat(m.type()).isEqualTo(c.type().name());
            assertThat(m.field("commandId")).isEqualTo(c.commandId());
            Message decoded = FrameCodec.decodeBody(FrameCodec.encodeBody(m));
            assertThat(CasCommand.fromMessage(decoded)).isEqualTo(c);
        }
    }

    @Test
    void coversEveryCommandType() {
        assertThat(oneOfEach().stream().map(CasCommand::type).distinct().count())
                .isEqualTo(java.util.Arrays.stream(MessageType.values()).filter(MessageType::isCommand).count());
    }

    @Test
    void wireFieldsAreTheDocumentedOnes() {
        Message m = new AddEntitlement("c1", "1001", "P1", START, END).toMessage(3);
        assertThat(m.fields()).containsExactly(Map.entry("commandId", "c1"), Map.entry("card", "1001"),
                Map.entry("product", "P1"), Map.entry("start", "2025-01-01T00:00:00Z"),
                Map.entry("end", "2025-02-01T00:00:00Z"));
        Message fp = oneOfEach().get(13).toMessage(1);
        assertThat(fp.field("target")).isEqualTo("service:1001");
        assertThat(fp.field("foreground")).isEqualTo("#FFFFFF");
        assertThat(fp.fields()).doesNotContainKey("message");
        assertThat(((Fingerprint) oneOfEach().get(13)).ecmBased()).isTrue();
    }

    @Test
    void constructorsValidate() {
        assertThatThrownBy(() -> new ActivateCard("id", "12 34")).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("field 'card'");
        assertThatThrownBy(() -> new ActivateCard("", "1")).hasMessageContaining("field 'commandId'");
        assertThatThrownBy(() -> new ActivateCard("x".repeat(65), "1")).hasMessageContaining("field 'commandId'");
        assertThatThrownBy(() -> new PairStb("1", null)).hasMessageContaining("field 'stb': is required");
        InvalidFieldException period = (InvalidFieldException) org.assertj.core.api.Assertions.catchThrowable(
                () -> new AddEntitlement("1", "P", END, START));
        assertThat(period.code()).isEqualTo(CasErrorCode.INVALID_PERIOD);
        assertThat(period.field()).isEqualTo("end");
        assertThatThrownBy(() -> new AddEntitlement("1", "P", START, START)).hasMessageContaining("is not after start");
        assertThatThrownBy(() -> new SendOsd(Target.all(), "x".repeat(513), OsdPosition.TOP, 1, 1, false))
                .hasMessageContaining("field 'text': must be 1 to 512 characters, got 513");
        assertThatThrownBy(() -> new SendOsd(Target.service(1), "hi", OsdPosition.TOP, 1, 1, false))
                .hasMessageContaining("cannot target a service");
        assertThatThrownBy(() -> new SendOsd(Target.all(), "hi", OsdPosition.TOP, 0, 1, false))
                .hasMessageContaining("field 'duration'");
        assertThatThrownBy(() -> new SendMail(Target.all(), "", "b")).hasMessageContaining("field 'subject'");
        assertThatThrownBy(() -> new Fingerprint(Target.all(), Fingerprint.Mode.OVERT, 101, 0, 12, "#FFFFFF",
                "#000000", 5, false, false, null)).hasMessageContaining("field 'x'");
        assertThatThrownBy(() -> new Fingerprint(Target.all(), Fingerprint.Mode.OVERT, 1, 0, 12, "white",
                "#000000", 5, false, false, null)).hasMessageContaining("field 'foreground': must be #RRGGBB");
        assertThatThrownBy(() -> Target.service(70000)).hasMessageContaining("must be from 0 to 65535");
    }

    @Test
    void osdAcceptsLongTextsAndCountsCodePoints() {
        String text512 = "😀".repeat(512);
        assertThat(new SendOsd(Target.card("1"), text512, OsdPosition.CENTER, 1, 1, false).text()).isEqualTo(text512);
        assertThat(new SendOsd(Target.card("1"), "a".repeat(120), OsdPosition.CENTER, 1, 1, false).text()).hasSize(120);
    }

    @Test
    void decodingNamesTheBadField() {
        assertBad(Map.of("card", "1"), "ACTIVATE_CARD", "field 'commandId': is missing");
        assertBad(Map.of("commandId", "c"), "ACTIVATE_CARD", "field 'card': is missing");
        assertBad(Map.of("commandId", "c", "card", "1", "product", "P", "start", "yesterday", "end", "x"),
                "ADD_ENTITLEMENT", "field 'start': 'yesterday' is not an ISO-8601");
        Map<String, String> osd = new LinkedHashMap<>(Map.of("commandId", "c", "target", "all", "text", "t",
                "position", "MIDDLE", "duration", "5", "repetitions", "1", "forced", "true"));
        assertBad(osd, "SEND_OSD", "field 'position': 'MIDDLE' is not one of TOP, BOTTOM");
        osd.put("position", "TOP");
        osd.put("forced", "yes");
        assertBad(osd, "SEND_OSD", "field 'forced': 'yes' is not true or false");
        osd.put("forced", "false");
        osd.put("duration", "ten");
        assertBad(osd, "SEND_OSD", "field 'duration': 'ten' is not an integer");
        osd.put("duration", "10");
        osd.put("target", "planet:earth");
        assertBad(osd, "SEND_OSD", "field 'target': 'planet:earth' is not card:NUMBER");
        osd.put("target", "card:");
        assertBad(osd, "SEND_OSD", "field 'target'");
        assertThatThrownBy(() -> CasCommand.fromMessage(new Message("ACK", 1, Map.of())))
                .hasMessageContaining("'ACK' is not a command type");
    }

    @Test
    void ackRoundTripsWithCardState() throws Exception {
        CardState state = new CardState("1001", true, true, false, "STB-1", "G1",
                List.of(new Entitlement("SPORTS", START, END), new Entitlement("MOVIES", START, END)));
        CasAck ack = new CasAck(17, "cmd-1", CasAck.Result.ACCEPTED, 0, "", false, state);
        Message m = FrameCodec.decodeBody(FrameCodec.encodeBody(ack.toMessage(3)));
        assertThat(m.field("card.entitlement.1.product")).isEqualTo("MOVIES");
        assertThat(CasAck.fromMessage(m)).isEqualTo(ack);

        CasAck rejected = new CasAck(18, "cmd-2", CasAck.Result.REJECTED, 201, "card 1001 is\nblacklisted", true, null);
        CasAck back = CasAck.fromMessage(FrameCodec.decodeBody(FrameCodec.encodeBody(rejected.toMessage(4))));
        assertThat(back).isEqualTo(rejected);
        assertThat(back.errorCode()).isEqualTo(CasErrorCode.CARD_BLACKLISTED);
        assertThat(back.card()).isNull();
        assertThatThrownBy(() -> new CasAck(1, "c", CasAck.Result.REJECTED, 0, "", false, null))
                .hasMessageContaining("code must be 0 exactly when");
    }

    @Test
    void loginRoundTrips() throws Exception {
        Login login = new Login("sms", "p=w\nd", "node-1");
        Message m = FrameCodec.decodeBody(FrameCodec.encodeBody(login.toMessage(1)));
        assertThat(Login.fromMessage(m)).isEqualTo(login);
        assertThat(m.field("version")).isEqualTo("1");
    }

    private static void assertBad(Map<String, String> fields, String type, String expected) {
        assertThatThrownBy(() -> CasCommand.fromMessage(new Message(type, 1, fields)))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining(expected);
    }
}
