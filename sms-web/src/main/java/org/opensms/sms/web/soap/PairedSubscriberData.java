package org.opensms.sms.web.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;
import org.opensms.sms.pairing.PairedSubscriber;

/** The answer of a search by device: the subscriber that has it now and the pair. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "PairedSubscriber", propOrder = {"customerId", "name", "mobile", "status", "lco", "pair"})
public class PairedSubscriberData {
    public String customerId;
    public String name;
    public String mobile;
    public String status;
    public String lco;
    public PairData pair;

    static PairedSubscriberData of(PairedSubscriber p) {
        PairedSubscriberData d = new PairedSubscriberData();
        d.customerId = p.subscriber().getCustomerId().value();
        d.name = p.subscriber().getName();
        d.mobile = p.subscriber().getMobile().digits();
        d.status = p.subscriber().getStatus().name();
        d.lco = p.lcoCode();
        d.pair = PairData.of(p.pairing());
        return d;
    }
}
