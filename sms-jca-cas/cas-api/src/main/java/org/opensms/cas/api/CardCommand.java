package org.opensms.cas.api;

/** A command concerning one smart card. */
public sealed interface CardCommand extends CasCommand
        permits ActivateCard, DeactivateCard, PairStb, UnpairStb, AddEntitlement, CancelEntitlement,
        CancelAllEntitlements, BlacklistCard, UnblacklistCard, AssignGroup {

    /** The card the command is about. */
    CardNumber card();

    @Override
    default String orderingKey() {
        return card().value();
    }
}
