package org.opensms.sms.lco.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.opensms.sms.lco.Lco;
import org.opensms.sms.lco.LcoFilter;
import org.opensms.sms.shared.InvalidInputException;
import org.opensms.sms.shared.PageRequest;

/** LCO queries; lists page in the database. */
@ApplicationScoped
public class LcoRepository {

    private static final Map<String, String> SORTS = Map.of("code", "l.code", "name", "l.nameKey", "area", "l.areaKey",
            "status", "l.status");

    @PersistenceContext(unitName = "sms")
    private EntityManager em;

    protected LcoRepository() {
    }

    /** For use outside the container (persistence tests). */
    public LcoRepository(EntityManager em) {
        this.em = em;
    }

    public void add(Lco lco) {
        em.persist(lco);
    }

    public void flush() {
        em.flush();
    }

    public Optional<Lco> findByCode(String code) {
        return em.createQuery("select l from Lco l where l.code = :c", Lco.class).setParameter("c", code)
                .getResultStream().findFirst();
    }

    public List<Lco> list(LcoFilter filter, PageRequest page) {
        String sort = page.sortField() == null ? "l.code" : SORTS.get(page.sortField());
        if (sort == null) {
            throw new InvalidInputException("sort", "cannot sort on '" + page.sortField() + "'; use one of code, name, area, status");
        }
        String direction = page.ascending() ? " asc" : " desc";
        Where where = where(filter);
        TypedQuery<Lco> q = em.createQuery("select l from Lco l" + where.jpql + " order by " + sort + direction
                + (sort.equals("l.code") ? "" : ", l.code" + direction), Lco.class);
        where.parameters.forEach(q::setParameter);
        return q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    public long count(LcoFilter filter) {
        Where where = where(filter);
        TypedQuery<Long> q = em.createQuery("select count(l) from Lco l" + where.jpql, Long.class);
        where.parameters.forEach(q::setParameter);
        return q.getSingleResult();
    }

    private static Where where(LcoFilter f) {
        List<String> terms = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        prefix(terms, params, "l.code", "code", f.code());
        prefix(terms, params, "l.nameKey", "name", f.name());
        prefix(terms, params, "l.areaKey", "area", f.area());
        if (f.status() != null) {
            terms.add("l.status = :status");
            params.put("status", f.status());
        }
        return new Where(terms.isEmpty() ? "" : " where " + String.join(" and ", terms), params);
    }

    private static void prefix(List<String> terms, Map<String, Object> params, String path, String name, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        String escaped = value.strip().toUpperCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        terms.add(path + " like :" + name + " escape '\\'");
        params.put(name, escaped + "%");
    }

    private record Where(String jpql, Map<String, Object> parameters) {
    }
}
