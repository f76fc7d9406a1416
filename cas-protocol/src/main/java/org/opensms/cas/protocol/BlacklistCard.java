package org.opensms.cas.protocol;

import java.util.Map;

/** Blacklists a card (e.g. reported stolen); the CAS then rejects every command for it except UnblacklistCard and QueryCard. */
public record BlacklistCard(String commandId, String cardNumber) implements CardCommand {

    public BlacklistCard {
        Check.commandId(commandId);
        Check.cardNumber(cardNumber);
    }

    /** With a new random command id. */
    public BlacklistCard(String cardNumber) {
        this(CasCommand.newId(), cardNumber);
    }

    @Override
    public MessageType type() {
        return MessageType.BLACKLIST_CARD;
    }

    @Override
    public void writeFields(Map<String, String> fields) {
        fields.put("card", cardNumber);
    }
}
