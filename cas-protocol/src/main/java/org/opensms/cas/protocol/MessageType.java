package org.opensms.cas.protocol;

/** Every message type of protocol version 1, as written in the first line of a frame body. */
public enum MessageType {
    LOGIN, LOGIN_OK, LOGIN_FAILED, HEARTBEAT, HEARTBEAT_ACK, ERROR, ACK,

    ACTIVATE_CARD(true), DEACTIVATE_CARD(true), PAIR_STB(true), UNPAIR_STB(true),
    ADD_ENTITLEMENT(true), CANCEL_ENTITLEMENT(true), CANCEL_ALL_ENTITLEMENTS(true),
    BLACKLIST_CARD(true), UNBLACKLIST_CARD(true), ASSIGN_GROUP(true),
    SEND_OSD(true), SEND_MAIL(true), FINGERPRINT(true), QUERY_CARD(true);

    private final boolean command;

    MessageType() {
        this(false);
    }

    MessageType(boolean command) {
        this.command = command;
    }

    /** True for the types the SMS sends as commands (each answered by exactly one ACK). */
    public boolean isCommand() {
        return command;
    }

    /** The type with this wire name, or null if there is none. */
    public static MessageType parse(String name) {
        for (MessageType t : values()) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        return null;
    }
}
