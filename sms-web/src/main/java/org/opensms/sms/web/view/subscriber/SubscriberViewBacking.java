package org.opensms.sms.web.view.subscriber;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.shared.Surface;
import org.opensms.sms.subscriber.Subscriber;
import org.opensms.sms.subscriber.SubscriberChange;
import org.opensms.sms.subscriber.SubscriberLifecycle;
import org.opensms.sms.subscriber.SubscriberLifecycle.Operation;
import org.opensms.sms.subscriber.SubscriberService;
import org.opensms.sms.web.view.shared.FacesMessages;

/**
 * A subscriber's detail page (/subscriber/view.xhtml?customerId=...): the full record, the life-cycle operations
 * its status allows (buttons), and its history.
 */
@Named
@ViewScoped
public class SubscriberViewBacking implements Serializable {

    @Inject
    SubscriberService subscribers;

    private String customerId;
    private Subscriber subscriber;
    private String lco;
    private List<SubscriberChange> history = List.of();
    private String reason;

    /** Loads the subscriber named by the request parameter customerId when the view is first built. */
    @jakarta.annotation.PostConstruct
    void init() {
        customerId = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get("customerId");
        if (customerId == null || customerId.isBlank()) {
            FacesMessages.error(null, "No customer ID given: open a subscriber from the list");
            return;
        }
        load();
    }

    /** Loads the subscriber named by the view parameter. */
    public void load() {
        if (subscriber != null) {
            return;
        }
        refresh();
    }

    private void refresh() {
        try {
            subscriber = subscribers.getByCustomerId(customerId);
            customerId = subscriber.getCustomerId().value();
            lco = subscribers.lcoCodeOf(subscriber);
            history = subscribers.history(customerId);
        } catch (BusinessException e) {
            FacesMessages.show(e, "subscriber", f -> null);
        }
    }

    public void activate() {
        run(Operation.ACTIVATE);
    }

    public void suspend() {
        run(Operation.SUSPEND);
    }

    public void resume() {
        run(Operation.RESUME);
    }

    public void deactivate() {
        run(Operation.DEACTIVATE);
    }

    private void run(Operation op) {
        try {
            Subscriber s = subscribers.transition(customerId, op, reason, Surface.CONSOLE);
            FacesMessages.info("Subscriber " + customerId + " is now " + s.getStatus());
            reason = null;
        } catch (BusinessException e) {
            if (e.code() == org.opensms.sms.shared.ErrorCode.INVALID_INPUT) {
                FacesMessages.show(e, "lifecycle", f -> f.equals("reason") ? "reason" : null);
            } else {
                FacesMessages.error(null, e.getMessage());
            }
        }
        subscriber = null;
        refresh();
    }

    /** Whether the current status allows the operation (ACTIVATE, SUSPEND, RESUME or DEACTIVATE). */
    public boolean allows(String operation) {
        return subscriber != null && SubscriberLifecycle.targetOrNull(subscriber.getStatus(), Operation.valueOf(operation)) != null;
    }

    public boolean isEditable() {
        return subscriber != null && SubscriberLifecycle.editable(subscriber.getStatus());
    }

    public String getCustomerId() { return customerId; }
    public void setCustomerId(String v) { customerId = v; }
    public Subscriber getSubscriber() { return subscriber; }
    public String getLco() { return lco; }
    public List<SubscriberChange> getHistory() { return history; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
}
