package org.opensms.sms.web.api.catalog;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opensms.sms.catalog.NcfQuote;
import org.opensms.sms.web.api.Money;

/** The network capacity fee of a home: the rule applied, each TV (the main one first) and the total. */
@Schema(name = "NcfQuote")
public record NcfQuoteJson(Long ruleId, String ruleName, List<Tv> tvs, @Schema(example = "182.00") String total) {

    /** One TV: its STB (absent in a what-if quote), SD-equivalent channels counted, fee, and whether it is a further TV. */
    @Schema(name = "NcfTv")
    public record Tv(String stb, int sdChannels, @Schema(example = "130.00") String fee, boolean additional) {
    }

    public static NcfQuoteJson of(NcfQuote q) {
        return new NcfQuoteJson(q.ruleId(), q.ruleName(),
                q.tvs().stream().map(t -> new Tv(t.stb(), t.sdChannels(), Money.text(t.fee()), t.additional())).toList(),
                Money.text(q.total()));
    }
}
