package org.opensms.sms.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A channel in a product from a day (inclusive) to a day (exclusive; null while it lasts). */
@Embeddable
public class ProductChannel {

    @Column(name = "channel_id", nullable = false)
    private Long channelId;
    @Column(name = "from_date", nullable = false)
    private LocalDate fromDate;
    @Column(name = "to_date")
    private LocalDate toDate;

    protected ProductChannel() {
    }

    ProductChannel(Long channelId, LocalDate fromDate) {
        this.channelId = channelId;
        this.fromDate = fromDate;
    }

    /** True if the channel is in the product on the day. */
    public boolean coversDay(LocalDate day) {
        return !fromDate.isAfter(day) && (toDate == null || toDate.isAfter(day));
    }

    void endOn(LocalDate day) {
        this.toDate = day;
    }

    public Long getChannelId() { return channelId; }
    public LocalDate getFromDate() { return fromDate; }
    public LocalDate getToDate() { return toDate; }
}
