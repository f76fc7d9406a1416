package org.opensms.sms.lco;

import java.io.Serializable;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.opensms.sms.shared.IndianState;
import org.opensms.sms.shared.InvalidInputException;

/**
 * A GST identification number (GSTIN): 15 characters, the 2-digit GST state code, the holder's 10-character PAN
 * (5 letters, 4 digits, 1 letter), an entity number (1-9 or A-Z), the letter Z, and a check character computed
 * from the first 14 (the GSTN's base-36 Luhn variant). Kept in upper case.
 */
public record Gstin(String value) implements Serializable {

    public static final int LENGTH = 15;
    private static final String CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final Pattern FORM = Pattern.compile("[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]");
    /** GST state codes of the states and union territories, plus 97 (other territory). */
    private static final Set<String> STATE_CODES = Stream.concat(Stream.of(IndianState.values()).map(IndianState::gstCode),
            Stream.of("97")).collect(Collectors.toUnmodifiableSet());

    public Gstin {
        String problem = problem(value);
        if (problem != null) {
            throw new InvalidInputException("value", problem);
        }
    }

    /** Accepts lower case and spaces, as people type it. */
    public static Gstin parse(String text) {
        return new Gstin(text.replace(" ", "").toUpperCase(Locale.ROOT));
    }

    /** The check character for the first 14 characters of a GSTIN. */
    public static char checkCharacter(String first14) {
        int sum = 0;
        for (int i = 0; i < 14; i++) {
            int product = CHARS.indexOf(first14.charAt(i)) * (i % 2 == 0 ? 1 : 2);
            sum += product / 36 + product % 36;
        }
        return CHARS.charAt((36 - sum % 36) % 36);
    }

    private static String problem(String v) {
        if (v == null || v.length() != LENGTH || !FORM.matcher(v).matches()) {
            return "must be a 15-character GSTIN: 2-digit state code, 10-character PAN (like ABCDE1234F), entity number,"
                    + " Z and a check character, like 29ABCDE1234F1ZW; got '" + v + "'";
        }
        if (!STATE_CODES.contains(v.substring(0, 2))) {
            return "must start with a GST state code (01 to 38 or 97), got '" + v.substring(0, 2) + "'";
        }
        char expected = checkCharacter(v.substring(0, 14));
        if (v.charAt(14) != expected) {
            return "has a wrong check character: '" + v + "' should end in '" + expected + "'";
        }
        return null;
    }

    /** The state the GSTIN was issued in, or null for code 97. */
    public IndianState state() {
        String code = value.substring(0, 2);
        return Stream.of(IndianState.values()).filter(s -> s.gstCode().equals(code)).findFirst().orElse(null);
    }

    @Override
    public String toString() {
        return value;
    }
}
