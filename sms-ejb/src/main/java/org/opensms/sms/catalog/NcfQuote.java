package org.opensms.sms.catalog;

import java.math.BigDecimal;
import java.util.List;

/**
 * The network capacity fee of a home on a day: the rule applied and, per TV (the first is the main one), its
 * SD-equivalent channel count and fee; {@code total} is their sum.
 */
public record NcfQuote(Long ruleId, String ruleName, List<Tv> tvs, BigDecimal total) {

    /** One TV: its STB (null in a what-if quote), channels counted and fee. */
    public record Tv(String stb, int sdChannels, BigDecimal fee, boolean additional) {
    }
}
