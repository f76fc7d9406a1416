package org.opensms.sms.web.view.pairing;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.opensms.sms.pairing.DeviceActivation;
import org.opensms.sms.pairing.Pairing;
import org.opensms.sms.pairing.PairingService;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.shared.ErrorCode;
import org.opensms.sms.shared.Surface;
import org.opensms.sms.stock.DeviceType;
import org.opensms.sms.subscriber.Subscriber;
import org.opensms.sms.subscriber.SubscriberService;
import org.opensms.sms.web.view.shared.FacesMessages;

/**
 * A subscriber's devices (/pairing/devices.xhtml?customerId=...): current pairs with unpair and switch on/off per
 * row, the pair and replace dialogs, and the ended pairs. Every rule is the service's; refusals are shown whole.
 */
@Named
@ViewScoped
public class DevicesBacking implements Serializable {

    @Inject
    PairingService pairing;
    @Inject
    SubscriberService subscribers;

    private String customerId;
    private Subscriber subscriber;
    private String lco;
    private List<Pairing> pairs = List.of();
    private List<Pairing> ended = List.of();

    private String stb;
    private String card;
    private String reason;
    private String replaceType = "STB";
    private String oldDevice;
    private String newDevice;

    @PostConstruct
    void init() {
        customerId = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("customerId");
        if (customerId == null || customerId.isBlank()) {
            FacesMessages.error(null, "No customer ID given: open a subscriber's devices from its page");
            return;
        }
        refresh();
    }

    private void refresh() {
        try {
            subscriber = subscribers.getByCustomerId(customerId);
            customerId = subscriber.getCustomerId().value();
            lco = subscribers.lcoCodeOf(subscriber);
            pairs = pairing.pairsOf(customerId);
            ended = pairing.historyOf(customerId).stream().filter(p -> !p.isCurrent()).toList();
        } catch (BusinessException e) {
            FacesMessages.error(null, e.getMessage());
        }
    }

    public void pair() {
        if (run(() -> pairing.pair(customerId, stb, card, reason, Surface.CONSOLE),
                p -> "Paired set-top box " + p.getStbSerial() + " with smart card " + p.getCardNumber(),
                Map.of("stb", "pairStb", "card", "pairCard", "reason", "pairReason"), "pairForm")) {
            stb = null;
            card = null;
            reason = null;
        }
    }

    public void replace() {
        if (run(() -> pairing.replace(customerId, DeviceType.parse(replaceType), oldDevice, newDevice, reason, Surface.CONSOLE),
                p -> "Replaced: the pair is now set-top box " + p.getStbSerial() + " with smart card " + p.getCardNumber(),
                Map.of("old", "replaceOld", "new", "replaceNew", "reason", "replaceReason"), "replaceForm")) {
            oldDevice = null;
            newDevice = null;
            reason = null;
        }
    }

    /** Opens the replace dialog for a device of a row. */
    public void prepareReplace(String type, String serial) {
        replaceType = type;
        oldDevice = serial;
        newDevice = null;
        reason = null;
    }

    public void unpair(String stbSerial) {
        run(() -> pairing.unpair(customerId, stbSerial, reason, Surface.CONSOLE),
                p -> "Unpaired set-top box " + p.getStbSerial() + " and smart card " + p.getCardNumber(), Map.of(), null);
    }

    public void switchPair(String stbSerial, boolean on) {
        run(() -> on ? pairing.activateDevice(customerId, stbSerial, reason, Surface.CONSOLE)
                        : pairing.deactivateDevice(customerId, stbSerial, reason, Surface.CONSOLE),
                p -> "The pair of set-top box " + p.getStbSerial() + " is now " + p.getActivation(), Map.of(), null);
    }

    private boolean run(Supplier<Pairing> work, java.util.function.Function<Pairing, String> done,
                        Map<String, String> inputs, String formId) {
        boolean ok;
        try {
            FacesMessages.info(done.apply(work.get()));
            ok = true;
        } catch (BusinessException e) {
            if (e.code() == ErrorCode.INVALID_INPUT && formId != null) {
                FacesMessages.show(e, formId, inputs::get);
            } else {
                FacesMessages.error(null, e.getMessage());
                FacesContext.getCurrentInstance().validationFailed();
            }
            ok = false;
        }
        refresh();
        return ok;
    }

    public boolean isOn(Pairing p) {
        return p.getActivation() == DeviceActivation.ACTIVE;
    }

    public boolean isMayPair() {
        return subscriber != null && subscriber.getStatus() != org.opensms.sms.subscriber.SubscriberStatus.DEACTIVATED;
    }

    public String getCustomerId() { return customerId; }
    public Subscriber getSubscriber() { return subscriber; }
    public String getLco() { return lco; }
    public List<Pairing> getPairs() { return pairs; }
    public List<Pairing> getEnded() { return ended; }
    public String getStb() { return stb; }
    public void setStb(String v) { stb = v; }
    public String getCard() { return card; }
    public void setCard(String v) { card = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
    public String getReplaceType() { return replaceType; }
    public void setReplaceType(String v) { replaceType = v; }
    public String getOldDevice() { return oldDevice; }
    public void setOldDevice(String v) { oldDevice = v; }
    public String getNewDevice() { return newDevice; }
    public void setNewDevice(String v) { newDevice = v; }
}
