package org.opensms.sms.lco;

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
import java.util.Locale;
import org.opensms.sms.shared.Address;
import org.opensms.sms.shared.EmailAddress;
import org.opensms.sms.shared.MobileNumber;
import org.opensms.sms.shared.ChangeStamp;
import org.opensms.sms.shared.Surface;

/**
 * A local cable operator. Created {@link LcoStatus#ACTIVE} by the MSO under a code the MSO chooses, which never
 * changes (subscribers, stock and later logins and bills refer to it); every other field may be updated, and the
 * last update is kept beside the creation (who, when, from which surface).
 */
@Entity
@Table(name = "lco")
public class Lco {

    public static final int MAX_NAME = 100;
    public static final int MAX_CONTACT = 100;
    public static final int MAX_AREA = 100;

    @Id
    @SequenceGenerator(name = "lco_seq", sequenceName = "lco_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lco_seq")
    private Long id;

    @Column(name = "code", nullable = false, unique = true, length = LcoCode.MAX_LENGTH, updatable = false)
    private String code;

    @Column(name = "name", nullable = false, length = MAX_NAME)
    private String name;

    /** Upper-case copy of the name for case-insensitive prefix search. */
    @Column(name = "name_key", nullable = false, length = MAX_NAME)
    private String nameKey;

    @Embedded
    private Address address;

    @Column(name = "contact_person", nullable = false, length = MAX_CONTACT)
    private String contactPerson;

    @Column(name = "mobile", nullable = false, length = 10)
    private String mobile;

    @Column(name = "email", length = EmailAddress.MAX_LENGTH)
    private String email;

    @Column(name = "gstin", length = Gstin.LENGTH)
    private String gstin;

    @Column(name = "area", nullable = false, length = MAX_AREA)
    private String area;

    /** Upper-case copy of the area for case-insensitive prefix search. */
    @Column(name = "area_key", nullable = false, length = MAX_AREA)
    private String areaKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private LcoStatus status;

    @Embedded
    private ChangeStamp stamp;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Lco() {
    }

    public Lco(String code, LcoDetails.Checked details, Instant at, String by, Surface via) {
        this.code = code;
        apply(details);
        this.status = details.status() == null ? LcoStatus.ACTIVE : details.status();
        this.stamp = ChangeStamp.created(at, by, via);
    }

    /** Replaces every updatable field; a null status keeps the current one. */
    void update(LcoDetails.Checked details, Instant at, String by, Surface via) {
        apply(details);
        if (details.status() != null) {
            this.status = details.status();
        }
        stamp.touched(at, by, via);
    }

    private void apply(LcoDetails.Checked d) {
        this.name = d.name();
        this.nameKey = d.name().toUpperCase(Locale.ROOT);
        this.address = d.address();
        this.contactPerson = d.contactPerson();
        this.mobile = d.mobile().digits();
        this.email = d.email() == null ? null : d.email().value();
        this.gstin = d.gstin() == null ? null : d.gstin().value();
        this.area = d.area();
        this.areaKey = d.area().toUpperCase(Locale.ROOT);
    }

    public boolean isActive() {
        return status == LcoStatus.ACTIVE;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Address getAddress() {
        return address;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public MobileNumber getMobile() {
        return new MobileNumber(mobile);
    }

    public EmailAddress getEmail() {
        return email == null ? null : new EmailAddress(email);
    }

    public Gstin getGstin() {
        return gstin == null ? null : new Gstin(gstin);
    }

    public String getArea() {
        return area;
    }

    public LcoStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() { return stamp.getCreatedAt(); }

    public String getCreatedBy() { return stamp.getCreatedBy(); }

    public Surface getCreatedVia() { return stamp.getCreatedVia(); }

    public Instant getUpdatedAt() { return stamp.getUpdatedAt(); }

    public String getUpdatedBy() { return stamp.getUpdatedBy(); }

    public Surface getUpdatedVia() { return stamp.getUpdatedVia(); }
}
