package org.opensms.sms.web.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** One page of products with the total that matches the filter. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ProductPage", propOrder = {"total", "offset", "limit", "product"})
public class ProductPageData {
    public long total;
    public int offset;
    public int limit;
    @XmlElement(name = "product")
    public List<ProductData> product = new ArrayList<>();
}
