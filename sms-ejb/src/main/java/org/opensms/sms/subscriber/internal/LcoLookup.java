package org.opensms.sms.subscriber.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The only place where the subscriber capability reads LCO master data: an LCO code to the id a subscriber row
 * keeps ({@code subscriber.lco_id}) and back, with native queries on table {@code lco} (V6), so that this
 * capability does not depend on the LCO entity. Codes match without regard to case.
 */
@ApplicationScoped
public class LcoLookup {

    @PersistenceContext(unitName = "sms")
    private EntityManager em;

    protected LcoLookup() {
    }

    /** For use outside the container (persistence tests). */
    public LcoLookup(EntityManager em) {
        this.em = em;
    }

    public Optional<Long> idOf(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        List<?> rows = em.createNativeQuery("select id from lco where upper(code) = ?")
                .setParameter(1, code.strip().toUpperCase(Locale.ROOT)).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(((Number) rows.get(0)).longValue());
    }

    public Optional<String> codeOf(Long id) {
        if (id == null) {
            return Optional.empty();
        }
        List<?> rows = em.createNativeQuery("select code from lco where id = ?").setParameter(1, id).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of((String) rows.get(0));
    }

    /** The codes of these LCO ids (nulls ignored), in one query. */
    public Map<Long, String> codesOf(Collection<Long> ids) {
        Map<Long, String> codes = new HashMap<>();
        List<Long> wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return codes;
        }
        StringBuilder sql = new StringBuilder("select id, code from lco where id in (");
        for (int i = 0; i < wanted.size(); i++) {
            sql.append(i == 0 ? "?" : ", ?");
        }
        var q = em.createNativeQuery(sql.append(")").toString());
        for (int i = 0; i < wanted.size(); i++) {
            q.setParameter(i + 1, wanted.get(i));
        }
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            codes.put(((Number) r[0]).longValue(), (String) r[1]);
        }
        return codes;
    }
}
