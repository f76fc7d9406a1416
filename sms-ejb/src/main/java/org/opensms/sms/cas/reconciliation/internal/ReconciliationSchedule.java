package org.opensms.sms.cas.reconciliation.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opensms.sms.cas.reconciliation.ReconciliationRun;
import org.opensms.sms.shared.BusinessException;

/**
 * Starts a reconciliation every day at {@code sms.cas.reconciliation.at} (a time of day in India, HH:MM; default
 * 02:30; {@code off} for none). Every server of a cluster has the timer; the first to start wins and the others
 * find the run going and skip.
 */
@Singleton
@Startup
public class ReconciliationSchedule {

    private static final Logger LOG = Logger.getLogger(ReconciliationSchedule.class.getName());

    @Resource
    TimerService timers;
    @Inject
    ReconciliationWorker worker;
    @Inject
    @ConfigProperty(name = "sms.cas.reconciliation.at", defaultValue = "02:30")
    String at;

    @PostConstruct
    void schedule() {
        LocalTime time = dailyTime(at);
        if (time == null) {
            LOG.info("Scheduled CAS reconciliation is off (sms.cas.reconciliation.at=off)");
            return;
        }
        timers.createCalendarTimer(new ScheduleExpression().hour(time.getHour()).minute(time.getMinute())
                .timezone("Asia/Kolkata"), new TimerConfig("cas-reconciliation", false));
        LOG.info("CAS reconciliation scheduled daily at " + time + " IST");
    }

    /** The configured time, null for off; anything else stops deployment with a message naming the property. */
    static LocalTime dailyTime(String value) {
        String v = value == null ? "" : value.strip();
        if (v.equalsIgnoreCase("off")) {
            return null;
        }
        try {
            return LocalTime.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("sms.cas.reconciliation.at must be a time of day as HH:MM (India) or off, got '"
                    + value + "'");
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run() {
        try {
            long id = worker.begin(ReconciliationRun.Trigger.SCHEDULED, ReconciliationWorker.WHO);
            LOG.info("Scheduled CAS reconciliation run " + id + " started");
            worker.processNow(id);
        } catch (BusinessException e) {
            LOG.info("Scheduled CAS reconciliation skipped: " + e.getMessage());
        }
    }
}
