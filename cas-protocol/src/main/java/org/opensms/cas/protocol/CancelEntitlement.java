package org.opensms.cas.protocol;

import java.util.Map;

/** Removes the entitlement of a card to one CAS product. */
public record CancelEntitlement(String commandId, String cardNumber, String productId) implements CardCommand {

    public CancelEntitlement {
        Check.commandId(commandId);
        Check.cardNumber(cardNumber);
        Check.token("product", productId, Check.MAX_PRODUCT_ID);
    }

    public CancelEntitlement(String cardNumber, String productId) {
        this(CasCommand.newId(), cardNumber, productId);
    }

    @Override
    public MessageType type() {
        return MessageType.CANCEL_ENTITLEMENT;
    }

    @Override
    public void writeFields(Map<String, String> fields) {
        fields.put("card", cardNumber);
        fields.put("product", productId);
    }
}
