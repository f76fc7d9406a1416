package org.opensms.cas.emulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opensms.cas.protocol.CardCommand;
import org.opensms.cas.protocol.CasCommand;
import org.opensms.cas.protocol.Fingerprint;
import org.opensms.cas.protocol.SendMail;
import org.opensms.cas.protocol.SendOsd;
import org.opensms.cas.protocol.Target;

/**
 * What the CAS did with each command id: its type, card, first result, and how many times it was applied and
 * answered as a duplicate. Counted independently of the duplicate detection, so that a test can verify that a
 * command took effect exactly once (e.g. after a crash of the client that made it send the command again). Holds
 * the last N ids like {@link CommandIdStore}; not saved in the state file. Queries, malformed commands and
 * injected fault rejections are not logged. Not thread-safe: used under the {@link CardStore} lock.
 */
public final class CommandLog {

    /** Snapshot of one logged command id. card is null for messages to a group, to all or to a service. */
    public record CommandRecord(String commandId, String type, String card, String target, Instant firstReceivedAt,
                                boolean accepted, int code, String reason, int applied, int duplicates) {

        public Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("commandId", commandId);
            m.put("type", type);
            m.put("card", card);
            m.put("target", target);
            m.put("firstReceivedAt", firstReceivedAt);
            m.put("result", accepted ? "ACCEPTED" : "REJECTED");
            m.put("code", code);
            m.put("reason", reason);
            m.put("applied", applied);
            m.put("duplicates", duplicates);
            return m;
        }
    }

    private static final class Entry {
        final String type;
        final String card;
        final String target;
        final Instant firstReceivedAt;
        boolean accepted;
        int code;
        String reason = "";
        int applied;
        int duplicates;

        Entry(CasCommand command) {
            this.type = command.type().name();
            Target t = target(command);
            this.card = command instanceof CardCommand c ? c.cardNumber()
                    : t != null && t.kind() == Target.Kind.CARD ? t.value() : null;
            this.target = t == null ? null : t.value() == null ? t.kind().name() : t.kind() + ":" + t.value();
            this.firstReceivedAt = Instant.now();
        }
    }

    private final int capacity;
    private final LinkedHashMap<String, Entry> entries;

    CommandLog(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > CommandLog.this.capacity;
            }
        };
    }

    /** The command was applied (its effect is now in the CAS). */
    void applied(CasCommand command) {
        Entry e = entry(command);
        e.accepted = true;
        e.code = 0;
        e.reason = "";
        e.applied++;
    }

    /** The command was refused by a rule, without effect. */
    void rejected(CasCommand command, int code, String reason) {
        Entry e = entry(command);
        if (e.applied == 0) {
            e.accepted = false;
            e.code = code;
            e.reason = reason;
        }
    }

    /** The command id had been processed before: answered with the first result, not applied. */
    void duplicate(CasCommand command, boolean accepted, int code, String reason) {
        boolean known = entries.containsKey(command.commandId());
        Entry e = entry(command);
        if (!known) {   // processed before the log knew it (e.g. ids loaded from the state file)
            e.accepted = accepted;
            e.code = code;
            e.reason = reason;
        }
        e.duplicates++;
    }

    private Entry entry(CasCommand command) {
        return entries.computeIfAbsent(command.commandId(), id -> new Entry(command));
    }

    CommandRecord get(String commandId) {
        Entry e = entries.get(commandId);
        return e == null ? null : record(commandId, e);
    }

    /** Oldest first, optionally only those for one card (card commands and messages to that card). */
    List<CommandRecord> page(String card, int offset, int limit) {
        List<CommandRecord> out = new ArrayList<>(Math.min(limit, 1000));
        int i = 0;
        for (Map.Entry<String, Entry> me : entries.entrySet()) {
            Entry e = me.getValue();
            if (card != null && !card.equals(e.card)) {
                continue;
            }
            if (i++ < offset) {
                continue;
            }
            if (out.size() >= limit) {
                break;
            }
            out.add(record(me.getKey(), e));
        }
        return out;
    }

    int count(String card) {
        if (card == null) {
            return entries.size();
        }
        int n = 0;
        for (Entry e : entries.values()) {
            if (card.equals(e.card)) {
                n++;
            }
        }
        return n;
    }

    void clear() {
        entries.clear();
    }

    private static CommandRecord record(String id, Entry e) {
        return new CommandRecord(id, e.type, e.card, e.target, e.firstReceivedAt, e.accepted, e.code, e.reason,
                e.applied, e.duplicates);
    }

    private static Target target(CasCommand command) {
        if (command instanceof SendOsd c) {
            return c.target();
        }
        if (command instanceof SendMail c) {
            return c.target();
        }
        if (command instanceof Fingerprint c) {
            return c.target();
        }
        return null;
    }
}
