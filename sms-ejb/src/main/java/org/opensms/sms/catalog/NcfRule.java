package org.opensms.sms.catalog;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.shared.ErrorCode;
import org.opensms.sms.shared.Rupees;
import org.opensms.sms.shared.StoredTime;
import org.opensms.sms.shared.Surface;

/**
 * A network capacity fee rule: for a region (an Indian state, or all when null) and a customer class (or all), from a
 * day on, the fee by slabs of SD-equivalent channel count (an HD channel counts as two; mandatory channels do not
 * count), optionally a step beyond the last bounded slab (each started block of {@code stepChannels} channels adds
 * {@code stepAmount}), and the share of that fee a further TV in the same home pays. Examples: NTO 1 (2017): Rs 130
 * up to 100 channels, then Rs 20 per 25 channels; NTO 2 (2020): Rs 130 up to 200, Rs 160 above; a further TV 40%.
 * Which rule applies: {@link #choose}. Rules are never edited: a new rule from a later day replaces one.
 */
@Entity
@Table(name = "ncf_rule")
public class NcfRule {

    public static final int MAX_NAME = 100;
    public static final int MAX_CLASS = 20;

    @Id
    @SequenceGenerator(name = "ncf_rule_seq", sequenceName = "ncf_rule_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ncf_rule_seq")
    private Long id;
    @Column(name = "name", nullable = false, length = MAX_NAME)
    private String name;
    @Column(name = "state", length = 2)
    private String state;
    @Column(name = "customer_class", length = MAX_CLASS)
    private String customerClass;
    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;
    @Column(name = "step_channels")
    private Integer stepChannels;
    @Column(name = "step_amount", precision = 10, scale = 2)
    private BigDecimal stepAmount;
    @Column(name = "additional_tv_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal additionalTvPercent;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ncf_slab", joinColumns = @JoinColumn(name = "rule_id"))
    @OrderBy("slabNo")
    private List<NcfSlab> slabs = new ArrayList<>();
    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;
    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "recorded_via", nullable = false, length = 10)
    private Surface recordedVia;

    protected NcfRule() {
    }

    public NcfRule(NcfRuleDetails.Checked d, Instant at, String by, Surface via) {
        this.name = d.name();
        this.state = d.state() == null ? null : d.state().name();
        this.customerClass = d.customerClass();
        this.effectiveFrom = d.effectiveFrom();
        this.stepChannels = d.stepChannels();
        this.stepAmount = d.stepAmount();
        this.additionalTvPercent = d.additionalTvPercent();
        this.slabs = new ArrayList<>(d.slabs());
        this.recordedAt = StoredTime.utc(at);
        this.recordedBy = by;
        this.recordedVia = via;
    }

    /**
     * The rule for a home in the state (two-letter code) of the customer class on the day: among the rules in force
     * then that cover it, the most specific (state and class, then state, then class, then neither), and of those
     * the latest.
     */
    public static Optional<NcfRule> choose(List<NcfRule> rules, LocalDate day, String state, String customerClass) {
        return rules.stream()
                .filter(r -> !r.effectiveFrom.isAfter(day))
                .filter(r -> r.state == null || r.state.equalsIgnoreCase(state))
                .filter(r -> r.customerClass == null || r.customerClass.equalsIgnoreCase(customerClass))
                .max(Comparator.comparingInt(NcfRule::specificity).thenComparing(r -> r.effectiveFrom)
                        .thenComparing(r -> r.id == null ? Long.MAX_VALUE : r.id));
    }

    private int specificity() {
        return (state != null ? 2 : 0) + (customerClass != null ? 1 : 0);
    }

    /** The fee of the main TV for this many SD-equivalent channels. */
    public BigDecimal feeFor(int sdChannels) {
        if (sdChannels < 0) {
            throw new IllegalArgumentException("channel count " + sdChannels);
        }
        NcfSlab lastBounded = null;
        for (NcfSlab s : slabs) {
            if (s.getUpToChannels() == null || sdChannels <= s.getUpToChannels()) {
                return s.getAmount();
            }
            lastBounded = s;
        }
        if (stepChannels == null || lastBounded == null) {
            throw new BusinessException(ErrorCode.CONFLICT, "NCF rule '" + name + "' has no slab for " + sdChannels
                    + " SD channels (its last slab ends at " + (lastBounded == null ? 0 : lastBounded.getUpToChannels()) + ")");
        }
        int beyond = sdChannels - lastBounded.getUpToChannels();
        int steps = (beyond + stepChannels - 1) / stepChannels;
        return Rupees.round(lastBounded.getAmount().add(stepAmount.multiply(BigDecimal.valueOf(steps))));
    }

    /** The fee of a further TV in the home: the main fee's share, rounded half up to the paisa. */
    public BigDecimal additionalTvFee(BigDecimal mainFee) {
        return Rupees.percentOf(mainFee, additionalTvPercent);
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getState() { return state; }
    public String getCustomerClass() { return customerClass; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public Integer getStepChannels() { return stepChannels; }
    public BigDecimal getStepAmount() { return stepAmount; }
    public BigDecimal getAdditionalTvPercent() { return additionalTvPercent; }
    public List<NcfSlab> getSlabs() { return List.copyOf(slabs); }
    public Instant getRecordedAt() { return recordedAt.toInstant(); }
    public String getRecordedBy() { return recordedBy; }
}
