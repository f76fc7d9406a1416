package org.opensms.sms.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opensms.cas.api.CasCommand;
import org.opensms.cas.api.CardCommand;

/** The CAS sequences of each pairing operation, in issue order, as "KIND card" (and the STB where there is one). */
class CasPlanTest {

    private static List<String> text(List<CasCommand> commands) {
        return commands.stream().map(c -> c.kind() + " " + ((CardCommand) c).card()
                + (c instanceof org.opensms.cas.api.PairStb p ? " " + p.stb()
                : c instanceof org.opensms.cas.api.UnpairStb u ? " " + u.stb() : "")).toList();
    }

    @Test
    void pairActivatesOnlyAnActiveSubscribersCard() {
        assertThat(text(CasPlan.pair("VC1", "STB1", true))).containsExactly("PAIR_STB VC1 STB1", "ACTIVATE_CARD VC1");
        assertThat(text(CasPlan.pair("VC1", "STB1", false))).containsExactly("PAIR_STB VC1 STB1");
    }

    @Test
    void unpairDeactivatesAndClearsTheCard() {
        assertThat(text(CasPlan.unpair("VC1", "STB1")))
                .containsExactly("UNPAIR_STB VC1 STB1", "DEACTIVATE_CARD VC1", "CANCEL_ALL_ENTITLEMENTS VC1");
    }

    @Test
    void replacingTheStbKeepsTheCardAndItsEntitlements() {
        assertThat(text(CasPlan.replaceStb("VC1", "OLD", "NEW", true)))
                .containsExactly("UNPAIR_STB VC1 OLD", "PAIR_STB VC1 NEW", "ACTIVATE_CARD VC1");
        assertThat(text(CasPlan.replaceStb("VC1", "OLD", "NEW", false))).containsExactly("UNPAIR_STB VC1 OLD", "PAIR_STB VC1 NEW");
    }

    @Test
    void replacingTheCardUnpairsOldPairsNewActivatesNewThenDeactivatesOld() {
        assertThat(text(CasPlan.replaceCard("VC1", "VC2", "STB1", true))).containsExactly("UNPAIR_STB VC1 STB1",
                "PAIR_STB VC2 STB1", "ACTIVATE_CARD VC2", "DEACTIVATE_CARD VC1", "CANCEL_ALL_ENTITLEMENTS VC1");
        assertThat(text(CasPlan.replaceCard("VC1", "VC2", "STB1", false))).containsExactly("UNPAIR_STB VC1 STB1",
                "PAIR_STB VC2 STB1", "DEACTIVATE_CARD VC1", "CANCEL_ALL_ENTITLEMENTS VC1");
    }

    @Test
    void singleCommands() {
        assertThat(text(CasPlan.activate("VC1"))).containsExactly("ACTIVATE_CARD VC1");
        assertThat(text(CasPlan.deactivate("VC1"))).containsExactly("DEACTIVATE_CARD VC1");
        assertThat(text(CasPlan.blacklist("VC1"))).containsExactly("BLACKLIST_CARD VC1");
    }
}
