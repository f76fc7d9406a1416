package org.opensms.cas.emulator;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.opensms.cas.protocol.CardState;
import org.opensms.cas.protocol.CasCommand;
import org.opensms.cas.protocol.Check;
import org.opensms.cas.protocol.Entitlement;

/**
 * The emulated CAS database: known cards with their state, entitlements and last messages, the STB pairing
 * index, the messages sent to groups/all/services, and the remembered command ids. All access goes through
 * one lock (this object); the public methods return immutable snapshots.
 */
public final class CardStore {

    /** A message command (OSD, mail, fingerprint) as received. */
    public record StoredMessage(Instant receivedAt, CasCommand command) {

        public Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", command.type().name());
            m.put("commandId", command.commandId());
            m.put("receivedAt", receivedAt);
            Map<String, String> fields = new LinkedHashMap<>();
            command.writeFields(fields);
            m.put("fields", fields);
            return m;
        }
    }

    /** Snapshot of one known card. stbSerial and groupId are null when unset. */
    public record CardView(String number, boolean active, boolean blacklisted, String stbSerial, String groupId,
                           List<Entitlement> entitlements, List<StoredMessage> messages) {

        public CardState toCardState() {
            return new CardState(number, true, active, blacklisted, stbSerial, groupId, entitlements);
        }

        public Map<String, Object> toMap(boolean withMessages) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("number", number);
            m.put("known", true);
            m.put("active", active);
            m.put("blacklisted", blacklisted);
            m.put("stb", stbSerial);
            m.put("group", groupId);
            List<Object> ents = new ArrayList<>();
            for (Entitlement e : entitlements) {
                Map<String, Object> em = new LinkedHashMap<>();
                em.put("product", e.productId());
                em.put("start", e.start());
                em.put("end", e.end());
                ents.add(em);
            }
            m.put("entitlements", ents);
            if (withMessages) {
                m.put("messages", messages.stream().map(StoredMessage::toMap).toList());
            }
            return m;
        }
    }

    /** Mutable card record, only touched under the store lock. */
    static final class Card {
        final String number;
        boolean active;
        boolean blacklisted;
        String stb;
        String group;
        final Map<String, Entitlement> entitlements = new LinkedHashMap<>();
        ArrayDeque<StoredMessage> messages;

        Card(String number) {
            this.number = number;
        }

        CardView view() {
            return new CardView(number, active, blacklisted, stb, group, List.copyOf(entitlements.values()),
                    messages == null ? List.of() : List.copyOf(messages));
        }
    }

    private final TreeMap<String, Card> cards = new TreeMap<>();
    private final Map<String, String> cardByStb = new HashMap<>();
    private final ArrayDeque<StoredMessage> globalMessages = new ArrayDeque<>();
    private final CommandIdStore commandIds;
    private final CommandLog commandLog;
    private final int messagesPerCard;
    private final int globalMessageLimit;
    private long changes;

    CardStore(int commandIdCapacity, int messagesPerCard, int globalMessageLimit) {
        this.commandIds = new CommandIdStore(commandIdCapacity);
        this.commandLog = new CommandLog(commandIdCapacity);
        this.messagesPerCard = messagesPerCard;
        this.globalMessageLimit = globalMessageLimit;
    }

    /** Makes the cards known (inactive, not blacklisted); returns how many were new. */
    public synchronized int provision(Collection<String> numbers) {
        for (String n : numbers) {
            Check.cardNumber(n);
        }
        int added = 0;
        for (String n : numbers) {
            if (!cards.containsKey(n)) {
                cards.put(n, new Card(n));
                added++;
            }
        }
        changes += added;
        return added;
    }

    public synchronized Optional<CardView> card(String number) {
        Card c = cards.get(number);
        return c == null ? Optional.empty() : Optional.of(c.view());
    }

    /** Known cards ordered by card number (string order). */
    public synchronized List<CardView> page(int offset, int limit) {
        List<CardView> out = new ArrayList<>(Math.min(limit, 1000));
        if (offset >= cards.size()) {
            return out;
        }
        int i = 0;
        for (Card c : cards.values()) {
            if (i++ < offset) {
                continue;
            }
            if (out.size() >= limit) {
                break;
            }
            out.add(c.view());
        }
        return out;
    }

    public synchronized int size() {
        return cards.size();
    }

    /** Messages sent to groups, to all cards or to services, oldest first. */
    public synchronized List<StoredMessage> globalMessages() {
        return List.copyOf(globalMessages);
    }

    /** How many command ids are remembered for duplicate detection. */
    public synchronized int commandIdsRemembered() {
        return commandIds.size();
    }

    /** What the CAS did with a command id: applied and duplicate counts, first result (empty if not logged). */
    public synchronized Optional<CommandLog.CommandRecord> command(String commandId) {
        return Optional.ofNullable(commandLog.get(commandId));
    }

    /** Logged command ids, oldest first; card null for all, else those for that card. */
    public synchronized List<CommandLog.CommandRecord> commands(String card, int offset, int limit) {
        return commandLog.page(card, offset, limit);
    }

    /** How many command ids are logged (for one card, or all when card is null). */
    public synchronized int commandCount(String card) {
        return commandLog.count(card);
    }

    /** Forgets everything: cards, messages, command ids and the command log. */
    public synchronized void clear() {
        cards.clear();
        cardByStb.clear();
        globalMessages.clear();
        commandIds.clear();
        commandLog.clear();
        changes++;
    }

    /** A counter that grows with every change, to know whether the state must be saved. */
    synchronized long changes() {
        return changes;
    }

    void changed() {
        changes++;
    }

    Card get(String number) {
        return cards.get(number);
    }

    Card create(String number) {
        Card c = new Card(number);
        cards.put(number, c);
        return c;
    }

    String cardPairedWith(String stb) {
        return cardByStb.get(stb);
    }

    void pair(Card card, String stb) {
        card.stb = stb;
        cardByStb.put(stb, card.number);
    }

    void unpair(Card card) {
        if (card.stb != null) {
            cardByStb.remove(card.stb);
            card.stb = null;
        }
    }

    void addMessage(Card card, StoredMessage m) {
        if (card == null) {
            add(globalMessages, m, globalMessageLimit);
        } else {
            if (card.messages == null) {
                card.messages = new ArrayDeque<>();
            }
            add(card.messages, m, messagesPerCard);
        }
    }

    private static void add(ArrayDeque<StoredMessage> q, StoredMessage m, int limit) {
        if (limit == 0) {
            return;
        }
        q.addLast(m);
        while (q.size() > limit) {
            q.removeFirst();
        }
    }

    CommandIdStore commandIds() {
        return commandIds;
    }

    CommandLog commandLog() {
        return commandLog;
    }

    Collection<Card> allCards() {
        return cards.values();
    }
}
