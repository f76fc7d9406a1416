package org.opensms.sms.pairing;

import java.util.ArrayList;
import java.util.List;
import org.opensms.cas.api.ActivateCard;
import org.opensms.cas.api.BlacklistCard;
import org.opensms.cas.api.CancelAllEntitlements;
import org.opensms.cas.api.CardNumber;
import org.opensms.cas.api.CasCommand;
import org.opensms.cas.api.DeactivateCard;
import org.opensms.cas.api.PairStb;
import org.opensms.cas.api.StbSerial;
import org.opensms.cas.api.UnpairStb;

/**
 * The CAS commands each pairing operation sends, in the order they are issued (the CAS applies the commands of one
 * card in issue order). Pure, so that every sequence is tested alone; {@link PairingService} issues them.
 * <ul>
 * <li>pair: PairStb, then ActivateCard when the subscriber is ACTIVE and the pair is switched on;</li>
 * <li>unpair (the card leaves the household): UnpairStb, DeactivateCard, CancelAllEntitlements (a card back in
 * stock carries no household's entitlements; the subscriptions stay with the customer);</li>
 * <li>replace a faulty STB (same card): UnpairStb old, PairStb new, ActivateCard when it should be active: all on the
 * card's ordering key; the card keeps its entitlements;</li>
 * <li>replace a faulty card (same STB): UnpairStb old card, PairStb new card, ActivateCard new card when it should be
 * active, DeactivateCard and CancelAllEntitlements old card. The old and the new card are different ordering keys:
 * the CAS may see PairStb of the new card before UnpairStb of the old one and reject it (STB paired with another
 * card); the expected state is right, so the next reconciliation re-sends the pairing;</li>
 * <li>blacklist a card: (unpair first if paired), BlacklistCard last, since a blacklisted card refuses every later
 * command.</li>
 * </ul>
 */
final class CasPlan {

    private CasPlan() {
    }

    static CardNumber card(String number) {
        return CardNumber.of(number);
    }

    static StbSerial stb(String serial) {
        return StbSerial.of(serial);
    }

    static List<CasCommand> pair(String card, String stb, boolean active) {
        List<CasCommand> c = new ArrayList<>();
        c.add(new PairStb(card(card), stb(stb)));
        if (active) {
            c.add(new ActivateCard(card(card)));
        }
        return c;
    }

    static List<CasCommand> unpair(String card, String stb) {
        return List.of(new UnpairStb(card(card), stb(stb)), new DeactivateCard(card(card)),
                new CancelAllEntitlements(card(card)));
    }

    static List<CasCommand> replaceStb(String card, String oldStb, String newStb, boolean active) {
        List<CasCommand> c = new ArrayList<>();
        c.add(new UnpairStb(card(card), stb(oldStb)));
        c.add(new PairStb(card(card), stb(newStb)));
        if (active) {
            c.add(new ActivateCard(card(card)));
        }
        return c;
    }

    static List<CasCommand> replaceCard(String oldCard, String newCard, String stb, boolean active) {
        List<CasCommand> c = new ArrayList<>();
        c.add(new UnpairStb(card(oldCard), stb(stb)));
        c.add(new PairStb(card(newCard), stb(stb)));
        if (active) {
            c.add(new ActivateCard(card(newCard)));
        }
        c.add(new DeactivateCard(card(oldCard)));
        c.add(new CancelAllEntitlements(card(oldCard)));
        return c;
    }

    static List<CasCommand> activate(String card) {
        return List.of(new ActivateCard(card(card)));
    }

    static List<CasCommand> deactivate(String card) {
        return List.of(new DeactivateCard(card(card)));
    }

    static List<CasCommand> blacklist(String card) {
        return List.of(new BlacklistCard(card(card)));
    }
}
