package org.opensms.sms.pairing.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opensms.sms.pairing.Pairing;
import org.opensms.sms.shared.internal.InList;

/** Pairing rows: current pairs by device (unique indexes) and a subscriber's pairs (index on subscriber, time). */
@ApplicationScoped
public class PairingRepository {

    @PersistenceContext(unitName = "sms")
    private EntityManager em;

    protected PairingRepository() {
    }

    /** For use outside the container (persistence tests). */
    public PairingRepository(EntityManager em) {
        this.em = em;
    }

    public void add(Pairing p) {
        em.persist(p);
    }

    public void flush() {
        em.flush();
    }

    public Optional<Pairing> currentByStb(String serial) {
        return first(em.createQuery("select p from Pairing p where p.currentStb = :s", Pairing.class)
                .setParameter("s", serial).getResultList());
    }

    /** STB serial -> card number of the current pairs of these STBs (serials as stored), in one query per 1,000. */
    public Map<String, String> currentCardsByStb(Collection<String> serials) {
        Map<String, String> out = new HashMap<>();
        InList.query(serials, s -> em.createQuery("select p.currentStb, p.cardNumber from Pairing p where p.currentStb in :s",
                Object[].class).setParameter("s", s).getResultList()).forEach(row -> out.put((String) row[0], (String) row[1]));
        return out;
    }

    public Optional<Pairing> currentByCard(String number) {
        return first(em.createQuery("select p from Pairing p where p.currentCard = :s", Pairing.class)
                .setParameter("s", number).getResultList());
    }

    /** The subscriber's current pairs, oldest first, row-locked (status changes and pair changes of one subscriber queue). */
    public List<Pairing> currentOfLocked(Long subscriberId) {
        return em.createQuery("select p from Pairing p where p.subscriberId = :s and p.currentStb is not null"
                        + " order by p.pairedAt, p.id", Pairing.class)
                .setParameter("s", subscriberId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /**
     * The current pairs of these subscribers, row-locked in one query per 1,000 subscribers (in pair order, as
     * {@link #currentOfLocked} locks one subscriber's), by subscriber, each list oldest first; a subscriber without
     * pairs is absent. For batches: a bulk job's chunk.
     */
    public Map<Long, List<Pairing>> currentOfLockedAll(Collection<Long> subscriberIds) {
        Map<Long, List<Pairing>> out = new HashMap<>();
        InList.query(subscriberIds.stream().sorted().distinct().toList(), s -> em.createQuery(
                        "select p from Pairing p where p.subscriberId in :s and p.currentStb is not null order by p.id", Pairing.class)
                .setParameter("s", s).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList())
                .forEach(p -> out.computeIfAbsent(p.getSubscriberId(), k -> new ArrayList<>()).add(p));
        out.values().forEach(l -> l.sort(Comparator.comparing(Pairing::getPairedAt).thenComparing(Pairing::getId)));
        return out;
    }

    /** The subscriber's current pairs, oldest first. */
    public List<Pairing> currentOf(Long subscriberId) {
        return em.createQuery("select p from Pairing p where p.subscriberId = :s and p.currentStb is not null"
                        + " order by p.pairedAt, p.id", Pairing.class)
                .setParameter("s", subscriberId).getResultList();
    }

    /** Every pair the subscriber ever had, newest first. */
    public List<Pairing> allOf(Long subscriberId) {
        return em.createQuery("select p from Pairing p where p.subscriberId = :s order by p.pairedAt desc, p.id desc",
                        Pairing.class)
                .setParameter("s", subscriberId).getResultList();
    }

    /** Every pair a device was ever in, newest first. */
    public List<Pairing> allOfDevice(boolean stb, String serial) {
        return em.createQuery("select p from Pairing p where p." + (stb ? "stbSerial" : "cardNumber")
                        + " = :s order by p.pairedAt desc, p.id desc", Pairing.class)
                .setParameter("s", serial).getResultList();
    }

    /** Locks the current pair again (after a read without lock) and refreshes it. */
    public Pairing lock(Pairing p) {
        em.refresh(p, LockModeType.PESSIMISTIC_WRITE);
        return p;
    }

    private static <T> Optional<T> first(List<T> rows) {
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }
}
