package org.opensms.cas.protocol;

import java.util.Map;

/** Removes a card from the blacklist. */
public record UnblacklistCard(String commandId, String cardNumber) implements CardCommand {

    public UnblacklistCard {
        Check.commandId(commandId);
        Check.cardNumber(cardNumber);
    }

    /** With a new random command id. */
    public UnblacklistCard(String cardNumber) {
        this(CasCommand.newId(), cardNumber);
    }

    @Override
    public MessageType type() {
        return MessageType.UNBLACKLIST_CARD;
    }

    @Override
    public void writeFields(Map<String, String> fields) {
        fields.put("card", cardNumber);
    }
}
