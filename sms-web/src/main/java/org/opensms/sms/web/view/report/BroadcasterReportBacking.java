package org.opensms.sms.web.view.report;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import org.opensms.sms.shared.BusinessCalendar;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.subscription.BroadcasterReport;
import org.opensms.sms.subscription.SubscriptionService;
import org.opensms.sms.web.view.shared.Refusals;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The broadcasters' monthly subscription report (/report/broadcaster.xhtml): for a month and optionally one
 * broadcaster, STBs per pay channel and per product on the 7th, 14th, 21st and 28th and their average, on screen and
 * as CSV.
 */
@Named
@ViewScoped
public class BroadcasterReportBacking implements Serializable {

    @Inject
    SubscriptionService subscriptions;
    @Inject
    Clock clock;

    private String month;
    private String broadcaster;
    private BroadcasterReport report;

    @jakarta.annotation.PostConstruct
    void init() {
        month = YearMonth.from(BusinessCalendar.today(clock)).toString();
    }

    public void show() {
        try {
            report = subscriptions.broadcasterReport(month, broadcaster);
        } catch (BusinessException e) {
            report = null;
            Refusals.show(e, "report", f -> f.equals("value") ? "month" : f);
        }
    }

    public StreamedContent getCsv() {
        if (report == null) {
            return null;
        }
        StringBuilder csv = new StringBuilder();
        String days = report.days().stream().map(LocalDate::toString).collect(Collectors.joining(","));
        csv.append("section,code,name,broadcaster,kind,").append(days).append(",average\n");
        lines(csv, "channel", report.channels());
        lines(csv, "product", report.products());
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        String name = "broadcaster-report-" + report.month() + (report.broadcaster() == null ? "" : "-" + report.broadcaster()
                .replaceAll("[^A-Za-z0-9]+", "-")) + ".csv";
        return DefaultStreamedContent.builder().name(name).contentType("text/csv; charset=UTF-8").contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    private static void lines(StringBuilder csv, String section, List<BroadcasterReport.Line> lines) {
        for (BroadcasterReport.Line l : lines) {
            csv.append(section).append(',').append(cell(l.code())).append(',').append(cell(l.name())).append(',')
                    .append(cell(l.broadcaster())).append(',').append(cell(l.kind()));
            l.counts().forEach(c -> csv.append(',').append(c));
            csv.append(',').append(l.average().toPlainString()).append('\n');
        }
    }

    /** A CSV cell: quoted when it holds a comma, quote or line break; a leading =, +, - or @ is defused. */
    static String cell(String v) {
        if (v == null) {
            return "";
        }
        String s = v.matches("^[=+\\-@].*") ? "'" + v : v;
        return s.matches(".*[\",\\r\\n].*") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    public String getMonth() { return month; }
    public void setMonth(String v) { month = v; }
    public String getBroadcaster() { return broadcaster; }
    public void setBroadcaster(String v) { broadcaster = v; }
    public BroadcasterReport getReport() { return report; }
}
