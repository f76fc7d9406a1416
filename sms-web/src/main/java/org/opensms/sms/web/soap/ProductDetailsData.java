package org.opensms.sms.web.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;
import org.opensms.sms.catalog.ProductDetails;

/**
 * The createProduct and updateProduct request, as the service's ProductDetails. On create: code, name, kind
 * (A_LA_CARTE, BROADCASTER_BOUQUET, MSO_PACKAGE, ADD_ON, EVENT), casProductId, price and channel (a channel code,
 * repeated; exactly one for A_LA_CARTE) are required; mrp and broadcaster for a BROADCASTER_BOUQUET only; an EVENT
 * needs eventStart and eventEnd (2026-12-01T12:30:00Z, or 2026-12-01T18:00 in India); validityDays defaults to 30,
 * effectiveFrom (when price and channels take effect) to today. On update only name, broadcaster, validityDays, the
 * event window and status are read; price and channels change with changeProductPrice and changeProductChannels.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ProductDetails", propOrder = {"code", "name", "kind", "broadcaster", "casProductId", "validityDays",
        "eventStart", "eventEnd", "price", "mrp", "effectiveFrom", "channel", "status"})
public class ProductDetailsData {
    public String code;
    public String name;
    public String kind;
    public String broadcaster;
    public String casProductId;
    @XmlSchemaType(name = "int")
    public String validityDays;
    @XmlSchemaType(name = "dateTime")
    public String eventStart;
    @XmlSchemaType(name = "dateTime")
    public String eventEnd;
    @XmlSchemaType(name = "decimal")
    public String price;
    @XmlSchemaType(name = "decimal")
    public String mrp;
    @XmlSchemaType(name = "date")
    public String effectiveFrom;
    @XmlElement(name = "channel")
    public List<String> channel = new ArrayList<>();
    public String status;

    ProductDetails toDetails() {
        return new ProductDetails(code, name, kind, broadcaster, casProductId, validityDays, eventStart, eventEnd, price, mrp,
                effectiveFrom, channel, status);
    }
}
