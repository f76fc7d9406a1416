package org.opensms.sms.web.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;
import org.opensms.sms.stock.ImportResult;

/** What an import stored: how many devices of which type (STB or CARD), and the lots they came in. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ImportResult", propOrder = {"type", "imported", "lot"})
public class ImportResultData {
    public String type;
    public int imported;
    @XmlElement(name = "lot")
    public List<String> lot = new ArrayList<>();

    static ImportResultData of(ImportResult r) {
        ImportResultData d = new ImportResultData();
        d.type = r.type().name();
        d.imported = r.imported();
        d.lot.addAll(r.lots());
        return d;
    }
}
