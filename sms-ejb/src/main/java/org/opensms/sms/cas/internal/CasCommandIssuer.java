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
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
import org.opensms.sms.shared.internal.InList;

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
        try (CasConnection cas = connection()) {
            return issue(cas, command, who, via, subscriber, null);
        }
    }

    /**
     * Issues the commands in order (each with its subscriber, or null), in the caller's transaction, through one
     * connection. The cards' expected state is read and locked for the whole batch in one query per 1,000 cards, and the
     * rows of cards that get their first command are written once, at the end, instead of a flush per new card (whose
     * cost grows with everything the transaction holds: one batch of 1,000 commands to new cards spent 1 ms of CPU per
     * command in it).
     */
    public List<CommandId> issueAll(List<CasCommand> commands, List<String> subscribers, String who, Surface via) {
        Batch batch = new Batch(lockExpected(commands.stream().filter(CardCommand.class::isInstance)
                .map(c -> ((CardCommand) c).card().value()).toList()), new TreeSet<>());
        List<CommandId> ids = new ArrayList<>(commands.size());
        try (CasConnection cas = connection()) {
            for (int i = 0; i < commands.size(); i++) {
                ids.add(issue(cas, commands.get(i), who, via, subscribers.get(i), batch));
            }
        }
        if (!batch.created().isEmpty()) {
            writeNew(batch.created());
        }
        return ids;
    }

    /** A batch's cards: their expected state, read up front or created by the batch, and the ones it created. */
    private record Batch(Map<String, ExpectedCard> cards, Set<String> created) {
    }

    private CommandId issue(CasConnection cas, CasCommand command, String who, Surface via, String subscriber, Batch batch) {
        CommandId id = cas.issue(command, new Origin(who, via.name()));
        Instant now = clock.instant();
        journal.add(new CasCommandEntry(id.value(), command.kind().name(), cardOf(command), subscriber,
                command.orderingKey(), who, via.name(), now));
        if (command instanceof CardCommand c) {
            expect(c, id.value(), now, batch);
        }
        return id;
    }

    /** What the CAS holds for the card now (a synchronous read, outside any queue). */
    public CardState query(CardNumber card) {
        try (CasConnection cas = connection()) {
            return cas.query(card);
        }
    }

    /** A connection from the adapter (in a transaction, enlisted in it); close it after use. */
    private CasConnection connection() {
        try {
            return factory.getConnection();
        } catch (ResourceException e) {
            throw new IllegalStateException("The CAS adapter gave no connection: " + e.getMessage(), e);
        }
    }

    /**
     * Reads and row-locks the expected state of these cards with their entitlements, in card order, 1,000 a query: the
     * commands issued for them later in the transaction find them locked in the persistence context ({@link #expect}
     * then asks the database nothing). For batches: the expiry and renewal run's chunks, {@link #issueAll}.
     *
     * @return the cards found, by number (a new map the caller may add to)
     */
    public Map<String, ExpectedCard> lockExpected(Collection<String> cards) {
        Map<String, ExpectedCard> found = new HashMap<>();
        InList.query(cards.stream().sorted().distinct().toList(), c -> em.createQuery(
                                "select e from ExpectedCard e where e.card in :c order by e.card", ExpectedCard.class)
                        .setParameter("c", c).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .setHint("eclipselink.batch", "e.entitlements").setHint("eclipselink.batch.type", "IN")
                        .getResultList())
                .forEach(e -> found.put(e.getCard(), e));
        return found;
    }

    /**
     * Applies the command to the card's expected state, row-locked; the first command to a card creates the row. In a
     * batch the state comes from the batch's cards and a new row is written with the batch's others at its end
     * ({@link #writeNew}); alone it is read here and a new row written at once, so that a later command to the card in
     * this transaction finds (and locks) the row instead of inserting a second one.
     */
    private void expect(CardCommand command, String commandId, Instant now, Batch batch) {
        String card = command.card().value();
        ExpectedCard e = batch != null ? batch.cards().get(card) : em.find(ExpectedCard.class, card, LockModeType.PESSIMISTIC_WRITE);
        if (e != null) {
            e.apply(command, commandId, now);
            return;
        }
        e = new ExpectedCard(card);
        e.apply(command, commandId, now);
        em.persist(e);
        if (batch != null) {
            batch.cards().put(card, e);
            batch.created().add(card);
        } else {
            writeNew(Set.of(card));
        }
    }

    /** Writes the new expected-state rows now; another transaction creating one of them at the same moment is BUSY. */
    private void writeNew(Set<String> cards) {
        try {
            em.flush();
        } catch (PersistenceException x) {
            if (ConstraintViolation.names(x, "cas_card_expected")) {
                // another transaction gave one of the cards its first command at the same moment; this one rolls back whole
                String named = cards.size() == 1 ? "card " + cards.iterator().next()
                        : "one of the cards " + String.join(", ", cards.stream().limit(5).toList()) + (cards.size() > 5 ? ", ..." : "");
                throw new BusinessException(ErrorCode.BUSY, "another request was giving " + named
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
