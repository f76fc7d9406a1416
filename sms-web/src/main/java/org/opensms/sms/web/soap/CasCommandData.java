package org.opensms.sms.web.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;
import org.opensms.sms.cas.CasJournalLine;

/** A line of the CAS command journal: the command, who asked from where and when, and its latest state. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "CasCommand", propOrder = {"commandId", "kind", "card", "subscriber", "target", "requestedBy", "surface",
        "requestedAt", "state", "code", "reason"})
public class CasCommandData {
    public String commandId;
    public String kind;
    public String card;
    public String subscriber;
    public String target;
    public String requestedBy;
    public String surface;
    public String requestedAt;
    /** PENDING until the CAS answers, then ACCEPTED, REJECTED or FAILED. */
    public String state;
    public Integer code;
    public String reason;

    static CasCommandData of(CasJournalLine l) {
        var c = l.command();
        var o = l.outcome();
        CasCommandData d = new CasCommandData();
        d.commandId = c.getCommandId();
        d.kind = c.getKind();
        d.card = c.getCard();
        d.subscriber = c.getSubscriber();
        d.target = c.getTarget();
        d.requestedBy = c.getRequestedBy();
        d.surface = c.getSurface();
        d.requestedAt = SoapValues.instant(c.getRequestedAt());
        d.state = l.getState();
        d.code = o == null ? null : o.getCode();
        d.reason = o == null ? null : o.getReason();
        return d;
    }
}
