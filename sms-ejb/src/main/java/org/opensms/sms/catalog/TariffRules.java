package org.opensms.sms.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.opensms.sms.shared.Rupees;

/**
 * The New Tariff Order checks a product must pass on a day, given the limits in force ({@link TariffLimits}). Pure,
 * so that each rule is tested alone. Each broken rule gives one message naming the figures and the limit:
 * <ul>
 * <li>the price is not above the MRP (an a-la-carte product: its channel's MRP; a broadcaster bouquet: its own MRP);</li>
 * <li>no channel in a bouquet (broadcaster bouquet, MSO package, add-on) has an MRP above the cap;</li>
 * <li>a bouquet's MRP (broadcaster bouquet) or price (MSO package, add-on) is not lower than the sum of its pay
 * channels' a-la-carte MRPs less the discount cap;</li>
 * <li>a broadcaster bouquet carries only that broadcaster's channels.</li>
 * </ul>
 */
public final class TariffRules {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private TariffRules() {
    }

    /** A channel as the rules see it on the day: its MRP then (0 for a free channel). */
    public record ChannelFacts(String code, String broadcaster, boolean pay, BigDecimal mrp) {
    }

    /** A product as the rules see it on the day. {@code mrp} is null except for a broadcaster bouquet. */
    public record ProductFacts(String code, ProductKind kind, String broadcaster, BigDecimal price, BigDecimal mrp,
                               List<ChannelFacts> channels) {
    }

    /** Every rule the product breaks under the limits, as messages; empty when it keeps them all. */
    public static List<String> violations(ProductFacts p, TariffLimits limits) {
        List<String> out = new ArrayList<>();
        BigDecimal mrp = p.kind() == ProductKind.A_LA_CARTE && p.channels().size() == 1 ? p.channels().get(0).mrp() : p.mrp();
        if (limits.isPriceNotAboveMrp() && mrp != null && p.price().compareTo(mrp) > 0) {
            out.add("price " + p.price().toPlainString() + " of " + p.code() + " is above its MRP " + mrp.toPlainString()
                    + " (tariff limit: no price above the MRP)");
        }
        if (p.kind() == ProductKind.BROADCASTER_BOUQUET) {
            for (ChannelFacts c : p.channels()) {
                if (!c.broadcaster().equalsIgnoreCase(p.broadcaster())) {
                    out.add("channel " + c.code() + " is " + c.broadcaster() + "'s, not " + p.broadcaster()
                            + "'s: a broadcaster bouquet carries only its broadcaster's channels");
                }
            }
        }
        if (p.kind().isBouquet()) {
            BigDecimal cap = limits.getBouquetChannelMrpCap();
            for (ChannelFacts c : p.channels()) {
                if (c.pay() && c.mrp().compareTo(cap) > 0) {
                    out.add("channel " + c.code() + " has an MRP of " + c.mrp().toPlainString() + ", above the cap of "
                            + cap.toPlainString() + " for channels in bouquets (tariff limit); sell it a la carte only");
                }
            }
            BigDecimal sum = p.channels().stream().filter(ChannelFacts::pay).map(ChannelFacts::mrp)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal bouquetPrice = p.kind() == ProductKind.BROADCASTER_BOUQUET ? p.mrp() : p.price();
            if (sum.signum() > 0 && bouquetPrice != null) {
                BigDecimal floor = Rupees.round(sum.multiply(HUNDRED.subtract(limits.getBouquetDiscountCap())).movePointLeft(2));
                if (bouquetPrice.compareTo(floor) < 0) {
                    BigDecimal discount = sum.subtract(bouquetPrice).multiply(HUNDRED).divide(sum, 2, RoundingMode.HALF_UP);
                    out.add((p.kind() == ProductKind.BROADCASTER_BOUQUET ? "MRP " : "price ") + bouquetPrice.toPlainString()
                            + " of bouquet " + p.code() + " is a discount of " + discount.toPlainString()
                            + "% on its pay channels' a-la-carte MRPs (" + Rupees.round(sum).toPlainString()
                            + "); the cap is " + limits.getBouquetDiscountCap().toPlainString() + "% (at least "
                            + floor.toPlainString() + ")");
                }
            }
        }
        return out;
    }
}
