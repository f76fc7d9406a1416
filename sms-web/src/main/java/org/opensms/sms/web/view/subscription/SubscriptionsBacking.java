package org.opensms.sms.web.view.subscription;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.opensms.sms.catalog.CatalogFilter;
import org.opensms.sms.catalog.CatalogService;
import org.opensms.sms.catalog.CatalogStatus;
import org.opensms.sms.catalog.Product;
import org.opensms.sms.pairing.Pairing;
import org.opensms.sms.pairing.PairingService;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.shared.PageRequest;
import org.opensms.sms.shared.Surface;
import org.opensms.sms.subscription.ActiveProduct;
import org.opensms.sms.subscription.SubscribeRequest;
import org.opensms.sms.subscription.Subscription;
import org.opensms.sms.subscription.SubscriptionEvent;
import org.opensms.sms.subscription.SubscriptionService;
import org.opensms.sms.web.view.shared.FacesMessages;
import org.opensms.sms.web.view.shared.Refusals;

/**
 * A subscriber's subscriptions on its page (/subscriber/view.xhtml, include WEB-INF/includes/subscriptions.xhtml):
 * what is active until when on each STB, the subscribe form, renew / change / cancel per row (one dialog), and the
 * subscription history with who did what from where. The CAS follows in the service's transaction.
 */
@Named
@ViewScoped
public class SubscriptionsBacking implements Serializable {

    /** The history shows the latest changes; REST pages through all of them. */
    static final int HISTORY_ROWS = 200;

    @Inject
    SubscriptionService subscriptions;
    @Inject
    CatalogService catalog;
    @Inject
    PairingService pairing;

    private String customerId;
    private List<ActiveProduct> active = List.of();
    private List<SubscriptionEvent> history = List.of();
    private List<String> stbs = List.of();

    // subscribe
    private String stb;
    private String product;
    private LocalDate startDate;
    private String days;
    private LocalDate endDate;
    private boolean autoRenew;

    // the row dialog: RENEW, CHANGE or CANCEL one subscription
    private String mode;
    private long subscriptionId;
    private String subscriptionLabel;
    private String actionDays;
    private LocalDate actionEndDate;
    private boolean actionAutoRenew;
    private String reason;

    @PostConstruct
    void init() {
        customerId = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("customerId");
        if (customerId != null && !customerId.isBlank()) {
            refresh();
        }
    }

    private void refresh() {
        try {
            active = subscriptions.activeProducts(customerId, null, null);
            history = subscriptions.history(customerId, new PageRequest(0, HISTORY_ROWS, null, false));
            stbs = pairing.pairsOf(customerId).stream().map(Pairing::getStbSerial).toList();
            if (stb == null && stbs.size() == 1) {
                stb = stbs.get(0);
            }
        } catch (BusinessException e) {
            active = List.of();
            history = List.of();
        }
    }

    public void subscribe() {
        if (run(() -> subscriptions.subscribe(new SubscribeRequest(customerId, stb, product, day(startDate), day(endDate), days,
                        autoRenew), Surface.CONSOLE),
                s -> "Set-top box " + s.getStbSerial() + " has " + s.getProductCode() + " from " + s.getStartDate() + " to "
                        + s.getEndDate(), "subscribeForm", f -> switch (f) {
                    case "stb", "product", "startDate", "endDate", "days" -> f;
                    default -> null;
                })) {
            product = null;
            startDate = endDate = null;
            days = null;
            autoRenew = false;
        }
    }

    /** Opens the dialog for a row: RENEW, CHANGE or CANCEL. */
    public void prepare(ActiveProduct a, String action) {
        mode = action;
        subscriptionId = a.subscriptionId();
        subscriptionLabel = a.productCode() + " on " + a.stb() + ", " + a.startDate() + " to " + a.endDate();
        actionDays = null;
        actionEndDate = "CHANGE".equals(action) ? a.endDate() : null;
        actionAutoRenew = a.autoRenew();
        reason = null;
    }

    /** Carries out the dialog's action. */
    public void apply() {
        Function<String, String> inputs = f -> switch (f) {
            case "days" -> "actionDays";
            case "endDate" -> "actionEndDate";
            case "reason" -> "reason";
            default -> null;
        };
        switch (mode) {
            case "RENEW" -> run(() -> subscriptions.renew(subscriptionId, actionDays, day(actionEndDate), Surface.CONSOLE),
                    s -> "Renewed " + s.getProductCode() + " on " + s.getStbSerial() + " to " + s.getEndDate(), "actionForm", inputs);
            case "CHANGE" -> run(() -> subscriptions.change(subscriptionId, day(actionEndDate), actionAutoRenew, Surface.CONSOLE),
                    s -> "Changed " + s.getProductCode() + " on " + s.getStbSerial() + ": ends " + s.getEndDate()
                            + (s.isAutoRenew() ? ", renewed automatically" : ""), "actionForm", inputs);
            case "CANCEL" -> run(() -> subscriptions.cancel(subscriptionId, reason, Surface.CONSOLE),
                    s -> "Cancelled " + s.getProductCode() + " on " + s.getStbSerial(), "actionForm", inputs);
            default -> FacesMessages.error(null, "Choose an action on a subscription first");
        }
    }

    private boolean run(Supplier<Subscription> work, Function<Subscription, String> done, String formId,
                        Function<String, String> inputs) {
        try {
            FacesMessages.info(done.apply(work.get()));
            refresh();
            return true;
        } catch (BusinessException e) {
            Refusals.show(e, formId, inputs);
            return false;
        }
    }

    /** Active product codes matching the query, for the subscribe form. */
    public List<String> completeProduct(String query) {
        try {
            return catalog.products(new CatalogFilter(query, null, null, null, null, CatalogStatus.ACTIVE.name(), null),
                    new PageRequest(0, 15, null, true)).stream().map(Product::getCode).toList();
        } catch (BusinessException e) {
            return List.of();
        }
    }

    /** "3: A, B, C". */
    public String channels(ActiveProduct a) {
        return a.channels().size() + ": " + String.join(", ", a.channels());
    }

    private static String day(LocalDate d) {
        return d == null ? null : d.toString();
    }

    public String getCustomerId() { return customerId; }
    public List<ActiveProduct> getActive() { return active; }
    public List<SubscriptionEvent> getHistory() { return history; }
    public List<String> getStbs() { return stbs; }
    public String getStb() { return stb; }
    public void setStb(String v) { stb = v; }
    public String getProduct() { return product; }
    public void setProduct(String v) { product = v; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate v) { startDate = v; }
    public String getDays() { return days; }
    public void setDays(String v) { days = v; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate v) { endDate = v; }
    public boolean isAutoRenew() { return autoRenew; }
    public void setAutoRenew(boolean v) { autoRenew = v; }
    public String getMode() { return mode; }
    public String getSubscriptionLabel() { return subscriptionLabel; }
    public String getActionDays() { return actionDays; }
    public void setActionDays(String v) { actionDays = v; }
    public LocalDate getActionEndDate() { return actionEndDate; }
    public void setActionEndDate(LocalDate v) { actionEndDate = v; }
    public boolean isActionAutoRenew() { return actionAutoRenew; }
    public void setActionAutoRenew(boolean v) { actionAutoRenew = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
}
