package org.opensms.sms.web.soap;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

/**
 * How values go out in SOAP answers, in one place: money as xs:decimal with two decimals (rupees and paise), days as
 * xs:date (yyyy-mm-dd, India's calendar), instants as ISO-8601 in UTC. Requests keep these as text so that the
 * services' checks read them and a bad value is a fault naming its field.
 */
final class SoapValues {

    private SoapValues() {
    }

    static BigDecimal money(BigDecimal v) {
        return v == null ? null : v.setScale(2, RoundingMode.HALF_UP);
    }

    static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    static String instant(Instant t) {
        return t == null ? null : t.toString();
    }
}
