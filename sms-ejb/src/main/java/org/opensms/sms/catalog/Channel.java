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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opensms.sms.shared.ChangeStamp;
import org.opensms.sms.shared.Surface;

/**
 * A TV channel as the MSO carries it: who broadcasts it, genre, language, SD or HD, free-to-air or pay, whether it is
 * mandatory (public service), the CAS service it is scrambled under, and the broadcaster's MRP over time (history
 * kept, {@link ChannelPrice}). A channel is sold through {@link Product}s. Changed only by {@link CatalogService}.
 */
@Entity
@Table(name = "channel")
public class Channel {

    public static final int MAX_NAME = 100;
    public static final int MAX_BROADCASTER = 100;
    public static final int MAX_GENRE = 40;
    public static final int MAX_LANGUAGE = 40;

    @Id
    @SequenceGenerator(name = "channel_seq", sequenceName = "channel_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "channel_seq")
    private Long id;
    @Column(name = "code", nullable = false, updatable = false, length = 20)
    private String code;
    @Column(name = "name", nullable = false, length = MAX_NAME)
    private String name;
    @Column(name = "broadcaster", nullable = false, length = MAX_BROADCASTER)
    private String broadcaster;
    @Column(name = "genre", nullable = false, length = MAX_GENRE)
    private String genre;
    @Column(name = "language", nullable = false, length = MAX_LANGUAGE)
    private String language;
    @Enumerated(EnumType.STRING)
    @Column(name = "definition", nullable = false, length = 2)
    private Definition definition;
    @Column(name = "pay", nullable = false)
    private boolean pay;
    @Column(name = "mandatory", nullable = false)
    private boolean mandatory;
    @Column(name = "cas_service_id", nullable = false, length = 32)
    private String casServiceId;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private CatalogStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "channel_price", joinColumns = @JoinColumn(name = "channel_id"))
    @OrderBy("effectiveFrom")
    private List<ChannelPrice> prices = new ArrayList<>();

    @Embedded
    private ChangeStamp stamp;
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Channel() {
    }

    Channel(ChannelDetails.Checked d, LocalDate mrpFrom, Instant at, String by, Surface via) {
        this.code = d.code();
        this.casServiceId = d.casServiceId();
        this.status = d.status() == null ? CatalogStatus.ACTIVE : d.status();
        describe(d);
        this.prices.add(new ChannelPrice(mrpFrom, d.mrp(), at, by, via));
        this.stamp = ChangeStamp.created(at, by, via);
    }

    private void describe(ChannelDetails.Checked d) {
        this.name = d.name();
        this.broadcaster = d.broadcaster();
        this.genre = d.genre();
        this.language = d.language();
        this.definition = d.definition();
        this.pay = d.pay();
        this.mandatory = d.mandatory();
    }

    /** New details (the code, CAS service and MRP are not changed here). */
    void update(ChannelDetails.Checked d, Instant at, String by, Surface via) {
        describe(d);
        if (d.status() != null) {
            this.status = d.status();
        }
        stamp.touched(at, by, via);
    }

    /** The broadcaster's new MRP from a day on (today or later). */
    void changeMrp(BigDecimal mrp, LocalDate from, LocalDate today, Instant at, String by, Surface via) {
        EffectiveDated.schedule(prices, new ChannelPrice(from, mrp, at, by, via), today, "the MRP of channel " + code);
        stamp.touched(at, by, via);
    }

    /** The MRP in force on the day, if the channel had one then. */
    public Optional<BigDecimal> mrpOn(LocalDate day) {
        return EffectiveDated.on(prices, day).map(ChannelPrice::getMrp);
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getBroadcaster() { return broadcaster; }
    public String getGenre() { return genre; }
    public String getLanguage() { return language; }
    public Definition getDefinition() { return definition; }
    public boolean isPay() { return pay; }
    public boolean isMandatory() { return mandatory; }
    public String getCasServiceId() { return casServiceId; }
    public CatalogStatus getStatus() { return status; }
    public List<ChannelPrice> getPrices() { return List.copyOf(prices); }
    public Instant getCreatedAt() { return stamp.getCreatedAt(); }
    public String getCreatedBy() { return stamp.getCreatedBy(); }
    public Surface getCreatedVia() { return stamp.getCreatedVia(); }
    public Instant getUpdatedAt() { return stamp.getUpdatedAt(); }
    public String getUpdatedBy() { return stamp.getUpdatedBy(); }
}
