package org.opensms.sms.subscriber;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.opensms.sms.shared.Address;
import org.opensms.sms.shared.EmailAddress;
import org.opensms.sms.shared.MobileNumber;
import org.opensms.sms.shared.Surface;

/**
 * A subscriber household. Born {@link SubscriberStatus#REGISTERED} with a customer ID from the
 * configured scheme; the later states (active, suspended, deactivated) arrive with device pairing.
 * Who registered it and through which surface is kept for audit.
 */
@Entity
@Table(name = "subscriber")
public class Subscriber {

    public static final int MAX_NAME = 100;
    public static final int MAX_LANDLINE = 16;

    @Id
    @SequenceGenerator(name = "subscriber_seq", sequenceName = "subscriber_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "subscriber_seq")
    private Long id;

    @Column(name = "customer_id", nullable = false, unique = true, length = CustomerId.MAX_LENGTH)
    private String customerId;

    @Column(name = "name", nullable = false, length = MAX_NAME)
    private String name;

    /** Upper-case copy of the name for case-insensitive prefix search on an index. */
    @Column(name = "name_key", nullable = false, length = MAX_NAME)
    private String nameKey;

    @Column(name = "mobile", nullable = false, unique = true, length = 10)
    private String mobile;

    @Column(name = "email", length = EmailAddress.MAX_LENGTH)
    private String email;

    @Column(name = "landline", length = MAX_LANDLINE)
    private String landline;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "line1", column = @Column(name = "billing_line1", nullable = false)),
            @AttributeOverride(name = "line2", column = @Column(name = "billing_line2")),
            @AttributeOverride(name = "city", column = @Column(name = "billing_city", nullable = false)),
            @AttributeOverride(name = "state", column = @Column(name = "billing_state", nullable = false)),
            @AttributeOverride(name = "pinCode", column = @Column(name = "billing_pin_code", nullable = false))})
    private Address billingAddress;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "line1", column = @Column(name = "install_line1", nullable = false)),
            @AttributeOverride(name = "line2", column = @Column(name = "install_line2")),
            @AttributeOverride(name = "city", column = @Column(name = "install_city", nullable = false)),
            @AttributeOverride(name = "state", column = @Column(name = "install_state", nullable = false)),
            @AttributeOverride(name = "pinCode", column = @Column(name = "install_pin_code", nullable = false))})
    private Address installationAddress;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private SubscriberStatus status;

    @Column(name = "registered_at", nullable = false)
    private OffsetDateTime registeredAt;

    @Column(name = "registered_by", nullable = false, length = 64)
    private String registeredBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "registered_via", nullable = false, length = 10)
    private Surface registeredVia;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Subscriber() {
    }

    /** A new registration; the customer ID is assigned once the database has given the row its number. */
    public Subscriber(String name, MobileNumber mobile, EmailAddress email, String landline, Address billingAddress,
                      Address installationAddress, Instant registeredAt, String registeredBy, Surface registeredVia) {
        this.name = name;
        this.nameKey = name.toUpperCase(Locale.ROOT);
        this.mobile = mobile.digits();
        this.email = email == null ? null : email.value();
        this.landline = landline;
        this.billingAddress = billingAddress;
        this.installationAddress = installationAddress;
        this.status = SubscriberStatus.REGISTERED;
        // microseconds: what every supported database keeps, so the stored and the returned value agree
        this.registeredAt = registeredAt.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        this.registeredBy = registeredBy;
        this.registeredVia = registeredVia;
    }

    void assignCustomerId(CustomerId id) {
        if (customerId != null) {
            throw new IllegalStateException("customer ID already assigned: " + customerId);
        }
        customerId = id.value();
    }

    public Long getId() {
        return id;
    }

    public CustomerId getCustomerId() {
        return new CustomerId(customerId);
    }

    public String getName() {
        return name;
    }

    public MobileNumber getMobile() {
        return new MobileNumber(mobile);
    }

    public EmailAddress getEmail() {
        return email == null ? null : new EmailAddress(email);
    }

    public String getLandline() {
        return landline;
    }

    public Address getBillingAddress() {
        return billingAddress;
    }

    public Address getInstallationAddress() {
        return installationAddress;
    }

    public SubscriberStatus getStatus() {
        return status;
    }

    public Instant getRegisteredAt() {
        return registeredAt.toInstant();
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public Surface getRegisteredVia() {
        return registeredVia;
    }
}
