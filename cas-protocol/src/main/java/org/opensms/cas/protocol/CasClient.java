package org.opensms.cas.protocol;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A logged-in session with a CAS speaking the protocol of PROTOCOL.md. {@link #send} pipelines commands: it
 * returns at once with a future that completes when the matching ACK arrives, in whatever order ACKs come.
 * Thread-safe. One reader thread receives frames (futures complete on it, so keep callbacks short or use the
 * async variants); one writer thread sends frames, batching them, and sends heartbeats when idle.
 * When the connection fails or is closed, every command not yet acknowledged completes exceptionally with
 * {@link CasConnectionException}; such commands may or may not have been applied, so retry them with the same
 * command id on a new connection (the CAS answers already-applied ones with duplicate=true).
 */
public final class CasClient implements AutoCloseable {

    private static final Object HEARTBEAT = new Object();

    private record Pending(CasCommand command, CompletableFuture<CasAck> future) {
    }

    private record HeartbeatAck(long ref) {
    }

    private final CasClientConfig config;
    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    private final String serverName;
    private final LinkedBlockingQueue<Object> outbox = new LinkedBlockingQueue<>();
    private final Map<Long, Pending> inFlight = new ConcurrentHashMap<>();
    private final Semaphore window;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile IOException failure;
    private long sendSeq;
    private long receiveSeq;
    private final Thread reader;
    private final Thread writer;

    private CasClient(CasClientConfig config, Socket socket, DataInputStream in, OutputStream out, String serverName,
                      long sendSeq, long receiveSeq) {
        this.config = config;
        this.socket = socket;
        this.in = in;
        this.out = out;
        this.serverName = serverName;
        this.sendSeq = sendSeq;
        this.receiveSeq = receiveSeq;
        this.window = new Semaphore(config.maxInFlight());
        String name = "cas-client-" + config.host() + ":" + config.port();
        this.reader = new Thread(this::readLoop, name + "-reader");
        this.writer = new Thread(this::writeLoop, name + "-writer");
        reader.setDaemon(true);
        writer.setDaemon(true);
    }

    /** Connects and logs in with default settings ({@link CasClientConfig#of}). */
    public static CasClient connect(String host, int port, String user, String password) throws IOException {
        return connect(CasClientConfig.of(host, port, user, password));
    }

    /**
     * Connects and logs in.
     *
     * @throws CasLoginException when the CAS answers LOGIN_FAILED
     * @throws CasConnectionException when the CAS cannot be reached or does not answer in time
     * @throws CasProtocolException when the CAS answers something that is not a valid login response
     */
    public static CasClient connect(CasClientConfig config) throws IOException {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.setKeepAlive(true);
            try {
                socket.connect(new InetSocketAddress(config.host(), config.port()),
                        (int) config.connectTimeout().toMillis());
            } catch (IOException e) {
                throw new CasConnectionException("cannot connect to CAS at " + config.host() + ":" + config.port()
                        + ": " + e.getMessage(), e);
            }
            socket.setSoTimeout((int) config.loginTimeout().toMillis());
            DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream(), 65_536));
            OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 65_536);
            Message reply;
            try {
                FrameCodec.write(out, new Login(config.user(), config.password(), config.clientName()).toMessage(1));
                out.flush();
                reply = FrameCodec.read(in);
            } catch (SocketTimeoutException e) {
                throw new CasConnectionException("CAS at " + config.host() + ":" + config.port()
                        + " did not answer LOGIN within " + config.loginTimeout().toMillis() + " ms");
            } catch (CasProtocolException e) {
                throw e;
            } catch (IOException e) {
                throw new CasConnectionException("connection to CAS at " + config.host() + ":" + config.port()
                        + " lost during login: " + e.getMessage(), e);
            }
            if (reply == null) {
                throw new CasConnectionException("CAS at " + config.host() + ":" + config.port()
                        + " closed the connection during login");
            }
            if (reply.seq() != 1) {
                throw new CasProtocolException(CasErrorCode.BAD_SEQUENCE, "login response has sequence number "
                        + reply.seq() + ", expected 1");
            }
            FieldReader r = new FieldReader(reply);
            switch (String.valueOf(reply.knownType())) {
                case "LOGIN_OK" -> {
                    socket.setSoTimeout((int) config.idleTimeout().toMillis());
                    CasClient client = new CasClient(config, socket, in, out, r.optional("server"), 1, 1);
                    client.reader.start();
                    client.writer.start();
                    return client;
                }
                case "LOGIN_FAILED" -> throw new CasLoginException(parseCode(r.optional("code")),
                        String.valueOf(r.optional("reason")));
                case "ERROR" -> throw new CasProtocolException(CasErrorCode.BAD_FRAME, "CAS refused LOGIN: code "
                        + r.optional("code") + ", " + r.optional("reason"));
                default -> throw new CasProtocolException(CasErrorCode.BAD_FRAME,
                        "expected LOGIN_OK or LOGIN_FAILED, got " + reply.type());
            }
        } catch (IOException | RuntimeException e) {
            closeQuietly(socket);
            throw e;
        }
    }

    /**
     * Sends a command. Returns a future completed with the ACK, or exceptionally with
     * {@link CasConnectionException} if the connection is or becomes unusable before the ACK arrives.
     * Blocks only while maxInFlight commands are already awaiting their ACK.
     */
    public CompletableFuture<CasAck> send(CasCommand command) {
        CompletableFuture<CasAck> future = new CompletableFuture<>();
        if (!acquireSlot()) {
            future.completeExceptionally(connectionFailure());
            return future;
        }
        future.whenComplete((ack, error) -> window.release());
        Pending pending = new Pending(command, future);
        outbox.add(pending);
        if (closed.get() && outbox.remove(pending)) {
            future.completeExceptionally(connectionFailure());
        }
        return future;
    }

    /** True until the connection fails or {@link #close()} is called. */
    public boolean isOpen() {
        return !closed.get();
    }

    /** Number of commands sent or queued that have no ACK yet. */
    public int inFlight() {
        return config.maxInFlight() - window.availablePermits();
    }

    /** The server name given in LOGIN_OK (may be null). */
    public String serverName() {
        return serverName;
    }

    public CasClientConfig config() {
        return config;
    }

    /** Closes the connection; commands without ACK complete exceptionally. Idempotent. */
    @Override
    public void close() {
        fail(new CasConnectionException("CAS client closed"));
    }

    private boolean acquireSlot() {
        try {
            while (!closed.get()) {
                if (window.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void writeLoop() {
        long heartbeatNanos = config.heartbeatInterval().toNanos();
        try {
            while (!closed.get()) {
                Object item = outbox.poll(heartbeatNanos, TimeUnit.NANOSECONDS);
                if (item == null) {
                    item = HEARTBEAT;
                }
                while (item != null) {
                    writeItem(item);
                    item = outbox.poll();
                }
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            fail(new CasConnectionException("connection to CAS at " + config.host() + ":" + config.port()
                    + " lost while sending: " + e.getMessage(), e));
        }
    }

    private void writeItem(Object item) throws IOException {
        long seq = ++sendSeq;
        if (item instanceof Pending p) {
            inFlight.put(seq, p);
            if (closed.get()) {
                inFlight.remove(seq);
                p.future.completeExceptionally(connectionFailure());
                return;
            }
            FrameCodec.write(out, p.command.toMessage(seq));
        } else if (item instanceof HeartbeatAck h) {
            FrameCodec.write(out, new Message(MessageType.HEARTBEAT_ACK, seq, Map.of("ref", Long.toString(h.ref))));
        } else {
            FrameCodec.write(out, new Message(MessageType.HEARTBEAT, seq, Map.of()));
        }
    }

    private void readLoop() {
        try {
            while (!closed.get()) {
                Message m = FrameCodec.read(in);
                if (m == null) {
                    throw new CasConnectionException("CAS at " + config.host() + ":" + config.port()
                            + " closed the connection");
                }
                if (m.seq() != receiveSeq + 1) {
                    throw new CasProtocolException(CasErrorCode.BAD_SEQUENCE, "CAS sent sequence number " + m.seq()
                            + ", expected " + (receiveSeq + 1));
                }
                receiveSeq = m.seq();
                handle(m);
            }
        } catch (SocketTimeoutException e) {
            fail(new CasConnectionException("CAS at " + config.host() + ":" + config.port() + " silent for more than "
                    + config.idleTimeout().toMillis() + " ms (no heartbeat answer)", e));
        } catch (CasConnectionException e) {
            fail(e);
        } catch (IOException e) {
            fail(new CasConnectionException("connection to CAS at " + config.host() + ":" + config.port()
                    + " failed: " + e.getMessage(), e));
        } catch (RuntimeException e) {
            fail(new CasConnectionException("invalid frame from CAS: " + e.getMessage(), e));
        }
    }

    private void handle(Message m) throws IOException {
        MessageType type = m.knownType();
        if (type == null) {
            return;
        }
        switch (type) {
            case ACK -> {
                CasAck ack = CasAck.fromMessage(m);
                Pending p = inFlight.remove(ack.ref());
                if (p == null) {
                    throw new CasProtocolException(CasErrorCode.BAD_SEQUENCE, "ACK for sequence number " + ack.ref()
                            + " that has no command in flight");
                }
                if (!p.command.commandId().equals(ack.commandId())) {
                    throw new CasProtocolException(CasErrorCode.BAD_FRAME, "ACK for sequence number " + ack.ref()
                            + " names command id " + ack.commandId() + ", sent was " + p.command.commandId());
                }
                p.future.complete(ack);
            }
            case HEARTBEAT -> outbox.add(new HeartbeatAck(m.seq()));
            case HEARTBEAT_ACK -> {
            }
            case ERROR -> throw new CasConnectionException("CAS ended the session: code " + m.field("code") + ", "
                    + m.field("reason"));
            default -> throw new CasProtocolException(CasErrorCode.BAD_FRAME, "unexpected " + m.type() + " from CAS");
        }
    }

    private void fail(IOException cause) {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        failure = cause;
        closeQuietly(socket);
        writer.interrupt();
        List<Pending> pending = new ArrayList<>();
        for (Object o; (o = outbox.poll()) != null; ) {
            if (o instanceof Pending p) {
                pending.add(p);
            }
        }
        pending.addAll(inFlight.values());
        inFlight.clear();
        for (Pending p : pending) {
            p.future.completeExceptionally(connectionFailure());
        }
    }

    private CasConnectionException connectionFailure() {
        IOException f = failure;
        String message = f == null ? "CAS client closed" : f.getMessage();
        return new CasConnectionException(message + "; the command may not have been applied, retry it", f);
    }

    private static int parseCode(String s) {
        try {
            return s == null ? -1 : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
