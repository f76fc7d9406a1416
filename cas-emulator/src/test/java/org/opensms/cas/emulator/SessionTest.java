package org.opensms.cas.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.opensms.cas.protocol.ActivateCard;
import org.opensms.cas.protocol.CasClient;
import org.opensms.cas.protocol.CasClientConfig;
import org.opensms.cas.protocol.CasErrorCode;
import org.opensms.cas.protocol.CasLoginException;
import org.opensms.cas.protocol.Login;
import org.opensms.cas.protocol.Message;

class SessionTest extends EmulatorTestSupport {

    @Override
    EmulatorConfig config() {
        return super.config().heartbeatInterval(Duration.ofMillis(300)).sessionTimeout(Duration.ofMillis(800));
    }

    @Test
    void loginOk() throws Exception {
        CasClient c = client();
        assertThat(c.isOpen()).isTrue();
        assertThat(c.serverName()).isEqualTo("opensms-cas-emulator");
        RawSession raw = new RawSession(emulator.port());
        closeables.add(raw);
        raw.send(new Login(USER, PASSWORD, "raw").toMessage(1));
        Message ok = raw.read();
        assertThat(ok.type()).isEqualTo("LOGIN_OK");
        assertThat(ok.seq()).isEqualTo(1);
        assertThat(ok.fields()).containsEntry("version", "1").containsKeys("heartbeatInterval", "sessionTimeout");
    }

    @Test
    void loginFailedWithWrongPasswordClosesConnection() throws Exception {
        assertThatThrownBy(() -> CasClient.connect("127.0.0.1", emulator.port(), USER, "wrong"))
                .isInstanceOf(CasLoginException.class)
                .hasMessageContaining("invalid user or password")
                .extracting(e -> ((CasLoginException) e).code()).isEqualTo(CasErrorCode.BAD_CREDENTIALS.code());
        RawSession raw = new RawSession(emulator.port());
        closeables.add(raw);
        raw.send(new Login("nobody", PASSWORD, "raw").toMessage(1));
        Message failed = raw.read();
        assertThat(failed.type()).isEqualTo("LOGIN_FAILED");
        assertThat(failed.field("code")).isEqualTo("20");
        assertThat(raw.read()).isNull();
        assertThat(emulator.stats().loginFailures()).isEqualTo(2);
    }

    @Test
    void unsupportedVersionFailsLogin() throws Exception {
        RawSession raw = new RawSession(emulator.port());
        closeables.add(raw);
        raw.send(new Login(USER, PASSWORD, "raw", 2).toMessage(1));
        Message failed = raw.read();
        assertThat(failed.type()).isEqualTo("LOGIN_FAILED");
        assertThat(failed.field("code")).isEqualTo("22");
    }

    @Test
    void commandBeforeLoginIsAnError() throws Exception {
        RawSession raw = new RawSession(emulator.port());
        closeables.add(raw);
        raw.send(new ActivateCard("1001").toMessage(1));
        Message error = raw.read();
        assertThat(error.type()).isEqualTo("ERROR");
        assertThat(error.field("code")).isEqualTo("12");
        assertThat(raw.read()).isNull();
    }

    @Test
    void heartbeatIsAnswered() throws Exception {
        RawSession raw = raw();
        raw.send("HEARTBEAT", Map.of());
        Message ack = raw.readSkippingHeartbeats();
        assertThat(ack.type()).isEqualTo("HEARTBEAT_ACK");
        assertThat(ack.field("ref")).isEqualTo(Long.toString(raw.seq));
        assertThat(emulator.stats().heartbeatsReceived()).isEqualTo(1);
    }

    @Test
    void serverSendsHeartbeatsWhenIdleAndSequencesIncrease() throws Exception {
        RawSession raw = raw();
        Message hb1 = raw.read();
        raw.send("HEARTBEAT_ACK", Map.of("ref", Long.toString(hb1.seq())));
        Message hb2 = raw.read();
        assertThat(hb1.type()).isEqualTo("HEARTBEAT");
        assertThat(hb2.type()).isEqualTo("HEARTBEAT");
        assertThat(hb1.seq()).isEqualTo(2);
        assertThat(hb2.seq()).isEqualTo(3);
    }

    @Test
    void silentSessionIsClosed() throws Exception {
        RawSession raw = raw();
        long start = System.nanoTime();
        Message m;
        do {
            m = raw.read();
        } while (m != null && m.type().equals("HEARTBEAT"));
        assertThat(m.type()).isEqualTo("ERROR");
        assertThat(m.field("code")).isEqualTo(Integer.toString(CasErrorCode.HEARTBEAT_TIMEOUT.code()));
        assertThat(raw.read()).isNull();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(700));
    }

    @Test
    void clientHeartbeatsKeepSessionAlive() throws Exception {
        emulator.provision("1001");
        CasClientConfig cfg = clientConfig().withHeartbeat(Duration.ofMillis(100), Duration.ofMillis(1000));
        CasClient c = client(cfg);
        Thread.sleep(2000);
        assertThat(c.isOpen()).isTrue();
        assertThat(c.send(new ActivateCard("1001")).get(5, TimeUnit.SECONDS).accepted()).isTrue();
        assertThat(emulator.stats().heartbeatsReceived()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void wrongSequenceNumberEndsSession() throws Exception {
        RawSession raw = raw();
        raw.send(new Message("HEARTBEAT", raw.seq + 5, Map.of()));
        Message error = raw.readSkippingHeartbeats();
        assertThat(error.type()).isEqualTo("ERROR");
        assertThat(error.field("code")).isEqualTo("11");
        assertThat(error.field("reason")).contains("sequence number 6 received, expected 2");
        assertThat(raw.read()).isNull();
    }

    @Test
    void malformedFrameEndsSession() throws Exception {
        RawSession raw = raw();
        raw.sendRaw(new byte[] {0, 0, 0, 5, 'h', 'e', 'l', 'l', 'o'});
        Message error = raw.readSkippingHeartbeats();
        assertThat(error.type()).isEqualTo("ERROR");
        assertThat(error.field("code")).isEqualTo("10");
        assertThat(error.field("reason")).contains("malformed frame").contains("'hello'");
        assertThat(raw.read()).isNull();
    }

    @Test
    void oversizedFrameEndsSession() throws Exception {
        RawSession raw = raw();
        raw.sendRaw(new byte[] {0, 2, 0, 0});
        Message error = raw.readSkippingHeartbeats();
        assertThat(error.field("reason")).contains("frame length 131072 is outside 1..65536");
    }

    @Test
    void connectToClosedPortFailsClearly() throws Exception {
        // not the emulator's own port once closed: a closed port in the ephemeral range can be taken by the
        // client's own socket (a TCP self-connection), and the connect then succeeds
        int port = 1;
        assertThatThrownBy(() -> CasClient.connect("127.0.0.1", port, USER, PASSWORD))
                .hasMessageContaining("cannot connect to CAS at 127.0.0.1:" + port);
    }
}
