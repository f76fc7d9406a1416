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

    /** Seals the rows no seal covers yet that are old enough; the new seal, or null when there are none. */
    public JournalSeal seal(SealedJournal journal, Instant now) {
        List<JournalSeal> last = em.createQuery("select s from JournalSeal s where s.journal = :j order by s.lastId desc",
                JournalSeal.class).setParameter("j", journal.name()).setMaxResults(1).getResultList();
        long after = last.isEmpty() ? 0 : last.get(0).getLastId();
        String previous = last.isEmpty() ? GENESIS : last.get(0).getDigest();
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
