package org.opensms.cas.api;

import java.time.Instant;

/**
 * A connection handle to the CAS (Jakarta Connectors 2.1, section 6.5.3: connection handle of the
 * connection-management contract). Obtain one per unit of work from {@link CasConnectionFactory} and close it
 * (try-with-resources). Not thread-safe.
 *
 * <p><b>Transactions.</b> Commands are not sent to the CAS directly: {@link #issue} puts each command on a
 * durable queue as part of the caller's JTA transaction (the connection's XAResource is the message broker's,
 * section 7.6). The command therefore exists exactly when the transaction commits, and the adapter then
 * delivers it to the CAS at least once, in order per card; the CAS applies it once (its id is the
 * idempotency key). The outcome comes back later as a {@link CasEvent} to a {@link CasEventListener}.
 * Outside a transaction, each command is sent on its own at once.
 */
public interface CasConnection extends AutoCloseable {

    /**
     * Issues a command.
     *
     * @param command the command
     * @param origin  who asked, through which surface
     * @return the id under which the command travels and is reported
     * @throws CasException when the command cannot be enqueued; in a transaction, roll it back
     */
    CommandId issue(CasCommand command, Origin origin);

    /** Issues {@link ActivateCard}. */
    default CommandId activate(CardNumber card, Origin origin) {
        return issue(new ActivateCard(card), origin);
    }

    /** Issues {@link DeactivateCard}. */
    default CommandId deactivate(CardNumber card, Origin origin) {
        return issue(new DeactivateCard(card), origin);
    }

    /** Issues {@link PairStb}. */
    default CommandId pair(CardNumber card, StbSerial stb, Origin origin) {
        return issue(new PairStb(card, stb), origin);
    }

    /** Issues {@link UnpairStb}. */
    default CommandId unpair(CardNumber card, StbSerial stb, Origin origin) {
        return issue(new UnpairStb(card, stb), origin);
    }

    /** Issues {@link AddEntitlement}. */
    default CommandId addEntitlement(CardNumber card, CasProductId product, Instant start, Instant end,
                                     Origin origin) {
        return issue(new AddEntitlement(card, product, start, end), origin);
    }

    /** Issues {@link CancelEntitlement}. */
    default CommandId cancelEntitlement(CardNumber card, CasProductId product, Origin origin) {
        return issue(new CancelEntitlement(card, product), origin);
    }

    /** Issues {@link CancelAllEntitlements}. */
    default CommandId cancelAllEntitlements(CardNumber card, Origin origin) {
        return issue(new CancelAllEntitlements(card), origin);
    }

    /** Issues {@link BlacklistCard}. */
    default CommandId blacklist(CardNumber card, Origin origin) {
        return issue(new BlacklistCard(card), origin);
    }

    /** Issues {@link UnblacklistCard}. */
    default CommandId unblacklist(CardNumber card, Origin origin) {
        return issue(new UnblacklistCard(card), origin);
    }

    /** Issues {@link AssignGroup}. */
    default CommandId assignGroup(CardNumber card, GroupId group, Origin origin) {
        return issue(new AssignGroup(card, group), origin);
    }

    /** Issues a {@link SendOsd}. */
    default CommandId sendOsd(SendOsd osd, Origin origin) {
        return issue(osd, origin);
    }

    /** Issues a {@link SendMail}. */
    default CommandId sendMail(Target target, String subject, String body, Origin origin) {
        return issue(new SendMail(target, subject, body), origin);
    }

    /** Issues a {@link Fingerprint}. */
    default CommandId fingerprint(Fingerprint fingerprint, Origin origin) {
        return issue(fingerprint, origin);
    }

    /**
     * Asks the CAS for the card's current state, synchronously and outside any transaction (a read that the
     * CAS does not remember), for reconciliation. It does not see commands still queued.
     *
     * @throws CasException when the CAS cannot be reached or does not answer in time
     */
    CardState query(CardNumber card);

    /**
     * Closes the handle (section 6.5.4.1: the managed connection goes back to the pool). Idempotent; never
     * throws. Commands issued in a transaction are still sent if the transaction commits.
     */
    @Override
    void close();
}
