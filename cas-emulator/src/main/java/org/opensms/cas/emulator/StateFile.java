package org.opensms.cas.emulator;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opensms.cas.emulator.CardStore.Card;
import org.opensms.cas.emulator.CommandIdStore.Outcome;
import org.opensms.cas.protocol.Entitlement;

/**
 * Saves and loads the {@link CardStore} (cards, entitlements, pairings, groups and remembered command ids;
 * not messages) as a UTF-8 text file of tab-separated lines. Saving writes a temporary file and renames it,
 * so a crash never leaves a half-written state file.
 * <pre>
 * cas-emulator-state 1
 * C  number  active  blacklisted  stb  group      (empty = none)
 * E  number  product  start  end
 * I  commandId  code  reason                      (oldest first)
 * </pre>
 */
final class StateFile {

    private static final String HEADER = "cas-emulator-state 1";

    private StateFile() {
    }

    /** A card's saved fields, copied under the store's lock (entitlements are immutable values). */
    private record Saved(String number, boolean active, boolean blacklisted, String stb, String group,
                         Entitlement[] entitlements) {
    }

    /**
     * Writes the store to the file. Under the store's lock it only copies each card's fields (about 0.1 s for a
     * million cards), so that commands wait no longer than that; the text is formatted and written after the lock is
     * released.
     */
    static void save(CardStore store, Path path) throws IOException {
        List<Saved> cards;
        List<Map.Entry<String, Outcome>> ids;
        synchronized (store) {
            cards = new ArrayList<>(store.size());
            for (Card c : store.allCards()) {
                cards.add(new Saved(c.number, c.active, c.blacklisted, c.stb, c.group,
                        c.entitlements.values().toArray(new Entitlement[0])));
            }
            ids = new ArrayList<>();
            for (Map.Entry<String, Outcome> e : store.commandIds().entries()) {
                ids.add(Map.entry(e.getKey(), e.getValue()));
            }
        }
        Path dir = path.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, path.getFileName().toString(), ".tmp");
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8), 1 << 16)) {
            w.write(HEADER);
            w.write('\n');
            for (Saved c : cards) {
                line(w, "C", c.number(), Boolean.toString(c.active()), Boolean.toString(c.blacklisted()),
                        nullToEmpty(c.stb()), nullToEmpty(c.group()));
                for (Entitlement e : c.entitlements()) {
                    line(w, "E", c.number(), e.productId(), e.start().toString(), e.end().toString());
                }
            }
            for (Map.Entry<String, Outcome> e : ids) {
                line(w, "I", e.getKey(), Integer.toString(e.getValue().code()), e.getValue().reason());
            }
        }
        Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void line(Writer w, String... parts) throws IOException {
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                w.write('\t');
            }
            w.write(escape(parts[i]));
        }
        w.write('\n');
    }

    /** Replaces the store's content with the file's; a missing file leaves the store empty. */
    static void load(CardStore store, Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            if (!HEADER.equals(header)) {
                throw new IOException(path + ": not a CAS emulator state file (first line '" + header + "')");
            }
            synchronized (store) {
                store.clear();
                String line;
                int lineNo = 1;
                while ((line = r.readLine()) != null) {
                    lineNo++;
                    if (line.isEmpty()) {
                        continue;
                    }
                    try {
                        loadLine(store, line.split("\t", -1));
                    } catch (RuntimeException e) {
                        throw new IOException(path + " line " + lineNo + ": " + e.getMessage(), e);
                    }
                }
            }
        }
    }

    private static void loadLine(CardStore store, String[] f) {
        switch (f[0]) {
            case "C" -> {
                need(f, 6);
                Card c = store.get(f[1]) != null ? store.get(f[1]) : store.create(f[1]);
                c.active = Boolean.parseBoolean(f[2]);
                c.blacklisted = Boolean.parseBoolean(f[3]);
                if (!f[4].isEmpty()) {
                    store.pair(c, unescape(f[4]));
                }
                c.group = f[5].isEmpty() ? null : unescape(f[5]);
            }
            case "E" -> {
                need(f, 5);
                Card c = store.get(f[1]);
                if (c == null) {
                    throw new IllegalArgumentException("entitlement for card " + f[1] + " before its C line");
                }
                c.entitlements.put(f[2], new Entitlement(f[2], Instant.parse(f[3]), Instant.parse(f[4])));
            }
            case "I" -> {
                need(f, 4);
                store.commandIds().put(unescape(f[1]), Outcome.of(Integer.parseInt(f[2]), unescape(f[3])));
            }
            default -> throw new IllegalArgumentException("unknown record type '" + f[0] + "'");
        }
    }

    private static void need(String[] f, int n) {
        if (f.length != n) {
            throw new IllegalArgumentException(f[0] + " record needs " + n + " fields, has " + f.length);
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    static String escape(String s) {
        if (s.indexOf('\\') < 0 && s.indexOf('\t') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(switch (n) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
