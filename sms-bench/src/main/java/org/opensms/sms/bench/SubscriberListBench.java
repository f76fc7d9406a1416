package org.opensms.sms.bench;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.opensms.sms.shared.IndianState;
import org.opensms.sms.shared.PageRequest;
import org.opensms.sms.subscriber.CustomerIdScheme;
import org.opensms.sms.subscriber.SubscriberFilter;
import org.opensms.sms.subscriber.SubscriberStatus;
import org.opensms.sms.subscriber.internal.SubscriberRepository;

/**
 * The subscriber list at scale: fills an empty schema with N subscribers (default 1,000,000) and times
 * the queries the console's lazy table and the REST list make, through the production repository and
 * mapping (EclipseLink, the real migrations). Prints latency percentiles per query.
 * <pre>mvn -q install -DskipTests && mvn -q -f sms-bench/pom.xml exec:java -Dexec.args="--db h2 --rows 1000000"</pre>
 */
public final class SubscriberListBench {


    private SubscriberListBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String db = opts.getOrDefault("db", "h2");
        int rows = Integer.parseInt(opts.getOrDefault("rows", "1000000"));
        int repeat = Integer.parseInt(opts.getOrDefault("repeat", "40"));
        boolean refill = !"false".equals(opts.get("fill"));
        DataSource ds = "postgresql".equals(db) ? BenchDatabase.postgres("sms_bench") : BenchDatabase.h2(H2_URL);
        String url = "postgresql".equals(db) ? "jdbc:postgresql://127.0.0.1:5432/sms_bench?user=postgres" : H2_URL;

        BenchDatabase.migrate(ds, refill);
        if (refill) {
            long t0 = System.nanoTime();
            fill(ds, rows);
            System.out.printf(Locale.ROOT, "%s: inserted %,d subscribers in %.1f s%n", db, rows, (System.nanoTime() - t0) / 1e9);
        }
        if ("postgresql".equals(db)) {
            try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
                st.execute("analyze subscriber");
            }
        }

        Map<String, Object> props = new HashMap<>();
        props.put(PersistenceUnitProperties.TRANSACTION_TYPE, "RESOURCE_LOCAL");
        props.put(PersistenceUnitProperties.JTA_DATASOURCE, null);
        // EclipseLink's own connection pool stands in for the server's pool: connections stay open between queries
        props.put(PersistenceUnitProperties.JDBC_URL, url);
        props.put(PersistenceUnitProperties.JDBC_USER, "postgresql".equals(db) ? "postgres" : "sa");
        EntityManagerFactory emf = Persistence.createEntityManagerFactory("sms", props);
        System.out.printf(Locale.ROOT, "%-52s %8s %8s %8s %8s%n", "query (page of 25 + its count, as the console)", "p50 ms", "p95 ms", "p99 ms", "max ms");
        Random pick = new Random(7);
        SubscriberFilter all = SubscriberFilter.ALL;
        run(emf, repeat, "first page, by customer ID", i -> all, i -> new PageRequest(0, 25, null, i % 2 == 0));
        run(emf, repeat, "first page, by name", i -> all, i -> new PageRequest(0, 25, "name", i % 2 == 0));
        run(emf, repeat, "deep page (random offset up to 500,000)", i -> all,
                i -> new PageRequest(pick.nextInt(500_000), 25, null, true));
        run(emf, repeat, "name starts with '<first name> <initial>', by name",
                i -> filter(BenchPeople.FIRST[pick.nextInt(BenchPeople.FIRST.length)] + " " + BenchPeople.LAST[pick.nextInt(BenchPeople.LAST.length)].charAt(0), null, null, null),
                i -> new PageRequest(0, 25, "name", true));
        run(emf, repeat, "mobile starts with 5 random digits", i -> filter(null, String.valueOf(60000 + pick.nextInt(39999)), null, null),
                i -> PageRequest.first(25));
        run(emf, repeat, "customer ID starts with SMS00nnn", i -> new SubscriberFilter(
                String.format("SMS00%03d", pick.nextInt(1000)), null, null, null, null, null), i -> PageRequest.first(25));
        run(emf, repeat, "city (about 50,000 match), by name", i -> filter(null, null, BenchPeople.CITIES[pick.nextInt(BenchPeople.CITIES.length)][0], null),
                i -> new PageRequest(0, 25, "name", true));
        run(emf, repeat, "state and status, by customer ID", i -> filter(null, null, null,
                IndianState.parse(BenchPeople.CITIES[pick.nextInt(BenchPeople.CITIES.length)][1])), i -> PageRequest.first(25));
        emf.close();
    }

    private static SubscriberFilter filter(String name, String mobile, String city, IndianState state) {
        return new SubscriberFilter(null, name, mobile, city, state, state == null ? null : SubscriberStatus.REGISTERED);
    }

    /** Times {@code repeat} runs, each with its own filter and page so that no database result cache answers. */
    private static void run(EntityManagerFactory emf, int repeat, String label, IntFunction<SubscriberFilter> filters,
                            IntFunction<PageRequest> pages) {
        long[] nanos = new long[repeat];
        for (int warm = 0; warm < 3; warm++) {
            timed(emf, filters.apply(warm), pages.apply(warm));
        }
        long matched = 0;
        for (int i = 0; i < repeat; i++) {
            SubscriberFilter f = filters.apply(i);
            PageRequest p = pages.apply(i);
            long t = System.nanoTime();
            matched += timed(emf, f, p).get();
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%-52s %8.1f %8.1f %8.1f %8.1f   (%,d match on average)%n", label, pct(nanos, 50),
                pct(nanos, 95), pct(nanos, 99), nanos[nanos.length - 1] / 1e6, matched / repeat);
    }

    private static Supplier<Long> timed(EntityManagerFactory emf, SubscriberFilter filter, PageRequest page) {
        EntityManager em = emf.createEntityManager();
        try {
            SubscriberRepository repo = new SubscriberRepository(em);
            repo.list(filter, page).size();
            long count = repo.count(filter);
            return () -> count;
        } finally {
            em.close();
        }
    }

    private static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static void fill(DataSource ds, int rows) throws Exception {
        CustomerIdScheme ids = new CustomerIdScheme(CustomerIdScheme.DEFAULT_FORMAT);
        Random r = new Random(42);
        Timestamp now = Timestamp.from(Instant.parse("2026-11-01T00:00:00Z"));
        String sql = "insert into subscriber (id, customer_id, name, name_key, mobile, email, landline, billing_line1,"
                + " billing_line2, billing_city, billing_state, billing_pin_code, install_line1, install_line2, install_city,"
                + " install_state, install_pin_code, status, registered_at, registered_by, registered_via, version,"
                + " contract_number)"
                + " values (?,?,?,?,?,?,null,?,null,?,?,?,?,null,?,?,?,'REGISTERED',?,'bench','SYSTEM',1,?)";
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            c.setAutoCommit(false);
            for (int i = 1; i <= rows; i++) {
                String name = BenchPeople.FIRST[r.nextInt(BenchPeople.FIRST.length)] + " " + BenchPeople.LAST[r.nextInt(BenchPeople.LAST.length)];
                String[] city = BenchPeople.CITIES[r.nextInt(BenchPeople.CITIES.length)];
                String line1 = (1 + r.nextInt(300)) + " Main Road";
                String pin = String.valueOf(110001 + r.nextInt(800000));
                ps.setLong(1, i);
                ps.setString(2, ids.forNumber(i).value());
                ps.setString(3, name);
                ps.setString(4, name.toUpperCase(Locale.ROOT));
                ps.setString(5, String.valueOf(6_000_000_000L + (i * 7_919L) % 3_999_999_999L));
                ps.setString(6, "s" + i + "@example.in");
                ps.setString(7, line1);
                ps.setString(8, city[0]);
                ps.setString(9, city[1]);
                ps.setString(10, pin);
                ps.setString(11, line1);
                ps.setString(12, city[0]);
                ps.setString(13, city[1]);
                ps.setString(14, pin);
                ps.setTimestamp(15, now);
                ps.setString(16, String.format("CN%08d", i));   // contract number: required since migration V8
                ps.addBatch();
                if (i % 5000 == 0) {
                    ps.executeBatch();
                    c.commit();
                }
            }
            ps.executeBatch();
            c.commit();
        }
    }

    private static final String H2_URL = "jdbc:h2:file:" + System.getProperty("java.io.tmpdir") + "/sms-bench/h2;DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=0";
}
