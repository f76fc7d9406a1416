package org.opensms.sms.cas.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opensms.sms.cas.CasCommandEntry;
import org.opensms.sms.cas.CasCommandOutcome;
import org.opensms.sms.cas.CasCommandState;
import org.opensms.sms.cas.CasJournalFilter;
import org.opensms.sms.cas.CasJournalLine;
import org.opensms.sms.shared.PageRequest;
import org.opensms.sms.shared.internal.InList;

/**
 * The CAS command journal: appends, and lists narrowed by a {@link CasJournalFilter}. A command's state is its
 * latest outcome (PENDING when there is none), found through the outcome index (command_id, reported_at).
 */
@ApplicationScoped
public class CasJournalRepository {

    /** Command ids per query when outcomes are read for many commands at once. */
    private static final int IDS_PER_QUERY = 500;

    @PersistenceContext(unitName = "sms")
    private EntityManager em;

    protected CasJournalRepository() {
    }

    /** For use outside the container (persistence tests). */
    public CasJournalRepository(EntityManager em) {
        this.em = em;
    }

    public void add(CasCommandEntry entry) {
        em.persist(entry);
    }

    /**
     * Appends an outcome unless the same outcome of the same attempt is already there: the adapter delivers
     * events at least once, so a redelivered event after a crash must not add a second line.
     */
    public boolean add(CasCommandOutcome outcome) {
        return addAll(List.of(outcome)) == 1;
    }

    /**
     * Appends the outcomes that are not there yet (same command, outcome and attempt; see {@link #add}), a delivery's
     * batch at once: which are known is asked in one query per {@value #IDS_PER_QUERY} commands, and the new lines are
     * written at commit in JDBC batches (instead of a query, a flush and an insert per outcome).
     *
     * @return how many were appended
     */
    public int addAll(List<CasCommandOutcome> outcomes) {
        Set<String> known = new HashSet<>();
        InList.query(outcomes.stream().map(CasCommandOutcome::getCommandId).distinct().toList(), IDS_PER_QUERY,
                        ids -> em.createQuery("select o.commandId, o.outcome, o.attempts from CasCommandOutcome o"
                                + " where o.commandId in :ids", Object[].class).setParameter("ids", ids).getResultList())
                .forEach(r -> known.add(outcomeKey((String) r[0], (String) r[1], (Integer) r[2])));
        int added = 0;
        for (CasCommandOutcome o : outcomes) {
            if (known.add(outcomeKey(o.getCommandId(), o.getOutcome(), o.getAttempts()))) {
                em.persist(o);
                added++;
            }
        }
        return added;
    }

    private static String outcomeKey(String commandId, String outcome, int attempts) {
        return commandId + ' ' + outcome + ' ' + attempts;
    }

    /** Newest first; each command with its latest outcome. */
    public List<CasJournalLine> list(CasJournalFilter filter, PageRequest page) {
        TypedQuery<CasCommandEntry> q = query(filter, "select c from CasCommandEntry c",
                " order by c.requestedAt desc, c.commandId desc", CasCommandEntry.class);
        List<CasCommandEntry> commands = q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        Map<String, CasCommandOutcome> latest = latestOutcomes(commands.stream().map(CasCommandEntry::getCommandId).toList());
        return commands.stream().map(c -> new CasJournalLine(c, latest.get(c.getCommandId()))).toList();
    }

    public long count(CasJournalFilter filter) {
        return query(filter, "select count(c) from CasCommandEntry c", "", Long.class).getSingleResult();
    }

    /** The latest outcome of each of these commands that has one. */
    public Map<String, CasCommandOutcome> latestOutcomes(List<String> commandIds) {
        Map<String, CasCommandOutcome> latest = new HashMap<>();
        // oldest first: the last one put for a command is its latest
        InList.query(commandIds, IDS_PER_QUERY, ids -> em.createQuery("select o from CasCommandOutcome o"
                        + " where o.commandId in :ids order by o.reportedAt, o.id", CasCommandOutcome.class)
                .setParameter("ids", ids).getResultList()).forEach(o -> latest.put(o.getCommandId(), o));
        return latest;
    }

    private <T> TypedQuery<T> query(CasJournalFilter f, String select, String order, Class<T> type) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (f.card() != null) {
            where.add("c.card = :card");
            params.put("card", f.card());
        }
        if (f.subscriber() != null) {
            where.add("c.subscriber = :subscriber");
            params.put("subscriber", f.subscriber());
        }
        if (f.kind() != null) {
            where.add("c.kind = :kind");
            params.put("kind", f.kind().name());
        }
        if (f.fromInstant() != null) {
            where.add("c.requestedAt >= :from");
            params.put("from", f.fromInstant().atOffset(ZoneOffset.UTC));
        }
        if (f.toInstantExclusive() != null) {
            where.add("c.requestedAt < :to");
            params.put("to", f.toInstantExclusive().atOffset(ZoneOffset.UTC));
        }
        if (f.state() == CasCommandState.PENDING) {
            where.add("not exists (select o from CasCommandOutcome o where o.commandId = c.commandId)");
        } else if (f.state() != null) {
            // the latest outcome has this state: it exists, and no later outcome of another state does
            where.add("exists (select o from CasCommandOutcome o where o.commandId = c.commandId and o.outcome = :state"
                    + " and not exists (select l from CasCommandOutcome l where l.commandId = c.commandId"
                    + " and l.reportedAt > o.reportedAt))");
            params.put("state", f.state().name());
        }
        TypedQuery<T> q = em.createQuery(select + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + order, type);
        params.forEach(q::setParameter);
        return q;
    }
}
