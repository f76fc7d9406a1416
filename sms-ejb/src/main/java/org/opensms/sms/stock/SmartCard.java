package org.opensms.sms.stock;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.opensms.sms.shared.Surface;

/**
 * A smart card (viewing card), identified by its number ({@link #getSerial()} in the shared code, column
 * {@code card_number}). Life cycle: {@link DeviceState}; moves: {@link StockService}.
 */
@Entity
@Table(name = "smart_card")
@AttributeOverride(name = "serial", column = @Column(name = "card_number", nullable = false, unique = true, length = 32,
        updatable = false))
public class SmartCard extends StockDevice {

    @Id
    @SequenceGenerator(name = "smart_card_seq", sequenceName = "smart_card_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "smart_card_seq")
    private Long id;

    protected SmartCard() {
    }

    public SmartCard(String number, String vendor, String lot, String warehouse, Instant at, String by, Surface via) {
        super(number, vendor, lot, warehouse, at, by, via);
    }

    @Override
    public DeviceType getType() {
        return DeviceType.CARD;
    }

    @Override
    public Long getId() {
        return id;
    }

    /** The card number. */
    public String getNumber() {
        return getSerial();
    }
}
