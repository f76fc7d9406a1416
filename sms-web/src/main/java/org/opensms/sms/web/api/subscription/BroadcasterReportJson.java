package org.opensms.sms.web.api.subscription;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opensms.sms.subscription.BroadcasterReport;
import org.opensms.sms.web.api.Money;

/** The broadcasters' monthly report: STBs per pay channel and per product on the report days, and their average. */
@Schema(name = "BroadcasterReport")
public record BroadcasterReportJson(@Schema(example = "2026-11") String month,
                                    @Schema(description = "The broadcaster it was narrowed to; absent for all") String broadcaster,
                                    @Schema(description = "The 7th, 14th, 21st and 28th") List<LocalDate> days,
                                    List<Line> channels, List<Line> products) {

    /** One channel or product: STBs that had it on each report day, and the average (half up, two decimals). */
    @Schema(name = "BroadcasterReportLine")
    public record Line(String code, String name, String broadcaster, @Schema(description = "Products only") String kind,
                       List<Long> counts, @Schema(example = "1.25") String average) {

        static Line of(BroadcasterReport.Line l) {
            return new Line(l.code(), l.name(), l.broadcaster(), l.kind(), l.counts(), Money.text(l.average()));
        }
    }

    static BroadcasterReportJson of(BroadcasterReport r) {
        return new BroadcasterReportJson(r.month().toString(), r.broadcaster(), r.days(),
                r.channels().stream().map(Line::of).toList(), r.products().stream().map(Line::of).toList());
    }
}
