package org.opensms.cas.protocol;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A command the SMS sends to the CAS. Every command has a unique command id chosen by the sender
 * (the idempotency key) and is answered by exactly one {@link CasAck}.
 */
public sealed interface CasCommand permits CardCommand, SendOsd, SendMail, Fingerprint {

    String commandId();

    MessageType type();

    /** Puts the command's fields (all but commandId) in wire form. */
    void writeFields(Map<String, String> fields);

    /** The frame message for this command with the given sequence number. */
    default Message toMessage(long seq) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("commandId", commandId());
        writeFields(fields);
        return new Message(type(), seq, fields);
    }

    /** A new random command id (a UUID). */
    static String newId() {
        return UUID.randomUUID().toString();
    }

    /**
     * Decodes a command message.
     *
     * @throws InvalidFieldException when a field is missing or bad
     * @throws IllegalArgumentException when the type is not a command type
     */
    static CasCommand fromMessage(Message m) {
        MessageType type = m.knownType();
        if (type == null || !type.isCommand()) {
            throw new IllegalArgumentException("'" + m.type() + "' is not a command type");
        }
        FieldReader r = new FieldReader(m);
        String id = r.string("commandId");
        return switch (type) {
            case ACTIVATE_CARD -> new ActivateCard(id, r.string("card"));
            case DEACTIVATE_CARD -> new DeactivateCard(id, r.string("card"));
            case PAIR_STB -> new PairStb(id, r.string("card"), r.string("stb"));
            case UNPAIR_STB -> new UnpairStb(id, r.string("card"), r.string("stb"));
            case ADD_ENTITLEMENT -> new AddEntitlement(id, r.string("card"), r.string("product"),
                    r.instant("start"), r.instant("end"));
            case CANCEL_ENTITLEMENT -> new CancelEntitlement(id, r.string("card"), r.string("product"));
            case CANCEL_ALL_ENTITLEMENTS -> new CancelAllEntitlements(id, r.string("card"));
            case BLACKLIST_CARD -> new BlacklistCard(id, r.string("card"));
            case UNBLACKLIST_CARD -> new UnblacklistCard(id, r.string("card"));
            case ASSIGN_GROUP -> new AssignGroup(id, r.string("card"), r.string("group"));
            case QUERY_CARD -> new QueryCard(id, r.string("card"));
            case SEND_OSD -> new SendOsd(id, r.target("target"), r.string("text"),
                    r.enumValue("position", OsdPosition.class), r.integer("duration"),
                    r.integer("repetitions"), r.bool("forced"));
            case SEND_MAIL -> new SendMail(id, r.target("target"), r.string("subject"), r.string("body"));
            case FINGERPRINT -> new Fingerprint(id, r.target("target"), r.enumValue("mode", Fingerprint.Mode.class),
                    r.integer("x"), r.integer("y"), r.integer("fontSize"), r.string("foreground"),
                    r.string("background"), r.integer("duration"), r.bool("showStb"), r.bool("showCard"),
                    r.optional("message"));
            default -> throw new IllegalArgumentException("'" + m.type() + "' is not a command type");
        };
    }
}
