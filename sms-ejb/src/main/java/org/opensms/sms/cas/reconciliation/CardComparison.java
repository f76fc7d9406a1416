package org.opensms.sms.cas.reconciliation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

/**
 * Compares what the SMS says one card should be with what the CAS reports, and gives the differences and the
 * commands that make the CAS match, in the order the CAS needs them: a card wrongly blacklisted is cleared first
 * (the CAS refuses every other command to a blacklisted card), a card that should be blacklisted is blacklisted
 * last. Entitlements count when they have not ended; dates are compared to the second.
 */
public final class CardComparison {

    /** One way the CAS differs from the SMS. */
    public record Difference(Aspect aspect, String expected, String actual) {
    }

    /** What differs, and what to send. */
    public record Result(List<Difference> differences, List<CardCommand> corrections) {
        public boolean matches() {
            return differences.isEmpty();
        }
    }

    public enum Aspect { CARD, ACTIVE, BLACKLIST, PAIRING, ENTITLEMENT }

    private CardComparison() {
    }

    public static Result compare(ExpectedCard expected, CardState actual, Instant now) {
        CardNumber card = new CardNumber(expected.getCard());
        List<Difference> differences = new ArrayList<>();
        List<CardCommand> first = new ArrayList<>();
        List<CardCommand> then = new ArrayList<>();
        List<CardCommand> last = new ArrayList<>();
        Map<String, Entitlement> want = new TreeMap<>();
        expected.getEntitlements().stream().filter(e -> e.getEnd().isAfter(now))
                .forEach(e -> want.put(e.getProduct(), new Entitlement(new CasProductId(e.getProduct()), e.getStart(), e.getEnd())));
        Map<String, Entitlement> have = new TreeMap<>();
        if (actual.known()) {
            actual.entitlements().stream().filter(e -> e.end().isAfter(now)).forEach(e -> have.put(e.product().value(), e));
        }
        boolean expectsSomething = expected.isActive() || expected.isBlacklisted() || expected.getStb() != null || !want.isEmpty();
        if (!actual.known()) {
            if (expectsSomething) {
                differences.add(new Difference(Aspect.CARD, "known", "unknown to the CAS"));
            }
        }
        boolean casBlacklisted = actual.known() && actual.blacklisted();
        if (expected.isBlacklisted() != casBlacklisted) {
            differences.add(new Difference(Aspect.BLACKLIST, word(expected.isBlacklisted(), "blacklisted", "not blacklisted"),
                    word(casBlacklisted, "blacklisted", "not blacklisted")));
            if (casBlacklisted) {
                first.add(new UnblacklistCard(card));
            } else {
                last.add(new BlacklistCard(card));
            }
        }
        // a card blacklisted in the CAS and in the SMS takes no other command: its other differences are only reported
        boolean correctable = !(casBlacklisted && expected.isBlacklisted());
        String casStb = actual.known() && actual.stb() != null ? actual.stb().value() : null;
        if (!same(expected.getStb(), casStb)) {
            differences.add(new Difference(Aspect.PAIRING, orNone(expected.getStb(), "no STB"), orNone(casStb, "no STB")));
            if (casStb != null) {
                then.add(new UnpairStb(card, new StbSerial(casStb)));
            }
            if (expected.getStb() != null) {
                then.add(new PairStb(card, new StbSerial(expected.getStb())));
            }
        }
        boolean casActive = actual.known() && actual.active();
        if (expected.isActive() != casActive) {
            differences.add(new Difference(Aspect.ACTIVE, word(expected.isActive(), "active", "inactive"),
                    word(casActive, "active", "inactive")));
            then.add(expected.isActive() ? new ActivateCard(card) : new DeactivateCard(card));
        }
        for (Entitlement e : have.values()) {
            if (!want.containsKey(e.product().value())) {
                differences.add(new Difference(Aspect.ENTITLEMENT, "no " + e.product().value(), describe(e)));
                then.add(new CancelEntitlement(card, e.product()));
            }
        }
        for (Entitlement e : want.values()) {
            Entitlement h = have.get(e.product().value());
            if (h == null || !sameSecond(h.start(), e.start()) || !sameSecond(h.end(), e.end())) {
                differences.add(new Difference(Aspect.ENTITLEMENT, describe(e), h == null ? "no " + e.product().value() : describe(h)));
                then.add(new AddEntitlement(card, e.product(), e.start(), e.end()));
            }
        }
        List<CardCommand> corrections = new ArrayList<>(first);
        if (correctable) {
            corrections.addAll(then);
        }
        corrections.addAll(last);
        return new Result(List.copyOf(differences), List.copyOf(corrections));
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    private static boolean sameSecond(Instant a, Instant b) {
        return a.truncatedTo(ChronoUnit.SECONDS).equals(b.truncatedTo(ChronoUnit.SECONDS));
    }

    private static String word(boolean v, String yes, String no) {
        return v ? yes : no;
    }

    private static String orNone(String v, String none) {
        return v == null ? none : v;
    }

    private static String describe(Entitlement e) {
        return e.product().value() + " " + e.start().truncatedTo(ChronoUnit.SECONDS) + " to " + e.end().truncatedTo(ChronoUnit.SECONDS);
    }
}
