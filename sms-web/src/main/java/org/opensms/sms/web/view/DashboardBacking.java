package org.opensms.sms.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.opensms.sms.cas.CasCommandService;
import org.opensms.sms.cas.CasJournalFilter;
import org.opensms.sms.cas.reconciliation.ReconciliationRun;
import org.opensms.sms.cas.reconciliation.ReconciliationService;
import org.opensms.sms.security.Roles;
import org.opensms.sms.shared.BusinessCalendar;
import org.opensms.sms.shared.PageRequest;
import org.opensms.sms.subscriber.SubscriberFilter;
import org.opensms.sms.subscriber.SubscriberService;
import org.opensms.sms.subscriber.SubscriberStatus;
import org.opensms.sms.subscription.RenewalRunReport;
import org.opensms.sms.subscription.SubscriptionService;
import org.opensms.sms.web.view.subscriber.SubscriberCounts;

/**
 * The dashboard (/index.xhtml): who is logged in and, for MSO staff, the day's headline figures with links to the
 * pages behind them: subscribers per status, subscriptions due for the expiry and renewal run and the last run, the
 * CAS commands of today (India) and the last reconciliation. Every figure is one indexed query (large subscriber
 * totals are cached for 30 s, as on the subscriber list), read once per request.
 */
@Named
@RequestScoped
public class DashboardBacking {

    /** Subscribers with one status. */
    public record StatusCount(SubscriberStatus status, long count) {
    }

    @Inject
    SecurityContext securityContext;
    @Inject
    SubscriberService subscribers;
    @Inject
    SubscriberCounts counts;
    @Inject
    SubscriptionService subscriptions;
    @Inject
    CasCommandService cas;
    @Inject
    ReconciliationService reconciliation;
    @Inject
    Clock clock;

    private List<StatusCount> statusCounts;
    private Long due;
    private RenewalRunReport lastRenewal;
    private boolean lastRenewalRead;
    private Long casCommandsToday;
    private ReconciliationRun lastReconciliation;
    private boolean lastReconciliationRead;

    public String getCaller() {
        return securityContext.getCallerPrincipal() == null ? "" : securityContext.getCallerPrincipal().getName();
    }

    public boolean isMso() {
        return securityContext.isCallerInRole(Roles.MSO_ADMIN) || securityContext.isCallerInRole(Roles.MSO_OPERATOR);
    }

    public boolean isAdmin() {
        return securityContext.isCallerInRole(Roles.MSO_ADMIN);
    }

    public long getSubscriberCount() {
        return getStatusCounts().stream().mapToLong(StatusCount::count).sum();
    }

    /** Subscribers per status, in the order of the life cycle. */
    public List<StatusCount> getStatusCounts() {
        if (statusCounts == null) {
            Instant now = clock.instant();
            statusCounts = !isMso() ? List.of() : Arrays.stream(SubscriberStatus.values())
                    .map(s -> new StatusCount(s, counts.total(new SubscriberFilter(null, null, null, null, null, s),
                            subscribers::count, now)))
                    .toList();
        }
        return statusCounts;
    }

    /** Subscriptions past their end that the next expiry and renewal run will end or renew. */
    public long getDue() {
        if (due == null) {
            due = isMso() ? subscriptions.countDue() : 0;
        }
        return due;
    }

    public RenewalRunReport getLastRenewal() {
        if (!lastRenewalRead && isMso()) {
            lastRenewal = subscriptions.lastRenewalRun().orElse(null);
        }
        lastRenewalRead = true;
        return lastRenewal;
    }

    /** Today in India, as the journal's day filters take it. */
    public LocalDate getToday() {
        return BusinessCalendar.today(clock);
    }

    /** CAS commands issued today (India). */
    public long getCasCommandsToday() {
        if (casCommandsToday == null) {
            casCommandsToday = !isMso() ? 0
                    : cas.journalCount(new CasJournalFilter(null, null, null, null, getToday(), getToday()));
        }
        return casCommandsToday;
    }

    public ReconciliationRun getLastReconciliation() {
        if (!lastReconciliationRead && isMso()) {
            lastReconciliation = reconciliation.runs(new PageRequest(0, 1, null, false)).stream().findFirst().orElse(null);
        }
        lastReconciliationRead = true;
        return lastReconciliation;
    }
}
