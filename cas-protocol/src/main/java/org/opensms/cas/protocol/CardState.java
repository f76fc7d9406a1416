package org.opensms.cas.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A card as the CAS knows it, returned in the ACK of {@link QueryCard}. A card the CAS does not know has
 * known=false and nothing else set. stbSerial and groupId are null when not paired / not in a group.
 */
public record CardState(String cardNumber, boolean known, boolean active, boolean blacklisted, String stbSerial,
                        String groupId, List<Entitlement> entitlements) {

    public CardState {
        Check.cardNumber(cardNumber);
        entitlements = List.copyOf(entitlements);
    }

    public static CardState unknown(String cardNumber) {
        return new CardState(cardNumber, false, false, false, null, null, List.of());
    }

    /** Writes the state as "card.*" fields of an ACK. */
    public void writeFields(Map<String, String> fields) {
        fields.put("card.number", cardNumber);
        fields.put("card.known", Boolean.toString(known));
        fields.put("card.active", Boolean.toString(active));
        fields.put("card.blacklisted", Boolean.toString(blacklisted));
        if (stbSerial != null) {
            fields.put("card.stb", stbSerial);
        }
        if (groupId != null) {
            fields.put("card.group", groupId);
        }
        fields.put("card.entitlements", Integer.toString(entitlements.size()));
        for (int i = 0; i < entitlements.size(); i++) {
            Entitlement e = entitlements.get(i);
            fields.put("card.entitlement." + i + ".product", e.productId());
            fields.put("card.entitlement." + i + ".start", e.start().toString());
            fields.put("card.entitlement." + i + ".end", e.end().toString());
        }
    }

    /** Reads "card.*" fields, or returns null if the message has none. */
    public static CardState read(FieldReader r) {
        if (r.optional("card.number") == null) {
            return null;
        }
        int n = r.integer("card.entitlements");
        if (n < 0 || n > 100_000) {
            throw new InvalidFieldException("card.entitlements", "count " + n + " is out of range");
        }
        List<Entitlement> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String p = "card.entitlement." + i + ".";
            list.add(new Entitlement(r.string(p + "product"), r.instant(p + "start"), r.instant(p + "end")));
        }
        return new CardState(r.string("card.number"), r.bool("card.known"), r.bool("card.active"),
                r.bool("card.blacklisted"), r.optional("card.stb"), r.optional("card.group"), list);
    }
}
