package org.opensms.sms.web.api;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money in the REST API's JSON: a string with two decimals ("130.00"), so that no client reads it as a float. */
public final class Money {

    private Money() {
    }

    /** The amount as "130.00"; null stays null. */
    public static String text(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }
}
