package org.opensms.sms.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.shared.InvalidInputException;
import org.opensms.sms.shared.Surface;

/** NCF by slabs and steps, the further-TV share, and which rule applies, table-driven. */
class NcfRuleTest {

    /** NTO 1 (2017): Rs 130 up to 100 SD channels, then Rs 20 per started block of 25; a further TV 40%. */
    static final NcfRule NTO1 = rule("NTO 1", null, null, "2017-03-03", List.of(new NcfRuleDetails.Slab("100", "130")),
            "25", "20", "40");
    /** NTO 2 (2020): Rs 130 up to 200, Rs 160 above. */
    static final NcfRule NTO2 = rule("NTO 2", null, null, "2020-03-01", List.of(new NcfRuleDetails.Slab("200", "130"),
            new NcfRuleDetails.Slab(null, "160")), null, null, "40");

    static NcfRule rule(String name, String state, String cls, String from, List<NcfRuleDetails.Slab> slabs, String stepChannels,
                        String stepAmount, String pct) {
        return new NcfRule(new NcfRuleDetails(name, state, cls, from, slabs, stepChannels, stepAmount, pct).check(),
                Instant.EPOCH, "test", Surface.SYSTEM);
    }

    @ParameterizedTest(name = "NTO 1, {0} SD channels: {1}")
    @CsvSource({"0, 130.00", "1, 130.00", "100, 130.00", "101, 150.00", "125, 150.00", "126, 170.00", "200, 210.00", "201, 230.00"})
    void nto1Steps(int sd, String fee) {
        assertThat(NTO1.feeFor(sd)).isEqualByComparingTo(fee);
    }

    @ParameterizedTest(name = "NTO 2, {0} SD channels: {1}")
    @CsvSource({"0, 130.00", "200, 130.00", "201, 160.00", "5000, 160.00"})
    void nto2Slabs(int sd, String fee) {
        assertThat(NTO2.feeFor(sd)).isEqualByComparingTo(fee);
    }

    @ParameterizedTest(name = "further TV: {1}% of {0} = {2}")
    @CsvSource({"130.00, 40, 52.00", "160.00, 40, 64.00", "130.00, 33.33, 43.33", "150.00, 0.5, 0.75", "99.99, 12.5, 12.50"})
    void additionalTvShareRoundsHalfUpToThePaisa(String main, String pct, String fee) {
        NcfRule r = rule("r", null, null, "2020-01-01", List.of(new NcfRuleDetails.Slab(null, main)), null, null, pct);
        assertThat(r.additionalTvFee(new BigDecimal(main))).isEqualByComparingTo(fee).hasScaleOf(2);
    }

    @Test
    void aCountBeyondTheLastSlabWithoutAStepIsRefusedNamingTheRule() {
        NcfRule r = rule("capped", null, null, "2020-01-01", List.of(new NcfRuleDetails.Slab("100", "130")), null, null, "40");
        assertThatThrownBy(() -> r.feeFor(101)).isInstanceOf(BusinessException.class)
                .hasMessageContaining("NCF rule 'capped' has no slab for 101 SD channels");
    }

    @Test
    void theMostSpecificRuleInForceApplies() {
        NcfRule all = rule("all", null, null, "2020-01-01", List.of(new NcfRuleDetails.Slab(null, "130")), null, null, "40");
        NcfRule allLater = rule("all 2025", null, null, "2025-01-01", List.of(new NcfRuleDetails.Slab(null, "140")), null, null, "40");
        NcfRule kerala = rule("KL", "KL", null, "2024-01-01", List.of(new NcfRuleDetails.Slab(null, "100")), null, null, "40");
        NcfRule hotels = rule("hotels", null, "hotel", "2024-01-01", List.of(new NcfRuleDetails.Slab(null, "300")), null, null, "0");
        NcfRule keralaHotels = rule("KL hotels", "Kerala", "HOTEL", "2026-06-01", List.of(new NcfRuleDetails.Slab(null, "250")),
                null, null, "0");
        List<NcfRule> rules = List.of(all, allLater, kerala, hotels, keralaHotels);
        assertThat(NcfRule.choose(rules, LocalDate.of(2024, 6, 1), "KA", "RESIDENTIAL")).contains(all);
        assertThat(NcfRule.choose(rules, LocalDate.of(2025, 6, 1), "KA", "RESIDENTIAL")).contains(allLater);
        assertThat(NcfRule.choose(rules, LocalDate.of(2025, 6, 1), "KL", "RESIDENTIAL")).contains(kerala);
        assertThat(NcfRule.choose(rules, LocalDate.of(2025, 6, 1), "KL", "HOTEL")).contains(kerala);
        assertThat(NcfRule.choose(rules, LocalDate.of(2026, 6, 1), "KL", "HOTEL")).contains(keralaHotels);
        assertThat(NcfRule.choose(rules, LocalDate.of(2026, 6, 1), "TN", "HOTEL")).contains(hotels);
        assertThat(NcfRule.choose(rules, LocalDate.of(2019, 1, 1), "KA", "RESIDENTIAL")).isEmpty();
    }

    @Test
    void badRulesAreRefusedNamingEveryField() {
        assertThatThrownBy(() -> new NcfRuleDetails("", "XX", "a", "31-02-2026", List.of(new NcfRuleDetails.Slab("200", "130"),
                new NcfRuleDetails.Slab("100", "120"), new NcfRuleDetails.Slab(null, "1.001")), "25", null, "140").check())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("name")
                .hasMessageContaining("state")
                .hasMessageContaining("customerClass")
                .hasMessageContaining("effectiveFrom")
                .hasMessageContaining("slabs[1].upTo: must be more than the previous slab's (200)")
                .hasMessageContaining("slabs[1].amount: must not be less than the previous slab's (130.00)")
                .hasMessageContaining("slabs[2].amount")
                .hasMessageContaining("additionalTvPercent: must be at most 100");
    }
}
