package org.opensms.sms.cas.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opensms.cas.api.ActivateCard;
import org.opensms.cas.api.AddEntitlement;
import org.opensms.cas.api.BlacklistCard;
import org.opensms.cas.api.CancelEntitlement;
import org.opensms.cas.api.CardCommand;
import org.opensms.cas.api.CardNumber;
import org.opensms.cas.api.CardState;
import org.opensms.cas.api.CasProductId;
import org.opensms.cas.api.DeactivateCard;
import org.opensms.cas.api.Entitlement;
import org.opensms.cas.api.PairStb;
import org.opensms.cas.api.StbSerial;
import org.opensms.cas.api.UnblacklistCard;
import org.opensms.cas.api.UnpairStb;
import org.opensms.sms.cas.ExpectedCard;
import org.opensms.sms.cas.reconciliation.CardComparison.Aspect;

class CardComparisonTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant DEC = Instant.parse("2026-12-31T18:30:00Z");
    private static final CardNumber CARD = new CardNumber("1000001");
    private static final StbSerial STB_A = new StbSerial("STB-A");
    private static final StbSerial STB_B = new StbSerial("STB-B");
    private static final CasProductId GOLD = new CasProductId("GOLD");
    private static final CasProductId SPORTS = new CasProductId("SPORTS");

    /** The SMS's view after these commands, as CasCommandIssuer keeps it. */
    private static ExpectedCard sms(CardCommand... commands) {
        ExpectedCard e = new ExpectedCard(CARD.value());
        for (CardCommand c : commands) {
            e.apply(c, UUID.randomUUID().toString(), NOW);
        }
        return e;
    }

    private static CardState cas(boolean active, boolean blacklisted, StbSerial stb, Entitlement... entitlements) {
        return new CardState(CARD, true, active, blacklisted, stb, null, List.of(entitlements));
    }

    private static CardState unknown() {
        return new CardState(CARD, false, false, false, null, null, List.of());
    }

    @Test
    void aCardTheCasHoldsAsTheSmsSaysMatches() {
        ExpectedCard e = sms(new ActivateCard(CARD), new PairStb(CARD, STB_A), new AddEntitlement(CARD, GOLD, JAN, DEC));
        CardComparison.Result r = CardComparison.compare(e, cas(true, false, STB_A, new Entitlement(GOLD, JAN, DEC)), NOW);
        assertThat(r.matches()).isTrue();
        assertThat(r.corrections()).isEmpty();
    }

    @Test
    void aCardNeverSentAnythingAndUnknownToTheCasMatches() {
        assertThat(CardComparison.compare(sms(new DeactivateCard(CARD)), unknown(), NOW).matches()).isTrue();
    }

    @Test
    void aCardUnknownToTheCasIsSentEverythingItShouldHave() {
        ExpectedCard e = sms(new ActivateCard(CARD), new PairStb(CARD, STB_A), new AddEntitlement(CARD, GOLD, JAN, DEC));
        CardComparison.Result r = CardComparison.compare(e, unknown(), NOW);
        assertThat(r.differences()).extracting(CardComparison.Difference::aspect)
                .containsExactly(Aspect.CARD, Aspect.PAIRING, Aspect.ACTIVE, Aspect.ENTITLEMENT);
        assertThat(r.corrections()).containsExactly(new PairStb(CARD, STB_A), new ActivateCard(CARD),
                new AddEntitlement(CARD, GOLD, JAN, DEC));
    }

    @Test
    void activationPairingAndEntitlementsAreCorrectedBothWays() {
        ExpectedCard e = sms(new DeactivateCard(CARD), new PairStb(CARD, STB_B), new AddEntitlement(CARD, GOLD, JAN, DEC));
        CardComparison.Result r = CardComparison.compare(e, cas(true, false, STB_A,
                new Entitlement(GOLD, JAN, NOW.plusSeconds(60)), new Entitlement(SPORTS, JAN, DEC)), NOW);
        assertThat(r.differences()).extracting(d -> d.aspect() + ": " + d.expected() + " / " + d.actual()).containsExactly(
                "PAIRING: STB-B / STB-A",
                "ACTIVE: inactive / active",
                "ENTITLEMENT: no SPORTS / SPORTS 2026-01-01T00:00:00Z to 2026-12-31T18:30:00Z",
                "ENTITLEMENT: GOLD 2026-01-01T00:00:00Z to 2026-12-31T18:30:00Z / GOLD 2026-01-01T00:00:00Z to 2026-11-25T10:01:00Z");
        assertThat(r.corrections()).containsExactly(new UnpairStb(CARD, STB_A), new PairStb(CARD, STB_B),
                new DeactivateCard(CARD), new CancelEntitlement(CARD, SPORTS), new AddEntitlement(CARD, GOLD, JAN, DEC));
    }

    @Test
    void endedEntitlementsAndSubSecondDifferencesDoNotCount() {
        Instant ended = NOW.minusSeconds(1);
        ExpectedCard e = sms(new AddEntitlement(CARD, GOLD, JAN, DEC.plusMillis(400)), new AddEntitlement(CARD, SPORTS, JAN, ended));
        assertThat(CardComparison.compare(e, cas(false, false, null, new Entitlement(GOLD, JAN, DEC)), NOW).matches()).isTrue();
    }

    @Test
    void aCardWronglyBlacklistedInTheCasIsClearedFirst() {
        ExpectedCard e = sms(new ActivateCard(CARD));
        CardComparison.Result r = CardComparison.compare(e, cas(false, true, null), NOW);
        assertThat(r.corrections()).containsExactly(new UnblacklistCard(CARD), new ActivateCard(CARD));
    }

    @Test
    void aCardToBlacklistIsBlacklistedLast() {
        ExpectedCard e = sms(new ActivateCard(CARD), new DeactivateCard(CARD), new UnpairStb(CARD, STB_A), new BlacklistCard(CARD));
        CardComparison.Result r = CardComparison.compare(e, cas(true, false, STB_A), NOW);
        assertThat(r.corrections()).containsExactly(new UnpairStb(CARD, STB_A), new DeactivateCard(CARD), new BlacklistCard(CARD));
    }

    @Test
    void aCardBlacklistedOnBothSidesIsReportedButSentNothing() {
        ExpectedCard e = sms(new ActivateCard(CARD), new BlacklistCard(CARD));
        CardComparison.Result r = CardComparison.compare(e, cas(false, true, null), NOW);
        assertThat(r.differences()).extracting(CardComparison.Difference::aspect).containsExactly(Aspect.ACTIVE);
        assertThat(r.corrections()).isEmpty();
    }

    @Test
    void theCsvReportQuotesAndDefusesFields() {
        assertThat(ReconciliationReport.csv("plain")).isEqualTo("plain");
        assertThat(ReconciliationReport.csv("a,b")).isEqualTo("\"a,b\"");
        assertThat(ReconciliationReport.csv("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(ReconciliationReport.csv("=cmd()")).isEqualTo("'=cmd()");
        assertThat(ReconciliationReport.csv("two\nlines")).isEqualTo("\"two\nlines\"");
    }
}
