package org.opensms.sms.stock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.opensms.sms.shared.Surface;

/** A set-top box, identified by its serial. Life cycle: {@link DeviceState}; moves: {@link StockService}. */
@Entity
@Table(name = "stb")
public class SetTopBox extends StockDevice {

    public static final int MAX_MODEL = 60;

    @Id
    @SequenceGenerator(name = "stb_seq", sequenceName = "stb_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stb_seq")
    private Long id;

    @Column(name = "model", nullable = false, length = MAX_MODEL)
    private String model;

    /** The box's identifier in the CAS when it differs from the serial (optional). */
    @Column(name = "cas_id", length = 64)
    private String casId;

    protected SetTopBox() {
    }

    public SetTopBox(String serial, String vendor, String model, String lot, String warehouse, Instant at, String by,
                     Surface via) {
        super(serial, vendor, lot, warehouse, at, by, via);
        this.model = model;
    }

    @Override
    public DeviceType getType() {
        return DeviceType.STB;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getModel() {
        return model;
    }

    public String getCasId() {
        return casId;
    }

    public void setCasId(String casId) {
        this.casId = casId;
    }
}
