package org.opensms.sms.stock.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opensms.sms.shared.InvalidInputException;
import org.opensms.sms.shared.PageRequest;
import org.opensms.sms.shared.internal.PlannedWithValues;
import org.opensms.sms.stock.DeviceMovement;
import org.opensms.sms.stock.DeviceState;
import org.opensms.sms.stock.DeviceType;
import org.opensms.sms.stock.SetTopBox;
import org.opensms.sms.stock.SmartCard;
import org.opensms.sms.stock.StockDevice;
import org.opensms.sms.stock.StockFilter;

/** Device and movement queries. Lists page in the database and filter on indexed columns. */
@ApplicationScoped
public class StockRepository {

    private static final Map<String, String> SORTS = Map.of("serial", "d.serial", "state", "d.state", "lot", "d.lot",
            "stateChangedAt", "d.stateChangedAt", "createdAt", "d.createdAt");

    @PersistenceContext(unitName = "sms")
    private EntityManager em;

    protected StockRepository() {
    }

    /** For use outside the container (persistence tests). */
    public StockRepository(EntityManager em) {
        this.em = em;
    }

    private static Class<? extends StockDevice> entity(DeviceType type) {
        return type == DeviceType.STB ? SetTopBox.class : SmartCard.class;
    }

    private static String entityName(DeviceType type) {
        return type == DeviceType.STB ? "SetTopBox" : "SmartCard";
    }

    public void add(StockDevice device) {
        em.persist(device);
    }

    public void add(DeviceMovement movement) {
        em.persist(movement);
    }

    public void flush() {
        em.flush();
    }

    /** Writes what is pending and forgets the managed objects (long imports). */
    public void flushAndClear() {
        em.flush();
        em.clear();
    }

    public Optional<StockDevice> find(DeviceType type, String serial) {
        return em.createQuery("select d from " + entityName(type) + " d where d.serial = :s", entity(type))
                .setParameter("s", serial).getResultStream().map(d -> (StockDevice) d).findFirst();
    }

    /** The devices with these serials (at most 1000), locked for update, in serial order. */
    public List<StockDevice> lockAll(DeviceType type, Collection<String> serials) {
        if (serials.isEmpty()) {
            return List.of();
        }
        return new ArrayList<>(em.createQuery("select d from " + entityName(type) + " d where d.serial in :s order by d.serial",
                        entity(type))
                .setParameter("s", serials).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList());
    }

    /** Which of these serials (at most 1000) exist already. */
    public Set<String> existing(DeviceType type, Collection<String> serials) {
        if (serials.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select d.serial from " + entityName(type) + " d where d.serial in :s", String.class)
                .setParameter("s", serials).getResultList());
    }

    public List<StockDevice> list(DeviceType type, StockFilter filter, PageRequest page) {
        String sort = page.sortField() == null ? "d.serial" : SORTS.get(page.sortField());
        if (sort == null) {
            throw new InvalidInputException("sort", "cannot sort on '" + page.sortField()
                    + "'; use one of serial, state, lot, stateChangedAt, createdAt");
        }
        String direction = page.ascending() ? " asc" : " desc";
        Where where = where(filter);
        TypedQuery<? extends StockDevice> q = PlannedWithValues.on(em, em.createQuery("select d from " + entityName(type)
                + " d" + where.jpql + " order by " + sort + direction + (sort.equals("d.serial") ? "" : ", d.serial" + direction),
                entity(type)));
        where.parameters.forEach(q::setParameter);
        return new ArrayList<>(q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList());
    }

    public long count(DeviceType type, StockFilter filter) {
        Where where = where(filter);
        TypedQuery<Long> q = PlannedWithValues.on(em, em.createQuery("select count(d) from " + entityName(type) + " d"
                + where.jpql, Long.class));
        where.parameters.forEach(q::setParameter);
        return q.getSingleResult();
    }

    /** Devices per state, every state present (zero when none); narrowed to one LCO's devices when lcoCode is given. */
    public Map<DeviceState, Long> countByState(DeviceType type, String lcoCode) {
        Map<DeviceState, Long> counts = new EnumMap<>(DeviceState.class);
        for (DeviceState s : DeviceState.values()) {
            counts.put(s, 0L);
        }
        TypedQuery<Object[]> q = em.createQuery("select d.state, count(d) from " + entityName(type) + " d"
                + (lcoCode == null ? "" : " where d.lco.code = :lco") + " group by d.state", Object[].class);
        if (lcoCode != null) {
            q.setParameter("lco", lcoCode);
        }
        for (Object[] row : q.getResultList()) {
            counts.put((DeviceState) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** A device's movements, oldest first. */
    public List<DeviceMovement> history(DeviceType type, String serial) {
        return em.createQuery("select m from DeviceMovement m where m.deviceType = :t and m.serial = :s"
                        + " order by m.movedAt, m.id", DeviceMovement.class)
                .setParameter("t", type).setParameter("s", serial).getResultList();
    }

    private static Where where(StockFilter f) {
        List<String> terms = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (f.serial() != null && !f.serial().isBlank()) {
            String escaped = f.serial().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            terms.add("d.serial like :serial escape '\\'");
            params.put("serial", escaped + "%");
        }
        if (f.state() != null) {
            terms.add("d.state = :state");
            params.put("state", f.state());
        }
        if (f.lco() != null) {
            terms.add("d.lco.code = :lco");
            params.put("lco", f.lco());
        }
        if (f.lot() != null) {
            terms.add("d.lot = :lot");
            params.put("lot", f.lot());
        }
        return new Where(terms.isEmpty() ? "" : " where " + String.join(" and ", terms), params);
    }

    private record Where(String jpql, Map<String, Object> parameters) {
    }
}
