package org.opensms.cas.adapter.codec;

import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.opensms.cas.api.CardNumber;
import org.opensms.cas.api.CasEvent;
import org.opensms.cas.api.CommandId;
import org.opensms.cas.api.CommandKind;
import org.opensms.cas.api.Origin;

/**
 * {@link CasEvent}s on the event queue: one event as the properties of a message ({@link #write}), or a batch of
 * events in the body of one {@link BytesMessage} ({@link #writeAll}: property {@value Props#FORMAT} =
 * {@value Props#FORMAT_BATCH} and {@value #COUNT} = the number of events), so that a lane's batch of outcomes costs the
 * broker one message instead of one per event. {@link #readAll} reads both.
 */
public final class EventCodec {

    /** Property of a batch message: how many events its body holds. */
    public static final String COUNT = "events";

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

    /** Writes the events, in order, into the body of a new batch message. */
    public static void writeAll(List<CasEvent> events, BytesMessage m) throws JMSException {
        m.setIntProperty(Props.FORMAT, Props.FORMAT_BATCH);
        m.setIntProperty(COUNT, events.size());
        for (CasEvent e : events) {
            m.writeUTF(e.commandId().value());
            m.writeUTF(e.kind().name());
            m.writeUTF(e.card() == null ? "" : e.card().value());
            m.writeUTF(e.outcome().name());
            m.writeInt(e.code());
            m.writeUTF(e.reason());
            m.writeInt(e.attempts());
            m.writeLong(e.time().toEpochMilli());
            m.writeUTF(e.origin().requestedBy());
            m.writeUTF(e.origin().surface());
        }
    }

    /** The events of a message, in order: those of a batch message, or the one event of a single-event message. */
    public static List<CasEvent> readAll(Message m) throws JMSException {
        if (!m.propertyExists(Props.FORMAT) || m.getIntProperty(Props.FORMAT) != Props.FORMAT_BATCH) {
            return List.of(read(m));
        }
        if (!(m instanceof BytesMessage b)) {
            throw new IllegalArgumentException("a batch of CAS events must be a BytesMessage");
        }
        int n = m.getIntProperty(COUNT);
        if (n < 1) {
            throw new IllegalArgumentException("a batch of CAS events must hold at least one, says " + n);
        }
        b.reset();
        List<CasEvent> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String id = b.readUTF();
            String kind = b.readUTF();
            String card = b.readUTF();
            String outcome = b.readUTF();
            int code = b.readInt();
            String reason = b.readUTF();
            int attempts = b.readInt();
            long time = b.readLong();
            String requestedBy = b.readUTF();
            String surface = b.readUTF();
            out.add(new CasEvent(new CommandId(id), CommandKind.valueOf(kind), card.isEmpty() ? null : new CardNumber(card),
                    CasEvent.Outcome.valueOf(outcome), code, reason, attempts, Instant.ofEpochMilli(time),
                    new Origin(requestedBy, surface)));
        }
        return out;
    }
}
