package org.opensms.sms.pairing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.opensms.sms.shared.StoredTime;
import org.opensms.sms.shared.Surface;

/**
 * One STB/card pair at a subscriber, from its pairing to its unpairing. Rows are never deleted: an ended pair keeps
 * who paired and unpaired it, when, from which surface and why, so that every device can be located at any time.
 * While the pair lasts, {@code currentStb} and {@code currentCard} hold the serials (unique: one card per STB, one
 * STB per card); they are cleared when it ends. Changed only by {@link PairingService}.
 */
@Entity
@Table(name = "pairing")
public class Pairing implements Serializable {

    public static final int MAX_REASON = 200;

    @Id
    @SequenceGenerator(name = "pairing_seq", sequenceName = "pairing_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pairing_seq")
    private Long id;

    @Column(name = "subscriber_id", nullable = false, updatable = false)
    private Long subscriberId;
    @Column(name = "customer_id", nullable = false, updatable = false, length = 20)
    private String customerId;
    @Column(name = "stb_serial", nullable = false, updatable = false, length = 64)
    private String stbSerial;
    @Column(name = "card_number", nullable = false, updatable = false, length = 32)
    private String cardNumber;
    @Column(name = "current_stb", length = 64)
    private String currentStb;
    @Column(name = "current_card", length = 32)
    private String currentCard;

    @Enumerated(EnumType.STRING)
    @Column(name = "activation", nullable = false, length = 10)
    private DeviceActivation activation;
    @Column(name = "activation_changed_at", nullable = false)
    private OffsetDateTime activationChangedAt;
    @Column(name = "activation_changed_by", nullable = false, length = 64)
    private String activationChangedBy;

    /** The pair this one replaced (replace pairing of a faulty device), or null. */
    @Column(name = "replaces_id", updatable = false)
    private Long replacesId;

    @Column(name = "paired_at", nullable = false, updatable = false)
    private OffsetDateTime pairedAt;
    @Column(name = "paired_by", nullable = false, updatable = false, length = 64)
    private String pairedBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "paired_via", nullable = false, updatable = false, length = 10)
    private Surface pairedVia;
    @Column(name = "pair_reason", updatable = false, length = MAX_REASON)
    private String pairReason;

    @Column(name = "unpaired_at")
    private OffsetDateTime unpairedAt;
    @Column(name = "unpaired_by", length = 64)
    private String unpairedBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "unpaired_via", length = 10)
    private Surface unpairedVia;
    @Column(name = "unpair_reason", length = MAX_REASON)
    private String unpairReason;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Pairing() {
    }

    public Pairing(Long subscriberId, String customerId, String stbSerial, String cardNumber, DeviceActivation activation,
                   Long replacesId, String reason, Instant at, String by, Surface via) {
        this.subscriberId = subscriberId;
        this.customerId = customerId;
        this.stbSerial = stbSerial;
        this.cardNumber = cardNumber;
        this.currentStb = stbSerial;
        this.currentCard = cardNumber;
        this.activation = activation;
        this.activationChangedAt = StoredTime.utc(at);
        this.activationChangedBy = by;
        this.replacesId = replacesId;
        this.pairReason = reason;
        this.pairedAt = StoredTime.utc(at);
        this.pairedBy = by;
        this.pairedVia = via;
    }

    /** Ends the pair; its devices are free to be paired again (by the rules). */
    void end(String reason, Instant at, String by, Surface via) {
        if (!isCurrent()) {
            throw new IllegalStateException("pair " + id + " already ended");
        }
        currentStb = null;
        currentCard = null;
        unpairedAt = StoredTime.utc(at);
        unpairedBy = by;
        unpairedVia = via;
        unpairReason = reason;
    }

    void switchTo(DeviceActivation to, Instant at, String by) {
        activation = to;
        activationChangedAt = StoredTime.utc(at);
        activationChangedBy = by;
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    public boolean isCurrent() {
        return currentStb != null;
    }

    public Long getId() { return id; }
    public Long getSubscriberId() { return subscriberId; }
    public String getCustomerId() { return customerId; }
    public String getStbSerial() { return stbSerial; }
    public String getCardNumber() { return cardNumber; }
    public DeviceActivation getActivation() { return activation; }
    public Instant getActivationChangedAt() { return instant(activationChangedAt); }
    public String getActivationChangedBy() { return activationChangedBy; }
    public Long getReplacesId() { return replacesId; }
    public Instant getPairedAt() { return instant(pairedAt); }
    public String getPairedBy() { return pairedBy; }
    public Surface getPairedVia() { return pairedVia; }
    public String getPairReason() { return pairReason; }
    public Instant getUnpairedAt() { return instant(unpairedAt); }
    public String getUnpairedBy() { return unpairedBy; }
    public Surface getUnpairedVia() { return unpairedVia; }
    public String getUnpairReason() { return unpairReason; }
    public long getVersion() { return version; }
}
