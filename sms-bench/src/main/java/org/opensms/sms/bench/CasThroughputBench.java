package org.opensms.sms.bench;

import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.QueueRequestor;
import jakarta.jms.QueueSession;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.activemq.artemis.api.core.management.ResourceNames;
import org.apache.activemq.artemis.api.jms.management.JMSManagementHelper;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * End-to-end CAS command throughput of the running product ({@code ./sms start --detach}), beside the raw rate of
 * the same broker in the same run.
 *
 * <ol>
 * <li><b>Raw broker:</b> persistent TextMessages shaped like a queued ACTIVATE_CARD command (same body, same
 * properties, JMSXGroupID = card) sent by {@code --clients} producers in local transactions of {@code --batch}
 * messages to a scratch queue, consumed at the same time by {@code --raw-consumers} transacted consumers (commit
 * every {@code --batch} messages, or when the queue runs dry). Rate = messages / (first send .. last consumer
 * commit). The scratch queue is destroyed afterwards.</li>
 * <li><b>End to end:</b> {@code --clients} HTTP clients post {@code POST /api/cas/commands/batch} of
 * {@code --batch} commands until {@code --commands} are committed (each batch one JTA transaction: broker XA +
 * journal row). Command i goes to card {@code i mod cards} (cards = commands / 2 by default), ACTIVATE_CARD in the
 * first round, DEACTIVATE_CARD in the second, so every batch spans {@code --batch} different cards and the two
 * commands of a card must stay in order; every {@code --sample-every}-th command is a SEND_OSD to its card instead,
 * whose arrival time the emulator records ({@code GET /cards/{n}}: messages[].receivedAt). Rate = commands /
 * (first POST .. the emulator's {@code accepted + rejected} counter reaching the total). The journal is complete
 * when the command queue and the event queue are both empty: a command is acknowledged once its outcome is on the
 * event queue, and the event MDB consumes an event message (a lane's batch of outcomes) in the JTA transaction of its
 * journal rows.</li>
 * <li><b>Latency</b> of each sampled command: emulator receivedAt minus the instant its batch's POST returned
 * (the transaction had committed; "commit to CAS"), and minus the instant the POST started ("issue to CAS").</li>
 * </ol>
 * A warm-up phase of {@code --warmup} commands (own cards) runs first and is not counted. CPU seconds of the
 * server, the broker and the emulator during each phase are read from /proc when their pid files are found.
 * <pre>
 * ./sms start --detach
 * mvn -q install -DskipTests -pl sms-bench -am
 * mvn -q -f sms-bench/pom.xml exec:java@cas-throughput -Dexec.args="--password ... --commands 50000"
 * </pre>
 * Options (defaults): --url http://127.0.0.1:8080/sms, --user admin, --password (env SMS_ADMIN_PASSWORD),
 * --broker tcp://127.0.0.1:61616, --broker-user sms, --broker-password (.work/secrets/broker-password),
 * --emulator http://127.0.0.1:7401, --commands 50000, --warmup 10000, --cards commands/2, --batch 1000,
 * --clients 4, --sample-every 50, --raw true, --raw-consumers 2, --e2e true, --timeout 900 (s, CAS answers),
 * --journal-timeout 900 (s, journal after the CAS answered).
 */
public final class CasThroughputBench {

    private static final Pattern UUID_IN_QUOTES = Pattern.compile("\"([0-9a-fA-F-]{36})\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final Map<String, String> opts;
    private final Path root;
    private final String api;
    private final String auth;
    private final String emulator;
    private final ActiveMQConnectionFactory cf;
    private final String brokerUser;
    private final String brokerPassword;
    private final int batch;
    private final int clients;

    private CasThroughputBench(Map<String, String> opts) throws IOException {
        this.opts = opts;
        this.root = ProductCpu.findRoot();
        this.api = opts.getOrDefault("url", "http://127.0.0.1:8080/sms").replaceAll("/$", "") + "/api";
        String password = opts.getOrDefault("password", System.getenv("SMS_ADMIN_PASSWORD"));
        if (password == null) {
            throw new IllegalArgumentException("give the MSO admin password: --password ... or env SMS_ADMIN_PASSWORD");
        }
        this.auth = "Basic " + Base64.getEncoder().encodeToString((opts.getOrDefault("user", "admin") + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        this.emulator = opts.getOrDefault("emulator", "http://127.0.0.1:7401").replaceAll("/$", "");
        this.cf = new ActiveMQConnectionFactory(opts.getOrDefault("broker", "tcp://127.0.0.1:61616"));
        cf.setReconnectAttempts(0);
        this.brokerUser = opts.getOrDefault("broker-user", "sms");
        this.brokerPassword = opts.containsKey("broker-password") ? opts.get("broker-password")
                : Files.readString(root.resolve(".work/secrets/broker-password")).strip();
        this.batch = Integer.parseInt(opts.getOrDefault("batch", "1000"));
        this.clients = Integer.parseInt(opts.getOrDefault("clients", "4"));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        new CasThroughputBench(opts).run();
        System.exit(0);
    }

    private void run() throws Exception {
        int commands = Integer.parseInt(opts.getOrDefault("commands", "50000"));
        int warmup = Integer.parseInt(opts.getOrDefault("warmup", "10000"));
        int cards = Integer.parseInt(opts.getOrDefault("cards", Integer.toString(Math.max(1, commands / 2))));
        int sampleEvery = Integer.parseInt(opts.getOrDefault("sample-every", "50"));
        int rawConsumers = Integer.parseInt(opts.getOrDefault("raw-consumers", "2"));
        boolean doRaw = Boolean.parseBoolean(opts.getOrDefault("raw", "true"));
        boolean doE2e = Boolean.parseBoolean(opts.getOrDefault("e2e", "true"));
        long timeoutMillis = Long.parseLong(opts.getOrDefault("timeout", "900")) * 1000;
        long journalTimeoutMillis = Long.parseLong(opts.getOrDefault("journal-timeout", "900")) * 1000;
        String run = Long.toString(System.currentTimeMillis() / 1000, 36).toUpperCase(Locale.ROOT);

        System.out.printf(Locale.ROOT, "CAS throughput bench, run %s: %d commands (warm-up %d), batches of %d, %d HTTP"
                + " clients, %d cards, 1 in %d commands sampled for latency; %d CPUs; load average %s%n", run, commands,
                warmup, batch, clients, cards, sampleEvery, Runtime.getRuntime().availableProcessors(), ProductCpu.loadAverage());

        if (doRaw) {
            if (warmup > 0) {
                rawBroker("warm-up", warmup, rawConsumers, "sms.bench.raw.w" + run);
            }
            rawBroker("measured", commands, rawConsumers, "sms.bench.raw." + run);
        }
        if (doE2e) {
            if (warmup > 0) {
                endToEnd("warm-up", warmup, Math.max(1, warmup / 2), "W" + run + "-", 0, timeoutMillis,
                        journalTimeoutMillis);
            }
            endToEnd("measured", commands, cards, "B" + run + "-", sampleEvery, timeoutMillis, journalTimeoutMillis);
        }
    }

    // ---------------------------------------------------------------------------------------------- raw broker

    private void rawBroker(String label, int n, int consumers, String queueName) throws Exception {
        System.out.printf(Locale.ROOT, "%n== Raw broker (%s): %d persistent messages like a queued command, %d producers"
                + " (transactions of %d), %d transacted consumers, queue %s%n", label, n, clients, batch, consumers,
                queueName);
        List<Connection> connections = new ArrayList<>();
        AtomicLong consumed = new AtomicLong();
        AtomicLong lastCommit = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        ProductCpu cpu0 = ProductCpu.take(root);
        try {
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < consumers; c++) {
                Connection con = cf.createConnection(brokerUser, brokerPassword);
                connections.add(con);
                Session s = con.createSession(true, Session.SESSION_TRANSACTED);
                MessageConsumer consumer = s.createConsumer(s.createQueue(queueName));
                con.start();
                threads.add(new Thread(() -> {
                    try {
                        int uncommitted = 0;
                        while (consumed.get() < n && failure.get() == null) {
                            Message m = consumer.receive(100);
                            if (m != null) {
                                ((TextMessage) m).getText();
                                m.getStringProperty("commandId");
                                uncommitted++;
                            }
                            if (uncommitted > 0 && (m == null || uncommitted >= batch)) {
                                s.commit();
                                consumed.addAndGet(uncommitted);
                                lastCommit.set(System.nanoTime());
                                uncommitted = 0;
                            }
                        }
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                    }
                }, "raw-consumer-" + c));
            }
            AtomicInteger nextBatch = new AtomicInteger();
            AtomicLong producedAt = new AtomicLong();
            AtomicInteger producersLeft = new AtomicInteger(clients);
            for (int p = 0; p < clients; p++) {
                Connection con = cf.createConnection(brokerUser, brokerPassword);
                connections.add(con);
                Session s = con.createSession(true, Session.SESSION_TRANSACTED);
                MessageProducer producer = s.createProducer(s.createQueue(queueName));
                producer.setDeliveryMode(DeliveryMode.PERSISTENT);
                threads.add(new Thread(() -> {
                    try {
                        for (int b; (b = nextBatch.getAndIncrement()) * batch < n && failure.get() == null; ) {
                            for (int i = b * batch; i < Math.min(n, (b + 1) * batch); i++) {
                                producer.send(commandLike(s, "R" + queueName.substring(queueName.lastIndexOf('.') + 1)
                                        + "-" + i));
                            }
                            s.commit();
                        }
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                    } finally {
                        if (producersLeft.decrementAndGet() == 0) {
                            producedAt.set(System.nanoTime());
                        }
                    }
                }, "raw-producer-" + p));
            }
            long t0 = System.nanoTime();
            threads.forEach(Thread::start);
            for (Thread t : threads) {
                t.join();
            }
            if (failure.get() != null) {
                throw new IllegalStateException("raw broker run failed", failure.get());
            }
            ProductCpu cpu1 = ProductCpu.take(root);
            double produceSec = (producedAt.get() - t0) / 1e9;
            double sec = (lastCommit.get() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "sent and committed: %.2f s (%,.0f msgs/s)%n", produceSec, n / produceSec);
            System.out.printf(Locale.ROOT, "%sRAW BROKER: %,d msgs sent and consumed in %.2f s = %,.0f msgs/s%n",
                    label.equals("measured") ? "" : "[warm-up] ", consumed.get(), sec, consumed.get() / sec);
            cpu1.printSince(cpu0, sec);
        } finally {
            for (Connection c : connections) {
                try {
                    c.close();
                } catch (JMSException ignored) {
                    // closing anyway
                }
            }
            destroyQueue(queueName);
        }
    }

    /** A message as the CAS adapter queues an ACTIVATE_CARD command (QueuedCommand.toMessage). */
    private static TextMessage commandLike(Session s, String card) throws JMSException {
        TextMessage m = s.createTextMessage("card=" + card + "\n");
        m.setIntProperty("casFormat", 1);
        ThreadLocalRandom r = ThreadLocalRandom.current(); // same length as a UUID, without SecureRandom's cost
        m.setStringProperty("commandId", new UUID(r.nextLong(), r.nextLong()).toString());
        m.setStringProperty("kind", "ACTIVATE_CARD");
        m.setStringProperty("card", card);
        m.setStringProperty("JMSXGroupID", card);
        m.setStringProperty("requestedBy", "admin");
        m.setStringProperty("surface", "REST");
        m.setLongProperty("issuedAt", System.currentTimeMillis());
        return m;
    }

    // ---------------------------------------------------------------------------------------------- end to end

    private record Sample(String card, String commandId, Instant sent, Instant committed) {
    }

    private void endToEnd(String label, int n, int cards, String prefix, int sampleEvery, long timeoutMillis,
                          long journalTimeoutMillis) throws Exception {
        System.out.printf(Locale.ROOT, "%n== End to end (%s): %,d commands over %,d cards %s*, %d clients posting"
                + " batches of %d%n", label, n, cards, prefix, clients, batch);
        long casBase = casAnswered();
        long dupBase = emulatorStat("duplicates");
        AtomicInteger nextBatch = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> postNanos = new ConcurrentLinkedQueue<>();
        AtomicLong committedCommands = new AtomicLong();
        AtomicLong busyRetries = new AtomicLong();
        ProductCpu cpu0 = ProductCpu.take(root);
        long t0 = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            threads.add(new Thread(() -> {
                try {
                    for (int b; (b = nextBatch.getAndIncrement()) * batch < n && failure.get() == null; ) {
                        int from = b * batch;
                        int to = Math.min(n, from + batch);
                        StringBuilder body = new StringBuilder(to * 60).append("{\"commands\":[");
                        for (int i = from; i < to; i++) {
                            String card = prefix + (i % cards);
                            String kind = sampleEvery > 0 && i % sampleEvery == 0 ? "SEND_OSD"
                                    : (i / cards) % 2 == 0 ? "ACTIVATE_CARD" : "DEACTIVATE_CARD";
                            body.append(i > from ? "," : "").append("{\"kind\":\"").append(kind).append("\",\"card\":\"")
                                    .append(card).append('"').append("SEND_OSD".equals(kind) ? ",\"text\":\"bench\"" : "")
                                    .append('}');
                        }
                        body.append("]}");
                        Instant sent = Instant.now();
                        long s0 = System.nanoTime();
                        HttpRequest post = HttpRequest.newBuilder(URI.create(api + "/cas/commands/batch"))
                                .header("Authorization", auth).header("Content-Type", "application/json")
                                .timeout(Duration.ofSeconds(120))
                                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
                        HttpResponse<String> r = HTTP.send(post, HttpResponse.BodyHandlers.ofString());
                        // 503 BUSY: another batch was giving one of these cards its first command at the same moment;
                        // nothing was changed, so the client sends the batch again after Retry-After, as any client would
                        for (int retry = 0; r.statusCode() == 503 && retry < 20; retry++) {
                            busyRetries.incrementAndGet();
                            Thread.sleep(1000L * Long.parseLong(r.headers().firstValue("Retry-After").orElse("1")));
                            r = HTTP.send(post, HttpResponse.BodyHandlers.ofString());
                        }
                        Instant committed = Instant.now();
                        postNanos.add(System.nanoTime() - s0);
                        if (r.statusCode() != 202) {
                            throw new IllegalStateException("batch " + b + ": HTTP " + r.statusCode() + " " + r.body());
                        }
                        List<String> ids = new ArrayList<>(to - from);
                        Matcher m = UUID_IN_QUOTES.matcher(r.body());
                        while (m.find()) {
                            ids.add(m.group(1));
                        }
                        if (ids.size() != to - from) {
                            throw new IllegalStateException("batch " + b + ": " + ids.size() + " ids for " + (to - from));
                        }
                        committedCommands.addAndGet(to - from);
                        for (int i = from; i < to; i++) {
                            if (sampleEvery > 0 && i % sampleEvery == 0) {
                                samples.add(new Sample(prefix + (i % cards), ids.get(i - from), sent, committed));
                            }
                        }
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, "http-client-" + c));
        }
        threads.forEach(Thread::start);

        // the emulator's counter of answered commands, polled until all are answered
        long committedAt = 0;
        long casAt = 0;
        long lastReport = t0;
        long deadline = t0 + timeoutMillis * 1_000_000;
        long answered = 0;
        while (casAt == 0) {
            if (failure.get() != null) {
                throw new IllegalStateException(label + " failed", failure.get());
            }
            long now = System.nanoTime();
            if (now > deadline) {
                throw new IllegalStateException(label + ": the CAS answered " + answered + " of " + n + " commands in "
                        + timeoutMillis / 1000 + " s");
            }
            if (committedAt == 0 && threads.stream().noneMatch(Thread::isAlive)) {
                committedAt = now;
            }
            answered = casAnswered() - casBase;
            if (answered >= n) {
                casAt = System.nanoTime();
                break;
            }
            if (now - lastReport > 5_000_000_000L) {
                lastReport = now;
                System.out.printf(Locale.ROOT, "  %5.1f s: committed %,d, answered by the CAS %,d%n", (now - t0) / 1e9,
                        committedCommands.get(), answered);
            }
            Thread.sleep(20);
        }
        for (Thread t : threads) {
            t.join();
        }
        if (committedAt == 0) {
            committedAt = System.nanoTime();
        }
        ProductCpu cpuCas = ProductCpu.take(root);
        long eventMessagesAtCas = queueCounter("sms.cas.events", "messageCount");
        double casSec = (casAt - t0) / 1e9;
        double commitSec = (committedAt - t0) / 1e9;

        // the journal: every outcome consumed by the event MDB (in the transaction of its journal insert)
        // (the dispatcher acknowledges a command only after its outcome's event is on the event queue, and the event
        // MDB consumes an event message in the transaction of its journal rows: both queues empty = all journalled)
        long journalAt = 0;
        long waiting = 0;
        long journalDeadline = System.nanoTime() + journalTimeoutMillis * 1_000_000;
        while (System.nanoTime() < journalDeadline) {
            waiting = queueCounter("sms.cas.commands", "messageCount") + queueCounter("sms.cas.events", "messageCount");
            if (waiting == 0) {
                journalAt = System.nanoTime();
                break;
            }
            Thread.sleep(100);
        }

        long[] post = postNanos.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "committed (all POSTs answered 202): %.2f s = %,.0f commands/s; POST of %d:"
                + " p50 %.0f ms, p95 %.0f ms, max %.0f ms; batches sent again after 503 BUSY: %d%n", commitSec,
                n / commitSec, batch, pct(post, 50) / 1e6, pct(post, 95) / 1e6, post[post.length - 1] / 1e6,
                busyRetries.get());
        System.out.printf(Locale.ROOT, "%sEND TO END (committed and acknowledged by the CAS): %,d commands in %.2f s"
                + " = %,.0f commands/s (emulator duplicates: %d)%n", label.equals("measured") ? "" : "[warm-up] ", n,
                casSec, n / casSec, emulatorStat("duplicates") - dupBase);
        System.out.printf(Locale.ROOT, "event messages waiting for the event MDB when the CAS had answered all: %,d"
                + " (a message holds a lane's batch of up to 200 outcomes)%n", eventMessagesAtCas);
        if (journalAt > 0) {
            double jSec = (journalAt - t0) / 1e9;
            System.out.printf(Locale.ROOT, "journal complete (all outcomes consumed by the event MDB): %.2f s ="
                    + " %,.0f commands/s%n", jSec, n / jSec);
        } else {
            double jSec = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "journal NOT complete after %.0f s: %,d command and event messages still"
                    + " waiting%n", jSec, waiting);
        }
        cpuCas.printSince(cpu0, casSec);
        if (sampleEvery > 0) {
            latencies(new ArrayList<>(samples));
        }
    }

    private void latencies(List<Sample> samples) throws Exception {
        List<Long> commitToCas = new ArrayList<>();
        List<Long> issueToCas = new ArrayList<>();
        int missing = 0;
        for (Sample s : samples) {
            String card = get(emulator + "/cards/" + URLEncoder.encode(s.card(), StandardCharsets.UTF_8));
            Matcher m = Pattern.compile("\"commandId\"\\s*:\\s*\"" + s.commandId() + "\"\\s*,\\s*\"receivedAt\"\\s*:\\s*\"([^\"]+)\"")
                    .matcher(card);
            if (!m.find()) {
                missing++;
                continue;
            }
            Instant received = Instant.parse(m.group(1));
            commitToCas.add(Duration.between(s.committed(), received).toNanos());
            issueToCas.add(Duration.between(s.sent(), received).toNanos());
        }
        long[] c = commitToCas.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] i = issueToCas.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "latency of %d sampled commands (%d not found at the CAS):%n", c.length, missing);
        System.out.printf(Locale.ROOT, "  LATENCY commit -> CAS (POST answered .. emulator receivedAt): p50 %.0f ms,"
                + " p95 %.0f ms, p99 %.0f ms, max %.0f ms (%d negative: applied before the 202 reached the client)%n",
                pct(c, 50) / 1e6, pct(c, 95) / 1e6, pct(c, 99) / 1e6, c[c.length - 1] / 1e6,
                Arrays.stream(c).filter(x -> x < 0).count());
        System.out.printf(Locale.ROOT, "  LATENCY issue -> CAS (POST sent .. emulator receivedAt): p50 %.0f ms, p95 %.0f"
                + " ms, p99 %.0f ms, max %.0f ms%n", pct(i, 50) / 1e6, pct(i, 95) / 1e6, pct(i, 99) / 1e6,
                i[i.length - 1] / 1e6);
        // a few journal lines through the product's REST API: the outcome arrived
        Map<String, Integer> states = new LinkedHashMap<>();
        for (Sample s : samples.subList(0, Math.min(20, samples.size()))) {
            String journal = get(api + "/cas/commands?card=" + URLEncoder.encode(s.card(), StandardCharsets.UTF_8));
            Matcher m = Pattern.compile("\"state\"\\s*:\\s*\"([A-Z]+)\"").matcher(journal);
            while (m.find()) {
                states.merge(m.group(1), 1, Integer::sum);
            }
        }
        System.out.println("  journal states of the commands of 20 sampled cards (GET /api/cas/commands?card=): " + states);
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int k = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, k))];
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private long casAnswered() throws IOException, InterruptedException {
        String stats = get(emulator + "/stats");
        return number(stats, "accepted") + number(stats, "rejected");
    }

    private long emulatorStat(String name) throws IOException, InterruptedException {
        return number(get(emulator + "/stats"), name);
    }

    private static long number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*(\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + field + " in " + json);
        }
        return Long.parseLong(m.group(1));
    }

    private String get(String url) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (url.startsWith(api)) {
            b.header("Authorization", auth);
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("GET " + url + ": HTTP " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    /** A counter of a broker queue through the management address (e.g. messagesAcknowledged). */
    private long queueCounter(String queue, String attribute) throws Exception {
        return ((Number) manage(m -> JMSManagementHelper.putAttribute(m, ResourceNames.QUEUE + queue, attribute)))
                .longValue();
    }

    private void destroyQueue(String queue) {
        try {
            manage(m -> JMSManagementHelper.putOperationInvocation(m, ResourceNames.BROKER, "destroyQueue", queue));
            manage(m -> JMSManagementHelper.putOperationInvocation(m, ResourceNames.BROKER, "deleteAddress", queue));
            System.out.println("scratch queue " + queue + " destroyed");
        } catch (Exception e) {
            System.out.println("could not destroy the scratch queue " + queue + ": " + e.getMessage());
        }
    }

    private interface Filler {
        void fill(Message m) throws Exception;
    }

    private Object manage(Filler request) throws Exception {
        try (Connection c = cf.createConnection(brokerUser, brokerPassword)) {
            QueueSession s = (QueueSession) c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Queue management = s.createQueue("activemq.management");
            QueueRequestor requestor = new QueueRequestor(s, management);
            c.start();
            Message m = s.createMessage();
            request.fill(m);
            Message reply = requestor.request(m);
            if (!JMSManagementHelper.hasOperationSucceeded(reply)) {
                throw new IllegalStateException("management request failed: " + JMSManagementHelper.getResult(reply));
            }
            return JMSManagementHelper.getResult(reply);
        }
    }
}
