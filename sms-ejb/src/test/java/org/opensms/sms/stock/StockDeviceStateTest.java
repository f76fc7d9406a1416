package org.opensms.sms.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensms.sms.lco.Lco;
import org.opensms.sms.lco.LcoDetails;
import org.opensms.sms.shared.AddressInput;
import org.opensms.sms.shared.ErrorCode;
import org.opensms.sms.shared.Surface;

/**
 * The transition table, one test per pair of states (allowed and refused), written out here independently of
 * {@link DeviceState#ALLOWED}; and the device's moves: messages, LCO taken and given back, history lines.
 */
class StockDeviceStateTest {

    /** Every allowed move, as the issue describes the stock life cycle. Anything not listed is refused. */
    private static final Set<String> ALLOWED = Set.of(
            "IN_STOCK>ALLOCATED", "IN_STOCK>FAULTY", "IN_STOCK>BLACKLISTED",
            "ALLOCATED>IN_STOCK", "ALLOCATED>INSTALLED", "ALLOCATED>FAULTY", "ALLOCATED>BLACKLISTED",
            "INSTALLED>DEACTIVATED", "INSTALLED>FAULTY", "INSTALLED>BLACKLISTED",
            "DEACTIVATED>INSTALLED", "DEACTIVATED>ALLOCATED", "DEACTIVATED>IN_STOCK", "DEACTIVATED>FAULTY",
            "DEACTIVATED>BLACKLISTED",
            "FAULTY>UNDER_REPAIR", "FAULTY>IN_STOCK", "FAULTY>BLACKLISTED",
            "UNDER_REPAIR>IN_STOCK", "UNDER_REPAIR>FAULTY", "UNDER_REPAIR>BLACKLISTED");

    static Stream<Arguments> everyPair() {
        List<Arguments> pairs = new ArrayList<>();
        for (DeviceState from : DeviceState.values()) {
            for (DeviceState to : DeviceState.values()) {
                pairs.add(Arguments.of(from, to, ALLOWED.contains(from + ">" + to)));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}: allowed {2}")
    @MethodSource("everyPair")
    void transitionTable(DeviceState from, DeviceState to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }

    @Test
    void blacklistedIsTerminalAndOnlyIt() {
        for (DeviceState s : DeviceState.values()) {
            assertThat(s.isTerminal()).as(s.name()).isEqualTo(s == DeviceState.BLACKLISTED);
        }
    }

    static Lco lco(String code) {
        return new Lco(code, new LcoDetails(code, "Cable " + code, new AddressInput("1 Main Road", null, "Bengaluru", "KA",
                "560001"), "Ravi", "9845000001", null, null, "Bengaluru East", null).check(true),
                Instant.parse("2026-01-01T00:00:00Z"), "admin", Surface.REST);
    }

    private static final Instant T = Instant.parse("2026-11-25T10:00:00Z");

    private static SetTopBox stb() {
        return new SetTopBox("STB001", "Skyworth", "S1", "LOT-1", "BLR-1", T, "admin", Surface.REST);
    }

    @Test
    void allocationGivesTheLcoAndReturnTakesItBack() {
        SetTopBox b = stb();
        DeviceMovement m = b.move(DeviceMove.ALLOCATE, lco("LCO0001"), "first lot", T, "op", Surface.CONSOLE);
        assertThat(b.getState()).isEqualTo(DeviceState.ALLOCATED);
        assertThat(b.getLcoCode()).isEqualTo("LCO0001");
        assertThat(m.getFromState()).isEqualTo(DeviceState.IN_STOCK);
        assertThat(m.getToState()).isEqualTo(DeviceState.ALLOCATED);
        assertThat(m.getFromLco()).isNull();
        assertThat(m.getToLco()).isEqualTo("LCO0001");
        assertThat(m.getOperation()).isEqualTo(DeviceMove.ALLOCATE);
        assertThat(m.getMovedBy()).isEqualTo("op");
        assertThat(m.getSurface()).isEqualTo(Surface.CONSOLE);

        DeviceMovement back = b.move(DeviceMove.RETURN, null, null, T, "op", Surface.REST);
        assertThat(b.getState()).isEqualTo(DeviceState.IN_STOCK);
        assertThat(b.getLco()).isNull();
        assertThat(back.getFromLco()).isEqualTo("LCO0001");
        assertThat(back.getToLco()).isNull();
    }

    @Test
    void faultyRepairAndBack() {
        SetTopBox b = stb();
        b.move(DeviceMove.ALLOCATE, lco("LCO0001"), null, T, "op", Surface.REST);
        b.move(DeviceMove.MARK_FAULTY, null, "no signal", T, "op", Surface.REST);
        assertThat(b.getLcoCode()).as("a faulty box stays with its LCO until it is sent away").isEqualTo("LCO0001");
        b.move(DeviceMove.SEND_FOR_REPAIR, null, null, T, "op", Surface.REST);
        assertThat(b.getState()).isEqualTo(DeviceState.UNDER_REPAIR);
        assertThat(b.getLco()).isNull();
        b.move(DeviceMove.BACK_FROM_REPAIR, null, null, T, "op", Surface.REST);
        assertThat(b.getState()).isEqualTo(DeviceState.IN_STOCK);
    }

    @Test
    void onlyADeviceUnderRepairComesBackFromRepair() {
        SetTopBox b = stb();
        b.move(DeviceMove.MARK_FAULTY, null, null, T, "op", Surface.REST);
        assertThatThrownBy(() -> b.move(DeviceMove.BACK_FROM_REPAIR, null, null, T, "op", Surface.REST))
                .isInstanceOf(IllegalDeviceMoveException.class).hasMessageContaining("only a device under repair");
        assertThat(b.getState()).isEqualTo(DeviceState.FAULTY);
    }

    @Test
    void aBlacklistedBoxCanNeverBeAllocatedAgainAndTheMessageNamesEverything() {
        SetTopBox b = stb();
        b.move(DeviceMove.BLACKLIST, null, "cloned", T, "op", Surface.REST);
        for (DeviceMove move : DeviceMove.values()) {
            if (move == DeviceMove.IMPORT) {
                continue;
            }
            assertThatThrownBy(() -> b.move(move, lco("LCO0001"), null, T, "op", Surface.REST))
                    .isInstanceOfSatisfying(IllegalDeviceMoveException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT);
                        assertThat(e.getMessage()).contains("set-top box STB001", "is BLACKLISTED",
                                "cannot move to " + move.target(), "never be redeployed");
                    });
        }
        assertThat(b.getState()).isEqualTo(DeviceState.BLACKLISTED);
    }

    @Test
    void refusalListsWhereTheDeviceMayGo() {
        SmartCard c = new SmartCard("VC1", "Nagra", "L", "W", T, "admin", Surface.REST);
        assertThatThrownBy(() -> c.move(DeviceMove.INSTALL, null, null, T, "op", Surface.REST))
                .hasMessage("smart card VC1 is IN_STOCK and cannot move to INSTALLED (install): from IN_STOCK a device may"
                        + " only move to ALLOCATED, FAULTY, BLACKLISTED");
    }

    @Test
    void pairingMoves() {
        SetTopBox b = stb();
        b.move(DeviceMove.ALLOCATE, lco("LCO0001"), null, T, "op", Surface.REST);
        b.move(DeviceMove.INSTALL, null, null, T, "op", Surface.REST);
        b.move(DeviceMove.DEACTIVATE, null, null, T, "op", Surface.REST);
        assertThat(b.getState()).isEqualTo(DeviceState.DEACTIVATED);
        assertThat(b.getLcoCode()).isEqualTo("LCO0001");
        b.move(DeviceMove.INSTALL, null, "reactivated", T, "op", Surface.REST);
        assertThat(b.getState()).isEqualTo(DeviceState.INSTALLED);
    }
}
