package org.opensms.cas.emulator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outcomes of the last N command ids processed, for duplicate detection. When full, the oldest id is
 * forgotten. Not thread-safe: used under the {@link CardStore} lock.
 */
final class CommandIdStore {

    /** The first answer given to a command id. */
    record Outcome(int code, String reason) {
        static final Outcome ACCEPTED = new Outcome(0, "");

        static Outcome of(int code, String reason) {
            return code == 0 && reason.isEmpty() ? ACCEPTED : new Outcome(code, reason);
        }
    }

    private final int capacity;
    private final LinkedHashMap<String, Outcome> outcomes;

    CommandIdStore(int capacity) {
        this.capacity = capacity;
        this.outcomes = new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Outcome> eldest) {
                return size() > CommandIdStore.this.capacity;
            }
        };
    }

    Outcome get(String commandId) {
        return outcomes.get(commandId);
    }

    void put(String commandId, Outcome outcome) {
        outcomes.put(commandId, outcome);
    }

    int size() {
        return outcomes.size();
    }

    void clear() {
        outcomes.clear();
    }

    /** Oldest first. */
    Iterable<Map.Entry<String, Outcome>> entries() {
        return outcomes.entrySet();
    }
}
