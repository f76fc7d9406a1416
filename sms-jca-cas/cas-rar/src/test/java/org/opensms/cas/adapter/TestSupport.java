package org.opensms.cas.adapter;

import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.XATerminator;
import jakarta.resource.spi.work.ExecutionContext;
import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkContext;
import jakarta.resource.spi.work.WorkListener;
import jakarta.resource.spi.work.WorkManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Timer;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.activemq.artemis.api.core.TransportConfiguration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.remoting.impl.invm.InVMAcceptorFactory;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/** An embedded in-VM broker and a minimal BootstrapContext whose WorkManager runs Work on a thread pool. */
final class TestSupport {

    private static int nextServer = 100;
    /** The embedded broker's audit log (every message sent and acknowledged, at INFO) would flood the build log. */
    private static final java.util.logging.Logger AUDIT = java.util.logging.Logger.getLogger("org.apache.activemq.audit");

    static {
        AUDIT.setLevel(java.util.logging.Level.WARNING);
    }

    private TestSupport() {
    }

    /**
     * The settings every test gives an adapter or a connection factory: the test broker, a CAS emulator on this machine
     * (user sms, password pw), quick retries and a 2 s CAS timeout.
     */
    static <C extends CasConfig> C onTestCas(C config, String brokerUrl, int casPort) {
        config.setBrokerUrl(brokerUrl);
        config.setCasHost("127.0.0.1");
        config.setCasPort(casPort);
        config.setCasUser("sms");
        config.setCasPassword("pw");
        config.setRetryInitialDelayMillis(50L);
        config.setRetryMaxDelayMillis(400L);
        config.setCasTimeoutMillis(2000L);
        return config;
    }

    static final class Broker implements AutoCloseable {
        final EmbeddedActiveMQ server = new EmbeddedActiveMQ();
        final String url;
        final ActiveMQConnectionFactory cf;

        Broker() throws Exception {
            int id = nextServer++;
            url = "vm://" + id;
            ConfigurationImpl c = new ConfigurationImpl();
            c.setPersistenceEnabled(false);
            c.setSecurityEnabled(false);
            c.setJournalDirectory("target/broker-" + id);
            c.addAcceptorConfiguration(new TransportConfiguration(InVMAcceptorFactory.class.getName(),
                    java.util.Map.of("serverId", id)));
            server.setConfiguration(c);
            server.start();
            cf = new ActiveMQConnectionFactory(url);
        }

        /** Drains a queue: every message currently on it (waiting up to timeout for the first ones). */
        List<Message> drain(String queue, long firstTimeoutMs) throws Exception {
            List<Message> out = new ArrayList<>();
            try (Connection c = cf.createConnection()) {
                c.start();
                Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
                MessageConsumer consumer = s.createConsumer(s.createQueue(queue));
                Message m = consumer.receive(firstTimeoutMs);
                while (m != null) {
                    out.add(m);
                    m = consumer.receive(200);
                }
            }
            return out;
        }

        @Override
        public void close() throws Exception {
            cf.close();
            server.stop();
        }
    }

    static final class Bootstrap implements BootstrapContext, AutoCloseable {
        final ExecutorService pool = Executors.newCachedThreadPool();
        final WorkManager wm = new WorkManager() {
            @Override
            public void doWork(Work work) {
                work.run();
            }

            @Override
            public void doWork(Work work, long timeout, ExecutionContext ec, WorkListener l) {
                work.run();
            }

            @Override
            public long startWork(Work work) {
                pool.execute(work);
                return 0;
            }

            @Override
            public long startWork(Work work, long timeout, ExecutionContext ec, WorkListener l) {
                pool.execute(work);
                return 0;
            }

            @Override
            public void scheduleWork(Work work) {
                pool.execute(work);
            }

            @Override
            public void scheduleWork(Work work, long timeout, ExecutionContext ec, WorkListener l) {
                pool.execute(work);
            }
        };

        @Override
        public WorkManager getWorkManager() {
            return wm;
        }

        @Override
        public XATerminator getXATerminator() {
            return null;
        }

        @Override
        public Timer createTimer() {
            return new Timer(true);
        }

        @Override
        public boolean isContextSupported(Class<? extends WorkContext> c) {
            return false;
        }

        @Override
        public TransactionSynchronizationRegistry getTransactionSynchronizationRegistry() {
            return null;
        }

        @Override
        public void close() {
            pool.shutdownNow();
        }
    }
}
