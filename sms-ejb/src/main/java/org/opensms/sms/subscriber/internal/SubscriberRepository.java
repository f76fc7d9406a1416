package org.opensms.sms.subscriber.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.opensms.sms.shared.PageRequest;
import org.opensms.sms.shared.internal.InList;
import org.opensms.sms.shared.internal.PlannedWithValues;
import org.opensms.sms.subscriber.Subscriber;
import org.opensms.sms.subscriber.SubscriberChange;
import org.opensms.sms.subscriber.SubscriberFilter;
import org.opensms.sms.subscriber.SubscriberSort;

/**
 * Subscriber queries. Every list query pages in the database and filters on indexed columns; {@link #where} is the
 * only place that turns a {@link SubscriberFilter} into a query, for the list, its count, the export and bulk jobs.
 */
@ApplicationScoped
public class SubscriberRepository {

    @PersistenceContext(unitName = "sms")
    private EntityManager em;

    @Inject
    LcoLookup lcos;

    protected SubscriberRepository() {
    }

    /** For use outside the container (persistence tests). */
    public SubscriberRepository(EntityManager em) {
        this.em = em;
        this.lcos = new LcoLookup(em);
    }

    public void add(Subscriber subscriber) {
        em.persist(subscriber);
    }

    /**
     * Writes pending changes now, so that a conflict is refused with its own message, except in a transaction that
     * batches its writes ({@link FlushModeType#COMMIT}, set by a bulk job's chunk): there the commit writes everything
     * at once, and a failure rolls the chunk back to be redone one subscriber at a time, each flushed.
     */
    public void flush() {
        if (em.getFlushMode() != FlushModeType.COMMIT) {
            em.flush();
        }
    }

    /**
     * The subscriber with this customer ID. A subscriber already read in this transaction is answered from the
     * persistence context without a query (a status change reads it three times: the caller, the service and the
     * CAS observer; a bulk chunk does that for 200 subscribers).
     */
    public Optional<Subscriber> findByCustomerId(String customerId) {
        return em.createQuery("select s from Subscriber s where s.customerId = :id", Subscriber.class)
                .setParameter("id", customerId)
                // EclipseLink's QueryHints.QUERY_TYPE and CACHE_USAGE (other providers ignore unknown hints)
                .setHint("eclipselink.query-type", "ReadObject")
                .setHint("eclipselink.cache-usage", "CheckCacheThenDatabase")
                .getResultStream().findFirst();
    }

    /**
     * The subscribers with these customer IDs (as stored), in one query per 1,000; they join the persistence context,
     * so that {@link #findByCustomerId} answers each of them later in the transaction without a query. For batches: a
     * bulk job's chunk.
     */
    public List<Subscriber> findAllByCustomerId(Collection<String> customerIds) {
        return InList.query(customerIds, ids -> em.createQuery("select s from Subscriber s where s.customerId in :ids",
                Subscriber.class).setParameter("ids", ids).getResultList());
    }

    /** Looks in the database only: a subscriber being registered in this transaction is not written first. */
    public Optional<Subscriber> findByContractNumber(String contractNumber) {
        return em.createQuery("select s from Subscriber s where s.contractNumber = :c", Subscriber.class)
                .setParameter("c", contractNumber).setFlushMode(jakarta.persistence.FlushModeType.COMMIT)
                .getResultStream().findFirst();
    }

    /** Appends a line to a subscriber's history. */
    public void addChange(SubscriberChange change) {
        em.persist(change);
    }

    /** A subscriber's history, oldest first. */
    public List<SubscriberChange> history(long subscriberId) {
        return em.createQuery("select c from SubscriberChange c where c.subscriberId = :id order by c.changedAt, c.id",
                SubscriberChange.class).setParameter("id", subscriberId).getResultList();
    }

    public Optional<Subscriber> findByMobile(String mobileDigits) {
        return em.createQuery("select s from Subscriber s where s.mobile = :m", Subscriber.class)
                .setParameter("m", mobileDigits).getResultStream().findFirst();
    }

    public List<Subscriber> list(SubscriberFilter filter, PageRequest page) {
        Where where = where(filter);
        if (where.nothing) {
            return List.of();
        }
        SubscriberSort sort = SubscriberSort.ofField(page.sortField());
        String direction = page.ascending() ? " asc" : " desc";
        String order = " order by " + sort.path() + direction
                + (sort == SubscriberSort.CUSTOMER_ID ? "" : ", s.customerId" + direction);
        TypedQuery<Subscriber> q = PlannedWithValues.on(em, em.createQuery("select s from Subscriber s" + where.jpql + order,
                Subscriber.class));
        where.parameters.forEach(q::setParameter);
        return q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    /**
     * Up to {@code size} subscribers of the filter that come after {@code afterCustomerId} (null: from the first) in
     * the list's default order, customer ID ascending: keyset paging for exports, which stays as fast on the last page
     * of a million as on the first and neither skips nor repeats a row when others register meanwhile.
     */
    public List<Subscriber> listAfter(SubscriberFilter filter, String afterCustomerId, int size) {
        Where where = where(filter);
        if (where.nothing) {
            return List.of();
        }
        String jpql = "select s from Subscriber s" + where.jpql;
        if (afterCustomerId != null) {
            jpql += (where.jpql.isEmpty() ? " where " : " and ") + "s.customerId > :afterCustomerId";
        }
        TypedQuery<Subscriber> q = PlannedWithValues.on(em, em.createQuery(jpql + " order by s.customerId asc",
                Subscriber.class));
        where.parameters.forEach(q::setParameter);
        if (afterCustomerId != null) {
            q.setParameter("afterCustomerId", afterCustomerId);
        }
        return q.setMaxResults(size).getResultList();
    }

    public long count(SubscriberFilter filter) {
        Where where = where(filter);
        if (where.nothing) {
            return 0;
        }
        // count(customer_id), not count(s) (= count(id)): customer_id (never null) ends every filter index, so PostgreSQL
        // counts from the index alone (index-only scan) instead of visiting each matching row: a name matching 1,151
        // of 1,000,000 subscribers counts in 1.8 ms instead of 25 to 77 ms (sms-bench RESULTS.md)
        TypedQuery<Long> q = PlannedWithValues.on(em, em.createQuery("select count(s.customerId) from Subscriber s"
                + where.jpql, Long.class));
        where.parameters.forEach(q::setParameter);
        return q.getSingleResult();
    }

    /**
     * The JPQL condition of a filter, each term on an index: prefixes as {@code like 'x%'} (PostgreSQL: the
     * pattern-ops indexes of its own migrations), the LCO as its id (ix_subscriber_lco*), and a device as the
     * subscriber of its current pair, an uncorrelated {@code in} subquery answered by the unique index of current
     * pairs (uk_pairing_current_stb / _card) and then the primary key. An LCO code that names no LCO matches nothing.
     */
    private Where where(SubscriberFilter f) {
        List<String> terms = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        prefix(terms, params, "s.customerId", "customerId", f.customerId() == null ? null : f.customerId().toUpperCase(Locale.ROOT));
        prefix(terms, params, "s.nameKey", "name", f.name() == null ? null : f.name().toUpperCase(Locale.ROOT));
        prefix(terms, params, "s.mobile", "mobile", f.mobile());
        prefix(terms, params, "s.billingAddress.city", "city", f.city());
        prefix(terms, params, "s.area", "area", f.area());
        if (f.state() != null) {
            terms.add("s.billingAddress.state = :state");
            params.put("state", f.state());
        }
        if (f.status() != null) {
            terms.add("s.status = :status");
            params.put("status", f.status());
        }
        if (f.lco() != null && !f.lco().isBlank()) {
            Optional<Long> lcoId = lcos.idOf(f.lco());
            if (lcoId.isEmpty()) {
                return Where.NOTHING;
            }
            terms.add("s.lcoId = :lcoId");
            params.put("lcoId", lcoId.get());
        }
        if (f.stb() != null && !f.stb().isBlank()) {
            terms.add("s.id in (select p.subscriberId from Pairing p where p.currentStb = :stb)");
            params.put("stb", f.stb().strip().toUpperCase(Locale.ROOT));
        }
        if (f.card() != null && !f.card().isBlank()) {
            terms.add("s.id in (select pc.subscriberId from Pairing pc where pc.currentCard = :card)");
            params.put("card", f.card().strip().toUpperCase(Locale.ROOT));
        }
        return new Where(terms.isEmpty() ? "" : " where " + String.join(" and ", terms), params, false);
    }

    private static void prefix(List<String> terms, Map<String, Object> params, String path, String name, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        String escaped = value.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        terms.add(path + " like :" + name + " escape '\\'");
        params.put(name, escaped + "%");
    }

    /** A filter as JPQL; {@code nothing}: it matches no subscriber, no query needed. */
    private record Where(String jpql, Map<String, Object> parameters, boolean nothing) {
        static final Where NOTHING = new Where("", Map.of(), true);
    }
}
