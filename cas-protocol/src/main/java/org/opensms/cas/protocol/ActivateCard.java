package org.opensms.cas.protocol;

import java.util.Map;

/** Activates a smart card so that it can decrypt the services it is entitled to. */
public record ActivateCard(String commandId, String cardNumber) implements CardCommand {

    public ActivateCard {
        Check.commandId(commandId);
        Check.cardNumber(cardNumber);
    }

    /** With a new random command id. */
    public ActivateCard(String cardNumber) {
        this(CasCommand.newId(), cardNumber);
    }

    @Override
    public MessageType type() {
        return MessageType.ACTIVATE_CARD;
    }

    @Override
    public void writeFields(Map<String, String> fields) {
        fields.put("card", cardNumber);
    }
}
