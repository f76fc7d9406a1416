package org.opensms.cas.api;

/** A message to set-top boxes: on-screen display, CAS mail or fingerprint. */
public sealed interface MessageCommand extends CasCommand permits SendOsd, SendMail, Fingerprint {

    /** Who receives the message. */
    Target target();

    @Override
    default String orderingKey() {
        return target() instanceof Target.Card c ? c.card().value() : target().wireForm();
    }
}
