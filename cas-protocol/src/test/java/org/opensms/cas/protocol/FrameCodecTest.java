package org.opensms.cas.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrameCodecTest {

    private static Message decode(String body) throws CasProtocolException {
        return FrameCodec.decodeBody(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void encodesLengthPrefixAndExactBody() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("card", "1001");
        byte[] frame = FrameCodec.encode(new Message(MessageType.ACTIVATE_CARD, 7, f));
        String body = "ACTIVATE_CARD 7\ncard=1001\n";
        assertThat(frame).hasSize(4 + body.length());
        assertThat(new byte[] {frame[0], frame[1], frame[2], frame[3]}).containsExactly(0, 0, 0, body.length());
        assertThat(new String(frame, 4, frame.length - 4, StandardCharsets.UTF_8)).isEqualTo(body);
    }

    @Test
    void roundTripsEscapedValuesAndUnicode() throws Exception {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("text", "line1\nline2\r\\end = x=y \\n literal");
        f.put("unicode", "Grüße – 你好 🎬");
        f.put("empty", "");
        Message m = new Message("SEND_OSD", 42, f);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FrameCodec.write(out, m);
        Message back = FrameCodec.read(new DataInputStream(new ByteArrayInputStream(out.toByteArray())));
        assertThat(back).isEqualTo(m);
        assertThat(FrameCodec.escape("a\\b\nc\rd")).isEqualTo("a\\\\b\\nc\\rd");
        assertThat(FrameCodec.unescape("a\\\\b\\nc\\rd")).isEqualTo("a\\b\nc\rd");
    }

    @Test
    void acceptsBodyWithoutFinalNewline() throws Exception {
        Message m = decode("HEARTBEAT_ACK 3\nref=9");
        assertThat(m.type()).isEqualTo("HEARTBEAT_ACK");
        assertThat(m.seq()).isEqualTo(3);
        assertThat(m.field("ref")).isEqualTo("9");
        assertThat(decode("HEARTBEAT 1").fields()).isEmpty();
    }

    @Test
    void cleanEndOfStreamIsNullButTruncatedFrameIsAnError() throws Exception {
        assertThat(FrameCodec.read(new DataInputStream(new ByteArrayInputStream(new byte[0])))).isNull();
        byte[] truncated = {0, 0, 0, 10, 'H', 'E'};
        assertThatThrownBy(() -> FrameCodec.read(new DataInputStream(new ByteArrayInputStream(truncated))))
                .isInstanceOf(EOFException.class).hasMessageContaining("inside a frame body of 10 bytes");
        byte[] shortPrefix = {0, 0};
        assertThatThrownBy(() -> FrameCodec.read(new DataInputStream(new ByteArrayInputStream(shortPrefix))))
                .isInstanceOf(EOFException.class).hasMessageContaining("length prefix");
    }

    @Test
    void rejectsBadLengths() {
        byte[] zero = {0, 0, 0, 0};
        byte[] huge = {0x7f, 0, 0, 0};
        byte[] negative = {(byte) 0xff, 0, 0, 1};
        for (byte[] b : new byte[][] {zero, huge, negative}) {
            assertThatThrownBy(() -> FrameCodec.read(new DataInputStream(new ByteArrayInputStream(b))))
                    .isInstanceOf(CasProtocolException.class).hasMessageContaining("frame length")
                    .hasMessageContaining("outside 1..65536");
        }
    }

    @Test
    void malformedBodiesNameTheProblem() {
        assertMalformed("ACK", "header line 'ACK' is not 'TYPE SEQ'");
        assertMalformed("ack 1\n", "message type 'ack'");
        assertMalformed("ACK 0\n", "sequence number '0'");
        assertMalformed("ACK -1\n", "sequence number '-1'");
        assertMalformed("ACK 01\n", "sequence number '01'");
        assertMalformed("ACK 99999999999999999999\n", "sequence number");
        assertMalformed("ACK 1\nnoequals\n", "line 2 'noequals' has no '='");
        assertMalformed("ACK 1\n=v\n", "invalid field key ''");
        assertMalformed("ACK 1\n1abc=v\n", "invalid field key '1abc'");
        assertMalformed("ACK 1\nref=1\nref=2\n", "field 'ref' appears twice");
        assertMalformed("ACK 1\nreason=bad \\t escape\n", "field 'reason': unknown escape sequence '\\t'");
        assertMalformed("ACK 1\nreason=ends\\\n", "field 'reason': value ends with a lone backslash");
    }

    @Test
    void rejectsInvalidUtf8() {
        byte[] body = {'A', 'C', 'K', ' ', '1', '\n', 'x', '=', (byte) 0xC3, (byte) 0x28};
        assertThatThrownBy(() -> FrameCodec.decodeBody(body)).isInstanceOf(CasProtocolException.class)
                .hasMessageContaining("not valid UTF-8");
    }

    @Test
    void refusesToEncodeInvalidMessages() {
        assertThatThrownBy(() -> FrameCodec.encode(new Message("bad type", 1, Map.of())))
                .hasMessageContaining("invalid message type");
        assertThatThrownBy(() -> FrameCodec.encode(new Message("ACK", 0, Map.of())))
                .hasMessageContaining("sequence number must be >= 1");
        assertThatThrownBy(() -> FrameCodec.encode(new Message("ACK", 1, Map.of("bad key", "v"))))
                .hasMessageContaining("invalid field key 'bad key'");
        assertThatThrownBy(() -> FrameCodec.encode(new Message("ACK", 1, Map.of("k", "x".repeat(70_000)))))
                .hasMessageContaining("more than the maximum of 65536");
    }

    private static void assertMalformed(String body, String expected) {
        assertThatThrownBy(() -> decode(body)).isInstanceOf(CasProtocolException.class)
                .hasMessageStartingWith("malformed frame: ").hasMessageContaining(expected)
                .extracting(e -> ((CasProtocolException) e).code()).isEqualTo(CasErrorCode.BAD_FRAME);
    }
}
