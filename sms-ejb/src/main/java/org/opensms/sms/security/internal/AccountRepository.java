package org.opensms.sms.security.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.opensms.sms.security.UserAccount;

/** Account queries. */
@ApplicationScoped
public class AccountRepository {

    @PersistenceContext(unitName = "sms")
    private EntityManager em;

    public Optional<UserAccount> find(String username) {
        return Optional.ofNullable(em.find(UserAccount.class, username));
    }

    public void add(UserAccount account) {
        em.persist(account);
    }

    public boolean anyWithRole(String role) {
        return !em.createQuery("select a.username from UserAccount a join a.roles r where r = :role", String.class)
                .setParameter("role", role).setMaxResults(1).getResultList().isEmpty();
    }

    public List<UserAccount> all() {
        return em.createQuery("select a from UserAccount a order by a.username", UserAccount.class).getResultList();
    }
}
