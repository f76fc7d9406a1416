package org.opensms.sms.cas;

import java.io.Serializable;
import org.opensms.cas.api.ActivateCard;
import org.opensms.cas.api.CardNumber;
import org.opensms.cas.api.CasCommand;
import org.opensms.cas.api.DeactivateCard;
import org.opensms.cas.api.OsdPosition;
import org.opensms.cas.api.SendOsd;
import org.opensms.cas.api.Target;
import org.opensms.sms.shared.InvalidInputException;

/**
 * A CAS command as an operator or an integration asks for it, as text: the kind (ACTIVATE_CARD,
 * DEACTIVATE_CARD or SEND_OSD), the card (for SEND_OSD, none means every card), the message text, and
 * optionally the customer ID of the subscriber it is for (journalled with the command).
 * {@link #toCommand} checks it; field names in errors are prefixed with {@code prefix}.
 */
public record CasCommandRequest(String kind, String card, String text, String subscriber) implements Serializable {

    public static final String KINDS = "ACTIVATE_CARD, DEACTIVATE_CARD or SEND_OSD";

    public CasCommandRequest(String kind, String card, String text) {
        this(kind, card, text, null);
    }

    public CasCommand toCommand(String prefix) {
        try {
            return switch (kind == null ? "" : kind.strip()) {
                case "ACTIVATE_CARD" -> new ActivateCard(new CardNumber(required(prefix, "card", card)));
                case "DEACTIVATE_CARD" -> new DeactivateCard(new CardNumber(required(prefix, "card", card)));
                case "SEND_OSD" -> new SendOsd(card == null || card.isBlank() ? Target.all() : new Target.Card(cardNumber(prefix)),
                        required(prefix, "text", text), OsdPosition.BOTTOM, 30, 1, false);
                default -> throw new InvalidInputException(prefix + "kind", "must be " + KINDS + ", got '" + kind + "'");
            };
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(prefix + ("SEND_OSD".equals(kind) ? "text" : "card"), e.getMessage());
        }
    }

    private CardNumber cardNumber(String prefix) {
        try {
            return new CardNumber(card);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(prefix + "card", e.getMessage());
        }
    }

    private static String required(String prefix, String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(prefix + field, "is required");
        }
        return value;
    }
}
