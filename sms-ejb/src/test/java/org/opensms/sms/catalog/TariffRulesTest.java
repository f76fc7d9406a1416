package org.opensms.sms.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensms.sms.catalog.TariffRules.ChannelFacts;
import org.opensms.sms.catalog.TariffRules.ProductFacts;
import org.opensms.sms.shared.Surface;

/** Each New Tariff Order rule alone, table-driven, under the 2024 limits (cap Rs 19, discount 45%) unless said. */
class TariffRulesTest {

    private static final TariffLimits LIMITS_2024 = limits("19.00", "45.00", true);

    private static TariffLimits limits(String cap, String discount, boolean priceNotAboveMrp) {
        return new TariffLimits(LocalDate.of(2024, 1, 1), new BigDecimal(cap), new BigDecimal(discount), priceNotAboveMrp,
                Instant.EPOCH, "test", Surface.SYSTEM);
    }

    private static ChannelFacts pay(String code, String mrp) {
        return new ChannelFacts(code, "Star", true, new BigDecimal(mrp));
    }

    private static ChannelFacts free(String code) {
        return new ChannelFacts(code, "Prasar Bharati", false, BigDecimal.ZERO);
    }

    private static ProductFacts product(ProductKind kind, String price, String mrp, ChannelFacts... channels) {
        return new ProductFacts("P1", kind, "Star", new BigDecimal(price), mrp == null ? null : new BigDecimal(mrp),
                List.of(channels));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("a la carte at its MRP", product(ProductKind.A_LA_CARTE, "19.00", null, pay("C1", "19.00")),
                        LIMITS_2024, List.of()),
                Arguments.of("a la carte above its channel's MRP", product(ProductKind.A_LA_CARTE, "19.01", null, pay("C1", "19.00")),
                        LIMITS_2024, List.of("price 19.01 of P1 is above its MRP 19.00")),
                Arguments.of("above the MRP allowed when the limit is off", product(ProductKind.A_LA_CARTE, "25.00", null,
                        pay("C1", "19.00")), limits("19.00", "45.00", false), List.of()),
                Arguments.of("a la carte channel above the bouquet cap is fine alone",
                        product(ProductKind.A_LA_CARTE, "22.00", null, pay("C1", "22.00")), LIMITS_2024, List.of()),
                Arguments.of("bouquet price above its MRP", product(ProductKind.BROADCASTER_BOUQUET, "40.00", "35.00",
                        pay("C1", "19.00"), pay("C2", "19.00")), LIMITS_2024, List.of("price 40.00 of P1 is above its MRP 35.00")),
                Arguments.of("bouquet with a channel above the cap", product(ProductKind.BROADCASTER_BOUQUET, "30.00", "30.00",
                        pay("C1", "19.01"), pay("C2", "10.00")), LIMITS_2024,
                        List.of("channel C1 has an MRP of 19.01, above the cap of 19.00")),
                Arguments.of("bouquet exactly at the discount cap (55% of 40.00 = 22.00)",
                        product(ProductKind.BROADCASTER_BOUQUET, "22.00", "22.00", pay("C1", "19.00"),
                                pay("C2", "19.00"), pay("C3", "2.00")), LIMITS_2024, List.of()),
                Arguments.of("bouquet a paisa under the discount cap", product(ProductKind.BROADCASTER_BOUQUET, "21.99", "21.99",
                        pay("C1", "19.00"), pay("C2", "19.00"), pay("C3", "2.00")), LIMITS_2024,
                        List.of("MRP 21.99 of bouquet P1 is a discount of 45.03% on its pay channels' a-la-carte MRPs (40.00);"
                                + " the cap is 45.00% (at least 22.00)")),
                Arguments.of("free channels do not count in the discount", product(ProductKind.MSO_PACKAGE, "22.00", null,
                        pay("C1", "19.00"), pay("C2", "19.00"), pay("C3", "2.00"), free("DD1"), free("DD2")), LIMITS_2024, List.of()),
                Arguments.of("the 2020 limits: cap 12, discount 33%", product(ProductKind.MSO_PACKAGE, "20.00", null,
                        pay("C1", "12.00"), pay("C2", "12.00")), limits("12.00", "33.00", true),
                        List.of()),
                Arguments.of("an MSO package under the 2020 discount cap", product(ProductKind.MSO_PACKAGE, "16.00", null,
                        pay("C1", "12.00"), pay("C2", "12.00")), limits("12.00", "33.00", true),
                        List.of("price 16.00 of bouquet P1 is a discount of 33.33% on its pay channels' a-la-carte MRPs (24.00);"
                                + " the cap is 33.00% (at least 16.08)")),
                Arguments.of("a broadcaster bouquet with another broadcaster's channel", new ProductFacts("P1",
                        ProductKind.BROADCASTER_BOUQUET, "Star", new BigDecimal("10.00"), new BigDecimal("10.00"),
                        List.of(pay("C1", "5.00"), new ChannelFacts("Z1", "Zee", true, new BigDecimal("5.00")))), LIMITS_2024,
                        List.of("channel Z1 is Zee's, not Star's")),
                Arguments.of("every broken rule is named", product(ProductKind.BROADCASTER_BOUQUET, "50.00", "20.00",
                        pay("C1", "25.00"), pay("C2", "25.00")), LIMITS_2024,
                        List.of("price 50.00 of P1 is above its MRP 20.00", "channel C1 has an MRP of 25.00",
                                "channel C2 has an MRP of 25.00", "MRP 20.00 of bouquet P1 is a discount of 60.00%")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rule(String name, ProductFacts product, TariffLimits limits, List<String> expectedStarts) {
        List<String> violations = TariffRules.violations(product, limits);
        assertThat(violations).hasSameSizeAs(expectedStarts);
        for (int i = 0; i < expectedStarts.size(); i++) {
            assertThat(violations.get(i)).startsWith(expectedStarts.get(i));
        }
    }
}
