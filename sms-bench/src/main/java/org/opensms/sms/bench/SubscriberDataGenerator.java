package org.opensms.sms.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.opensms.sms.lco.Gstin;
import org.opensms.sms.subscriber.CustomerIdScheme;

/**
 * Fills a product database with N subscribers and their devices, as a running MSO's would look, for the benchmarks
 * that drive the real server (see RESULTS.md, "Subscribers at 1,000,000"):
 * <ul>
 *   <li>500 LCOs in 20 cities of 14 states, each serving one locality (its area). LCO00001 serves {@code --big-lco}
 *       subscribers (default 100,000, spread evenly through the customer IDs, all ACTIVE: the bulk-suspend target);
 *       the others share the rest by a Zipf-like law (a few large LCOs, a long tail of small ones).</li>
 *   <li>Subscribers: common Indian names, unique mobiles, the LCO's city, state and area as address; 88 % ACTIVE, 4 %
 *       SUSPENDED, 3 % REGISTERED, 5 % DEACTIVATED; an application form (CAF) on all but half of the REGISTERED.</li>
 *   <li>Multi-TV homes: every ACTIVE or SUSPENDED subscriber has one STB/card pair, 15 % a second and 5 % a third
 *       (5 % of the extra TVs switched off). Each pair's STB and card are INSTALLED stock of the subscriber's LCO,
 *       and what the SMS says the CAS holds for the card ({@code cas_card_expected}) is written too: active exactly
 *       when the subscriber is ACTIVE and the pair is switched on.</li>
 *   <li>N / 50 STBs and cards IN_STOCK in the warehouse.</li>
 *   <li>With {@code --emulator-state FILE}: the CAS emulator's state file with the same cards, so that SMS and CAS
 *       agree from the start (a reconciliation finds no difference). Write it while the emulator is stopped.</li>
 * </ul>
 * Deterministic (fixed seeds): pair k has STB {@link #stbSerial(long)} and card {@link #cardNumber(long)};
 * subscriber i has customer ID {@code CustomerIdScheme.forNumber(i)} and mobile {@link #mobile(long)}.
 * The schema is built by the production migrations on an emptied database; sequences are moved past the data.
 * <pre>
 * mvn -q -f sms-bench/pom.xml exec:java@generate -Dexec.args="--db postgresql --database sms_bench1m --subscribers 1000000
 *     --emulator-state .work/cas-emulator/state"
 * </pre>
 */
public final class SubscriberDataGenerator {

    static final int LCOS = 500;
    static final String BIG_LCO = "LCO00001";
    private static final String[] STATUS_MIX = new String[100];
    private static final String[][] STB_MODELS = {{"Skyworth", "HD-7200"}, {"Kaon", "KCF-SA700"}, {"Technicolor", "DSI-810"},
            {"Nagra Ready", "NR-100"}};
    private static final String[] CARD_VENDORS = {"Irdeto", "Verimatrix", "Conax"};
    private static final Timestamp START = Timestamp.from(Instant.parse("2024-01-01T00:00:00Z"));
    private static final int BATCH = 5000;

    static {
        for (int i = 0; i < 100; i++) {
            STATUS_MIX[i] = i < 88 ? "ACTIVE" : i < 92 ? "SUSPENDED" : i < 95 ? "REGISTERED" : "DEACTIVATED";
        }
    }

    private final DataSource ds;
    private final long subscribers;
    private final long bigLco;
    private final Random random = new Random(42);
    private final CustomerIdScheme customerIds = new CustomerIdScheme(CustomerIdScheme.DEFAULT_FORMAT);
    private final double[] lcoShare = new double[LCOS + 1];
    private long pairs;

    SubscriberDataGenerator(DataSource ds, long subscribers, long bigLco) {
        this.ds = ds;
        this.subscribers = subscribers;
        this.bigLco = Math.min(bigLco, subscribers);
        // cumulative Zipf(0.8) weights over LCOs 2..500
        double sum = 0;
        for (int l = 2; l <= LCOS; l++) {
            sum += 1 / Math.pow(l - 1, 0.8);
            lcoShare[l] = sum;
        }
        for (int l = 2; l <= LCOS; l++) {
            lcoShare[l] /= sum;
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        long n = Long.parseLong(opts.getOrDefault("subscribers", "1000000"));
        long big = Long.parseLong(opts.getOrDefault("big-lco", "100000"));
        String db = opts.getOrDefault("db", "postgresql");
        DataSource ds = switch (db) {
            case "postgresql" -> BenchDatabase.postgres(opts.getOrDefault("database", "sms_bench1m"));
            case "h2" -> BenchDatabase.h2(opts.getOrDefault("url", "jdbc:h2:file:"
                    + System.getProperty("java.io.tmpdir") + "/sms-data-bench/sms"));
            default -> throw new IllegalArgumentException("--db must be postgresql or h2, got '" + db + "'");
        };
        long t0 = System.nanoTime();
        BenchDatabase.migrate(ds, true);
        SubscriberDataGenerator g = new SubscriberDataGenerator(ds, n, big);
        g.fill();
        System.out.printf(Locale.ROOT, "%s: %,d subscribers, %,d pairs (STB, card, expected CAS state), %,d LCOs in %.1f s%n",
                db, n, g.pairs, LCOS, (System.nanoTime() - t0) / 1e9);
        if (opts.containsKey("emulator-state")) {
            long t1 = System.nanoTime();
            long cards = writeEmulatorState(ds, Path.of(opts.get("emulator-state")))[0];
            System.out.printf(Locale.ROOT, "emulator state: %,d cards in %s (%.1f s)%n", cards, opts.get("emulator-state"),
                    (System.nanoTime() - t1) / 1e9);
        }
        if ("postgresql".equals(db)) {
            try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
                st.execute("analyze");
            }
        }
    }

    static String stbSerial(long pair) {
        return String.format(Locale.ROOT, "STB%09d", pair);
    }

    static String cardNumber(long pair) {
        return String.format(Locale.ROOT, "70%010d", pair);
    }

    static String mobile(long subscriber) {
        return String.valueOf(6_000_000_000L + (subscriber * 7_919L) % 3_999_999_999L);
    }

    /** True for the subscribers of the big LCO: exactly {@code bigLco} of them, evenly spread. */
    private boolean inBigLco(long i) {
        return i * bigLco / subscribers != (i - 1) * bigLco / subscribers;
    }

    private int zipfLco() {
        double u = random.nextDouble();
        int lo = 2;
        int hi = LCOS;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (lcoShare[mid] < u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static String[] cityOf(int lco) {
        return BenchPeople.CITIES[lco % BenchPeople.CITIES.length];
    }

    private static String areaOf(int lco) {
        String[] localities = BenchPeople.LOCALITIES[lco % BenchPeople.CITIES.length];
        return localities[(lco / BenchPeople.CITIES.length) % localities.length];
    }

    void fill() throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            insertLcos(c);
            insertSubscribersAndDevices(c);
            insertWarehouseStock(c);
            long stockEnd = pairs + subscribers / 50;
            BenchDatabase.restartSequence(c, "subscriber_seq", subscribers);
            BenchDatabase.restartSequence(c, "lco_seq", LCOS);
            BenchDatabase.restartSequence(c, "stb_seq", stockEnd);
            BenchDatabase.restartSequence(c, "smart_card_seq", stockEnd);
            BenchDatabase.restartSequence(c, "pairing_seq", pairs);
            c.commit();
        }
    }

    private void insertLcos(Connection c) throws SQLException {
        try (PreparedStatement lco = c.prepareStatement("insert into lco (id, code, name, name_key, line1, city, state,"
                + " pin_code, contact_person, mobile, email, gstin, area, area_key, status, created_at, created_by,"
                + " created_via, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, 'bench', 'SYSTEM', 1)")) {
            for (int l = 1; l <= LCOS; l++) {
                String[] city = cityOf(l);
                String area = areaOf(l);
                String owner = BenchPeople.FIRST[l % BenchPeople.FIRST.length] + " "
                        + BenchPeople.LAST[(l / 7) % BenchPeople.LAST.length];
                String name = (l % 3 == 0 ? "Sri " + owner.split(" ")[0] + " Cable Vision" : area + " Cable Network")
                        + " " + l;
                lco.setLong(1, l);
                lco.setString(2, String.format(Locale.ROOT, "LCO%05d", l));
                lco.setString(3, name);
                lco.setString(4, name.toUpperCase(Locale.ROOT));
                lco.setString(5, (1 + l % 90) + ", " + area + " Main Road");
                lco.setString(6, city[0]);
                lco.setString(7, city[1]);
                lco.setString(8, String.valueOf(400001 + l * 97));
                lco.setString(9, owner);
                lco.setString(10, String.valueOf(9_100_000_000L + l));
                lco.setString(11, "lco" + l + "@example.in");
                lco.setString(12, l % 4 == 0 ? null : gstin(city[1], l));
                lco.setString(13, area);
                lco.setString(14, area.toUpperCase(Locale.ROOT));
                lco.setTimestamp(15, START);
                lco.addBatch();
            }
            lco.executeBatch();
        }
    }

    /** A well-formed GSTIN: two-digit state code, a PAN-like ten characters, entity number, Z, check character. */
    private static String gstin(String state, int l) {
        String code = switch (state) {
            case "KA" -> "29"; case "TN" -> "33"; case "MH" -> "27"; case "WB" -> "19"; case "DL" -> "07";
            case "TG" -> "36"; case "UP" -> "09"; case "RJ" -> "08"; case "GJ" -> "24"; case "KL" -> "32";
            case "MP" -> "23"; case "BR" -> "10"; case "OR" -> "21"; default -> "18";
        };
        String base = code + String.format(Locale.ROOT, "ABCDE%04dF", l) + "1Z";
        return Gstin.parse(base + Gstin.checkCharacter(base)).toString();
    }

    private void insertSubscribersAndDevices(Connection c) throws SQLException {
        String subscriberSql = "insert into subscriber (id, customer_id, contract_number, name, name_key, mobile, email,"
                + " landline, billing_line1, billing_line2, billing_city, billing_state, billing_pin_code, install_line1,"
                + " install_line2, install_city, install_state, install_pin_code, area, lco_id, caf_number, caf_date,"
                + " status, registered_at, registered_by, registered_via, version)"
                + " values (?,?,?,?,?,?,?,?,?,null,?,?,?,?,?,?,?,?,?,?,?,?,?,?,'bench','SYSTEM',1)";
        String stbSql = "insert into stb (id, serial, vendor, model, lot, warehouse, state, lco_id, state_changed_at,"
                + " created_at, created_by, created_via, version) values (?,?,?,?,?,?,?,?,?,?,'bench','SYSTEM',1)";
        String cardSql = "insert into smart_card (id, card_number, vendor, lot, warehouse, state, lco_id, state_changed_at,"
                + " created_at, created_by, created_via, version) values (?,?,?,?,?,?,?,?,?,'bench','SYSTEM',1)";
        String pairSql = "insert into pairing (id, subscriber_id, customer_id, stb_serial, card_number, current_stb,"
                + " current_card, activation, activation_changed_at, activation_changed_by, paired_at, paired_by,"
                + " paired_via, version) values (?,?,?,?,?,?,?,?,?,'bench',?,'bench','SYSTEM',1)";
        String expectedSql = "insert into cas_card_expected (card, active, blacklisted, stb, last_command_id, updated_at)"
                + " values (?,?,false,?,'generated by the benchmark data',?)";
        try (PreparedStatement sub = c.prepareStatement(subscriberSql); PreparedStatement stb = c.prepareStatement(stbSql);
             PreparedStatement card = c.prepareStatement(cardSql); PreparedStatement pair = c.prepareStatement(pairSql);
             PreparedStatement expected = c.prepareStatement(expectedSql)) {
            for (long i = 1; i <= subscribers; i++) {
                boolean big = inBigLco(i);
                int lco = big ? 1 : zipfLco();
                String status = big ? "ACTIVE" : STATUS_MIX[random.nextInt(100)];
                String[] city = cityOf(lco);
                String name = BenchPeople.FIRST[random.nextInt(BenchPeople.FIRST.length)] + " "
                        + BenchPeople.LAST[random.nextInt(BenchPeople.LAST.length)];
                String line1 = (1 + random.nextInt(300)) + ", " + (1 + random.nextInt(20)) + "th Cross, " + areaOf(lco);
                String pin = String.valueOf(110001 + random.nextInt(800000));
                boolean caf = !"REGISTERED".equals(status) || random.nextBoolean();
                Timestamp registered = new Timestamp(START.getTime() + i * 50_000L);
                sub.setLong(1, i);
                sub.setString(2, customerIds.forNumber(i).value());
                sub.setString(3, String.format(Locale.ROOT, "CN%08d", i));
                sub.setString(4, name);
                sub.setString(5, name.toUpperCase(Locale.ROOT));
                sub.setString(6, mobile(i));
                sub.setString(7, random.nextInt(3) == 0 ? null : "s" + i + "@example.in");
                sub.setString(8, random.nextInt(4) == 0 ? "080-" + (20_000_000 + random.nextInt(9_999_999)) : null);
                sub.setString(9, line1);
                sub.setString(10, city[0]);
                sub.setString(11, city[1]);
                sub.setString(12, pin);
                sub.setString(13, line1);
                sub.setString(14, random.nextInt(5) == 0 ? "Near bus stand" : null);
                sub.setString(15, city[0]);
                sub.setString(16, city[1]);
                sub.setString(17, pin);
                sub.setString(18, areaOf(lco));
                sub.setLong(19, lco);
                if (caf) {
                    sub.setString(20, "CAF" + (1_000_000 + i));
                    sub.setObject(21, LocalDate.of(2024, 1, 1).plusDays(i % 700));
                } else {
                    sub.setNull(20, Types.VARCHAR);
                    sub.setNull(21, Types.DATE);
                }
                sub.setString(22, status);
                sub.setTimestamp(23, registered);
                sub.addBatch();
                if ("ACTIVE".equals(status) || "SUSPENDED".equals(status)) {
                    int r = random.nextInt(100);
                    int tvs = r < 80 ? 1 : r < 95 ? 2 : 3;
                    for (int tv = 0; tv < tvs; tv++) {
                        long k = ++pairs;
                        boolean on = tv == 0 || random.nextInt(100) >= 5;
                        String[] model = STB_MODELS[(int) (k % STB_MODELS.length)];
                        String lot = "LOT-" + (2024 + k % 2) + "-" + (k / 10_000);
                        String warehouse = city[0] + " WH";
                        device(stb, k, stbSerial(k), model[0], model[1], lot, warehouse, lco, registered);
                        device(card, k, cardNumber(k), CARD_VENDORS[(int) (k % CARD_VENDORS.length)], null, lot, warehouse,
                                lco, registered);
                        pair.setLong(1, k);
                        pair.setLong(2, i);
                        pair.setString(3, customerIds.forNumber(i).value());
                        pair.setString(4, stbSerial(k));
                        pair.setString(5, cardNumber(k));
                        pair.setString(6, stbSerial(k));
                        pair.setString(7, cardNumber(k));
                        pair.setString(8, on ? "ACTIVE" : "INACTIVE");
                        pair.setTimestamp(9, registered);
                        pair.setTimestamp(10, registered);
                        pair.addBatch();
                        expected.setString(1, cardNumber(k));
                        expected.setBoolean(2, on && "ACTIVE".equals(status));
                        expected.setString(3, stbSerial(k));
                        expected.setTimestamp(4, registered);
                        expected.addBatch();
                    }
                }
                if (i % BATCH == 0) {
                    flush(c, sub, stb, card, pair, expected);
                }
            }
            flush(c, sub, stb, card, pair, expected);
        }
    }

    /** Subscribers first, then devices, then the pairs that refer to both. */
    private static void flush(Connection c, PreparedStatement... inOrder) throws SQLException {
        for (PreparedStatement ps : inOrder) {
            ps.executeBatch();
        }
        c.commit();
    }

    /** One INSTALLED STB (model given) or smart card (model null) of an LCO. */
    private static void device(PreparedStatement ps, long id, String serial, String vendor, String model, String lot,
                               String warehouse, long lco, Timestamp at) throws SQLException {
        int p = 1;
        ps.setLong(p++, id);
        ps.setString(p++, serial);
        ps.setString(p++, vendor);
        if (model != null) {
            ps.setString(p++, model);
        }
        ps.setString(p++, lot);
        ps.setString(p++, warehouse);
        ps.setString(p++, lco == 0 ? "IN_STOCK" : "INSTALLED");
        if (lco == 0) {
            ps.setNull(p++, Types.BIGINT);
        } else {
            ps.setLong(p++, lco);
        }
        ps.setTimestamp(p++, at);
        ps.setTimestamp(p, at);
        ps.addBatch();
    }

    private void insertWarehouseStock(Connection c) throws SQLException {
        try (PreparedStatement stb = c.prepareStatement("insert into stb (id, serial, vendor, model, lot, warehouse, state,"
                + " lco_id, state_changed_at, created_at, created_by, created_via, version)"
                + " values (?,?,?,?,?,?,?,?,?,?,'bench','SYSTEM',1)");
             PreparedStatement card = c.prepareStatement("insert into smart_card (id, card_number, vendor, lot, warehouse,"
                     + " state, lco_id, state_changed_at, created_at, created_by, created_via, version)"
                     + " values (?,?,?,?,?,?,?,?,?,'bench','SYSTEM',1)")) {
            Timestamp at = Timestamp.from(Instant.parse("2026-11-01T00:00:00Z"));
            long end = pairs + subscribers / 50;
            for (long k = pairs + 1; k <= end; k++) {
                String[] model = STB_MODELS[(int) (k % STB_MODELS.length)];
                device(stb, k, stbSerial(k), model[0], model[1], "LOT-2026-NEW", "Bengaluru WH", 0, at);
                device(card, k, cardNumber(k), CARD_VENDORS[(int) (k % CARD_VENDORS.length)], null, "LOT-2026-NEW",
                        "Bengaluru WH", 0, at);
                if (k % BATCH == 0) {
                    flush(c, stb, card);
                }
            }
            flush(c, stb, card);
        }
    }

    /**
     * The CAS emulator's state file (its documented text format) holding every card as the SMS expects it: its
     * activation, blacklist and STB ({@code cas_card_expected}), then every card's entitlements
     * ({@code cas_card_expected_entitlement}, written by {@link SubscriptionDataGenerator}). Returns {cards, entitlements}.
     */
    static long[] writeEmulatorState(DataSource ds, Path file) throws SQLException, IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        long n = 0;
        long e = 0;
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
             Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            c.setAutoCommit(false);   // PostgreSQL streams with a fetch size only inside a transaction
            st.setFetchSize(10_000);
            w.write("cas-emulator-state 1\n");
            var rs = st.executeQuery("select card, active, blacklisted, stb from cas_card_expected");
            while (rs.next()) {
                w.write("C\t" + rs.getString(1) + "\t" + rs.getBoolean(2) + "\t" + rs.getBoolean(3) + "\t"
                        + (rs.getString(4) == null ? "" : rs.getString(4)) + "\t\n");
                n++;
            }
            rs.close();
            // the cards' lines come first: the emulator loads an entitlement onto a card it already read
            rs = st.executeQuery("select card, product, starts_at, ends_at from cas_card_expected_entitlement");
            while (rs.next()) {
                w.write("E\t" + rs.getString(1) + "\t" + rs.getString(2) + "\t"
                        + rs.getObject(3, OffsetDateTime.class).toInstant() + "\t"
                        + rs.getObject(4, OffsetDateTime.class).toInstant() + "\n");
                e++;
            }
            c.commit();
        }
        return new long[] {n, e};
    }
}
