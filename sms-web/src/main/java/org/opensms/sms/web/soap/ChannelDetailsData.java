package org.opensms.sms.web.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import org.opensms.sms.catalog.ChannelDetails;

/**
 * The createChannel and updateChannel request, as the service's ChannelDetails: on create every field but mrpFrom
 * (default today) and status (default ACTIVE); on update code, casServiceId, mrp and mrpFrom are ignored (the MRP
 * changes with changeChannelMrp). definition SD or HD; type PAY or FREE; mandatory (public-service, free only).
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ChannelDetails", propOrder = {"code", "name", "broadcaster", "genre", "language", "definition", "type",
        "mandatory", "casServiceId", "mrp", "mrpFrom", "status"})
public class ChannelDetailsData {
    public String code;
    public String name;
    public String broadcaster;
    public String genre;
    public String language;
    public String definition;
    public String type;
    public Boolean mandatory;
    public String casServiceId;
    @XmlSchemaType(name = "decimal")
    public String mrp;
    @XmlSchemaType(name = "date")
    public String mrpFrom;
    public String status;

    ChannelDetails toDetails() {
        return new ChannelDetails(code, name, broadcaster, genre, language, definition, type, mandatory, casServiceId, mrp,
                mrpFrom, status);
    }
}
