package org.opensms.sms.web.api.subscription;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opensms.sms.subscription.RenewalRunReport;

/** An expiry and renewal run: as of which day, who asked, when, and what it did so far. */
@Schema(name = "RenewalRun")
public record RenewalRunJson(LocalDate asOf, @Schema(description = "An account, or schedule") String requestedBy,
                             Instant startedAt, @Schema(description = "Absent while running") Instant finishedAt,
                             boolean running, long due, long expired, long renewed,
                             @Schema(description = "Rolled back, left for the next run") long failed, String lastError) {

    static RenewalRunJson of(RenewalRunReport r) {
        return r == null ? null : new RenewalRunJson(r.asOf(), r.requestedBy(), r.startedAt(), r.finishedAt(), r.running(),
                r.due(), r.expired(), r.renewed(), r.failed(), r.lastError());
    }
}
