package org.opensms.cas.emulator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of a {@link CasEmulator}, set fluently ({@code new EmulatorConfig().port(0).acceptAnyCard(true)})
 * or parsed from command-line options by {@link #fromArgs}. Port 0 picks a free port; control port -1 disables
 * the HTTP control API.
 */
public final class EmulatorConfig {

    public static final String USAGE = """
            Usage: java -jar cas-emulator.jar [options]
              --port N               CAS protocol port (default 7400, 0 = any free port)
              --control-port N       HTTP control API port (default 7401, 0 = any free port, -1 = off)
              --bind ADDRESS         address to listen on (default 0.0.0.0)
              --user NAME            login user (default sms)
              --password PW          login password (default sms)
              --accept-any-card      treat every card number as provisioned
              --state-file PATH      load state from PATH at start, save it there periodically and on exit
              --save-interval SEC    seconds between periodic state saves (default 60)
              --heartbeat SEC        server heartbeat interval (default 10)
              --session-timeout SEC  close sessions silent for longer than this (default 30)
              --id-capacity N        command ids remembered for duplicate detection (default 2000000)
              --messages-per-card N  OSD/mail/fingerprint messages kept per card (default 20)
              --global-messages N    group/all/service messages kept (default 500)
              --help                 print this text
            """;

    private int port = 7400;
    private int controlPort = 7401;
    private String bindAddress = "0.0.0.0";
    private String user = "sms";
    private String password = "sms";
    private boolean acceptAnyCard;
    private Path stateFile;
    private Duration saveInterval = Duration.ofSeconds(60);
    private Duration heartbeatInterval = Duration.ofSeconds(10);
    private Duration sessionTimeout = Duration.ofSeconds(30);
    private int commandIdCapacity = 2_000_000;
    private int messagesPerCard = 20;
    private int globalMessages = 500;
    private String serverName = "opensms-cas-emulator";

    /** Defaults for tests: ephemeral ports on the loopback interface, control API on. */
    public static EmulatorConfig forTests() {
        return new EmulatorConfig().port(0).controlPort(0).bindAddress("127.0.0.1");
    }

    /** Parses command-line options (see {@link #USAGE}); throws IllegalArgumentException on a bad option. */
    public static EmulatorConfig fromArgs(String... args) {
        EmulatorConfig c = new EmulatorConfig();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--accept-any-card" -> c.acceptAnyCard(true);
                case "--port" -> c.port(intArg(args, ++i, a));
                case "--control-port" -> c.controlPort(intArg(args, ++i, a));
                case "--bind" -> c.bindAddress(arg(args, ++i, a));
                case "--user" -> c.user(arg(args, ++i, a));
                case "--password" -> c.password(arg(args, ++i, a));
                case "--state-file" -> c.stateFile(Path.of(arg(args, ++i, a)));
                case "--save-interval" -> c.saveInterval(Duration.ofSeconds(intArg(args, ++i, a)));
                case "--heartbeat" -> c.heartbeatInterval(Duration.ofSeconds(intArg(args, ++i, a)));
                case "--session-timeout" -> c.sessionTimeout(Duration.ofSeconds(intArg(args, ++i, a)));
                case "--id-capacity" -> c.commandIdCapacity(intArg(args, ++i, a));
                case "--messages-per-card" -> c.messagesPerCard(intArg(args, ++i, a));
                case "--global-messages" -> c.globalMessages(intArg(args, ++i, a));
                default -> throw new IllegalArgumentException("unknown option '" + a + "'");
            }
        }
        return c;
    }

    private static String arg(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException("option " + option + " needs a value");
        }
        return args[i];
    }

    private static int intArg(String[] args, int i, String option) {
        String v = arg(args, i, option);
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option " + option + " needs a number, got '" + v + "'");
        }
    }

    public EmulatorConfig port(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0-65535, got " + port);
        }
        this.port = port;
        return this;
    }

    public EmulatorConfig controlPort(int controlPort) {
        if (controlPort < -1 || controlPort > 65535) {
            throw new IllegalArgumentException("control port must be -1 to 65535, got " + controlPort);
        }
        this.controlPort = controlPort;
        return this;
    }

    public EmulatorConfig bindAddress(String bindAddress) {
        this.bindAddress = Objects.requireNonNull(bindAddress);
        return this;
    }

    public EmulatorConfig user(String user) {
        this.user = Objects.requireNonNull(user);
        return this;
    }

    public EmulatorConfig password(String password) {
        this.password = Objects.requireNonNull(password);
        return this;
    }

    public EmulatorConfig acceptAnyCard(boolean acceptAnyCard) {
        this.acceptAnyCard = acceptAnyCard;
        return this;
    }

    public EmulatorConfig stateFile(Path stateFile) {
        this.stateFile = stateFile;
        return this;
    }

    public EmulatorConfig saveInterval(Duration d) {
        this.saveInterval = positive("save interval", d);
        return this;
    }

    public EmulatorConfig heartbeatInterval(Duration d) {
        this.heartbeatInterval = positive("heartbeat interval", d);
        return this;
    }

    public EmulatorConfig sessionTimeout(Duration d) {
        this.sessionTimeout = positive("session timeout", d);
        return this;
    }

    public EmulatorConfig commandIdCapacity(int n) {
        this.commandIdCapacity = atLeast("id capacity", n, 1);
        return this;
    }

    public EmulatorConfig messagesPerCard(int n) {
        this.messagesPerCard = atLeast("messages per card", n, 0);
        return this;
    }

    public EmulatorConfig globalMessages(int n) {
        this.globalMessages = atLeast("global messages", n, 0);
        return this;
    }

    public EmulatorConfig serverName(String name) {
        this.serverName = Objects.requireNonNull(name);
        return this;
    }

    public int port() {
        return port;
    }

    public int controlPort() {
        return controlPort;
    }

    public String bindAddress() {
        return bindAddress;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public boolean acceptAnyCard() {
        return acceptAnyCard;
    }

    public Path stateFile() {
        return stateFile;
    }

    public Duration saveInterval() {
        return saveInterval;
    }

    public Duration heartbeatInterval() {
        return heartbeatInterval;
    }

    public Duration sessionTimeout() {
        return sessionTimeout;
    }

    public int commandIdCapacity() {
        return commandIdCapacity;
    }

    public int messagesPerCard() {
        return messagesPerCard;
    }

    public int globalMessages() {
        return globalMessages;
    }

    public String serverName() {
        return serverName;
    }

    private static Duration positive(String name, Duration d) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, got " + d);
        }
        return d;
    }

    private static int atLeast(String name, int n, int min) {
        if (n < min) {
            throw new IllegalArgumentException(name + " must be >= " + min + ", got " + n);
        }
        return n;
    }
}
