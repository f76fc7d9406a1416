package org.opensms.sms.web.view.pairing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.opensms.sms.pairing.Pairing;
import org.opensms.sms.pairing.PairedSubscriber;
import org.opensms.sms.pairing.PairingService;
import org.opensms.sms.stock.DeviceType;
import org.opensms.sms.web.view.shared.FacesMessages;

/**
 * Search by device (/pairing/search.xhtml): the subscriber that has an STB serial or card number now, and every pair
 * the device was ever in (where it has been).
 */
@Named
@RequestScoped
public class DeviceSearchBacking {

    @Inject
    PairingService pairing;

    private String type = "STB";
    private String serial;
    private PairedSubscriber found;
    private List<Pairing> history = List.of();
    private boolean searched;

    public void search() {
        searched = true;
        found = null;
        history = List.of();
        if (serial == null || serial.isBlank()) {
            FacesMessages.error(null, "Enter an STB serial or a card number");
            return;
        }
        boolean stb = "STB".equals(type);
        found = (stb ? pairing.findByStb(serial) : pairing.findByCard(serial)).orElse(null);
        history = pairing.historyOfDevice(stb ? DeviceType.STB : DeviceType.CARD, serial);
        if (found == null) {
            FacesMessages.info((stb ? "Set-top box " : "Smart card ") + serial.strip() + " is in no current pair"
                    + (history.isEmpty() ? " and never was" : ""));
        }
    }

    public String getType() { return type; }
    public void setType(String v) { type = v; }
    public String getSerial() { return serial; }
    public void setSerial(String v) { serial = v; }
    public PairedSubscriber getFound() { return found; }
    public List<Pairing> getHistory() { return history; }
    public boolean isSearched() { return searched; }
}
