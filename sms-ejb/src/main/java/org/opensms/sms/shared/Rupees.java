package org.opensms.sms.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money in this product: Indian rupees as {@link BigDecimal} with two decimals (paise). Amounts typed by people are
 * read exactly ({@link #parse}: a third decimal is refused, never rounded away); amounts computed from a rule (a
 * percentage, an average) are rounded once, half up to the paisa ({@link #round}), where the rule says so.
 */
public final class Rupees {

    /** The largest amount stored (NUMERIC(10,2)). */
    public static final BigDecimal MAX = new BigDecimal("99999999.99");
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private Rupees() {
    }

    /** The amount exactly, scale 2; refused (InvalidInputException on "value") if negative, too large or finer than a paisa. */
    public static BigDecimal parse(String text) {
        BigDecimal v;
        try {
            v = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("value", "must be an amount in rupees such as 130 or 12.50, got '" + text + "'");
        }
        return check(v);
    }

    /** The amount exactly, scale 2, checked as {@link #parse} does. */
    public static BigDecimal check(BigDecimal v) {
        if (v.signum() < 0) {
            throw new InvalidInputException("value", "must not be negative, got " + v.toPlainString());
        }
        if (v.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException("value", "must have at most two decimals (paise), got " + v.toPlainString());
        }
        if (v.compareTo(MAX) > 0) {
            throw new InvalidInputException("value", "must be at most " + MAX.toPlainString() + ", got " + v.toPlainString());
        }
        return v.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** A computed amount rounded half up to the paisa. */
    public static BigDecimal round(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }

    /** {@code percent} % of the amount, rounded half up to the paisa. */
    public static BigDecimal percentOf(BigDecimal amount, BigDecimal percent) {
        return round(amount.multiply(percent).movePointLeft(2));
    }
}
