package org.opensms.cas.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigAndJsonTest {

    @Test
    void parsesCommandLine() {
        EmulatorConfig c = EmulatorConfig.fromArgs("--port", "7500", "--control-port", "-1", "--user", "u",
                "--password", "p", "--accept-any-card", "--state-file", "/tmp/s.txt", "--heartbeat", "5",
                "--session-timeout", "15", "--id-capacity", "10", "--save-interval", "2");
        assertThat(c.port()).isEqualTo(7500);
        assertThat(c.controlPort()).isEqualTo(-1);
        assertThat(c.user()).isEqualTo("u");
        assertThat(c.password()).isEqualTo("p");
        assertThat(c.acceptAnyCard()).isTrue();
        assertThat(c.stateFile()).isEqualTo(Path.of("/tmp/s.txt"));
        assertThat(c.heartbeatInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(c.sessionTimeout()).isEqualTo(Duration.ofSeconds(15));
        assertThat(c.commandIdCapacity()).isEqualTo(10);
        EmulatorConfig d = EmulatorConfig.fromArgs();
        assertThat(d.port()).isEqualTo(7400);
        assertThat(d.controlPort()).isEqualTo(7401);
        assertThat(d.acceptAnyCard()).isFalse();
    }

    @Test
    void badOptionsAreNamed() {
        assertThatThrownBy(() -> EmulatorConfig.fromArgs("--prot", "1")).hasMessage("unknown option '--prot'");
        assertThatThrownBy(() -> EmulatorConfig.fromArgs("--port")).hasMessage("option --port needs a value");
        assertThatThrownBy(() -> EmulatorConfig.fromArgs("--port", "x")).hasMessageContaining("needs a number");
        assertThatThrownBy(() -> EmulatorConfig.fromArgs("--port", "70000")).hasMessageContaining("0-65535");
    }

    @Test
    void jsonRoundTrip() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("s", "quote \" backslash \\ newline \n tab \t ctrl \u0001 ünï");
        m.put("n", 42L);
        m.put("neg", -7L);
        m.put("b", true);
        m.put("null", null);
        m.put("list", List.of(1L, "two", List.of(), Map.of()));
        assertThat(Json.parse(Json.write(m))).isEqualTo(m);
        assertThat(Json.parse(" { \"a\" : [ 1.5 , \"\\u0041\" ] } ")).isEqualTo(
                Map.of("a", List.of(new java.math.BigDecimal("1.5"), "A")));
        assertThatThrownBy(() -> Json.parse("{\"a\":}")).hasMessageContaining("invalid JSON at offset 5");
        assertThatThrownBy(() -> Json.parse("[1,2")).hasMessageContaining("unexpected end");
        assertThatThrownBy(() -> Json.parse("{} x")).hasMessageContaining("unexpected text after");
    }
}
