package org.opensms.sms.catalog;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.opensms.sms.shared.InputCheck;

/**
 * A channel's details as text from any surface. On creation everything but {@code mrpFrom} (default today) and
 * {@code status} (default ACTIVE) is required; on update the code, CAS service and MRP are ignored (the MRP changes
 * through {@link CatalogService#changeChannelMrp}, effective-dated). {@code type} is PAY or FREE (free-to-air).
 * A free channel's MRP is 0; a pay channel's is more than 0; a mandatory (public-service) channel is free.
 */
public record ChannelDetails(String code, String name, String broadcaster, String genre, String language,
                             String definition, String type, Boolean mandatory, String casServiceId, String mrp,
                             String mrpFrom, String status) implements Serializable {

    /** Free-to-air or pay. */
    public enum Type { PAY, FREE }

    public record Checked(String code, String name, String broadcaster, String genre, String language,
                          Definition definition, boolean pay, boolean mandatory, String casServiceId, BigDecimal mrp,
                          LocalDate mrpFrom, CatalogStatus status) {
    }

    /** Reads every field, or throws an InvalidInputException listing every bad one. Touches no database. */
    public Checked check(boolean creating) {
        InputCheck check = new InputCheck();
        String c = creating ? CatalogCode.code(check, "code", code, true) : null;
        String n = check.required("name", name, Channel.MAX_NAME);
        String b = check.required("broadcaster", broadcaster, Channel.MAX_BROADCASTER);
        String g = check.required("genre", genre, Channel.MAX_GENRE);
        String l = check.required("language", language, Channel.MAX_LANGUAGE);
        Definition d = check.choice("definition", check.required("definition", definition, 2), Definition.class);
        Type t = check.choice("type", check.required("type", type, 4), Type.class);
        boolean m = Boolean.TRUE.equals(mandatory);
        String cas = creating ? CatalogCode.casId(check, "casServiceId", casServiceId) : null;
        BigDecimal price = null;
        LocalDate from = null;
        if (creating) {
            price = check.amount("mrp", check.required("mrp", mrp, 20));
            from = check.date("mrpFrom", mrpFrom);
            if (price != null && t == Type.FREE && price.signum() != 0) {
                check.add("mrp", "must be 0 for a free-to-air channel, got " + price.toPlainString());
            }
            if (price != null && t == Type.PAY && price.signum() == 0) {
                check.add("mrp", "must be more than 0 for a pay channel");
            }
        }
        if (m && t == Type.PAY) {
            check.add("mandatory", "a mandatory (public-service) channel must be free-to-air");
        }
        CatalogStatus s = check.choice("status", status, CatalogStatus.class);
        check.throwIfInvalid();
        return new Checked(c, n, b, g, l, d, t == Type.PAY, m, cas, price, from, s);
    }
}
