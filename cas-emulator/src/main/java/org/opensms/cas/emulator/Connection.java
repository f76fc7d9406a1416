package org.opensms.cas.emulator;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;
import org.opensms.cas.protocol.CasAck;
import org.opensms.cas.protocol.CasErrorCode;
import org.opensms.cas.protocol.CasProtocolException;
import org.opensms.cas.protocol.FrameCodec;
import org.opensms.cas.protocol.InvalidFieldException;
import org.opensms.cas.protocol.Login;
import org.opensms.cas.protocol.Message;
import org.opensms.cas.protocol.MessageType;

/**
 * One client session on the CAS port, served by its own thread: login, sequence checks, heartbeats, commands.
 * Responses are buffered and flushed when no more input is waiting, so pipelined commands are answered in
 * batches. Delayed ACKs (fault) and server heartbeats are written from the scheduler under the same lock.
 */
final class Connection implements Runnable {

    private final Socket socket;
    private final CasServer server;
    private final EmulatorConfig config;
    private final CommandProcessor processor;
    private final Faults faults;
    private final Stats stats;
    private final ScheduledExecutorService scheduler;
    private final Object writeLock = new Object();
    private OutputStream out;
    private long sendSeq;
    private long expectedSeq = 1;
    private volatile boolean loggedIn;
    private volatile boolean closed;
    private volatile long lastSentNanos = System.nanoTime();

    Connection(Socket socket, CasServer server, EmulatorConfig config, CommandProcessor processor, Faults faults,
               Stats stats, ScheduledExecutorService scheduler) {
        this.socket = socket;
        this.server = server;
        this.config = config;
        this.processor = processor;
        this.faults = faults;
        this.stats = stats;
        this.scheduler = scheduler;
    }

    @Override
    public void run() {
        try {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout((int) config.sessionTimeout().toMillis());
            DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream(), 65_536));
            out = new BufferedOutputStream(socket.getOutputStream(), 65_536);
            serve(in);
        } catch (SocketTimeoutException e) {
            sendErrorAndClose(CasErrorCode.HEARTBEAT_TIMEOUT, "no frame received for "
                    + config.sessionTimeout().toMillis() + " ms");
        } catch (CasProtocolException e) {
            sendErrorAndClose(e.code(), e.getMessage());
        } catch (EOFException e) {
            close();
        } catch (IOException e) {
            close();
        } finally {
            close();
        }
    }

    private void serve(DataInputStream in) throws IOException {
        while (!closed) {
            Message m = FrameCodec.read(in);
            if (m == null) {
                return;
            }
            stats.framesReceived.increment();
            if (m.seq() != expectedSeq) {
                throw new CasProtocolException(CasErrorCode.BAD_SEQUENCE, "sequence number " + m.seq()
                        + " received, expected " + expectedSeq);
            }
            expectedSeq++;
            Runnable response = loggedIn ? handle(m) : login(m);
            if (faults.countFrameAndCheckDrop()) {
                flush();
                close();
                return;
            }
            if (response != null) {
                response.run();
            }
            if (in.available() == 0) {
                flush();
            }
        }
    }

    /** Handles LOGIN; returns the response to send. */
    private Runnable login(Message m) throws CasProtocolException {
        if (m.knownType() != MessageType.LOGIN) {
            throw new CasProtocolException(CasErrorCode.NOT_LOGGED_IN, m.type() + " received before LOGIN");
        }
        Login login;
        try {
            login = Login.fromMessage(m);
        } catch (InvalidFieldException e) {
            return loginFailed(CasErrorCode.MALFORMED, "LOGIN " + e.getMessage());
        }
        if (login.version() != Login.PROTOCOL_VERSION) {
            return loginFailed(CasErrorCode.UNSUPPORTED_VERSION, "protocol version " + login.version()
                    + " is not supported, use " + Login.PROTOCOL_VERSION);
        }
        if (!same(login.user(), config.user()) || !same(login.password(), config.password())) {
            return loginFailed(CasErrorCode.BAD_CREDENTIALS, "invalid user or password");
        }
        loggedIn = true;
        Map<String, String> f = new LinkedHashMap<>();
        f.put("server", config.serverName());
        f.put("version", Integer.toString(Login.PROTOCOL_VERSION));
        f.put("heartbeatInterval", Long.toString(config.heartbeatInterval().toSeconds()));
        f.put("sessionTimeout", Long.toString(config.sessionTimeout().toSeconds()));
        return () -> write(seq -> new Message(MessageType.LOGIN_OK, seq, f), false);
    }

    private Runnable loginFailed(CasErrorCode code, String reason) {
        stats.loginFailures.increment();
        return () -> {
            write(seq -> new Message(MessageType.LOGIN_FAILED, seq,
                    Map.of("code", Integer.toString(code.code()), "reason", reason)), true);
            close();
        };
    }

    /** Handles a frame of a logged-in session; returns the response to send, or null. */
    private Runnable handle(Message m) throws CasProtocolException {
        MessageType type = m.knownType();
        if (type == MessageType.HEARTBEAT) {
            stats.heartbeatsReceived.increment();
            if (faults.ignoreHeartbeats()) {
                return null;
            }
            Map<String, String> f = Map.of("ref", Long.toString(m.seq()));
            return () -> write(seq -> new Message(MessageType.HEARTBEAT_ACK, seq, f), false);
        }
        if (type == MessageType.HEARTBEAT_ACK) {
            return null;
        }
        if (type == MessageType.ERROR) {
            return this::close;
        }
        if (type == MessageType.LOGIN) {
            throw new CasProtocolException(CasErrorCode.ALREADY_LOGGED_IN, "LOGIN received in a logged-in session");
        }
        if (type != null && !type.isCommand()) {
            throw new CasProtocolException(CasErrorCode.BAD_FRAME, type + " is not sent by clients");
        }
        CasAck ack = processor.process(m);
        long delay = faults.ackDelayMillis();
        if (delay > 0) {
            return () -> {
                try {
                    scheduler.schedule(() -> write(ack::toMessage, true), delay, TimeUnit.MILLISECONDS);
                } catch (RejectedExecutionException e) {
                    close();
                }
            };
        }
        return () -> write(ack::toMessage, false);
    }

    /** Sends a HEARTBEAT if nothing was sent for the heartbeat interval. Called by the scheduler. */
    void heartbeatIfIdle() {
        if (loggedIn && !closed && !faults.ignoreHeartbeats()
                && System.nanoTime() - lastSentNanos >= config.heartbeatInterval().toNanos()) {
            write(seq -> new Message(MessageType.HEARTBEAT, seq, Map.of()), true);
        }
    }

    private void write(LongFunction<Message> message, boolean flush) {
        synchronized (writeLock) {
            if (closed) {
                return;
            }
            try {
                FrameCodec.write(out, message.apply(++sendSeq));
                if (flush) {
                    out.flush();
                }
                lastSentNanos = System.nanoTime();
            } catch (IOException e) {
                close();
            }
        }
    }

    private void flush() {
        synchronized (writeLock) {
            if (closed) {
                return;
            }
            try {
                out.flush();
            } catch (IOException e) {
                close();
            }
        }
    }

    private void sendErrorAndClose(CasErrorCode code, String reason) {
        if (out != null) {
            write(seq -> new Message(MessageType.ERROR, seq,
                    Map.of("code", Integer.toString(code.code()), "reason", reason)), true);
        }
        close();
    }

    /** Closes the socket at once; responses not yet flushed are lost. */
    void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closing
        }
        server.closed(this);
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
