package org.opensms.cas.protocol;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Encodes and decodes frames as described in PROTOCOL.md: a 4-byte big-endian body length followed by a
 * UTF-8 body made of a header line "TYPE SEQ" and "key=value" lines, values escaped with backslash.
 * Decoding is strict and every failure names what is wrong.
 */
public final class FrameCodec {

    /** Largest body length accepted or produced, in bytes. */
    public static final int MAX_BODY_LENGTH = 65_536;

    private FrameCodec() {
    }

    /** The complete frame (length prefix and body) for a message. */
    public static byte[] encode(Message message) {
        byte[] body = encodeBody(message);
        byte[] frame = new byte[4 + body.length];
        int n = body.length;
        frame[0] = (byte) (n >>> 24);
        frame[1] = (byte) (n >>> 16);
        frame[2] = (byte) (n >>> 8);
        frame[3] = (byte) n;
        System.arraycopy(body, 0, frame, 4, n);
        return frame;
    }

    /** The frame body (without length prefix) for a message. */
    public static byte[] encodeBody(Message message) {
        checkType(message.type());
        if (message.seq() < 1) {
            throw new IllegalArgumentException("sequence number must be >= 1, got " + message.seq());
        }
        StringBuilder sb = new StringBuilder(128);
        sb.append(message.type()).append(' ').append(message.seq()).append('\n');
        for (Map.Entry<String, String> e : message.fields().entrySet()) {
            String key = e.getKey();
            if (!validKey(key)) {
                throw new IllegalArgumentException("invalid field key '" + key + "'");
            }
            if (e.getValue() == null) {
                continue;
            }
            sb.append(key).append('=');
            escape(e.getValue(), sb);
            sb.append('\n');
        }
        byte[] body = sb.toString().getBytes(StandardCharsets.UTF_8);
        if (body.length > MAX_BODY_LENGTH) {
            throw new IllegalArgumentException("encoded " + message.type() + " is " + body.length
                    + " bytes, more than the maximum of " + MAX_BODY_LENGTH);
        }
        return body;
    }

    /** Writes one frame; the caller flushes. */
    public static void write(OutputStream out, Message message) throws IOException {
        out.write(encode(message));
    }

    /**
     * Reads one frame body. Returns null on a clean end of stream before the first length byte;
     * throws EOFException when the stream ends inside a frame.
     */
    public static byte[] readBody(DataInputStream in) throws IOException {
        int b0 = in.read();
        if (b0 < 0) {
            return null;
        }
        int length;
        try {
            length = (b0 << 24) | (in.readUnsignedByte() << 16) | (in.readUnsignedByte() << 8) | in.readUnsignedByte();
        } catch (EOFException e) {
            throw new EOFException("stream ended inside a frame length prefix");
        }
        if (length <= 0 || length > MAX_BODY_LENGTH) {
            throw new CasProtocolException(CasErrorCode.BAD_FRAME, "frame length " + Integer.toUnsignedString(length)
                    + " is outside 1.." + MAX_BODY_LENGTH);
        }
        byte[] body = new byte[length];
        try {
            in.readFully(body);
        } catch (EOFException e) {
            throw new EOFException("stream ended inside a frame body of " + length + " bytes");
        }
        return body;
    }

    /** Reads and decodes one message, or returns null on a clean end of stream. */
    public static Message read(DataInputStream in) throws IOException {
        byte[] body = readBody(in);
        return body == null ? null : decodeBody(body);
    }

    /** Decodes a frame body (without the length prefix). */
    public static Message decodeBody(byte[] body) throws CasProtocolException {
        String text;
        try {
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            text = decoder.decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw bad("frame body is not valid UTF-8");
        }
        int headerEnd = text.indexOf('\n');
        String header = headerEnd < 0 ? text : text.substring(0, headerEnd);
        int space = header.indexOf(' ');
        if (space < 0) {
            throw bad("header line '" + shorten(header) + "' is not 'TYPE SEQ'");
        }
        String type = header.substring(0, space);
        if (!validType(type)) {
            throw bad("message type '" + shorten(type) + "' is not [A-Z][A-Z0-9_]* of at most 64 characters");
        }
        long seq = parseSeq(header.substring(space + 1));
        Map<String, String> fields = new LinkedHashMap<>();
        int pos = headerEnd < 0 ? text.length() : headerEnd + 1;
        int lineNo = 1;
        while (pos < text.length()) {
            lineNo++;
            int end = text.indexOf('\n', pos);
            if (end < 0) {
                end = text.length();
            }
            int eq = text.indexOf('=', pos);
            if (eq < 0 || eq > end) {
                throw bad("line " + lineNo + " '" + shorten(text.substring(pos, end)) + "' has no '='");
            }
            String key = text.substring(pos, eq);
            if (!validKey(key)) {
                throw bad("line " + lineNo + ": invalid field key '" + shorten(key) + "'");
            }
            String value;
            try {
                value = unescape(text, eq + 1, end);
            } catch (IllegalArgumentException e) {
                throw bad("field '" + key + "': " + e.getMessage());
            }
            if (fields.put(key, value) != null) {
                throw bad("field '" + key + "' appears twice");
            }
            pos = end + 1;
        }
        return new Message(type, seq, fields);
    }

    /** Appends the escaped form of a value: backslash, LF and CR become \\, \n and \r. */
    public static void escape(String value, StringBuilder out) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }

    public static String escape(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 8);
        escape(value, sb);
        return sb.toString();
    }

    /** Reverses {@link #escape}; rejects unknown escapes and a trailing lone backslash. */
    public static String unescape(String text, int from, int to) {
        int bs = text.indexOf('\\', from);
        if (bs < 0 || bs >= to) {
            return text.substring(from, to);
        }
        StringBuilder sb = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (i + 1 >= to) {
                throw new IllegalArgumentException("value ends with a lone backslash");
            }
            char n = text.charAt(++i);
            switch (n) {
                case '\\' -> sb.append('\\');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                default -> throw new IllegalArgumentException("unknown escape sequence '\\" + n + "'");
            }
        }
        return sb.toString();
    }

    public static String unescape(String value) {
        return unescape(value, 0, value.length());
    }

    static boolean validType(String type) {
        int n = type.length();
        if (n == 0 || n > 64 || type.charAt(0) < 'A' || type.charAt(0) > 'Z') {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = type.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
                return false;
            }
        }
        return true;
    }

    static boolean validKey(String key) {
        int n = key.length();
        if (n == 0 || n > 64) {
            return false;
        }
        char first = key.charAt(0);
        if (!((first >= 'A' && first <= 'Z') || (first >= 'a' && first <= 'z'))) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = key.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    private static void checkType(String type) {
        if (!validType(type)) {
            throw new IllegalArgumentException("invalid message type '" + type + "'");
        }
    }

    private static long parseSeq(String s) throws CasProtocolException {
        boolean digits = !s.isEmpty() && s.length() <= 19 && s.charAt(0) != '0';
        for (int i = 0; digits && i < s.length(); i++) {
            digits = s.charAt(i) >= '0' && s.charAt(i) <= '9';
        }
        if (!digits) {
            throw bad("sequence number '" + shorten(s) + "' is not a decimal number from 1 to 2^63-1");
        }
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw bad("sequence number '" + s + "' is larger than 2^63-1");
        }
    }

    private static CasProtocolException bad(String message) {
        return new CasProtocolException(CasErrorCode.BAD_FRAME, "malformed frame: " + message);
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
