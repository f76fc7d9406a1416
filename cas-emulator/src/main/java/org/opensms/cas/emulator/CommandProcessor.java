package org.opensms.cas.emulator;

import java.time.Instant;
import org.opensms.cas.emulator.CardStore.Card;
import org.opensms.cas.emulator.CommandIdStore.Outcome;
import org.opensms.cas.protocol.ActivateCard;
import org.opensms.cas.protocol.AddEntitlement;
import org.opensms.cas.protocol.AssignGroup;
import org.opensms.cas.protocol.BlacklistCard;
import org.opensms.cas.protocol.CancelAllEntitlements;
import org.opensms.cas.protocol.CancelEntitlement;
import org.opensms.cas.protocol.CardCommand;
import org.opensms.cas.protocol.CardState;
import org.opensms.cas.protocol.CasAck;
import org.opensms.cas.protocol.CasCommand;
import org.opensms.cas.protocol.CasErrorCode;
import org.opensms.cas.protocol.DeactivateCard;
import org.opensms.cas.protocol.Entitlement;
import org.opensms.cas.protocol.Fingerprint;
import org.opensms.cas.protocol.InvalidFieldException;
import org.opensms.cas.protocol.Message;
import org.opensms.cas.protocol.MessageType;
import org.opensms.cas.protocol.PairStb;
import org.opensms.cas.protocol.QueryCard;
import org.opensms.cas.protocol.SendMail;
import org.opensms.cas.protocol.SendOsd;
import org.opensms.cas.protocol.Target;
import org.opensms.cas.protocol.UnblacklistCard;
import org.opensms.cas.protocol.UnpairStb;

/**
 * Applies commands to the {@link CardStore} with the rules of a real CAS and produces the ACK for each:
 * decoding and field validation, injected rejections, duplicate command ids, unknown and blacklisted cards,
 * pairing conflicts and missing entitlements.
 */
final class CommandProcessor {

    /** Thrown inside rule checks to reject a command. */
    private static final class Rejected extends Exception {
        final CasErrorCode code;

        Rejected(CasErrorCode code, String reason) {
            super(reason, null, false, false);
            this.code = code;
        }
    }

    private final CardStore store;
    private final Faults faults;
    private final Stats stats;
    private final boolean acceptAnyCard;

    CommandProcessor(CardStore store, Faults faults, Stats stats, boolean acceptAnyCard) {
        this.store = store;
        this.faults = faults;
        this.stats = stats;
        this.acceptAnyCard = acceptAnyCard;
    }

    /** Handles a command frame (or a frame of unknown type) and returns its ACK. */
    CasAck process(Message m) {
        stats.commandsReceived.increment();
        long ref = m.seq();
        String rawId = m.field("commandId") == null ? "" : m.field("commandId");
        MessageType type = m.knownType();
        if (type == null || !type.isCommand()) {
            return reject(CasAck.rejected(ref, rawId, CasErrorCode.UNSUPPORTED_COMMAND,
                    "unsupported command type '" + m.type() + "'"));
        }
        CasCommand command;
        try {
            command = CasCommand.fromMessage(m);
        } catch (InvalidFieldException e) {
            return reject(CasAck.rejected(ref, rawId, e.code(), type + ": " + e.getMessage()));
        }
        Faults.Rejection injected = faults.nextRejection();
        if (injected != null) {
            stats.faultRejections.increment();
            return reject(CasAck.rejected(ref, command.commandId(), injected.code(), injected.reason()));
        }
        synchronized (store) {
            if (command instanceof QueryCard q) {
                stats.accepted.increment();
                Card card = store.get(q.cardNumber());
                CardState state = card == null ? CardState.unknown(q.cardNumber()) : card.view().toCardState();
                return new CasAck(ref, q.commandId(), CasAck.Result.ACCEPTED, 0, "", false, state);
            }
            Outcome previous = store.commandIds().get(command.commandId());
            if (previous != null) {
                stats.duplicates.increment();
                store.commandLog().duplicate(command, previous.code() == 0, previous.code(), previous.reason());
                return new CasAck(ref, command.commandId(), previous.code() == 0 ? CasAck.Result.ACCEPTED
                        : CasAck.Result.REJECTED, previous.code(), previous.reason(), true, null);
            }
            Outcome outcome;
            try {
                apply(command);
                outcome = Outcome.ACCEPTED;
                stats.accepted.increment();
                store.changed();
                store.commandLog().applied(command);
            } catch (Rejected r) {
                outcome = Outcome.of(r.code.code(), r.getMessage());
                stats.rejected.increment();
                store.commandLog().rejected(command, outcome.code(), outcome.reason());
            }
            store.commandIds().put(command.commandId(), outcome);
            return outcome.code() == 0 ? CasAck.accepted(ref, command.commandId())
                    : CasAck.rejected(ref, command.commandId(), outcome.code(), outcome.reason());
        }
    }

    private CasAck reject(CasAck ack) {
        stats.rejected.increment();
        return ack;
    }

    private void apply(CasCommand command) throws Rejected {
        if (command instanceof ActivateCard c) {
            usableCard(c).active = true;
        } else if (command instanceof DeactivateCard c) {
            usableCard(c).active = false;
        } else if (command instanceof PairStb c) {
            pair(usableCard(c), c.stbSerial());
        } else if (command instanceof UnpairStb c) {
            unpair(usableCard(c), c.stbSerial());
        } else if (command instanceof AddEntitlement c) {
            usableCard(c).entitlements.put(c.productId(), new Entitlement(c.productId(), c.start(), c.end()));
        } else if (command instanceof CancelEntitlement c) {
            Card card = usableCard(c);
            if (card.entitlements.remove(c.productId()) == null) {
                throw new Rejected(CasErrorCode.NO_SUCH_ENTITLEMENT, "card " + card.number
                        + " has no entitlement to product " + c.productId());
            }
        } else if (command instanceof CancelAllEntitlements c) {
            usableCard(c).entitlements.clear();
        } else if (command instanceof BlacklistCard c) {
            usableCard(c).blacklisted = true;
        } else if (command instanceof UnblacklistCard c) {
            knownCard(c.cardNumber()).blacklisted = false;
        } else if (command instanceof AssignGroup c) {
            usableCard(c).group = c.groupId();
        } else if (command instanceof SendOsd c) {
            message(c.target(), c);
        } else if (command instanceof SendMail c) {
            message(c.target(), c);
        } else if (command instanceof Fingerprint c) {
            message(c.target(), c);
        } else {
            throw new IllegalStateException("no rule for " + command.type());
        }
    }

    private void pair(Card card, String stb) throws Rejected {
        if (card.stb != null && !card.stb.equals(stb)) {
            throw new Rejected(CasErrorCode.CARD_ALREADY_PAIRED, "card " + card.number + " is already paired to STB "
                    + card.stb + "; unpair it first");
        }
        String other = store.cardPairedWith(stb);
        if (other != null && !other.equals(card.number)) {
            throw new Rejected(CasErrorCode.STB_ALREADY_PAIRED, "STB " + stb + " is already paired to card " + other);
        }
        store.pair(card, stb);
    }

    private void unpair(Card card, String stb) throws Rejected {
        if (card.stb != null && !card.stb.equals(stb)) {
            throw new Rejected(CasErrorCode.STB_MISMATCH, "card " + card.number + " is paired to STB " + card.stb
                    + ", not to " + stb);
        }
        store.unpair(card);
    }

    private void message(Target target, CasCommand command) throws Rejected {
        Card card = target.kind() == Target.Kind.CARD ? usableCard(target.value()) : null;
        store.addMessage(card, new CardStore.StoredMessage(Instant.now(), command));
    }

    private Card usableCard(CardCommand c) throws Rejected {
        return usableCard(c.cardNumber());
    }

    private Card usableCard(String number) throws Rejected {
        Card card = knownCard(number);
        if (card.blacklisted) {
            throw new Rejected(CasErrorCode.CARD_BLACKLISTED, "card " + number + " is blacklisted");
        }
        return card;
    }

    private Card knownCard(String number) throws Rejected {
        Card card = store.get(number);
        if (card == null) {
            if (!acceptAnyCard) {
                throw new Rejected(CasErrorCode.UNKNOWN_CARD, "card " + number + " is not known to the CAS");
            }
            card = store.create(number);
        }
        return card;
    }
}
