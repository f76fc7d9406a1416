package org.opensms.sms.subscriber.export;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.opensms.sms.subscriber.SubscriberFilter;

/**
 * What every export says about itself besides its rows: a title, the filters it was made with (in words) and when
 * it was made, in India (IST). The count of rows is written after the rows, once known.
 */
public record ExportDescription(String title, String filters, LocalDateTime exportedAt) implements Serializable {

    public static ExportDescription of(SubscriberFilter filter, LocalDateTime exportedAtIst) {
        return new ExportDescription("Subscribers", describe(filter), exportedAtIst);
    }

    /** The export time as written in the files: {@code 2026-11-25 15:30:00 IST}. */
    public String exportedAtText() {
        return exportedAt.format(SubscriberExportRow.DATE_TIME) + " IST";
    }

    /** The filters in words, e.g. {@code name starts with "ravi", state KA}; "none (all subscribers)" without any. */
    public static String describe(SubscriberFilter f) {
        List<String> parts = new ArrayList<>();
        if (f.customerId() != null) {
            parts.add("customer ID starts with \"" + f.customerId() + "\"");
        }
        if (f.name() != null) {
            parts.add("name starts with \"" + f.name() + "\"");
        }
        if (f.mobile() != null) {
            parts.add("mobile starts with \"" + f.mobile() + "\"");
        }
        if (f.city() != null) {
            parts.add("city starts with \"" + f.city() + "\"");
        }
        if (f.state() != null) {
            parts.add("state " + f.state().name());
        }
        if (f.status() != null) {
            parts.add("status " + f.status().name());
        }
        if (f.lco() != null) {
            parts.add("LCO " + f.lco());
        }
        if (f.area() != null) {
            parts.add("area starts with \"" + f.area() + "\"");
        }
        if (f.stb() != null) {
            parts.add("holding set-top box " + f.stb());
        }
        if (f.card() != null) {
            parts.add("holding smart card " + f.card());
        }
        return parts.isEmpty() ? "none (all subscribers)" : String.join(", ", parts);
    }
}
