package org.opensms.sms.cas.internal;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import java.util.List;
import org.opensms.cas.api.CasEvent;
import org.opensms.cas.api.CasEventListener;
import org.opensms.sms.cas.CasCommandOutcome;

/**
 * Receives the outcome of every CAS command from the adapter's inbound side (the adapter embedded as
 * {@code sms#cas-rar}) and appends it to the journal, in the delivery's transaction.
 */
@MessageDriven(messageListenerInterface = CasEventListener.class, activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "sms#cas-rar"),
        @ActivationConfigProperty(propertyName = "brokerUrl", propertyValue = "tcp://127.0.0.1:${sms.cas.brokerPort}"),
        @ActivationConfigProperty(propertyName = "brokerUser", propertyValue = "sms"),
        @ActivationConfigProperty(propertyName = "brokerPassword", propertyValue = "${sms.cas.brokerPassword}")})
public class CasEventConsumer implements CasEventListener {

    @Inject
    CasJournalRepository journal;

    @Override
    public void onCasEvent(CasEvent e) {
        journal.add(outcome(e));
    }

    /** A batch of outcomes, in the delivery's one transaction. */
    @Override
    public void onCasEvents(List<CasEvent> events) {
        journal.addAll(events.stream().map(CasEventConsumer::outcome).toList());
    }

    private static CasCommandOutcome outcome(CasEvent e) {
        return new CasCommandOutcome(e.commandId().value(), e.outcome().name(), e.code(), e.reason(), e.attempts(), e.time());
    }
}
