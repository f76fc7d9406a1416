package org.opensms.sms.catalog.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opensms.sms.catalog.CatalogFilter;
import org.opensms.sms.catalog.Channel;
import org.opensms.sms.catalog.NcfRule;
import org.opensms.sms.catalog.Product;
import org.opensms.sms.catalog.TariffLimits;
import org.opensms.sms.shared.InvalidInputException;
import org.opensms.sms.shared.PageRequest;

/** Catalog queries; lists page in the database. */
@ApplicationScoped
public class CatalogRepository {

    private static final Map<String, String> CHANNEL_SORTS = Map.of("code", "c.code", "name", "c.name",
            "broadcaster", "c.broadcaster", "genre", "c.genre", "language", "c.language", "status", "c.status");
    private static final Map<String, String> PRODUCT_SORTS = Map.of("code", "p.code", "name", "p.name",
            "kind", "p.kind", "broadcaster", "p.broadcaster", "status", "p.status");

    @PersistenceContext(unitName = "sms")
    private EntityManager em;

    protected CatalogRepository() {
    }

    /** For use outside the container (persistence tests). */
    public CatalogRepository(EntityManager em) {
        this.em = em;
    }

    public void add(Object entity) {
        em.persist(entity);
    }

    public void flush() {
        em.flush();
    }

    public Optional<Channel> channel(String code) {
        return em.createQuery("select c from Channel c where c.code = :c", Channel.class).setParameter("c", code)
                .getResultStream().findFirst();
    }

    public Optional<Channel> channelByCasService(String id) {
        return em.createQuery("select c from Channel c where c.casServiceId = :c", Channel.class).setParameter("c", id)
                .getResultStream().findFirst();
    }

    public List<Channel> channels(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from Channel c where c.id in :ids order by c.code", Channel.class)
                .setParameter("ids", ids).getResultList();
    }

    public List<Channel> channelsByCode(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from Channel c where c.code in :codes", Channel.class)
                .setParameter("codes", codes).getResultList();
    }

    public Optional<Product> product(String code) {
        return em.createQuery("select p from Product p where p.code = :c", Product.class).setParameter("c", code)
                .getResultStream().findFirst();
    }

    public Optional<Product> productByCasProduct(String id) {
        return em.createQuery("select p from Product p where p.casProductId = :c", Product.class).setParameter("c", id)
                .getResultStream().findFirst();
    }

    public Product productById(Long id) {
        return em.find(Product.class, id);
    }

    /**
     * The products with these ids, their prices and line-ups in one more query each (not two per product), read-only:
     * not to be changed (and not compared at commit, where EclipseLink 4.0.1 fails on batch-read embeddables).
     */
    public List<Product> productsById(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from Product p where p.id in :ids", Product.class).setParameter("ids", ids)
                .setHint("eclipselink.read-only", "true")
                .setHint("eclipselink.batch", "p.prices").setHint("eclipselink.batch", "p.channels")
                .setHint("eclipselink.batch.type", "IN").getResultList();
    }

    /** Products that carry the channel on the day or from a later day. */
    public List<Product> productsCarrying(Long channelId, LocalDate from) {
        return em.createQuery("select distinct p from Product p join p.channels pc where pc.channelId = :c"
                        + " and (pc.toDate is null or pc.toDate > :d) order by p.code", Product.class)
                .setParameter("c", channelId).setParameter("d", from).getResultList();
    }

    public List<Channel> listChannels(CatalogFilter.Checked f, PageRequest page) {
        Where w = channelWhere(f);
        String sort = sort(CHANNEL_SORTS, page, "c.code");
        TypedQuery<Channel> q = em.createQuery("select c from Channel c" + w.jpql + " order by " + sort, Channel.class);
        w.params.forEach(q::setParameter);
        return q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    public long countChannels(CatalogFilter.Checked f) {
        Where w = channelWhere(f);
        TypedQuery<Long> q = em.createQuery("select count(c) from Channel c" + w.jpql, Long.class);
        w.params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    public List<Product> listProducts(CatalogFilter.Checked f, LocalDate today, PageRequest page) {
        Where w = productWhere(f, today);
        String sort = sort(PRODUCT_SORTS, page, "p.code");
        TypedQuery<Product> q = em.createQuery("select p from Product p" + w.jpql + " order by " + sort, Product.class);
        w.params.forEach(q::setParameter);
        return q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    public long countProducts(CatalogFilter.Checked f, LocalDate today) {
        Where w = productWhere(f, today);
        TypedQuery<Long> q = em.createQuery("select count(p) from Product p" + w.jpql, Long.class);
        w.params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    public List<TariffLimits> tariffLimits() {
        return em.createQuery("select t from TariffLimits t order by t.effectiveFrom", TariffLimits.class).getResultList();
    }

    public Optional<TariffLimits> tariffLimits(LocalDate from) {
        return Optional.ofNullable(em.find(TariffLimits.class, from));
    }

    public void remove(TariffLimits limits) {
        em.remove(limits);
    }

    public List<NcfRule> ncfRules() {
        return em.createQuery("select r from NcfRule r order by r.effectiveFrom, r.id", NcfRule.class).getResultList();
    }

    public List<Product> allProducts() {
        return em.createQuery("select p from Product p order by p.code", Product.class).getResultList();
    }

    private static String sort(Map<String, String> sorts, PageRequest page, String dflt) {
        String s = page.sortField() == null ? dflt : sorts.get(page.sortField());
        if (s == null) {
            throw new InvalidInputException("sort", "cannot sort on '" + page.sortField() + "'; use one of "
                    + String.join(", ", new java.util.TreeSet<>(sorts.keySet())));
        }
        String dir = page.ascending() ? " asc" : " desc";
        return s + dir + (s.equals(dflt) ? "" : ", " + dflt + dir);
    }

    private record Where(String jpql, Map<String, Object> params) {
    }

    private static Where channelWhere(CatalogFilter.Checked f) {
        StringBuilder j = new StringBuilder();
        Map<String, Object> p = new LinkedHashMap<>();
        if (f.text() != null) {
            and(j, "(lower(c.code) like :t or lower(c.name) like :t or lower(c.name) like :tw)");
            p.put("t", f.text() + "%");
            p.put("tw", "% " + f.text() + "%");
        }
        if (f.broadcaster() != null) {
            and(j, "lower(c.broadcaster) = :b");
            p.put("b", f.broadcaster());
        }
        if (f.genre() != null) {
            and(j, "lower(c.genre) = :g");
            p.put("g", f.genre());
        }
        if (f.language() != null) {
            and(j, "lower(c.language) = :l");
            p.put("l", f.language());
        }
        if (f.status() != null) {
            and(j, "c.status = :s");
            p.put("s", f.status());
        }
        return new Where(j.toString(), p);
    }

    private static Where productWhere(CatalogFilter.Checked f, LocalDate today) {
        StringBuilder j = new StringBuilder();
        Map<String, Object> p = new LinkedHashMap<>();
        if (f.text() != null) {
            and(j, "(lower(p.code) like :t or lower(p.name) like :t or lower(p.name) like :tw)");
            p.put("t", f.text() + "%");
            p.put("tw", "% " + f.text() + "%");
        }
        if (f.kind() != null) {
            and(j, "p.kind = :k");
            p.put("k", f.kind());
        }
        if (f.broadcaster() != null) {
            and(j, "lower(p.broadcaster) = :b");
            p.put("b", f.broadcaster());
        }
        if (f.status() != null) {
            and(j, "p.status = :s");
            p.put("s", f.status());
        }
        if (f.channel() != null) {
            and(j, "exists (select 1 from Product p2 join p2.channels pc, Channel ch where p2 = p and pc.channelId = ch.id"
                    + " and ch.code = :ch and pc.fromDate <= :today and (pc.toDate is null or pc.toDate > :today))");
            p.put("ch", f.channel());
            p.put("today", today);
        }
        return new Where(j.toString(), p);
    }

    private static void and(StringBuilder j, String condition) {
        j.append(j.length() == 0 ? " where " : " and ").append(condition);
    }
}
