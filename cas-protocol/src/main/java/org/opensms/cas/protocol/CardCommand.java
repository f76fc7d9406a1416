package org.opensms.cas.protocol;

/** A command addressed to exactly one smart card. */
public sealed interface CardCommand extends CasCommand
        permits ActivateCard, DeactivateCard, PairStb, UnpairStb, AddEntitlement, CancelEntitlement,
        CancelAllEntitlements, BlacklistCard, UnblacklistCard, AssignGroup, QueryCard {

    String cardNumber();
}
