package org.opensms.cas.protocol;

import java.util.Map;

/** Removes every entitlement of a card. */
public record CancelAllEntitlements(String commandId, String cardNumber) implements CardCommand {

    public CancelAllEntitlements {
        Check.commandId(commandId);
        Check.cardNumber(cardNumber);
    }

    /** With a new random command id. */
    public CancelAllEntitlements(String cardNumber) {
        this(CasCommand.newId(), cardNumber);
    }

    @Override
    public MessageType type() {
        return MessageType.CANCEL_ALL_ENTITLEMENTS;
    }

    @Override
    public void writeFields(Map<String, String> fields) {
        fields.put("card", cardNumber);
    }
}
