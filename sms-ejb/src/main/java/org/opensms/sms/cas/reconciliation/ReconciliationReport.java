package org.opensms.sms.cas.reconciliation;

import org.opensms.sms.shared.BusinessCalendar;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** The CSV form of a reconciliation run for auditors (RFC 4180; times in India, IST). */
public final class ReconciliationReport {

    static final String HEADER = "card,aspect,sms_says,cas_had,commands_resent\r\n";
    private static final DateTimeFormatter IST = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'IST'")
            .withZone(BusinessCalendar.INDIA);

    private ReconciliationReport() {
    }

    static String summary(ReconciliationRun r) {
        return "CAS reconciliation run," + r.getId() + "\r\n"
                + "started," + time(r.getStartedAt()) + "\r\n"
                + "finished," + time(r.getFinishedAt()) + "\r\n"
                + "trigger," + r.getTrigger() + "\r\n"
                + "requested by," + csv(r.getRequestedBy()) + "\r\n"
                + "status," + r.getStatus() + (r.getMessage() == null ? "" : "," + csv(r.getMessage())) + "\r\n"
                + "cards compared," + r.getCardsCompared() + "\r\n"
                + "cards skipped (commands still in flight)," + r.getCardsInFlight() + "\r\n"
                + "cards differing," + r.getCardsDiffering() + "\r\n"
                + "commands re-sent," + r.getCommandsResent() + "\r\n"
                + "\r\n";
    }

    static String line(ReconciliationDifference d) {
        return csv(d.getCard()) + "," + d.getAspect() + "," + csv(d.getExpected()) + "," + csv(d.getActual()) + ","
                + csv(d.getResent() == null ? "" : d.getResent()) + "\r\n";
    }

    public static String time(Instant t) {
        return t == null ? "" : IST.format(t);
    }

    /** A CSV field: quoted when needed; a leading =, +, - or @ is prefixed with ' so spreadsheets do not run it. */
    static String csv(String v) {
        String s = v == null ? "" : v;
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        return s.matches(".*[,\"\r\n].*") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
