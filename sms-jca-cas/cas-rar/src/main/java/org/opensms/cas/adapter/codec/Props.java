package org.opensms.cas.adapter.codec;

/**
 * Names of the JMS message properties the adapter sets on command and event messages.
 */
public final class Props {

    public static final String COMMAND_ID = "commandId";
    public static final String KIND = "kind";
    public static final String CARD = "card";
    public static final String REQUESTED_BY = "requestedBy";
    public static final String SURFACE = "surface";
    public static final String ISSUED_AT = "issuedAt";
    public static final String OUTCOME = "outcome";
    public static final String CODE = "code";
    public static final String REASON = "reason";
    public static final String ATTEMPTS = "attempts";
    public static final String TIME = "time";
    /** Version of the message layout. */
    public static final String FORMAT = "casFormat";
    public static final int FORMAT_VERSION = 1;
    /**
     * Layout of a message holding a batch in its body: of events ({@link EventCodec#writeAll}) or of commands
     * ({@link QueuedCommand#toBatchMessages}).
     */
    public static final int FORMAT_BATCH = 2;

    private Props() {
    }
}
