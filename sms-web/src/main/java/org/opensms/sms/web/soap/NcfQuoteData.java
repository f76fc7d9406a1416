package org.opensms.sms.web.soap;

import static org.opensms.sms.web.soap.SoapValues.money;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.opensms.sms.catalog.NcfQuote;

/**
 * A network capacity fee: the rule applied and, per TV (the first is the main one), its STB (absent in a what-if
 * quote), its SD-equivalent channel count and fee; total is their sum.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "NcfQuote", propOrder = {"ruleId", "ruleName", "tv", "total"})
public class NcfQuoteData {
    public Long ruleId;
    public String ruleName;
    @XmlElement(name = "tv")
    public List<Tv> tv = new ArrayList<>();
    public BigDecimal total;

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "NcfTv", propOrder = {"stb", "sdChannels", "fee", "additional"})
    public static class Tv {
        public String stb;
        public int sdChannels;
        public BigDecimal fee;
        public boolean additional;
    }

    static NcfQuoteData of(NcfQuote q) {
        NcfQuoteData d = new NcfQuoteData();
        d.ruleId = q.ruleId();
        d.ruleName = q.ruleName();
        q.tvs().forEach(t -> {
            Tv tv = new Tv();
            tv.stb = t.stb();
            tv.sdChannels = t.sdChannels();
            tv.fee = money(t.fee());
            tv.additional = t.additional();
            d.tv.add(tv);
        });
        d.total = money(q.total());
        return d;
    }
}
