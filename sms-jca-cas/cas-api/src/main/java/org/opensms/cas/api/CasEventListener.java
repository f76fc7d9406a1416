package org.opensms.cas.api;

/**
 * The message listener type of the adapter's inbound side (Jakarta Connectors 2.1, section 13.4: message
 * listener interface). A message-driven bean implements it to receive the outcome of every command. The
 * adapter delivers each event inside a transaction when the bean's method is transacted
 * ({@code MessageEndpoint.beforeDelivery/afterDelivery}, section 13.5.4): if the bean's transaction rolls
 * back, the event is delivered again.
 */
public interface CasEventListener {

    /** Receives one outcome. Must tolerate a repeated delivery of the same event (same command id). */
    void onCasEvent(CasEvent event);

    /**
     * Receives several outcomes in one delivery: when transacted, in one transaction, so that they are taken all
     * together or (if the bean fails) delivered again. The adapter uses this method for transacted delivery, up to
     * the activation's {@code maxBatch} events at a time; after a failed batch it delivers the next ones one per
     * call, so that one event the bean cannot take does not hold up the others. Must tolerate repeats.
     */
    void onCasEvents(java.util.List<CasEvent> events);
}
