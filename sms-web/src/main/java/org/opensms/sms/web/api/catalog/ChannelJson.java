package org.opensms.sms.web.api.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opensms.sms.catalog.Channel;
import org.opensms.sms.catalog.ChannelPrice;
import org.opensms.sms.web.api.Money;

/** A channel as the REST API shows it: its MRP today and, for one channel, the MRP history (oldest first). */
@Schema(name = "Channel")
public record ChannelJson(
        @Schema(example = "STAR-PLUS-HD") String code,
        String name,
        String broadcaster,
        String genre,
        String language,
        @Schema(enumeration = {"SD", "HD"}) String definition,
        @Schema(enumeration = {"PAY", "FREE"}) String type,
        @Schema(description = "Public-service channel every subscriber gets (free channels only)") boolean mandatory,
        String casServiceId,
        @Schema(enumeration = {"ACTIVE", "WITHDRAWN"}) String status,
        @Schema(description = "The broadcaster's MRP today, rupees", example = "19.00") String mrp,
        @Schema(description = "Every MRP with the day it takes effect; on GET /catalog/channels/{code} only") List<Mrp> mrpHistory,
        Instant createdAt, String createdBy, String createdVia, Instant updatedAt, String updatedBy) {

    /** One MRP of the channel from a day on, and who recorded it from where. */
    @Schema(name = "ChannelMrp")
    public record Mrp(LocalDate effectiveFrom, @Schema(example = "19.00") String mrp, Instant recordedAt, String recordedBy,
                      String recordedVia) {

        static Mrp of(ChannelPrice p) {
            return new Mrp(p.getEffectiveFrom(), Money.text(p.getMrp()), p.getRecordedAt(), p.getRecordedBy(),
                    p.getRecordedVia().name());
        }
    }

    public static ChannelJson of(Channel c, LocalDate today, boolean withHistory) {
        return new ChannelJson(c.getCode(), c.getName(), c.getBroadcaster(), c.getGenre(), c.getLanguage(),
                c.getDefinition().name(), c.isPay() ? "PAY" : "FREE", c.isMandatory(), c.getCasServiceId(),
                c.getStatus().name(), Money.text(c.mrpOn(today).orElse(null)),
                withHistory ? c.getPrices().stream().map(Mrp::of).toList() : null,
                c.getCreatedAt(), c.getCreatedBy(), c.getCreatedVia().name(), c.getUpdatedAt(), c.getUpdatedBy());
    }
}
