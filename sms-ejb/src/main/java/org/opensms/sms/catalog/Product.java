package org.opensms.sms.catalog;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.opensms.sms.shared.ChangeStamp;
import org.opensms.sms.shared.StoredTime;
import org.opensms.sms.shared.Surface;

/**
 * Something a subscriber can be given: an a-la-carte channel, a broadcaster bouquet, an MSO package, an add-on or an
 * event package ({@link ProductKind}), known to the CAS by its CAS product id. Its price ({@link ProductPrice}) and
 * its channels ({@link ProductChannel}) are effective-dated so that every past day's price and line-up can be told;
 * the New Tariff Order limits are checked by {@link CatalogService} whenever either changes. Changed only by
 * {@link CatalogService}.
 */
@Entity
@Table(name = "product")
public class Product {

    public static final int MAX_NAME = 100;
    public static final int MAX_VALIDITY_DAYS = 366;

    @Id
    @SequenceGenerator(name = "product_seq", sequenceName = "product_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_seq")
    private Long id;
    @Column(name = "code", nullable = false, updatable = false, length = 20)
    private String code;
    @Column(name = "name", nullable = false, length = MAX_NAME)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 20)
    private ProductKind kind;
    @Column(name = "broadcaster", length = Channel.MAX_BROADCASTER)
    private String broadcaster;
    @Column(name = "cas_product_id", nullable = false, updatable = false, length = 32)
    private String casProductId;
    /** The period one purchase or renewal gives (prepaid validity), in days. */
    @Column(name = "validity_days", nullable = false)
    private int validityDays;
    @Column(name = "event_starts_at")
    private OffsetDateTime eventStartsAt;
    @Column(name = "event_ends_at")
    private OffsetDateTime eventEndsAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private CatalogStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "product_price", joinColumns = @JoinColumn(name = "product_id"))
    @OrderBy("effectiveFrom")
    private List<ProductPrice> prices = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "product_channel", joinColumns = @JoinColumn(name = "product_id"))
    @OrderBy("fromDate")
    private List<ProductChannel> channels = new ArrayList<>();

    @Embedded
    private ChangeStamp stamp;
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Product() {
    }

    Product(ProductDetails.Checked d, Collection<Long> channelIds, LocalDate from, Instant at, String by, Surface via) {
        this.code = d.code();
        this.kind = d.kind();
        this.casProductId = d.casProductId();
        this.status = d.status() == null ? CatalogStatus.ACTIVE : d.status();
        describe(d);
        this.prices.add(new ProductPrice(from, d.price(), d.mrp(), at, by, via));
        channelIds.forEach(c -> this.channels.add(new ProductChannel(c, from)));
        this.stamp = ChangeStamp.created(at, by, via);
    }

    private void describe(ProductDetails.Checked d) {
        this.name = d.name();
        this.broadcaster = d.broadcaster();
        this.validityDays = d.validityDays();
        this.eventStartsAt = d.eventStart() == null ? null : StoredTime.utc(d.eventStart());
        this.eventEndsAt = d.eventEnd() == null ? null : StoredTime.utc(d.eventEnd());
    }

    /** New name, broadcaster, validity, event window or status (code, kind, CAS product, price and channels stay). */
    void update(ProductDetails.Checked d, Instant at, String by, Surface via) {
        describe(d);
        if (d.status() != null) {
            this.status = d.status();
        }
        stamp.touched(at, by, via);
    }

    /** A new price (and MRP, for a broadcaster bouquet) from a day on (today or later). */
    void changePrice(BigDecimal price, BigDecimal mrp, LocalDate from, LocalDate today, Instant at, String by, Surface via) {
        EffectiveDated.schedule(prices, new ProductPrice(from, price, mrp, at, by, via), today, "the price of product " + code);
        stamp.touched(at, by, via);
    }

    /**
     * The product carries exactly these channels from the day on (today or later): channels leaving end the day
     * before, channels joining start that day; a change not yet in force is simply replaced.
     */
    void changeChannels(Collection<Long> channelIds, LocalDate from, Instant at, String by, Surface via) {
        Set<Long> wanted = new LinkedHashSet<>(channelIds);
        channels.removeIf(pc -> !pc.getFromDate().isBefore(from));
        for (ProductChannel pc : channels) {
            if (pc.getToDate() == null || pc.getToDate().isAfter(from)) {
                if (wanted.contains(pc.getChannelId())) {
                    wanted.remove(pc.getChannelId());
                    if (pc.getToDate() != null) {
                        pc.endOn(null);
                    }
                } else {
                    pc.endOn(from);
                }
            }
        }
        wanted.forEach(c -> channels.add(new ProductChannel(c, from)));
        stamp.touched(at, by, via);
    }

    /** The price in force on the day, if any. */
    public Optional<ProductPrice> priceOn(LocalDate day) {
        return EffectiveDated.on(prices, day);
    }

    /** The ids of the channels the product carries on the day. */
    public Set<Long> channelIdsOn(LocalDate day) {
        Set<Long> ids = new LinkedHashSet<>();
        channels.stream().filter(pc -> pc.coversDay(day)).forEach(pc -> ids.add(pc.getChannelId()));
        return ids;
    }

    /** True if the product is an event whose window has ended at the instant. */
    public boolean isOverAt(Instant t) {
        return eventEndsAt != null && !t.isBefore(eventEndsAt.toInstant());
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public ProductKind getKind() { return kind; }
    public String getBroadcaster() { return broadcaster; }
    public String getCasProductId() { return casProductId; }
    public int getValidityDays() { return validityDays; }
    public Instant getEventStart() { return eventStartsAt == null ? null : eventStartsAt.toInstant(); }
    public Instant getEventEnd() { return eventEndsAt == null ? null : eventEndsAt.toInstant(); }
    public CatalogStatus getStatus() { return status; }
    public List<ProductPrice> getPrices() { return List.copyOf(prices); }
    public Instant getCreatedAt() { return stamp.getCreatedAt(); }
    public String getCreatedBy() { return stamp.getCreatedBy(); }
    public Surface getCreatedVia() { return stamp.getCreatedVia(); }
    public Instant getUpdatedAt() { return stamp.getUpdatedAt(); }
    public String getUpdatedBy() { return stamp.getUpdatedBy(); }
}
