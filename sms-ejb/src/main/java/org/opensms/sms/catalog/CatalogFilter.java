package org.opensms.sms.catalog;

import java.io.Serializable;
import java.util.Locale;
import org.opensms.sms.shared.InputCheck;

/**
 * Narrows a channel or product list; every field optional. {@code text} matches the start of the code or a word of
 * the name, in any case; {@code kind} (products), {@code broadcaster}, {@code genre} and {@code language} (channels)
 * match exactly in any case; {@code channel} (products) names a channel code the product carries today.
 */
public record CatalogFilter(String text, String kind, String broadcaster, String genre, String language,
                            String status, String channel) implements Serializable {

    public static final CatalogFilter ALL = new CatalogFilter(null, null, null, null, null, null, null);

    public record Checked(String text, ProductKind kind, String broadcaster, String genre, String language,
                          CatalogStatus status, String channel) {
    }

    public Checked check() {
        InputCheck check = new InputCheck();
        String t = check.optional("text", text, 100);
        ProductKind k = check.choice("kind", kind, ProductKind.class);
        String b = check.optional("broadcaster", broadcaster, Channel.MAX_BROADCASTER);
        String g = check.optional("genre", genre, Channel.MAX_GENRE);
        String l = check.optional("language", language, Channel.MAX_LANGUAGE);
        CatalogStatus s = check.choice("status", status, CatalogStatus.class);
        String c = CatalogCode.code(check, "channel", channel, false);
        check.throwIfInvalid();
        return new Checked(t == null ? null : t.toLowerCase(Locale.ROOT), k, lower(b), lower(g), lower(l), s, c);
    }

    private static String lower(String v) {
        return v == null ? null : v.toLowerCase(Locale.ROOT);
    }
}
