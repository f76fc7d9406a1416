package org.opensms.sms.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opensms.sms.subscriber.CustomerIdScheme;

/**
 * Issue 4's measurements against the running product (server, broker, CAS emulator), on the data of
 * {@link SubscriberDataGenerator}: search latency over REST by customer ID, mobile, name, STB serial and card number;
 * the console's subscriber list page; and a bulk suspend of the big LCO's subscribers (default 100,000) until the CAS
 * has acknowledged every command, then the bulk resume that restores them. One client, requests one after the other,
 * so latencies are the server's, not a queue's; every answer is checked (status, and one match for exact searches).
 * <pre>
 * mvn -q -f sms-bench/pom.xml exec:java@scale -Dexec.args="--password PW --subscribers 1000000 [--repeat 200] [--bulk true|resume,suspend,...]"
 * </pre>
 */
public final class SubscriberScaleBench {

    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");
    private static final Pattern CUSTOMER = Pattern.compile("\"customerId\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http;
    private final String base;
    private final String auth;
    private final Random pick = new Random(11);

    private SubscriberScaleBench(String base, String user, String password) {
        this.base = base;
        this.auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
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
        SubscriberScaleBench b = new SubscriberScaleBench(opts.getOrDefault("url", "http://localhost:8080/sms"),
                opts.getOrDefault("user", "admin"), password);
        long n = Long.parseLong(opts.getOrDefault("subscribers", "1000000"));
        int repeat = Integer.parseInt(opts.getOrDefault("repeat", "200"));
        System.out.printf(Locale.ROOT, "%d processors; %,d subscribers; %d runs per line after 10 warm-up runs%n",
                Runtime.getRuntime().availableProcessors(), n, repeat);
        if (!"false".equals(opts.get("search"))) {
            b.searches(n, repeat);
        }
        if (!"false".equals(opts.get("console"))) {
            b.consoleList(Math.max(20, repeat / 4), password);
        }
        // --bulk true: suspend then resume (restoring the data); or a list, e.g. --bulk resume,suspend,resume
        String bulk = opts.getOrDefault("bulk", "false");
        for (String action : "true".equals(bulk) ? new String[] {"suspend", "resume"} : bulk.split(",")) {
            if (!action.equals("false")) {
                b.bulk(opts.getOrDefault("lco", SubscriberDataGenerator.BIG_LCO), action);
            }
        }
    }

    // ---------------------------------------------------------------- search over REST

    private void searches(long n, int repeat) throws Exception {
        CustomerIdScheme ids = new CustomerIdScheme(CustomerIdScheme.DEFAULT_FORMAT);
        // every subscriber that is ACTIVE or SUSPENDED has at least one pair, so pairs >= 0.9 n
        long pairs = n * 9 / 10;
        header("REST search (page of 25 and the total)");
        line("customer ID, exact", repeat, i -> "/api/subscribers?limit=25&customerId="
                + ids.forNumber(1 + rnd(n)).value(), 1);
        line("mobile, all 10 digits", repeat, i -> "/api/subscribers?limit=25&mobile="
                + SubscriberDataGenerator.mobile(1 + rnd(n)), 1);
        line("mobile, first 6 digits", repeat, i -> "/api/subscribers?limit=25&mobile="
                + SubscriberDataGenerator.mobile(1 + rnd(n)).substring(0, 6), -1);
        line("name, full (about 1,100 match), by name", repeat, i -> "/api/subscribers?limit=25&sort=name&name="
                + enc(BenchPeople.FIRST[pick.nextInt(BenchPeople.FIRST.length)] + " "
                + BenchPeople.LAST[pick.nextInt(BenchPeople.LAST.length)]), -1);
        line("name, first name + initial, by name", repeat, i -> "/api/subscribers?limit=25&sort=name&name="
                + enc(BenchPeople.FIRST[pick.nextInt(BenchPeople.FIRST.length)] + " "
                + BenchPeople.LAST[pick.nextInt(BenchPeople.LAST.length)].charAt(0)), -1);
        line("STB serial (who holds it)", repeat, i -> "/api/pairing/search?stb="
                + SubscriberDataGenerator.stbSerial(1 + rnd(pairs)), 0);
        line("card number (who holds it)", repeat, i -> "/api/pairing/search?card="
                + SubscriberDataGenerator.cardNumber(1 + rnd(pairs)), 0);
        if (probe("/api/subscribers?limit=1&stb=" + SubscriberDataGenerator.stbSerial(1)) == 1) {
            line("list filtered by STB serial", repeat, i -> "/api/subscribers?limit=25&stb="
                    + SubscriberDataGenerator.stbSerial(1 + rnd(pairs)), 1);
            line("list filtered by card number", repeat, i -> "/api/subscribers?limit=25&card="
                    + SubscriberDataGenerator.cardNumber(1 + rnd(pairs)), 1);
        }
    }

    private long rnd(long bound) {
        return (long) (pick.nextDouble() * bound);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The total of a list answer, or -1 when the server does not filter by that parameter. */
    private long probe(String path) throws Exception {
        HttpResponse<String> r = http.send(get(path), HttpResponse.BodyHandlers.ofString());
        Matcher m = TOTAL.matcher(r.body());
        return r.statusCode() == 200 && m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    /**
     * Times {@code repeat} GETs; {@code expectTotal}: 1 = a list answer with exactly one match, 0 = a single-record
     * answer (200 with a customer ID), -1 = any list answer.
     */
    private void line(String label, int repeat, IntFunction<String> paths, int expectTotal) throws Exception {
        for (int w = 0; w < 10; w++) {
            check(label, http.send(get(paths.apply(w)), HttpResponse.BodyHandlers.ofString()), expectTotal);
        }
        long[] nanos = new long[repeat];
        long matched = 0;
        for (int i = 0; i < repeat; i++) {
            HttpRequest req = get(paths.apply(i));
            long t = System.nanoTime();
            HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
            nanos[i] = System.nanoTime() - t;
            matched += check(label, r, expectTotal);
        }
        print(label, nanos, matched / repeat);
    }

    private long check(String label, HttpResponse<String> r, int expectTotal) {
        if (r.statusCode() != 200) {
            throw new IllegalStateException(label + ": " + r.uri() + " answered " + r.statusCode() + ": " + r.body());
        }
        if (expectTotal == 0) {
            if (!CUSTOMER.matcher(r.body()).find()) {
                throw new IllegalStateException(label + ": " + r.uri() + " named no subscriber: " + r.body());
            }
            return 1;
        }
        Matcher m = TOTAL.matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException(label + ": " + r.uri() + " gave no total: " + r.body());
        }
        long total = Long.parseLong(m.group(1));
        if (expectTotal == 1 && total != 1) {
            throw new IllegalStateException(label + ": " + r.uri() + " matched " + total + ", expected exactly 1");
        }
        return total;
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth)
                .header("Accept", "application/json").timeout(Duration.ofSeconds(60)).GET().build();
    }

    // ---------------------------------------------------------------- the console's list page

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    /** Logs in through the login form (a session cookie), then times full GETs of the subscriber list page. */
    private void consoleList(int repeat, String password) throws Exception {
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher vs = VIEW_STATE.matcher(login.body());
        if (!vs.find()) {
            throw new IllegalStateException("no view state on the login page: " + login.statusCode());
        }
        String form = "login=login&login%3Ausername=admin&login%3Apassword=" + enc(password)
                + "&login%3Asubmit=&jakarta.faces.ViewState=" + enc(vs.group(1));
        HttpResponse<String> in = http.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (in.body().contains("id=\"login:password\"")) {
            throw new IllegalStateException("console login failed (status " + in.statusCode() + ")");
        }
        header("Console (browser's view: the whole HTML page, first page of 25 rows and the count)");
        HttpRequest page = HttpRequest.newBuilder(URI.create(base + "/subscriber/list.xhtml")).GET().build();
        long[] nanos = new long[repeat];
        long bytes = 0;
        for (int i = -5; i < repeat; i++) {
            long t = System.nanoTime();
            HttpResponse<String> r = http.send(page, HttpResponse.BodyHandlers.ofString());
            long d = System.nanoTime() - t;
            if (r.statusCode() != 200 || !r.body().contains("SMS")) {
                throw new IllegalStateException("list page answered " + r.statusCode());
            }
            if (r.body().contains("id=\"login:password\"")) {
                throw new IllegalStateException("the list page sent us to the login page");
            }
            if (i >= 0) {
                nanos[i] = d;
                bytes += r.body().length();
            }
        }
        print("subscriber list page (" + bytes / repeat / 1024 + " KB)", nanos, -1);
    }

    // ---------------------------------------------------------------- bulk suspend and resume

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"(\\w+)\"");

    private static long number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*(\\d+)").matcher(json);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    /**
     * Starts the bulk job on the LCO, then polls the job every second until DONE and the CAS journal every two seconds
     * until no command of the job's kind is PENDING. Prints the times to both, and the commands' outcomes.
     */
    private void bulk(String lco, String action) throws Exception {
        String kind = action.equals("suspend") ? "DEACTIVATE_CARD" : "ACTIVATE_CARD";
        long acceptedBefore = journalCount(kind, "ACCEPTED");
        String body = "{\"reason\":\"benchmark " + action + "\",\"lco\":\"" + lco + "\"}";
        long t0 = System.nanoTime();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/subscribers/bulk/" + action))
                .header("Authorization", auth).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 202) {
            throw new IllegalStateException("bulk " + action + " answered " + r.statusCode() + ": " + r.body());
        }
        Matcher id = ID.matcher(r.body());
        id.find();
        String job = id.group(1);
        header("Bulk " + action + " of LCO " + lco + " (job " + job + ")");
        String state;
        String json;
        do {
            Thread.sleep(1000);
            json = http.send(get("/api/subscribers/bulk/" + job), HttpResponse.BodyHandlers.ofString()).body();
            Matcher s = STATUS.matcher(json);
            s.find();
            state = s.group(1);
        } while (state.equals("QUEUED") || state.equals("RUNNING"));
        double jobDone = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "job %s after %.1f s: total %,d, succeeded %,d, skipped %,d, failed %,d (%.0f subscribers/s)%n",
                state, jobDone, number(json, "total"), number(json, "succeeded"), number(json, "skipped"),
                number(json, "failed"), number(json, "succeeded") / jobDone);
        long pending;
        List<String> trace = new ArrayList<>();
        do {
            Thread.sleep(2000);
            long q = System.nanoTime();
            pending = journalCount(kind, "PENDING");
            trace.add(String.format(Locale.ROOT, "%.0fs:%d(%.0fms)", (System.nanoTime() - t0) / 1e9, pending,
                    (System.nanoTime() - q) / 1e6));
        } while (pending > 0);
        double acked = (System.nanoTime() - t0) / 1e9;
        long accepted = journalCount(kind, "ACCEPTED") - acceptedBefore;
        System.out.printf(Locale.ROOT, "every %s acknowledged after %.1f s: %,d accepted (%.0f commands/s end to end),"
                        + " rejected in all %,d, failed in all %,d%n", kind, acked, accepted, accepted / acked,
                journalCount(kind, "REJECTED"), journalCount(kind, "FAILED"));
        System.out.println("pending commands while waiting (time since start: count, time of the count query): "
                + String.join(" ", trace));
    }

    private long journalCount(String kind, String state) throws Exception {
        HttpResponse<String> r = http.send(get("/api/cas/commands?limit=1&kind=" + kind + "&state=" + state),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("journal answered " + r.statusCode() + ": " + r.body());
        }
        return Long.parseLong(r.headers().firstValue("X-Total-Count").orElseThrow());
    }

    // ---------------------------------------------------------------- printing

    private static void header(String title) {
        System.out.printf(Locale.ROOT, "%n%s%n%-50s %8s %8s %8s %8s%n", title, "", "p50 ms", "p95 ms", "p99 ms", "max ms");
    }

    private static void print(String label, long[] nanos, long matched) {
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%-50s %8.1f %8.1f %8.1f %8.1f%s%n", label, pct(nanos, 50), pct(nanos, 95),
                pct(nanos, 99), nanos[nanos.length - 1] / 1e6,
                matched < 0 ? "" : String.format(Locale.ROOT, "   (%,d match on average)", matched));
    }

    private static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
