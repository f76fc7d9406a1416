package org.opensms.cas.protocol;

import java.time.Instant;
import java.util.Map;

/**
 * Entitles a card to a CAS product from start (inclusive) to end (exclusive). A card has at most one
 * entitlement per product: adding one for a product the card already has replaces its period.
 */
public record AddEntitlement(String commandId, String cardNumber, String productId, Instant start, Instant end)
        implements CardCommand {

    public AddEntitlement {
        Check.commandId(commandId);
        Check.cardNumber(cardNumber);
        Check.token("product", productId, Check.MAX_PRODUCT_ID);
        Check.period(start, end);
    }

    public AddEntitlement(String cardNumber, String productId, Instant start, Instant end) {
        this(CasCommand.newId(), cardNumber, productId, start, end);
    }

    @Override
    public MessageType type() {
        return MessageType.ADD_ENTITLEMENT;
    }

    @Override
    public void writeFields(Map<String, String> fields) {
        fields.put("card", cardNumber);
        fields.put("product", productId);
        fields.put("start", start.toString());
        fields.put("end", end.toString());
    }
}
