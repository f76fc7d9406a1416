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
        String pgDatabase = opts.getOrDefault("pg-database", "sms_bench");
        String h2Url = "jdbc:h2:file:" + opts.getOrDefault("h2-dir", System.getProperty("java.io.tmpdir") + "/sms-bench")
                + "/h2;DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=0";
        DataSource ds = "postgresql".equals(db) ? BenchDatabase.postgres(pgDatabase) : BenchDatabase.h2(h2Url);
        String url = "postgresql".equals(db) ? "jdbc:postgresql://127.0.0.1:5432/" + pgDatabase + "?user=postgres" : h2Url;

        BenchDatabase.migrate(ds, refill);
        if (refill) {
            long t0 = System.nanoTime();
            fill(ds, rows);
            System.out.printf(Locale.ROOT, "%s: inserted %,d subscribers in %.1f s%n", db, rows, (System.nanoTime() - t0) / 1e9);
        }
        if ("postgresql".equals(db)) {
            try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
                st.execute("analyze");
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
        // issue 4 item 7: LCO, area, and the holder of a device in a current pair
        int lcos = Math.max(1, Math.min(LCOS, rows / 100));
        int paired = rows / PAIR_EVERY;
        run(emf, repeat, "one LCO (of " + lcos + "), by customer ID (desc or asc)", i -> all.withLco(lcoCode(1 + pick.nextInt(lcos))),
                i -> new PageRequest(0, 25, null, i % 2 == 0));
        run(emf, repeat, "one LCO, by name (desc or asc)", i -> all.withLco(lcoCode(1 + pick.nextInt(lcos))),
                i -> new PageRequest(0, 25, "name", i % 2 == 0));
        run(emf, repeat, "one LCO and a status, by customer ID", i -> new SubscriberFilter(null, null, null, null, null,
                SubscriberStatus.REGISTERED).withLco(lcoCode(1 + pick.nextInt(lcos))), i -> PageRequest.first(25));
        run(emf, repeat, "area starts with '<city> Ward <n>', by customer ID",
                i -> all.withArea(BenchPeople.CITIES[pick.nextInt(BenchPeople.CITIES.length)][0] + " Ward " + (1 + pick.nextInt(WARDS))),
                i -> PageRequest.first(25));
        run(emf, repeat, "area starts with '<city>', by name", i -> all.withArea(BenchPeople.CITIES[pick.nextInt(BenchPeople.CITIES.length)][0]),
                i -> new PageRequest(0, 25, "name", true));
        run(emf, repeat, "STB serial (holder of a current pair)", i -> all.withStb(stbSerial(1 + pick.nextInt(paired))),
                i -> PageRequest.first(25));
        run(emf, repeat, "card number (holder of a current pair)", i -> all.withCard(cardNumber(1 + pick.nextInt(paired))),
                i -> PageRequest.first(25));
        run(emf, repeat, "STB serial of an ended pair (nobody)", i -> all.withStb(stbSerial(paired + 1 + pick.nextInt(ENDED))),
                i -> PageRequest.first(25));
        run(emf, repeat, "card number and name (combined)", i -> new SubscriberFilter(null, "A", null, null, null, null)
                .withCard(cardNumber(1 + pick.nextInt(paired))), i -> PageRequest.first(25));
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

    /** LCOs in the data (each about rows / LCOS subscribers), wards per city, one subscriber in PAIR_EVERY with a pair. */
    private static final int LCOS = 500;
    private static final int WARDS = 50;
    private static final int PAIR_EVERY = 5;
    /** Ended pairs (devices unpaired since), after the current ones. */
    private static final int ENDED = 1000;

    private static String lcoCode(int n) {
        return String.format("LCO%04d", n);
    }

    private static String stbSerial(int n) {
        return String.format("STB%09d", n);
    }

    private static String cardNumber(int n) {
        return String.format("VC%010d", n);
    }

    private static void fill(DataSource ds, int rows) throws Exception {
        fillSubscribers(ds, rows);
        fillPairs(ds, rows);
    }

    /** LCOs first (subscribers refer to them), then stock and pairs: one current pair per PAIR_EVERY subscribers, plus ENDED ended pairs. */
    private static void fillPairs(DataSource ds, int rows) throws Exception {
        Timestamp now = Timestamp.from(Instant.parse("2026-11-01T00:00:00Z"));
        int paired = rows / PAIR_EVERY;
        try (Connection c = ds.getConnection();
             PreparedStatement stb = c.prepareStatement("insert into stb (id, serial, vendor, model, lot, warehouse, state,"
                     + " lco_id, state_changed_at, created_at, created_by, created_via, version)"
                     + " values (?,?,'Skyworth','HD-100','L1','W1',?,?,?,?,'bench','SYSTEM',1)");
             PreparedStatement card = c.prepareStatement("insert into smart_card (id, card_number, vendor, lot, warehouse,"
                     + " state, lco_id, state_changed_at, created_at, created_by, created_via, version)"
                     + " values (?,?,'Nagra','L1','W1',?,?,?,?,'bench','SYSTEM',1)");
             PreparedStatement pair = c.prepareStatement("insert into pairing (id, subscriber_id, customer_id, stb_serial,"
                     + " card_number, current_stb, current_card, activation, activation_changed_at, activation_changed_by,"
                     + " paired_at, paired_by, paired_via, unpaired_at, unpaired_by, unpaired_via, version)"
                     + " values (?,?,?,?,?,?,?,'ACTIVE',?,'bench',?,'bench','SYSTEM',?,?,?,1)")) {
            c.setAutoCommit(false);
            CustomerIdScheme ids = new CustomerIdScheme(CustomerIdScheme.DEFAULT_FORMAT);
            for (int n = 1; n <= paired + ENDED; n++) {
                boolean current = n <= paired;
                long subscriber = current ? (long) n * PAIR_EVERY : 1 + (n % rows);
                long lco = 1 + subscriber % Math.max(1, Math.min(LCOS, rows / 100));
                for (PreparedStatement ps : new PreparedStatement[] {stb, card}) {
                    ps.setLong(1, n);
                    ps.setString(2, ps == stb ? stbSerial(n) : cardNumber(n));
                    ps.setString(3, current ? "INSTALLED" : "DEACTIVATED");
                    ps.setLong(4, lco);
                    ps.setTimestamp(5, now);
                    ps.setTimestamp(6, now);
                    ps.addBatch();
                }
                pair.setLong(1, n);
                pair.setLong(2, subscriber);
                pair.setString(3, ids.forNumber(subscriber).value());
                pair.setString(4, stbSerial(n));
                pair.setString(5, cardNumber(n));
                pair.setString(6, current ? stbSerial(n) : null);
                pair.setString(7, current ? cardNumber(n) : null);
                pair.setTimestamp(8, now);
                pair.setTimestamp(9, now);
                pair.setTimestamp(10, current ? null : now);
                pair.setString(11, current ? null : "bench");
                pair.setString(12, current ? null : "SYSTEM");
                pair.addBatch();
                if (n % 5000 == 0) {
                    stb.executeBatch();
                    card.executeBatch();
                    pair.executeBatch();
                    c.commit();
                }
            }
            stb.executeBatch();
            card.executeBatch();
            pair.executeBatch();
            c.commit();
        }
    }

    private static void fillSubscribers(DataSource ds, int rows) throws Exception {
        CustomerIdScheme ids = new CustomerIdScheme(CustomerIdScheme.DEFAULT_FORMAT);
        Random r = new Random(42);
        Timestamp now = Timestamp.from(Instant.parse("2026-11-01T00:00:00Z"));
        String sql = "insert into subscriber (id, customer_id, name, name_key, mobile, email, landline, billing_line1,"
                + " billing_line2, billing_city, billing_state, billing_pin_code, install_line1, install_line2, install_city,"
                + " install_state, install_pin_code, status, registered_at, registered_by, registered_via, version,"
                + " contract_number, area, lco_id)"
                + " values (?,?,?,?,?,?,null,?,null,?,?,?,?,null,?,?,?,'REGISTERED',?,'bench','SYSTEM',1,?,?,?)";
        int lcos = Math.max(1, Math.min(LCOS, rows / 100));
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
             PreparedStatement lco = c.prepareStatement("insert into lco (id, code, name, name_key, line1, city, state,"
                     + " pin_code, contact_person, mobile, area, area_key, status, created_at, created_by, created_via, version)"
                     + " values (?,?,?,?,'1 Main Road','Bengaluru','KA','560001','Owner','9000000000',?,?,'ACTIVE',?,'bench','SYSTEM',1)")) {
            c.setAutoCommit(false);
            for (int n = 1; n <= lcos; n++) {
                lco.setLong(1, n);
                lco.setString(2, lcoCode(n));
                lco.setString(3, "Cable " + n);
                lco.setString(4, "CABLE " + n);
                lco.setString(5, "Area " + n);
                lco.setString(6, "AREA " + n);
                lco.setTimestamp(7, now);
                lco.addBatch();
            }
            lco.executeBatch();
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
                ps.setString(17, city[0] + " Ward " + (1 + r.nextInt(WARDS)));
                ps.setLong(18, 1 + i % lcos);
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

}
