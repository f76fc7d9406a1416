package org.opensms.cas.api;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A colour {@code #RRGGBB} or {@code #AARRGGBB} (AA = opacity), kept in upper case (PROTOCOL.md section 6.5).
 *
 * @param hex the colour
 */
public record Colour(String hex) implements Serializable {

    private static final Pattern FORM = Pattern.compile("#([0-9A-Fa-f]{6}|[0-9A-Fa-f]{8})");

    public static final Colour WHITE = new Colour("#FFFFFF");
    public static final Colour BLACK = new Colour("#000000");
    public static final Colour TRANSPARENT = new Colour("#00000000");

    /** @throws IllegalArgumentException when not of the form #RRGGBB or #AARRGGBB */
    public Colour {
        Objects.requireNonNull(hex, "colour");
        if (!FORM.matcher(hex).matches()) {
            throw new IllegalArgumentException("colour must be #RRGGBB or #AARRGGBB, got '" + hex + "'");
        }
        hex = hex.toUpperCase(Locale.ROOT);
    }

    public static Colour of(String hex) {
        return new Colour(hex);
    }

    @Override
    public String toString() {
        return hex;
    }
}
