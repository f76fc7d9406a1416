package org.opensms.sms.web.view.subscription;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.subscription.RenewalRunReport;
import org.opensms.sms.subscription.SubscriptionService;
import org.opensms.sms.web.view.shared.FacesMessages;

/**
 * The expiry and renewal run (/subscription/renewals.xhtml, administrators): how many subscriptions are due now, the
 * last (or current) run's figures, and a button that starts a run in the background; the page polls until it ends.
 * Request-scoped: every poll reads the figures afresh.
 */
@Named
@RequestScoped
public class RenewalsBacking {

    @Inject
    SubscriptionService subscriptions;

    private RenewalRunReport last;
    private boolean lastRead;

    public void run() {
        try {
            last = subscriptions.startRenewalRun();
            lastRead = true;
            FacesMessages.info("Expiry and renewal run started as of " + last.asOf());
        } catch (BusinessException e) {
            FacesMessages.error(null, e.getMessage());
        }
    }

    public long getDue() {
        return subscriptions.countDue();
    }

    public RenewalRunReport getLast() {
        if (!lastRead) {
            last = subscriptions.lastRenewalRun().orElse(null);
            lastRead = true;
        }
        return last;
    }

    public boolean isRunning() {
        return getLast() != null && getLast().running();
    }
}
