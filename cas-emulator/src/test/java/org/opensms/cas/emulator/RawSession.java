package org.opensms.cas.emulator;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.util.Map;
import org.opensms.cas.protocol.FrameCodec;
import org.opensms.cas.protocol.Login;
import org.opensms.cas.protocol.Message;

/** A bare protocol connection for tests that need to send exact or broken frames. */
final class RawSession implements AutoCloseable {

    final Socket socket;
    final DataInputStream in;
    final OutputStream out;
    long seq;

    RawSession(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(5000);
        in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
        out = socket.getOutputStream();
    }

    static RawSession loggedIn(int port, String user, String password) throws IOException {
        RawSession s = new RawSession(port);
        s.send(new Login(user, password, "raw-test").toMessage(s.seq + 1));
        Message reply = s.read();
        if (reply == null || !reply.type().equals("LOGIN_OK")) {
            throw new IOException("login failed: " + reply);
        }
        return s;
    }

    /** Sends a message; advances the sequence counter to its seq. */
    void send(Message m) throws IOException {
        seq = m.seq();
        out.write(FrameCodec.encode(m));
        out.flush();
    }

    /** Sends a message with the next sequence number. */
    void send(String type, Map<String, String> fields) throws IOException {
        send(new Message(type, seq + 1, fields));
    }

    void sendRaw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** The next message, or null at end of stream. */
    Message read() throws IOException {
        return FrameCodec.read(in);
    }

    /** The next message that is not a server HEARTBEAT. */
    Message readSkippingHeartbeats() throws IOException {
        Message m;
        do {
            m = read();
        } while (m != null && m.type().equals("HEARTBEAT"));
        return m;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
