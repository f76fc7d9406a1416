package org.opensms.sms.cas.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opensms.sms.cas.CasCommandEntry;
import org.opensms.sms.cas.CasCommandOutcome;
import org.opensms.sms.cas.CasJournalLine;
import org.opensms.sms.shared.PageRequest;

/** The CAS command journal: appends and the newest-first list. */
@ApplicationScoped
public class CasJournalRepository {

    @PersistenceContext(unitName = "sms")
    private EntityManager em;

    public void add(CasCommandEntry entry) {
        em.persist(entry);
    }

    public void add(CasCommandOutcome outcome) {
        em.persist(outcome);
    }

    /** Newest first, optionally for one card; each command with its latest outcome. */
    public List<CasJournalLine> list(String card, PageRequest page) {
        TypedQuery<CasCommandEntry> q = em.createQuery("select c from CasCommandEntry c"
                + (card == null ? "" : " where c.card = :card") + " order by c.requestedAt desc, c.commandId desc",
                CasCommandEntry.class);
        if (card != null) {
            q.setParameter("card", card);
        }
        List<CasCommandEntry> commands = q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        Map<String, CasCommandOutcome> latest = new HashMap<>();
        if (!commands.isEmpty()) {
            em.createQuery("select o from CasCommandOutcome o where o.commandId in :ids order by o.reportedAt",
                            CasCommandOutcome.class)
                    .setParameter("ids", commands.stream().map(CasCommandEntry::getCommandId).toList())
                    .getResultList().forEach(o -> latest.put(o.getCommandId(), o));
        }
        return commands.stream().map(c -> new CasJournalLine(c, latest.get(c.getCommandId()))).toList();
    }
}
