package org.opensms.sms.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.opensms.sms.shared.BusinessCalendar;

/**
 * The expiry and renewal run over the due subscriptions (issue 5 item 7), against the running product on the
 * database {@link SubscriptionDataGenerator} filled (RESULTS.md, "Expiry and renewal run"):
 * <ol>
 *   <li>counts what is due (ACTIVE, end date before today in India) and draws a random sample of the due
 *       subscriptions with their card, product and whether they should renew (auto-renew, product on sale, not an
 *       event);</li>
 *   <li>starts the run ({@code POST /api/subscriptions/renewal-run}) and polls {@code GET /api/subscriptions/renewal-run}
 *       every second until it has finished;</li>
 *   <li>then waits until the CAS emulator has answered every entitlement command the run issued (its {@code /stats}:
 *       accepted + rejected; the commands are the journal's ADD_ENTITLEMENT and CANCEL_ENTITLEMENT rows after the last
 *       row before the run), and until the journal holds an outcome for each;</li>
 *   <li>checks: the run's counts against the database (expired and renewed rows), every sampled card in the emulator
 *       ({@code GET /cards/{n}}): a renewed subscription's entitlement ends at midnight after its new end date, an
 *       expired one's is gone, and the card's entitlements equal what the SMS expects
 *       ({@code cas_card_expected_entitlement}); no command rejected.</li>
 * </ol>
 * Prints the run time, the time to the last acknowledgement, commands/s, the load average and the CPU seconds of each
 * process. The database is read directly (JDBC) for the counts, the journal and the checks.
 * <pre>
 * mvn -q -f sms-bench/pom.xml exec:java@renewal -Dexec.args="--password PW [--database sms_bench1m] [--sample 2000]"
 * </pre>
 */
public final class SubscriptionRenewalBench {

    private static final String KINDS = "('ADD_ENTITLEMENT','CANCEL_ENTITLEMENT')";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String emulator;
    private final String auth;
    private final DataSource ds;
    private final Path root = ProductCpu.findRoot();

    private SubscriptionRenewalBench(String base, String emulator, String user, String password, DataSource ds) {
        this.base = base;
        this.emulator = emulator;
        this.auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.ds = ds;
    }

    /** A due subscription of the sample, as it was before the run. */
    private record Sampled(long id, String card, String casProduct, boolean shouldRenew, LocalDate end) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String password = opts.get("password");
        if (password == null) {
            throw new IllegalArgumentException("--password <the admin password ./sms start printed> is required");
        }
        SubscriptionRenewalBench b = new SubscriptionRenewalBench(opts.getOrDefault("url", "http://127.0.0.1:8080/sms"),
                opts.getOrDefault("emulator", "http://127.0.0.1:7401"), opts.getOrDefault("user", "admin"), password,
                BenchDatabase.postgres(opts.getOrDefault("database", "sms_bench1m")));
        int ok = b.run(Integer.parseInt(opts.getOrDefault("sample", "2000")),
                Integer.parseInt(opts.getOrDefault("ack-timeout", "1800")),
                opts.containsKey("today") ? LocalDate.parse(opts.get("today")) : BusinessCalendar.today(Clock.systemUTC()));
        System.exit(ok);
    }

    private int run(int sampleSize, int ackTimeoutSeconds, LocalDate today) throws Exception {
        System.out.printf(Locale.ROOT, "expiry and renewal run as of %s; %d cores; load average %s%n", today,
                Runtime.getRuntime().availableProcessors(), ProductCpu.loadAverage());
        long dueCount;
        long dueAuto;
        long lastCommandBefore;
        List<Sampled> sample = new ArrayList<>();
        try (Connection c = ds.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("select count(*), count(*) filter (where auto_renew) from"
                    + " subscription where status = 'ACTIVE' and end_date < ?")) {
                ps.setObject(1, today);
                ResultSet rs = ps.executeQuery();
                rs.next();
                dueCount = rs.getLong(1);
                dueAuto = rs.getLong(2);
            }
            lastCommandBefore = single(c, "select coalesce(max(id), 0) from cas_command");
            try (PreparedStatement ps = c.prepareStatement("select s.id, pr.card_number, p.cas_product_id,"
                    + " s.auto_renew and p.status = 'ACTIVE' and p.kind <> 'EVENT', s.end_date from subscription s"
                    + " join product p on p.id = s.product_id join pairing pr on pr.current_stb = s.stb_serial"
                    + " where s.status = 'ACTIVE' and s.end_date < ? order by random() limit ?")) {
                ps.setObject(1, today);
                ps.setInt(2, sampleSize);
                ResultSet rs = ps.executeQuery();
                while (rs.next()) {
                    sample.add(new Sampled(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                            rs.getObject(5, LocalDate.class)));
                }
            }
        }
        System.out.printf(Locale.ROOT, "due: %,d subscriptions (%,d set to auto-renew); sample of %,d drawn%n",
                dueCount, dueAuto, sample.size());
        long answeredBefore = emulatorStat("accepted") + emulatorStat("rejected");
        long rejectedBefore = emulatorStat("rejected");

        ProductCpu cpu0 = ProductCpu.take(root);
        long t0 = System.nanoTime();
        Instant benchStart = Instant.now();
        HttpResponse<String> start = http.send(request("/api/subscriptions/renewal-run")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        boolean soap = false;
        if (start.statusCode() == 404) {
            // no REST resource in this build: SOAP SubscriptionService.startRenewalRun, if the build has it
            start = soap("startRenewalRun");
            soap = start.statusCode() == 200;
        }
        boolean viaRest = start.statusCode() != 404;
        if (viaRest && start.statusCode() / 100 != 2) {
            throw new IllegalStateException("starting the run answered " + start.statusCode() + ": " + start.body());
        }
        String report;
        if (viaRest) {
            System.out.println("started" + (soap ? " over SOAP: " : ": ") + start.statusCode() + " " + start.body());
        } else {
            // no REST resource in this build: the hourly run (minute 5 in India, hh:35 UTC) starts it; watched in the database
            System.out.println("no POST /api/subscriptions/renewal-run in this build (404): waiting for the hourly run"
                    + " (minute 5 in India = hh:35 UTC), watched through the database");
            while (processed(benchStart).equals("{\"due\":0,\"expired\":0,\"renewed\":0,\"failed\":0}")) {
                Thread.sleep(2000);
            }
            cpu0 = ProductCpu.take(root);
            t0 = System.nanoTime();
            System.out.println("the run started at about " + Instant.now());
        }
        long lastPrint = 0;
        long lastDue = -1;
        long sameSince = System.nanoTime();
        while (true) {
            // not too often: the GET counts the due subscriptions, and the database's counts read the history lines
            Thread.sleep(viaRest ? 2000 : 5000);
            boolean done;
            if (viaRest) {
                report = soap ? soapRun(soap("lastRenewalRun").body()) : lastRun(get("/api/subscriptions/renewal-run"));
                done = finished(report);
            } else {
                report = processed(benchStart);
                try (Connection c = ds.getConnection()) {
                    long left = countDue(c, today);
                    if (left != lastDue) {
                        lastDue = left;
                        sameSince = System.nanoTime();
                    }
                    done = left == 0 || System.nanoTime() - sameSince > 30e9;
                }
            }
            long now = System.nanoTime();
            if (done || now - lastPrint > 15e9) {
                lastPrint = now;
                long answered = emulatorStat("accepted") + emulatorStat("rejected") - answeredBefore;
                System.out.printf(Locale.ROOT, "  %5.0f s: due %,d, expired %,d, renewed %,d, failed %,d; CAS answered %,d;"
                                + " load %s%n", (now - t0) / 1e9, number(report, "due"), number(report, "expired"),
                        number(report, "renewed"), number(report, "failed"), answered, ProductCpu.loadAverage());
            }
            if (done) {
                break;
            }
        }
        if (!viaRest) {
            try (Connection c = ds.getConnection()) {
                String span = text(c, "select min(occurred_at) || ' .. ' || max(occurred_at) from subscription_event"
                        + " where occurred_by = 'system' and occurred_at >= '" + benchStart + "'");
                System.out.println("history lines of the run, first .. last: " + span);
            }
        }
        double runSeconds = (System.nanoTime() - t0) / 1e9;
        ProductCpu cpuRun = ProductCpu.take(root);
        long issued;
        try (Connection c = ds.getConnection()) {
            issued = single(c, "select count(*) from cas_command where id > " + lastCommandBefore + " and kind in " + KINDS);
        }
        System.out.printf(Locale.ROOT, "RUN finished in %.1f s (client side, POST .. report finished): %s%n", runSeconds, report);
        System.out.println(cpuRun.since(cpu0, runSeconds));
        System.out.printf(Locale.ROOT, "commands issued by the run: %,d (%,.0f/s over the run)%n", issued, issued / runSeconds);

        // the CAS's acknowledgements, then the journal's outcomes
        double ackSeconds = -1;
        double journalSeconds = -1;
        long deadline = t0 + ackTimeoutSeconds * 1_000_000_000L;
        long answered = 0;
        long journalled = 0;
        while (System.nanoTime() < deadline && (ackSeconds < 0 || journalSeconds < 0)) {
            if (ackSeconds < 0) {
                answered = emulatorStat("accepted") + emulatorStat("rejected") - answeredBefore;
                if (answered >= issued) {
                    ackSeconds = (System.nanoTime() - t0) / 1e9;
                }
            }
            if (journalSeconds < 0) {
                try (Connection c = ds.getConnection()) {
                    journalled = single(c, "select count(*) from cas_command c where c.id > " + lastCommandBefore
                            + " and c.kind in " + KINDS + " and exists (select 1 from cas_command_outcome o"
                            + " where o.command_id = c.command_id)");
                }
                if (journalled >= issued) {
                    journalSeconds = (System.nanoTime() - t0) / 1e9;
                }
            }
            if (ackSeconds < 0 || journalSeconds < 0) {
                System.out.printf(Locale.ROOT, "  %5.0f s: CAS answered %,d of %,d, journal outcomes %,d; load %s%n",
                        (System.nanoTime() - t0) / 1e9, answered, issued, journalled, ProductCpu.loadAverage());
                Thread.sleep(2000);
            }
        }
        ProductCpu cpuEnd = ProductCpu.take(root);
        double total = (System.nanoTime() - t0) / 1e9;
        long rejected = emulatorStat("rejected") - rejectedBefore;
        System.out.println();
        System.out.printf(Locale.ROOT, "RESULT: %,d due, %,d expired, %,d renewed, %,d failed (report)%n",
                number(report, "due"), number(report, "expired"), number(report, "renewed"), number(report, "failed"));
        System.out.printf(Locale.ROOT, "  run: %.1f s = %,.0f subscriptions/s%n", runSeconds, number(report, "due") / runSeconds);
        System.out.printf(Locale.ROOT, "  every command acknowledged by the CAS: %s (%,d commands, %,.0f commands/s end to end,"
                + " %,d rejected)%n", ackSeconds < 0 ? "NOT within " + ackTimeoutSeconds + " s (" + answered + " answered)"
                : String.format(Locale.ROOT, "%.1f s", ackSeconds), issued, ackSeconds < 0 ? 0 : issued / ackSeconds, rejected);
        System.out.printf(Locale.ROOT, "  every outcome journalled: %s%n", journalSeconds < 0 ? "NOT within " + ackTimeoutSeconds
                + " s (" + journalled + ")" : String.format(Locale.ROOT, "%.1f s", journalSeconds));
        System.out.println(cpuEnd.since(cpu0, total));
        System.out.printf(Locale.ROOT, "  load average at the end: %s%n", ProductCpu.loadAverage());

        return check(today, dueCount, dueAuto, issued, rejected, report, sample) ? 0 : 1;
    }

    /** The database's and the emulator's end state; false if anything is wrong. */
    private boolean check(LocalDate today, long dueCount, long dueAuto, long issued, long rejected, String report,
                          List<Sampled> sample) throws Exception {
        boolean ok = true;
        try (Connection c = ds.getConnection()) {
            long stillDue = countDue(c, today);
            Map<String, Long> journal = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement("select o.outcome, count(*) from cas_command c join"
                    + " cas_command_outcome o on o.command_id = c.command_id where c.kind in " + KINDS
                    + " group by o.outcome")) {
                ResultSet rs = ps.executeQuery();
                while (rs.next()) {
                    journal.put(rs.getString(1), rs.getLong(2));
                }
            }
            System.out.printf(Locale.ROOT, "CHECK database: still due %,d; journal outcomes of entitlement commands %s%n",
                    stillDue, journal);
            ok &= expect("nothing due after the run", stillDue == number(report, "failed"));
            ok &= expect("due + failed = counted due", number(report, "due") == dueCount);
            ok &= expect("a command per subscription (every sampled one has a card)", issued
                    == number(report, "expired") + number(report, "renewed"));
            ok &= expect("no command rejected by the CAS", rejected == 0);
            int renewedOk = 0;
            int expiredOk = 0;
            int agree = 0;
            List<String> wrong = new ArrayList<>();
            for (Sampled s : sample) {
                String status;
                LocalDate end;
                try (PreparedStatement ps = c.prepareStatement("select status, end_date from subscription where id = ?")) {
                    ps.setLong(1, s.id());
                    ResultSet rs = ps.executeQuery();
                    rs.next();
                    status = rs.getString(1);
                    end = rs.getObject(2, LocalDate.class);
                }
                Map<String, String[]> expected = new TreeMap<>();
                try (PreparedStatement ps = c.prepareStatement("select product, starts_at, ends_at from"
                        + " cas_card_expected_entitlement where card = ?")) {
                    ps.setString(1, s.card());
                    ResultSet rs = ps.executeQuery();
                    while (rs.next()) {
                        expected.put(rs.getString(1), new String[] {
                                rs.getObject(2, OffsetDateTime.class).toInstant().toString(),
                                rs.getObject(3, OffsetDateTime.class).toInstant().toString()});
                    }
                }
                Map<String, String[]> actual = new TreeMap<>();
                String card = get(emulator + "/cards/" + s.card());
                Matcher m = Pattern.compile("\\{\\s*\"product\"\\s*:\\s*\"([^\"]+)\"\\s*,\\s*\"start\"\\s*:\\s*\"([^\"]+)\"\\s*,\\s*\"end\"\\s*:\\s*\"([^\"]+)\"\\s*\\}")
                        .matcher(card);
                while (m.find()) {
                    actual.put(m.group(1), new String[] {Instant.parse(m.group(2)).toString(), Instant.parse(m.group(3)).toString()});
                }
                String[] e = actual.get(s.casProduct());
                if (s.shouldRenew()) {
                    boolean good = "ACTIVE".equals(status) && !end.isBefore(today) && e != null
                            && e[1].equals(BusinessCalendar.endOf(end).toString());
                    renewedOk += good ? 1 : 0;
                    if (!good) {
                        wrong.add("subscription " + s.id() + " (card " + s.card() + ", " + s.casProduct() + ") should be renewed:"
                                + " status " + status + ", end " + end + ", CAS " + (e == null ? "none" : e[0] + ".." + e[1]));
                    }
                } else {
                    boolean good = "EXPIRED".equals(status) && e == null;
                    expiredOk += good ? 1 : 0;
                    if (!good) {
                        wrong.add("subscription " + s.id() + " (card " + s.card() + ", " + s.casProduct() + ") should be expired:"
                                + " status " + status + ", CAS " + (e == null ? "none" : e[0] + ".." + e[1]));
                    }
                }
                if (same(expected, actual)) {
                    agree++;
                } else {
                    wrong.add("card " + s.card() + ": SMS expects " + show(expected) + ", CAS has " + show(actual));
                }
            }
            long shouldRenew = sample.stream().filter(Sampled::shouldRenew).count();
            System.out.printf(Locale.ROOT, "CHECK sample of %,d cards in the emulator: renewed right %,d of %,d, expired right"
                            + " %,d of %,d; SMS and CAS agree on the card's entitlements: %,d of %,d%n", sample.size(), renewedOk,
                    shouldRenew, expiredOk, sample.size() - shouldRenew, agree, sample.size());
            wrong.stream().limit(10).forEach(w -> System.out.println("  WRONG " + w));
            ok &= expect("sample right", wrong.isEmpty());
        }
        System.out.println(ok ? "ALL CHECKS PASSED" : "SOME CHECKS FAILED");
        return ok;
    }

    private static boolean same(Map<String, String[]> a, Map<String, String[]> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (Map.Entry<String, String[]> e : a.entrySet()) {
            String[] o = b.get(e.getKey());
            if (!e.getValue()[0].equals(o[0]) || !e.getValue()[1].equals(o[1])) {
                return false;
            }
        }
        return true;
    }

    private static String show(Map<String, String[]> m) {
        StringBuilder sb = new StringBuilder("{");
        m.forEach((k, v) -> sb.append(k).append('=').append(v[0]).append("..").append(v[1]).append(' '));
        return sb.append('}').toString();
    }

    private static boolean expect(String what, boolean holds) {
        if (!holds) {
            System.out.println("  FAILED: " + what);
        }
        return holds;
    }

    private static long countDue(Connection c, LocalDate today) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select count(*) from subscription where status = 'ACTIVE' and end_date < ?")) {
            ps.setObject(1, today);
            ResultSet rs = ps.executeQuery();
            rs.next();
            return rs.getLong(1);
        }
    }

    /** What the run has done since the bench started, read from the database, shaped like the run's report. */
    private String processed(Instant since) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("select count(*) filter (where"
                + " kind = 'EXPIRED'), count(*) filter (where kind = 'RENEWED') from subscription_event where occurred_by ="
                + " 'system' and occurred_at >= ?")) {
            ps.setObject(1, OffsetDateTime.ofInstant(since, java.time.ZoneOffset.UTC));
            ResultSet rs = ps.executeQuery();
            rs.next();
            long expired = rs.getLong(1);
            long renewed = rs.getLong(2);
            return "{\"due\":" + (expired + renewed) + ",\"expired\":" + expired + ",\"renewed\":" + renewed + ",\"failed\":0}";
        }
    }

    private static String text(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The run's report in {@code GET /api/subscriptions/renewal-run}'s answer ({@code {"due": n, "lastRun": {...}}}). */
    private static String lastRun(String status) {
        Matcher m = Pattern.compile("\"lastRun\"\\s*:\\s*(\\{[^{}]*\\})").matcher(status);
        return m.find() ? m.group(1) : "{}";
    }

    private HttpResponse<String> soap(String operation) throws Exception {
        String envelope = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:s=\"urn:opensms:sms:1\"><soapenv:Body><s:" + operation + "/></soapenv:Body></soapenv:Envelope>";
        return http.send(request("/ws/SubscriptionService").header("Content-Type", "text/xml; charset=utf-8")
                .header("SOAPAction", "\"\"").POST(HttpRequest.BodyPublishers.ofString(envelope)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The SOAP RenewalRun as the JSON fields this bench reads. */
    private static String soapRun(String xml) {
        StringBuilder sb = new StringBuilder("{");
        for (String f : new String[] {"due", "expired", "renewed", "failed", "running", "finishedAt"}) {
            Matcher m = Pattern.compile("<(?:\\w+:)?" + f + ">([^<]*)</").matcher(xml);
            if (m.find()) {
                boolean quoted = f.equals("finishedAt");
                sb.append(sb.length() > 1 ? "," : "").append('"').append(f).append("\":").append(quoted ? "\"" : "")
                        .append(m.group(1)).append(quoted ? "\"" : "");
            }
        }
        return sb.append('}').toString();
    }

    /** The run's report has finished: a finish time, or not running. */
    private static boolean finished(String report) {
        return Pattern.compile("\"finishedAt\"\\s*:\\s*\"").matcher(report).find()
                || Pattern.compile("\"running\"\\s*:\\s*false").matcher(report).find();
    }

    private static long number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*(\\d+)").matcher(json);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private long emulatorStat(String name) throws Exception {
        return number(get(emulator + "/stats"), name);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth)
                .header("Accept", "application/json").timeout(Duration.ofSeconds(60));
    }

    private String get(String pathOrUrl) throws Exception {
        HttpRequest r = pathOrUrl.startsWith("http") ? HttpRequest.newBuilder(URI.create(pathOrUrl))
                .timeout(Duration.ofSeconds(60)).build() : request(pathOrUrl).GET().build();
        HttpResponse<String> resp = http.send(r, HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() != 200) {
            throw new IllegalStateException("GET " + pathOrUrl + " answered " + resp.statusCode() + ": " + resp.body());
        }
        return resp.body();
    }
}
