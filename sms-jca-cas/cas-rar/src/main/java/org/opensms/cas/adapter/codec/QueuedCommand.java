package org.opensms.cas.adapter.codec;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.opensms.cas.api.CardNumber;
import org.opensms.cas.api.CasCommand;
import org.opensms.cas.api.CommandId;
import org.opensms.cas.api.CommandKind;
import org.opensms.cas.api.Origin;

/**
 * A command as it travels on the command queue: a TextMessage whose body holds the fields
 * ({@link CommandCodec}) and whose properties hold the id, kind, card, origin and the message group
 * (JMSXGroupID = ordering key: the broker hands all commands of one card to one consumer, in order).
 *
 * @param id      command id
 * @param command the command
 * @param origin  who asked
 */
public record QueuedCommand(CommandId id, CasCommand command, Origin origin) {

    /** The card the command is about, or null. */
    public CardNumber card() {
        return CommandCodec.cardOf(command);
    }

    /** A new message for this command. */
    public TextMessage toMessage(Session session) throws JMSException {
        TextMessage m = session.createTextMessage(CommandCodec.encode(CommandCodec.fields(command)));
        m.setIntProperty(Props.FORMAT, Props.FORMAT_VERSION);
        m.setStringProperty(Props.COMMAND_ID, id.value());
        m.setStringProperty(Props.KIND, command.kind().name());
        CardNumber card = card();
        if (card != null) {
            m.setStringProperty(Props.CARD, card.value());
        }
        m.setStringProperty(Props.GROUP_ID, command.orderingKey());
        m.setStringProperty(Props.REQUESTED_BY, origin.requestedBy());
        m.setStringProperty(Props.SURFACE, origin.surface());
        m.setLongProperty(Props.ISSUED_AT, System.currentTimeMillis());
        return m;
    }

    /**
     * Reads a command message.
     *
     * @throws IllegalArgumentException when the message is not a valid command message
     */
    public static QueuedCommand fromMessage(Message m) throws JMSException {
        if (!(m instanceof TextMessage t)) {
            throw new IllegalArgumentException("not a TextMessage: " + m.getClass().getName());
        }
        String id = m.getStringProperty(Props.COMMAND_ID);
        String kind = m.getStringProperty(Props.KIND);
        if (id == null || kind == null || t.getText() == null) {
            throw new IllegalArgumentException("command message without commandId, kind or body");
        }
        String by = m.getStringProperty(Props.REQUESTED_BY);
        String surface = m.getStringProperty(Props.SURFACE);
        return new QueuedCommand(new CommandId(id),
                CommandCodec.command(CommandKind.valueOf(kind), CommandCodec.decode(t.getText())),
                new Origin(by == null ? "unknown" : by, surface == null ? "unknown" : surface));
    }
}
