package org.opensms.cas.protocol;

import java.util.Map;

/** Deactivates a smart card; it keeps its entitlements but decrypts nothing. */
public record DeactivateCard(String commandId, String cardNumber) implements CardCommand {

    public DeactivateCard {
        Check.commandId(commandId);
        Check.cardNumber(cardNumber);
    }

    /** With a new random command id. */
    public DeactivateCard(String cardNumber) {
        this(CasCommand.newId(), cardNumber);
    }

    @Override
    public MessageType type() {
        return MessageType.DEACTIVATE_CARD;
    }

    @Override
    public void writeFields(Map<String, String> fields) {
        fields.put("card", cardNumber);
    }
}
