package org.opensms.sms.web.api.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opensms.sms.catalog.Channel;
import org.opensms.sms.catalog.Product;
import org.opensms.sms.catalog.ProductPrice;
import org.opensms.sms.web.api.Money;

/**
 * A product as the REST API shows it: its price (and a broadcaster bouquet's MRP) today and, for one product, the
 * price history (oldest first) and the channels it carries today.
 */
@Schema(name = "Product")
public record ProductJson(
        @Schema(example = "STAR-VALUE") String code,
        String name,
        @Schema(enumeration = {"A_LA_CARTE", "BROADCASTER_BOUQUET", "MSO_PACKAGE", "ADD_ON", "EVENT"}) String kind,
        String broadcaster,
        String casProductId,
        @Schema(description = "Days one purchase or renewal gives") int validityDays,
        @Schema(description = "EVENT only") Instant eventStart,
        @Schema(description = "EVENT only") Instant eventEnd,
        @Schema(enumeration = {"ACTIVE", "WITHDRAWN"}) String status,
        @Schema(description = "Price today (null if its first price is still to come)", example = "130.00") String price,
        @Schema(description = "A broadcaster bouquet's own MRP today") String mrp,
        @Schema(description = "Codes of the channels carried today; on GET /catalog/products/{code} only") List<String> channels,
        @Schema(description = "Every price with the day it takes effect; on GET /catalog/products/{code} only") List<Price> priceHistory,
        Instant createdAt, String createdBy, String createdVia, Instant updatedAt, String updatedBy) {

    /** One price of the product from a day on, and who recorded it from where. */
    @Schema(name = "ProductPrice")
    public record Price(LocalDate effectiveFrom, @Schema(example = "130.00") String price, String mrp, Instant recordedAt,
                        String recordedBy, String recordedVia) {

        static Price of(ProductPrice p) {
            return new Price(p.getEffectiveFrom(), Money.text(p.getPrice()), Money.text(p.getMrp()), p.getRecordedAt(),
                    p.getRecordedBy(), p.getRecordedVia().name());
        }
    }

    /** A list row: no history, no channels. */
    public static ProductJson of(Product p, LocalDate today) {
        return of(p, today, null);
    }

    /** With its history and the channels it carries today ({@code channelsToday}); without both when null. */
    public static ProductJson of(Product p, LocalDate today, List<Channel> channelsToday) {
        ProductPrice now = p.priceOn(today).orElse(null);
        boolean detail = channelsToday != null;
        return new ProductJson(p.getCode(), p.getName(), p.getKind().name(), p.getBroadcaster(), p.getCasProductId(),
                p.getValidityDays(), p.getEventStart(), p.getEventEnd(), p.getStatus().name(),
                now == null ? null : Money.text(now.getPrice()), now == null ? null : Money.text(now.getMrp()),
                detail ? channelsToday.stream().map(Channel::getCode).toList() : null,
                detail ? p.getPrices().stream().map(Price::of).toList() : null,
                p.getCreatedAt(), p.getCreatedBy(), p.getCreatedVia().name(), p.getUpdatedAt(), p.getUpdatedBy());
    }
}
