package org.opensms.sms.subscription.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opensms.sms.subscription.Subscription;
import org.opensms.sms.subscription.SubscriptionEvent;
import org.opensms.sms.subscription.SubscriptionStatus;

/** Subscription queries. "Covers day d": start on or before d, end on or after d, not ended on or before d. */
@ApplicationScoped
public class SubscriptionRepository {

    private static final String COVERS = " s.startDate <= :d and s.endDate >= :d and (s.endedOn is null or s.endedOn > :d)";

    @PersistenceContext(unitName = "sms")
    private EntityManager em;

    protected SubscriptionRepository() {
    }

    /** For use outside the container (persistence tests). */
    public SubscriptionRepository(EntityManager em) {
        this.em = em;
    }

    public void add(Object entity) {
        em.persist(entity);
    }

    public void flush() {
        em.flush();
    }

    /**
     * The transaction's writes go to the database at commit, batched per statement, instead of before every query: for
     * the run's chunks, whose queries (due rows, cards, products) never read what the chunk changed.
     */
    public void writeAtCommit() {
        em.setFlushMode(FlushModeType.COMMIT);
    }

    public Subscription find(long id) {
        return em.find(Subscription.class, id);
    }

    /** The subscription, row-locked for a change. */
    public Optional<Subscription> lock(long id) {
        return Optional.ofNullable(em.find(Subscription.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The STB's ACTIVE subscriptions that end today or later, row-locked, oldest first. */
    public List<Subscription> liveOfStb(String stb, LocalDate today) {
        return em.createQuery("select s from Subscription s where s.stbSerial = :stb and s.status = :a and s.endDate >= :t"
                        + " order by s.startDate, s.id", Subscription.class)
                .setParameter("stb", stb).setParameter("a", SubscriptionStatus.ACTIVE).setParameter("t", today)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /** The subscriber's ACTIVE subscriptions that end today or later, row-locked. */
    public List<Subscription> liveOfCustomer(String customerId, LocalDate today) {
        return em.createQuery("select s from Subscription s where s.customerId = :c and s.status = :a and s.endDate >= :t"
                        + " order by s.stbSerial, s.startDate, s.id", Subscription.class)
                .setParameter("c", customerId).setParameter("a", SubscriptionStatus.ACTIVE).setParameter("t", today)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /** Every subscription of the subscriber, newest first (bounded by the caller's page). */
    public List<Subscription> ofCustomer(String customerId, int first, int max) {
        return em.createQuery("select s from Subscription s where s.customerId = :c order by s.startDate desc, s.id desc",
                        Subscription.class)
                .setParameter("c", customerId).setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** The subscriptions of the subscriber (of one STB when stb is not null) covering the day or starting later. */
    public List<Subscription> coveringOrLater(String customerId, String stb, LocalDate day) {
        TypedQuery<Subscription> q = em.createQuery("select s from Subscription s where s.customerId = :c"
                + (stb == null ? "" : " and s.stbSerial = :stb")
                + " and s.endDate >= :d and (s.endedOn is null or (s.endedOn > :d and s.endedOn > s.startDate))"
                + " order by s.stbSerial, s.startDate, s.id", Subscription.class);
        q.setParameter("c", customerId).setParameter("d", day);
        if (stb != null) {
            q.setParameter("stb", stb);
        }
        return q.getResultList();
    }

    public List<SubscriptionEvent> events(String customerId, int first, int max) {
        return em.createQuery("select e from SubscriptionEvent e where e.customerId = :c order by e.occurredAt desc, e.id desc",
                        SubscriptionEvent.class)
                .setParameter("c", customerId).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public List<SubscriptionEvent> eventsOf(long subscriptionId) {
        return em.createQuery("select e from SubscriptionEvent e where e.subscriptionId = :s order by e.id", SubscriptionEvent.class)
                .setParameter("s", subscriptionId).getResultList();
    }

    /** Due for expiry or renewal on the day: ACTIVE, end date before it (index ix_subscription_due). */
    private static final String DUE = " from Subscription s where s.status = :a and s.endDate < :t";

    /**
     * Ids of due subscriptions, in id order, after {@code afterId} and up to {@code upTo} (inclusive), at most
     * {@code max}.
     */
    public List<Long> due(LocalDate today, long afterId, long upTo, int max) {
        return dueQuery("select s.id" + DUE + " and s.id > :after and s.id <= :upTo order by s.id", Long.class, today)
                .setParameter("after", afterId).setParameter("upTo", upTo).setMaxResults(max).getResultList();
    }

    public long countDue(LocalDate today) {
        return dueQuery("select count(s)" + DUE, Long.class, today).getSingleResult();
    }

    /**
     * The ids that cut the day's {@code due} subscriptions (their {@link #countDue}), in id order, into {@code parts}
     * runs of nearly equal length: the last id of each run but the last ({@code parts - 1} ids, ascending; none when
     * fewer than {@code parts} are due). Fewer cuts when fewer are due than counted (another server's run took some
     * meanwhile): the last range then runs to the end.
     */
    public List<Long> dueSplitIds(LocalDate today, long due, int parts) {
        List<Long> cuts = new ArrayList<>();
        for (int k = 1; k < parts && due >= parts; k++) {
            List<Long> cut = dueQuery("select s.id" + DUE + " order by s.id", Long.class, today)
                    .setFirstResult((int) (due * k / parts - 1)).setMaxResults(1).getResultList();
            if (cut.isEmpty()) {
                break;
            }
            cuts.add(cut.get(0));
        }
        return cuts;
    }

    private <T> TypedQuery<T> dueQuery(String jpql, Class<T> type, LocalDate today) {
        return em.createQuery(jpql, type).setParameter("a", SubscriptionStatus.ACTIVE).setParameter("t", today);
    }

    /** The subscriptions, row-locked, in id order. */
    public List<Subscription> lockAll(List<Long> ids) {
        return em.createQuery("select s from Subscription s where s.id in :ids order by s.id", Subscription.class)
                .setParameter("ids", ids).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /** STBs that had the product on the day, per product id. */
    public Map<Long, Long> stbsPerProduct(LocalDate day) {
        List<Object[]> rows = em.createQuery("select s.productId, count(distinct s.stbSerial) from Subscription s where"
                + COVERS + " group by s.productId", Object[].class).setParameter("d", day).getResultList();
        Map<Long, Long> out = new HashMap<>();
        rows.forEach(r -> out.put((Long) r[0], (Long) r[1]));
        return out;
    }

    /** STBs that had the channel on the day through any product, per channel id. */
    public Map<Long, Long> stbsPerChannel(LocalDate day) {
        List<Object[]> rows = em.createQuery("select pc.channelId, count(distinct s.stbSerial) from Subscription s, Product p"
                + " join p.channels pc where p.id = s.productId and" + COVERS
                + " and pc.fromDate <= :d and (pc.toDate is null or pc.toDate > :d) group by pc.channelId", Object[].class)
                .setParameter("d", day).getResultList();
        Map<Long, Long> out = new HashMap<>();
        rows.forEach(r -> out.put((Long) r[0], (Long) r[1]));
        return out;
    }

    /** Subscriptions covering the day of the product (productId) or carrying the channel (channelId); one is null. */
    public List<Subscription> covering(Long productId, Long channelId, LocalDate day, int first, int max) {
        TypedQuery<Subscription> q = em.createQuery(coveringJpql("s", productId) + " order by s.stbSerial, s.id", Subscription.class);
        return bind(q, productId, channelId, day).setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** How many distinct STBs {@link #covering} matches. */
    public long countCovering(Long productId, Long channelId, LocalDate day) {
        TypedQuery<Long> q = em.createQuery(coveringJpql("count(distinct s.stbSerial)", productId), Long.class);
        return bind(q, productId, channelId, day).getSingleResult();
    }

    private static String coveringJpql(String select, Long productId) {
        return productId != null
                ? "select " + select + " from Subscription s where s.productId = :p and" + COVERS
                : "select " + select + " from Subscription s, Product p join p.channels pc where p.id = s.productId"
                + " and pc.channelId = :ch and" + COVERS + " and pc.fromDate <= :d and (pc.toDate is null or pc.toDate > :d)";
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> q, Long productId, Long channelId, LocalDate day) {
        q.setParameter("d", day);
        if (productId != null) {
            q.setParameter("p", productId);
        } else {
            q.setParameter("ch", channelId);
        }
        return q;
    }
}
