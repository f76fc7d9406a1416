package org.opensms.cas.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.opensms.cas.protocol.CasAck;
import org.opensms.cas.protocol.CasClient;
import org.opensms.cas.protocol.CasClientConfig;
import org.opensms.cas.protocol.CasCommand;

/** Starts an emulator on ephemeral ports before each test and closes it and all clients after. */
abstract class EmulatorTestSupport {

    static final String USER = "sms";
    static final String PASSWORD = "s3cret";

    CasEmulator emulator;
    final List<AutoCloseable> closeables = new ArrayList<>();

    EmulatorConfig config() {
        return EmulatorConfig.forTests().user(USER).password(PASSWORD);
    }

    @BeforeEach
    void startEmulator() throws Exception {
        emulator = CasEmulator.start(config());
    }

    @AfterEach
    void stopEmulator() throws Exception {
        for (AutoCloseable c : closeables) {
            c.close();
        }
        if (emulator != null) {
            emulator.close();
        }
    }

    CasClientConfig clientConfig() {
        return CasClientConfig.of("127.0.0.1", emulator.port(), USER, PASSWORD).withClientName("test");
    }

    CasClient client() throws Exception {
        return client(clientConfig());
    }

    CasClient client(CasClientConfig config) throws Exception {
        CasClient c = CasClient.connect(config);
        closeables.add(c);
        return c;
    }

    RawSession raw() throws Exception {
        RawSession s = RawSession.loggedIn(emulator.port(), USER, PASSWORD);
        closeables.add(s);
        return s;
    }

    /** Sends on a fresh shared client and waits for the ACK. */
    CasAck ack(CasCommand command) throws Exception {
        if (shared == null || !shared.isOpen()) {
            shared = client();
        }
        return shared.send(command).get(10, TimeUnit.SECONDS);
    }

    private CasClient shared;
}
