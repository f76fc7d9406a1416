package org.opensms.cas.protocol;

import java.util.Map;

/** Asks for a card's state; the ACK carries a {@link CardState}. Read-only, so never recorded as a duplicate. */
public record QueryCard(String commandId, String cardNumber) implements CardCommand {

    public QueryCard {
        Check.commandId(commandId);
        Check.cardNumber(cardNumber);
    }

    /** With a new random command id. */
    public QueryCard(String cardNumber) {
        this(CasCommand.newId(), cardNumber);
    }

    @Override
    public MessageType type() {
        return MessageType.QUERY_CARD;
    }

    @Override
    public void writeFields(Map<String, String> fields) {
        fields.put("card", cardNumber);
    }
}
