package org.opensms.sms.web.soap;

import static org.opensms.sms.web.soap.SoapValues.date;
import static org.opensms.sms.web.soap.SoapValues.instant;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import org.opensms.sms.subscription.RenewalRunReport;

/**
 * An expiry and renewal run: as of which day, who asked ("schedule" for the timer), when it started and finished
 * (absent while running), how many subscriptions were due, expired, renewed and failed, the last error.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "RenewalRun", propOrder = {"asOf", "requestedBy", "startedAt", "finishedAt", "running", "due", "expired",
        "renewed", "failed", "lastError"})
public class RenewalRunData {
    @XmlSchemaType(name = "date")
    public String asOf;
    public String requestedBy;
    public String startedAt;
    public String finishedAt;
    public boolean running;
    public long due;
    public long expired;
    public long renewed;
    public long failed;
    public String lastError;

    static RenewalRunData of(RenewalRunReport r) {
        RenewalRunData d = new RenewalRunData();
        d.asOf = date(r.asOf());
        d.requestedBy = r.requestedBy();
        d.startedAt = instant(r.startedAt());
        d.finishedAt = instant(r.finishedAt());
        d.running = r.running();
        d.due = r.due();
        d.expired = r.expired();
        d.renewed = r.renewed();
        d.failed = r.failed();
        d.lastError = r.lastError();
        return d;
    }
}
