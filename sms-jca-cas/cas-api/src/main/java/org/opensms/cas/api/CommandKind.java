package org.opensms.cas.api;

/**
 * The kinds of {@link CasCommand}; names are the command types of the CAS protocol (PROTOCOL.md section 6).
 * {@link #QUERY_CARD} is not a command that can be issued: it is the synchronous read
 * {@link CasConnection#query(CardNumber)}.
 */
public enum CommandKind {
    ACTIVATE_CARD, DEACTIVATE_CARD, PAIR_STB, UNPAIR_STB, ADD_ENTITLEMENT, CANCEL_ENTITLEMENT,
    CANCEL_ALL_ENTITLEMENTS, BLACKLIST_CARD, UNBLACKLIST_CARD, ASSIGN_GROUP, SEND_OSD, SEND_MAIL, FINGERPRINT,
    QUERY_CARD
}
