package org.opensms.sms.it.crash;

import java.util.ArrayList;
import java.util.List;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientRequestor;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.apache.activemq.artemis.api.core.management.ManagementHelper;
import org.apache.activemq.artemis.api.core.management.ResourceNames;

/**
 * Asks the Artemis broker, through its management address, what it holds: messages on a queue and the XA
 * transactions left prepared (in doubt) on it.
 */
final class BrokerProbe implements AutoCloseable {

    private final ServerLocator locator;
    private final ClientSessionFactory factory;
    private final ClientSession session;
    private final ClientRequestor requestor;

    BrokerProbe(int port, String user, String password) throws Exception {
        locator = ActiveMQClient.createServerLocator("tcp://127.0.0.1:" + port);
        factory = locator.createSessionFactory();
        session = factory.createSession(user, password, false, true, true, false, 1);
        session.start();
        requestor = new ClientRequestor(session, "activemq.management");
    }

    private Object invoke(String resource, String operation, Object... args) throws Exception {
        ClientMessage m = session.createMessage(false);
        ManagementHelper.putOperationInvocation(m, resource, operation, args);
        return result(requestor.request(m, 10_000), resource + "." + operation);
    }

    private Object attribute(String resource, String name) throws Exception {
        ClientMessage m = session.createMessage(false);
        ManagementHelper.putAttribute(m, resource, name);
        return result(requestor.request(m, 10_000), resource + "." + name);
    }

    private static Object result(ClientMessage reply, String what) throws Exception {
        if (reply == null) {
            throw new IllegalStateException("no answer from the broker's management for " + what);
        }
        if (!ManagementHelper.hasOperationSucceeded(reply)) {
            throw new IllegalStateException(what + " failed: " + ManagementHelper.getResult(reply));
        }
        return ManagementHelper.getResult(reply);
    }

    /** Messages on the queue, including those being delivered (0 when the queue does not exist). */
    long messageCount(String queue) throws Exception {
        try {
            return ((Number) attribute(ResourceNames.QUEUE + queue, "messageCount")).longValue();
        } catch (IllegalStateException e) {
            if (String.valueOf(e.getMessage()).contains("not found") || String.valueOf(e.getMessage()).contains("AMQ229")) {
                return 0;
            }
            throw e;
        }
    }

    /** The XA transactions prepared on the broker and not yet committed or rolled back. */
    List<String> preparedTransactions() throws Exception {
        Object r = invoke(ResourceNames.BROKER, "listPreparedTransactions");
        List<String> out = new ArrayList<>();
        if (r instanceof Object[] a) {
            for (Object o : a) {
                out.add(String.valueOf(o));
            }
        }
        return out;
    }

    @Override
    public void close() throws Exception {
        requestor.close();
        session.close();
        factory.close();
        locator.close();
    }
}
