package org.opensms.cas.emulator;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A standalone CAS for development, tests and benchmarks: the CAS protocol server, the card state, the HTTP
 * control API, fault injection and optional state persistence. Run it with {@link #main} or embed it with
 * {@link #start(EmulatorConfig)}; the Java methods mirror the control API.
 */
public final class CasEmulator implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(CasEmulator.class.getName());

    private final EmulatorConfig config;
    private final CardStore cards;
    private final Faults faults = new Faults();
    private final Stats stats = new Stats();
    private final ScheduledThreadPoolExecutor scheduler;
    private final CasServer server;
    private final ControlApi control;
    private long savedChanges = -1;
    private volatile boolean closed;

    private CasEmulator(EmulatorConfig config) throws IOException {
        this.config = config;
        this.cards = new CardStore(config.commandIdCapacity(), config.messagesPerCard(), config.globalMessages());
        if (config.stateFile() != null) {
            StateFile.load(cards, config.stateFile());
            savedChanges = cards.changes();
        }
        scheduler = new ScheduledThreadPoolExecutor(2, r -> {
            Thread t = new Thread(r, "cas-emulator-scheduler");
            t.setDaemon(true);
            return t;
        });
        scheduler.setRemoveOnCancelPolicy(true);
        CommandProcessor processor = new CommandProcessor(cards, faults, stats, config.acceptAnyCard());
        CasServer s = null;
        ControlApi c = null;
        try {
            s = new CasServer(config, processor, faults, stats, scheduler);
            c = config.controlPort() < 0 ? null : new ControlApi(this, config.bindAddress(), config.controlPort());
        } catch (IOException | RuntimeException e) {
            if (s != null) {
                s.close();
            }
            scheduler.shutdownNow();
            throw e;
        }
        server = s;
        control = c;
        if (config.stateFile() != null) {
            long every = config.saveInterval().toMillis();
            scheduler.scheduleWithFixedDelay(this::saveQuietly, every, every, TimeUnit.MILLISECONDS);
        }
    }

    /** Starts an emulator; it is ready to accept connections when this returns. */
    public static CasEmulator start(EmulatorConfig config) throws IOException {
        return new CasEmulator(config);
    }

    public static void main(String[] args) throws Exception {
        EmulatorConfig config;
        try {
            if (Arrays.asList(args).contains("--help")) {
                System.out.print(EmulatorConfig.USAGE);
                return;
            }
            config = EmulatorConfig.fromArgs(args);
        } catch (IllegalArgumentException e) {
            System.err.println("cas-emulator: " + e.getMessage());
            System.err.print(EmulatorConfig.USAGE);
            System.exit(2);
            return;
        }
        CasEmulator emulator = start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(emulator::close, "cas-emulator-shutdown"));
        System.out.println("CAS emulator listening on " + emulator.port()
                + (emulator.controlPort() < 0 ? ", control API off" : ", control on " + emulator.controlPort())
                + (config.acceptAnyCard() ? " (accepting any card)" : "")
                + ", " + emulator.cards().size() + " cards loaded");
        System.out.flush();
        Thread.currentThread().join();
    }

    /** The CAS protocol port. */
    public int port() {
        return server.port();
    }

    /** The HTTP control port, or -1 when the control API is off. */
    public int controlPort() {
        return control == null ? -1 : control.port();
    }

    public EmulatorConfig config() {
        return config;
    }

    /** The card state (snapshots, paging, provisioning). */
    public CardStore cards() {
        return cards;
    }

    public Faults faults() {
        return faults;
    }

    public Stats stats() {
        return stats;
    }

    /** Makes cards known; returns how many were new. */
    public int provision(Collection<String> cardNumbers) {
        return cards.provision(cardNumbers);
    }

    public int provision(String... cardNumbers) {
        return provision(Arrays.asList(cardNumbers));
    }

    public Optional<CardStore.CardView> card(String number) {
        return cards.card(number);
    }

    /** What the CAS did with a command id (times applied, duplicates, first result), if it is logged. */
    public Optional<CommandLog.CommandRecord> command(String commandId) {
        return cards.command(commandId);
    }

    /** Forgets all cards, messages and command ids, zeroes the statistics and clears all faults. */
    public void reset() {
        cards.clear();
        stats.reset();
        faults.clear();
    }

    /** Closes every open session now (fault); returns how many were closed. */
    public int dropAllConnections() {
        return server.dropAll();
    }

    /** Writes the state file now (no-op without --state-file). */
    public synchronized void saveState() throws IOException {
        if (config.stateFile() == null) {
            return;
        }
        long changes = cards.changes();
        StateFile.save(cards, config.stateFile());
        savedChanges = changes;
    }

    private synchronized void saveQuietly() {
        try {
            if (cards.changes() != savedChanges) {
                saveState();
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "saving CAS emulator state to " + config.stateFile() + " failed", e);
        }
    }

    /** Stops listening, closes all sessions and saves the state file if one is configured. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.close();
        if (control != null) {
            control.close();
        }
        scheduler.shutdownNow();
        try {
            saveState();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "saving CAS emulator state to " + config.stateFile() + " failed", e);
        }
    }
}
