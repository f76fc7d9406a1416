package org.opensms.sms.web.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;
import org.opensms.sms.subscriber.SubscriberChange;

/** One line of a subscriber's history: field ("status" for registration and status changes), values, reason, who, surface, when. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "SubscriberChange", propOrder = {"field", "oldValue", "newValue", "reason", "changedBy", "surface", "changedAt"})
public class SubscriberChangeData {
    public String field;
    public String oldValue;
    public String newValue;
    public String reason;
    public String changedBy;
    public String surface;
    public String changedAt;

    static SubscriberChangeData of(SubscriberChange c) {
        SubscriberChangeData d = new SubscriberChangeData();
        d.field = c.getField();
        d.oldValue = c.getOldValue();
        d.newValue = c.getNewValue();
        d.reason = c.getReason();
        d.changedBy = c.getChangedBy();
        d.surface = c.getSurface().name();
        d.changedAt = c.getChangedAt().toString();
        return d;
    }
}
