package org.opensms.cas.emulator;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The CAS protocol listener: accepts connections (or refuses them when that fault is on), runs each
 * {@link Connection} on its own thread and sends server heartbeats on idle sessions.
 */
final class CasServer implements AutoCloseable {

    private final ServerSocket serverSocket;
    private final EmulatorConfig config;
    private final CommandProcessor processor;
    private final Faults faults;
    private final Stats stats;
    private final ScheduledExecutorService scheduler;
    private final Set<Connection> connections = ConcurrentHashMap.newKeySet();
    private final Thread acceptor;
    private volatile boolean closed;

    CasServer(EmulatorConfig config, CommandProcessor processor, Faults faults, Stats stats,
              ScheduledExecutorService scheduler) throws IOException {
        this.config = config;
        this.processor = processor;
        this.faults = faults;
        this.stats = stats;
        this.scheduler = scheduler;
        this.serverSocket = new ServerSocket();
        serverSocket.setReuseAddress(true);
        serverSocket.bind(new InetSocketAddress(InetAddress.getByName(config.bindAddress()), config.port()), 1024);
        long tick = Math.max(10, Math.min(1000, config.heartbeatInterval().toMillis() / 4));
        scheduler.scheduleWithFixedDelay(this::heartbeats, tick, tick, TimeUnit.MILLISECONDS);
        acceptor = new Thread(this::acceptLoop, "cas-emulator-acceptor");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return serverSocket.getLocalPort();
    }

    private void acceptLoop() {
        int n = 0;
        while (!closed) {
            Socket socket;
            try {
                socket = serverSocket.accept();
            } catch (IOException e) {
                if (closed) {
                    return;
                }
                continue;
            }
            if (faults.refuseConnections()) {
                stats.connectionsRefused.increment();
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // refused anyway
                }
                continue;
            }
            stats.connectionsAccepted.increment();
            stats.connectionsActive.incrementAndGet();
            Connection c = new Connection(socket, this, config, processor, faults, stats, scheduler);
            connections.add(c);
            Thread t = new Thread(c, "cas-emulator-conn-" + (++n));
            t.setDaemon(true);
            t.start();
        }
    }

    private void heartbeats() {
        for (Connection c : connections) {
            c.heartbeatIfIdle();
        }
    }

    void closed(Connection c) {
        if (connections.remove(c)) {
            stats.connectionsActive.decrementAndGet();
        }
    }

    /** Closes every open session at once; returns how many were closed. */
    int dropAll() {
        List<Connection> all = List.copyOf(connections);
        all.forEach(Connection::close);
        return all.size();
    }

    @Override
    public void close() {
        closed = true;
        try {
            serverSocket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        dropAll();
    }
}
