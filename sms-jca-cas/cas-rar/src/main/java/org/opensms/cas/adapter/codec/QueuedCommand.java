package org.opensms.cas.adapter.codec;

import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.opensms.cas.api.CardNumber;
import org.opensms.cas.api.CasCommand;
import org.opensms.cas.api.CommandId;
import org.opensms.cas.api.CommandKind;
import org.opensms.cas.api.Origin;

/**
 * A command as it travels on the command queue, in one of two forms:
 * <ul>
 * <li><b>alone</b> ({@link #toMessage}): a TextMessage whose body holds the fields ({@link CommandCodec}) and whose
 * properties hold the id, kind, card and origin; what a connection sends outside a transaction;</li>
 * <li><b>in a batch</b> ({@link #toBatchMessages}): the commands of one transaction branch, in the order they were
 * issued, in the body of a BytesMessage (property {@value Props#FORMAT} = {@value Props#FORMAT_BATCH},
 * {@value #COUNT} = the number of commands), at most {@value #BATCH_BYTES} bytes of body each, so that a
 * transaction's commands cost the broker one message instead of one per command.</li>
 * </ul>
 * {@link #readAll} reads both. Order per card needs no message groups: the queue has one consumer, which takes
 * messages in commit order.
 *
 * @param id      command id
 * @param command the command
 * @param origin  who asked
 */
public record QueuedCommand(CommandId id, CasCommand command, Origin origin) {

    /** Property of a batch message: how many commands its body holds. */
    public static final String COUNT = "commands";
    /** A batch message's body holds at most this many bytes (below the broker's 100 KiB large-message size). */
    public static final int BATCH_BYTES = 64 * 1024;

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

    /**
     * The commands, in order, in as few batch messages as {@value #BATCH_BYTES} bytes of body allow (a command
     * larger than that alone in one).
     */
    public static List<BytesMessage> toBatchMessages(List<QueuedCommand> commands, Session session)
            throws JMSException {
        List<BytesMessage> out = new ArrayList<>();
        ByteArrayOutputStream body = new ByteArrayOutputStream(Math.min(BATCH_BYTES, 256 * commands.size()));
        DataOutputStream data = new DataOutputStream(body);
        int count = 0;
        long now = System.currentTimeMillis();
        try {
            for (QueuedCommand c : commands) {
                int before = body.size();
                c.writeEntry(data);
                if (body.size() > BATCH_BYTES && count > 0) {
                    byte[] all = body.toByteArray();
                    out.add(batchMessage(session, all, before, count, now));
                    body.reset();
                    body.write(all, before, all.length - before);
                    count = 0;
                }
                count++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (count > 0) {
            out.add(batchMessage(session, body.toByteArray(), body.size(), count, now));
        }
        return out;
    }

    private static BytesMessage batchMessage(Session session, byte[] body, int length, int count, long issuedAt)
            throws JMSException {
        BytesMessage m = session.createBytesMessage();
        m.setIntProperty(Props.FORMAT, Props.FORMAT_BATCH);
        m.setIntProperty(COUNT, count);
        m.setLongProperty(Props.ISSUED_AT, issuedAt);
        m.writeBytes(body, 0, length);
        return m;
    }

    private void writeEntry(DataOutputStream out) throws IOException {
        out.writeUTF(id.value());
        out.writeUTF(command.kind().name());
        out.writeUTF(origin.requestedBy());
        out.writeUTF(origin.surface());
        byte[] fields = CommandCodec.encode(CommandCodec.fields(command)).getBytes(StandardCharsets.UTF_8);
        out.writeInt(fields.length);
        out.write(fields);
    }

    /**
     * The commands of a message, in order: those of a batch message, or the one command of a message alone.
     *
     * @throws IllegalArgumentException when the message is not a valid command message
     */
    public static List<QueuedCommand> readAll(Message m) throws JMSException {
        if (!m.propertyExists(Props.FORMAT) || m.getIntProperty(Props.FORMAT) != Props.FORMAT_BATCH) {
            return List.of(fromMessage(m));
        }
        if (!(m instanceof BytesMessage b)) {
            throw new IllegalArgumentException("a batch of CAS commands must be a BytesMessage");
        }
        int n = m.propertyExists(COUNT) ? m.getIntProperty(COUNT) : 0;
        if (n < 1) {
            throw new IllegalArgumentException("a batch of CAS commands must hold at least one, says " + n);
        }
        b.reset();
        List<QueuedCommand> out = new ArrayList<>(n);
        try {
            for (int i = 0; i < n; i++) {
                String id = b.readUTF();
                String kind = b.readUTF();
                String by = b.readUTF();
                String surface = b.readUTF();
                int length = b.readInt();
                if (length < 0 || length > b.getBodyLength()) {
                    throw new IllegalArgumentException("command " + (i + 1) + " of the batch has a bad length " + length);
                }
                byte[] fields = new byte[length];
                if (length > 0 && b.readBytes(fields) != length) {
                    throw new IllegalArgumentException("command " + (i + 1) + " of the batch is cut short");
                }
                out.add(new QueuedCommand(new CommandId(id), CommandCodec.command(CommandKind.valueOf(kind),
                        CommandCodec.decode(new String(fields, StandardCharsets.UTF_8))), new Origin(by, surface)));
            }
        } catch (jakarta.jms.MessageEOFException e) {
            throw new IllegalArgumentException("the batch ends before its " + n + " commands: " + e.getMessage(), e);
        }
        return out;
    }
}
