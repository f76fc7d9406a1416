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
 * Search by device (/pairing/search.xhtml): the subscriber that has an STB serial or card number now (one box: tried
 * as an STB serial, then as a card number), and every pair the device was ever in (where it has been).
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

    /** Looks the text up as an STB serial, then as a card number. */
    public void search() {
        searched = true;
        found = null;
        history = List.of();
        if (serial == null || serial.isBlank()) {
            FacesMessages.error(null, "Enter an STB serial or a card number");
            return;
        }
        found = pairing.findByStb(serial).or(() -> pairing.findByCard(serial)).orElse(null);
        boolean stb = found != null ? found.pairing().getStbSerial().equalsIgnoreCase(serial.strip())
                : !pairing.historyOfDevice(DeviceType.STB, serial).isEmpty();
        history = pairing.historyOfDevice(stb ? DeviceType.STB : DeviceType.CARD, serial);
        type = stb ? "STB" : "CARD";
        if (found == null) {
            FacesMessages.info("No set-top box or smart card " + serial.strip() + " is in a current pair"
                    + (history.isEmpty() ? "" : "; where it has been is below"));
        }
    }

    public String getType() { return type; }
    public String getSerial() { return serial; }
    public void setSerial(String v) { serial = v; }
    public PairedSubscriber getFound() { return found; }
    public List<Pairing> getHistory() { return history; }
    public boolean isSearched() { return searched; }
}
