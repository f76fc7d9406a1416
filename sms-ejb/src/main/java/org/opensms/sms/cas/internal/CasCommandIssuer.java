package org.opensms.sms.cas.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.opensms.cas.api.CardCommand;
import org.opensms.cas.api.CardNumber;
import org.opensms.cas.api.CardState;
import org.opensms.cas.api.CasCommand;
import org.opensms.cas.api.CasConnection;
import org.opensms.cas.api.CasConnectionFactory;
import org.opensms.cas.api.CommandId;
import org.opensms.cas.api.MessageCommand;
import org.opensms.cas.api.Origin;
import org.opensms.cas.api.Target;
import org.opensms.sms.cas.CasCommandEntry;
import org.opensms.sms.cas.CasCommandService;
import org.opensms.sms.cas.ExpectedCard;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.shared.ConstraintViolation;
import org.opensms.sms.shared.ErrorCode;
import org.opensms.sms.shared.Surface;

/**
 * The one place commands go to the CAS, inside the caller's transaction: queued through the adapter's XA
 * connection, journalled, and applied to the card's expected state ({@link ExpectedCard}, row-locked so that
 * concurrent commands to one card update it one after the other). Callers check roles: the secured
 * {@link CasCommandService} for people and integrations, reconciliation for the system.
 */
@ApplicationScoped
public class CasCommandIssuer {

    @Resource(lookup = CasCommandService.FACTORY)
    CasConnectionFactory factory;
    @Inject
    CasJournalRepository journal;
    @Inject
    Clock clock;
    @PersistenceContext(unitName = "sms")
    EntityManager em;

    public CommandId issue(CasCommand command, String who, Surface via, String subscriber) {
        try (CasConnection cas = factory.getConnection()) {
            CommandId id = cas.issue(command, new Origin(who, via.name()));
            Instant now = clock.instant();
            journal.add(new CasCommandEntry(id.value(), command.kind().name(), cardOf(command), subscriber,
                    command.orderingKey(), who, via.name(), now));
            if (command instanceof CardCommand c) {
                expect(c, id.value(), now);
            }
            return id;
        } catch (ResourceException e) {
            throw new IllegalStateException("The CAS adapter gave no connection: " + e.getMessage(), e);
        }
    }

    /** What the CAS holds for the card now (a synchronous read, outside any queue). */
    public CardState query(CardNumber card) {
        try (CasConnection cas = factory.getConnection()) {
            return cas.query(card);
        } catch (ResourceException e) {
            throw new IllegalStateException("The CAS adapter gave no connection: " + e.getMessage(), e);
        }
    }

    /**
     * Reads and row-locks the expected state of these cards with their entitlements, in card order, 1,000 a query: the
     * commands issued for them later in the transaction find them locked in the persistence context ({@link #expect}
     * then asks the database nothing). For batches (the expiry and renewal run's chunks).
     */
    public void lockExpected(Collection<String> cards) {
        List<String> all = cards.stream().sorted().distinct().toList();
        for (int i = 0; i < all.size(); i += 1000) {
            em.createQuery("select e from ExpectedCard e where e.card in :c order by e.card", ExpectedCard.class)
                    .setParameter("c", all.subList(i, Math.min(all.size(), i + 1000)))
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .setHint("eclipselink.batch", "e.entitlements").setHint("eclipselink.batch.type", "IN")
                    .getResultList();
        }
    }

    /** Applies the command to the card's expected state, row-locked; the first command to a card creates the row. */
    private void expect(CardCommand command, String commandId, Instant now) {
        ExpectedCard e = em.find(ExpectedCard.class, command.card().value(), LockModeType.PESSIMISTIC_WRITE);
        if (e != null) {
            e.apply(command, commandId, now);
            return;
        }
        e = new ExpectedCard(command.card().value());
        e.apply(command, commandId, now);
        em.persist(e);
        // written now, so that a later command to the card in this transaction finds (and locks) the row instead of
        // inserting a second one
        try {
            em.flush();
        } catch (PersistenceException x) {
            if (ConstraintViolation.names(x, "cas_card_expected")) {
                // another transaction gave the card its first command at the same moment; this one rolls back whole
                throw new BusinessException(ErrorCode.BUSY, "another request was giving card " + command.card().value()
                        + " its first CAS command at the same moment; nothing was changed; try again");
            }
            throw x;
        }
    }

    /** The one card a command is for (also a message sent to a single card), or null for group, all and service targets. */
    public static String cardOf(CasCommand command) {
        if (command instanceof CardCommand c) {
            return c.card().value();
        }
        if (command instanceof MessageCommand m && m.target() instanceof Target.Card t) {
            return t.card().value();
        }
        return null;
    }
}
