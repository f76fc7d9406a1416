package org.opensms.cas.adapter.codec;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import java.time.Instant;
import org.opensms.cas.api.CardNumber;
import org.opensms.cas.api.CasEvent;
import org.opensms.cas.api.CommandId;
import org.opensms.cas.api.CommandKind;
import org.opensms.cas.api.Origin;

/** A {@link CasEvent} as the properties of a JMS message on the event queue. */
public final class EventCodec {

    private EventCodec() {
    }

    public static void write(CasEvent e, Message m) throws JMSException {
        m.setIntProperty(Props.FORMAT, Props.FORMAT_VERSION);
        m.setStringProperty(Props.COMMAND_ID, e.commandId().value());
        m.setStringProperty(Props.KIND, e.kind().name());
        if (e.card() != null) {
            m.setStringProperty(Props.CARD, e.card().value());
        }
        m.setStringProperty(Props.OUTCOME, e.outcome().name());
        m.setIntProperty(Props.CODE, e.code());
        m.setStringProperty(Props.REASON, e.reason());
        m.setIntProperty(Props.ATTEMPTS, e.attempts());
        m.setLongProperty(Props.TIME, e.time().toEpochMilli());
        m.setStringProperty(Props.REQUESTED_BY, e.origin().requestedBy());
        m.setStringProperty(Props.SURFACE, e.origin().surface());
    }

    public static CasEvent read(Message m) throws JMSException {
        String card = m.getStringProperty(Props.CARD);
        return new CasEvent(new CommandId(m.getStringProperty(Props.COMMAND_ID)),
                CommandKind.valueOf(m.getStringProperty(Props.KIND)), card == null ? null : new CardNumber(card),
                CasEvent.Outcome.valueOf(m.getStringProperty(Props.OUTCOME)), m.getIntProperty(Props.CODE),
                m.getStringProperty(Props.REASON), m.getIntProperty(Props.ATTEMPTS),
                Instant.ofEpochMilli(m.getLongProperty(Props.TIME)),
                new Origin(m.getStringProperty(Props.REQUESTED_BY), m.getStringProperty(Props.SURFACE)));
    }
}
