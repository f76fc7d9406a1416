package org.opensms.cas.adapter.dispatch;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TemporaryQueue;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.ActiveMQQueueExistsException;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.management.ResourceNames;
import org.apache.activemq.artemis.api.jms.management.JMSManagementHelper;
import org.apache.activemq.artemis.jms.client.ActiveMQSession;

/**
 * The command queue is exclusive: the broker gives all its messages to one consumer at a time and, when that consumer
 * goes, to the next. Every server of a cluster runs a dispatcher on the queue; exclusivity keeps one lane taking the
 * messages in commit order (so a card's commands stay in order) and lets another server's lane take over from the
 * first unacknowledged message when that server stops or dies.
 *
 * <p>Before a lane starts, the dispatcher makes sure of it: a missing queue is created exclusive and durable; an
 * existing queue that is not exclusive (auto-created by a broker without the setting, or by an earlier version) is
 * made exclusive through the broker's management address ({@code updateQueue}, which needs the {@code manage}
 * permission). If that is refused, the queue is used as it is, with a warning: one server is then safe, several are not.
 * The broker provisioning of this project also sets {@code default-exclusive-queue} for command queues.
 */
final class ExclusiveQueue {

    private static final String MANAGEMENT = "activemq.management";
    private static final long MANAGEMENT_TIMEOUT_MILLIS = 5000;

    private ExclusiveQueue() {
    }

    /** Whether the queue is exclusive once this returns; the connection must be started. */
    static boolean ensure(Connection connection, String queue, Logger log) throws JMSException {
        try (Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            ClientSession core = ((ActiveMQSession) session).getCoreSession();
            SimpleString name = SimpleString.of(queue);
            ClientSession.QueueQuery q = core.queueQuery(name);
            if (!q.isExists()) {
                try {
                    core.createQueue(QueueConfiguration.of(name).setRoutingType(RoutingType.ANYCAST).setDurable(true)
                            .setExclusive(true).setAutoCreateAddress(true));
                    return true;
                } catch (ActiveMQQueueExistsException e) {
                    q = core.queueQuery(name); // another server created it at the same moment
                }
            }
            if (Boolean.TRUE.equals(q.isExclusive())) {
                return true;
            }
            String refusal = makeExclusive(session, queue);
            if (refusal == null && Boolean.TRUE.equals(core.queueQuery(name).isExclusive())) {
                log.info("The CAS command queue " + queue + " was not exclusive; it is now (broker management updateQueue)");
                return true;
            }
            log.warning("The CAS command queue " + queue + " is not exclusive, and the broker did not let the dispatcher"
                    + " change that (" + refusal + "). With more than one server dispatching from it, a card's commands"
                    + " may reach the CAS out of order. Set default-exclusive-queue on the broker's address setting for"
                    + " it, or update the queue to exclusive (sms-jca-cas/README.md, \"Several servers\").");
            return false;
        } catch (ActiveMQException e) {
            log.log(Level.WARNING, "Could not check that the CAS command queue " + queue + " is exclusive: " + e.getMessage());
            return false;
        }
    }

    /** Asks the broker to make the queue exclusive; null when it says it did, else what it answered. */
    private static String makeExclusive(Session session, String queue) throws JMSException {
        TemporaryQueue replies = session.createTemporaryQueue();
        try (MessageConsumer answers = session.createConsumer(replies)) {
            Message request = session.createMessage();
            JMSManagementHelper.putOperationInvocation(request, ResourceNames.BROKER, "updateQueue",
                    QueueConfiguration.of(queue).setExclusive(true).toJSON());
            request.setJMSReplyTo(replies);
            session.createProducer(session.createQueue(MANAGEMENT)).send(request);
            Message reply = answers.receive(MANAGEMENT_TIMEOUT_MILLIS);
            if (reply == null) {
                return "no answer from " + MANAGEMENT + " within " + MANAGEMENT_TIMEOUT_MILLIS + " ms";
            }
            if (JMSManagementHelper.hasOperationSucceeded(reply)) {
                return null;
            }
            Object result = JMSManagementHelper.getResult(reply);
            return String.valueOf(result);
        } catch (Exception e) {
            return e.getMessage();
        } finally {
            replies.delete();
        }
    }
}
