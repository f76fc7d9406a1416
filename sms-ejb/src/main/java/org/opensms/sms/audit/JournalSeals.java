package org.opensms.sms.audit;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.opensms.sms.shared.InputCheck;

/**
 * Seals the append-only journals and verifies the seals (TRAI: logs must not be alterable without it being seen).
 *
 * <p>A seal covers the rows of one journal with ids after the previous seal's last id, up to the last row older than
 * the {@link #HORIZON} that has no younger row before it: a transaction still open an hour after it wrote its row is
 * not expected, so no row can later appear inside a sealed run. Its digest is the SHA-256 of the previous seal's
 * digest and each row's contents in id order ({@link SealedJournal}). Verifying reads every sealed run again: a row
 * altered gives CHANGED, a row added or removed ROWS_CHANGED, a seal altered or removed CHAIN_BROKEN.
 *
 * <p>Plain class over an EntityManager (the caller's transaction), so that it is tested on every database without a
 * container; {@link JournalSealService} runs it.
 */
public final class JournalSeals {

    /** Rows younger than this are left for a later seal. */
    public static final Duration HORIZON = Duration.ofHours(1);
    /** The previous digest of a journal's first seal. */
    public static final String GENESIS = "0".repeat(64);
    static final int PAGE = 10_000;
    /** The most anchors one verification takes. */
    public static final int MAX_ANCHORS = 100;
    private static final Pattern DIGEST = Pattern.compile("[0-9a-f]{64}");
    private static final char FIELD = '\u001F';
    private static final char ROW = '\u001E';
    private static final String NULL = "\u0000";

    private final EntityManager em;

    public JournalSeals(EntityManager em) {
        this.em = em;
    }

    /** The journal's seals, oldest first. */
    public List<JournalSeal> seals(SealedJournal journal) {
        return em.createQuery("select s from JournalSeal s where s.journal = :j order by s.firstId", JournalSeal.class)
                .setParameter("j", journal.name()).getResultList();
    }

    /** The journal's latest seal, whose digest an auditor notes as an anchor; null when it has none. */
    public JournalSeal latest(SealedJournal journal) {
        List<JournalSeal> last = em.createQuery("select s from JournalSeal s where s.journal = :j order by s.lastId desc",
                JournalSeal.class).setParameter("j", journal.name()).setMaxResults(1).getResultList();
        return last.isEmpty() ? null : last.get(0);
    }

    /** How many seals the journal has. */
    public long count(SealedJournal journal) {
        return em.createQuery("select count(s) from JournalSeal s where s.journal = :j", Long.class)
                .setParameter("j", journal.name()).getSingleResult();
    }

    /** Seals the rows no seal covers yet that are old enough; the new seal, or null when there are none. */
    public JournalSeal seal(SealedJournal journal, Instant now) {
        JournalSeal last = latest(journal);
        long after = last == null ? 0 : last.getLastId();
        String previous = last == null ? GENESIS : last.getDigest();
        OffsetDateTime horizon = now.minus(HORIZON).atOffset(ZoneOffset.UTC);
        String e = journal.entity();
        String t = "x." + journal.timeAttribute();
        Long young = em.createQuery("select min(x.id) from " + e + " x where x.id > :after and " + t + " >= :horizon",
                Long.class).setParameter("after", after).setParameter("horizon", horizon).getSingleResult();
        Long upTo = em.createQuery("select max(x.id) from " + e + " x where x.id > :after and x.id < :young and "
                        + t + " < :horizon", Long.class)
                .setParameter("after", after).setParameter("young", young == null ? Long.MAX_VALUE : young)
                .setParameter("horizon", horizon).getSingleResult();
        if (upTo == null) {
            return null;
        }
        Digest d = digest(journal, after, upTo, previous);
        JournalSeal seal = new JournalSeal(journal, after + 1, upTo, d.rows, d.hex, previous, now);
        em.persist(seal);
        em.flush();
        return seal;
    }

    /** Checks every seal of the journal against its rows as they are now, oldest first. */
    public List<SealCheck> verify(SealedJournal journal) {
        List<SealCheck> checks = new ArrayList<>();
        JournalSeal before = null;
        for (JournalSeal s : seals(journal)) {
            Digest now = digest(journal, s.getFirstId() - 1, s.getLastId(), s.getPreviousDigest());
            boolean chained = before == null
                    ? s.getPreviousDigest().equals(GENESIS) && s.getFirstId() == 1
                    : s.getPreviousDigest().equals(before.getDigest()) && s.getFirstId() == before.getLastId() + 1;
            SealCheck.State state = !chained ? SealCheck.State.CHAIN_BROKEN
                    : now.rows != s.getRowCount() ? SealCheck.State.ROWS_CHANGED
                    : !now.hex.equals(s.getDigest()) ? SealCheck.State.CHANGED
                    : SealCheck.State.INTACT;
            checks.add(new SealCheck(journal, s.getFirstId(), s.getLastId(), s.getRowCount(), now.rows, s.getSealedAt(), state));
            before = s;
        }
        return checks;
    }

    /**
     * Which of the given digests (anchors an auditor noted at an earlier audit, from {@link #seals}) are still seals
     * of the journals, in the order given. Each must be 64 hexadecimal digits (any case); at most {@link #MAX_ANCHORS}.
     */
    public List<AnchorCheck> anchors(List<String> digests) {
        InputCheck check = new InputCheck();
        if (digests.size() > MAX_ANCHORS) {
            check.add("anchor", "at most " + MAX_ANCHORS + " anchors in one verification, got " + digests.size());
        }
        List<String> wanted = new ArrayList<>();
        for (String d : digests) {
            String t = d == null ? "" : d.strip().toLowerCase(Locale.ROOT);
            if (!DIGEST.matcher(t).matches()) {
                check.add("anchor", "must be a seal's SHA-256 digest of 64 hexadecimal digits, got '"
                        + (t.length() > 70 ? t.substring(0, 67) + "..." : t) + "'");
            }
            wanted.add(t);
        }
        check.throwIfInvalid();
        if (wanted.isEmpty()) {
            return List.of();
        }
        Map<String, JournalSeal> held = em.createQuery("select s from JournalSeal s where s.digest in :d", JournalSeal.class)
                .setParameter("d", wanted).getResultList().stream()
                .collect(Collectors.toMap(JournalSeal::getDigest, Function.identity(), (a, b) -> a));
        return wanted.stream().map(d -> {
            JournalSeal s = held.get(d);
            return s == null ? new AnchorCheck(d, false, null, null, null)
                    : new AnchorCheck(d, true, s.getJournal(), s.getLastId(), s.getSealedAt());
        }).toList();
    }

    private record Digest(long rows, String hex) {
    }

    /** The digest of the rows with ids after {@code after} up to {@code upTo}, chained to {@code previous}. */
    private Digest digest(SealedJournal journal, long after, long upTo, String previous) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        sha.update(previous.getBytes(StandardCharsets.US_ASCII));
        String q = "select " + journal.selectList("x") + " from " + journal.entity() + " x where x.id > :from and x.id <= :upTo"
                + " order by x.id";
        long rows = 0;
        long from = after;
        StringBuilder line = new StringBuilder(256);
        while (true) {
            List<Object[]> page = em.createQuery(q, Object[].class).setParameter("from", from).setParameter("upTo", upTo)
                    .setMaxResults(PAGE).getResultList();
            for (Object[] row : page) {
                line.setLength(0);
                for (Object v : row) {
                    line.append(text(v)).append(FIELD);
                }
                line.append(ROW);
                sha.update(line.toString().getBytes(StandardCharsets.UTF_8));
                rows++;
            }
            if (page.size() < PAGE) {
                break;
            }
            from = ((Number) page.get(page.size() - 1)[0]).longValue();
        }
        return new Digest(rows, HexFormat.of().formatHex(sha.digest()));
    }

    private static String text(Object v) {
        if (v == null) {
            return NULL;
        }
        if (v instanceof OffsetDateTime t) {
            return t.toInstant().toString();
        }
        return v.toString();
    }
}
