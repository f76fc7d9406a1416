package org.opensms.sms.web.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;
import java.time.Instant;
import org.opensms.sms.pairing.Pairing;

/** One STB/card pair at a subscriber, current or ended (times as ISO-8601 instants). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Pair", propOrder = {"id", "customerId", "stb", "card", "current", "activation", "pairedAt", "pairedBy",
        "pairedVia", "pairReason", "unpairedAt", "unpairedBy", "unpairedVia", "unpairReason", "replaces"})
public class PairData {
    public long id;
    public String customerId;
    public String stb;
    public String card;
    public boolean current;
    public String activation;
    public String pairedAt;
    public String pairedBy;
    public String pairedVia;
    public String pairReason;
    public String unpairedAt;
    public String unpairedBy;
    public String unpairedVia;
    public String unpairReason;
    public Long replaces;

    static PairData of(Pairing p) {
        PairData d = new PairData();
        d.id = p.getId();
        d.customerId = p.getCustomerId();
        d.stb = p.getStbSerial();
        d.card = p.getCardNumber();
        d.current = p.isCurrent();
        d.activation = p.getActivation().name();
        d.pairedAt = text(p.getPairedAt());
        d.pairedBy = p.getPairedBy();
        d.pairedVia = p.getPairedVia().name();
        d.pairReason = p.getPairReason();
        d.unpairedAt = text(p.getUnpairedAt());
        d.unpairedBy = p.getUnpairedBy();
        d.unpairedVia = p.getUnpairedVia() == null ? null : p.getUnpairedVia().name();
        d.unpairReason = p.getUnpairReason();
        d.replaces = p.getReplacesId();
        return d;
    }

    private static String text(Instant t) {
        return t == null ? null : t.toString();
    }
}
