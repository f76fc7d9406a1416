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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.opensms.sms.shared.Address;
import org.opensms.sms.shared.EmailAddress;
import org.opensms.sms.shared.MobileNumber;
import org.opensms.sms.shared.StoredTime;
import org.opensms.sms.shared.Surface;

/**
 * A subscriber household: the record an auditor expects (customer ID, contract number, name, addresses,
 * landline, mobile, e-mail, area and state, LCO, customer application form). Born
 * {@link SubscriberStatus#REGISTERED} with a customer ID from the configured scheme; its status moves only
 * along {@link SubscriberLifecycle}. Changes go through {@link SubscriberService}, which records each one in
 * the append-only history ({@link SubscriberChange}); the version guards against lost updates.
 * Devices are not held here: several STB/card pairs may belong to one subscriber (multi-TV).
 */
@Entity
@Table(name = "subscriber")
public class Subscriber implements java.io.Serializable {

    public static final int MAX_NAME = 100;
    public static final int MAX_LANDLINE = 16;
    public static final int MAX_CONTRACT_NUMBER = 30;
    public static final int MAX_AREA = 60;
    public static final int MAX_CAF_NUMBER = 30;

    @Id
    @SequenceGenerator(name = "subscriber_seq", sequenceName = "subscriber_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "subscriber_seq")
    private Long id;

    @Column(name = "customer_id", nullable = false, unique = true, length = CustomerId.MAX_LENGTH)
    private String customerId;

    @Column(name = "contract_number", nullable = false, unique = true, length = MAX_CONTRACT_NUMBER)
    private String contractNumber;

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

    @Column(name = "area", length = MAX_AREA)
    private String area;

    /** The LCO serving the subscriber (table lco), or null; a plain column so that this capability does not depend on the LCO entity. */
    @Column(name = "lco_id")
    private Long lcoId;

    @Column(name = "caf_number", length = MAX_CAF_NUMBER)
    private String cafNumber;

    @Column(name = "caf_date")
    private LocalDate cafDate;

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
        this.registeredAt = StoredTime.utc(registeredAt);
        this.registeredBy = registeredBy;
        this.registeredVia = registeredVia;
    }

    /** The record's other parts, set at registration before the row is stored. */
    void setRegistrationDetails(String contractNumber, String area, Long lcoId, String cafNumber, LocalDate cafDate) {
        this.contractNumber = contractNumber;
        this.area = area;
        this.lcoId = lcoId;
        this.cafNumber = cafNumber;
        this.cafDate = cafDate;
    }

    /** Gives the contract number generated from the row's number when the registration gave none. */
    void assignContractNumber(String contractNumber) {
        if (this.contractNumber != null) {
            throw new IllegalStateException("contract number already assigned: " + this.contractNumber);
        }
        this.contractNumber = contractNumber;
    }

    void setName(String name) {
        this.name = name;
        this.nameKey = name.toUpperCase(Locale.ROOT);
    }

    void setMobile(MobileNumber mobile) {
        this.mobile = mobile.digits();
    }

    void setEmail(EmailAddress email) {
        this.email = email == null ? null : email.value();
    }

    void setLandline(String landline) {
        this.landline = landline;
    }

    void setBillingAddress(Address address) {
        this.billingAddress = address;
    }

    void setInstallationAddress(Address address) {
        this.installationAddress = address;
    }

    void setArea(String area) {
        this.area = area;
    }

    void setLcoId(Long lcoId) {
        this.lcoId = lcoId;
    }

    void setCafNumber(String cafNumber) {
        this.cafNumber = cafNumber;
    }

    void setCafDate(LocalDate cafDate) {
        this.cafDate = cafDate;
    }

    /** Only {@link SubscriberService} moves the status, after {@link SubscriberLifecycle} allowed the move. */
    void setStatus(SubscriberStatus status) {
        this.status = status;
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

    public String getContractNumber() {
        return contractNumber;
    }

    public String getName() {
        return name;
    }

    public String getArea() {
        return area;
    }

    /** The id of the LCO (table lco) or null; {@link SubscriberService#lcoCodeOf} gives its code. */
    public Long getLcoId() {
        return lcoId;
    }

    public String getCafNumber() {
        return cafNumber;
    }

    public LocalDate getCafDate() {
        return cafDate;
    }

    /** True when the customer application form's number and date are recorded (needed to activate). */
    public boolean isCafRecorded() {
        return cafNumber != null && cafDate != null;
    }

    /** The optimistic-lock version: changes from a stale version are refused. */
    public long getVersion() {
        return version;
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
