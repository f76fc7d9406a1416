package org.opensms.sms.web.view.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the consoles show values: {@code #{fmt.dateTime(s.registeredAt)}} gives "25 Nov 2026, 20:35 IST". */
@Named("fmt")
@ApplicationScoped
public class DisplayFormats {

    static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm 'IST'", Locale.ENGLISH)
            .withZone(INDIA);

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }
}
