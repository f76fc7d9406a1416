package org.opensms.sms.stock;

import java.io.Serializable;

/** One device of a shipment file, checked; {@code model} is null for smart cards. */
public record ShipmentRow(int line, String vendor, String model, String serial, String lot, String warehouse)
        implements Serializable {
}
