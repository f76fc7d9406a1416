package org.opensms.sms.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;
import org.opensms.sms.shared.BusinessCalendar;

/**
 * Adds the catalog and the subscriptions of issue 5 to a database filled by {@link SubscriberDataGenerator}, for the
 * expiry and renewal bench ({@link SubscriptionRenewalBench}; RESULTS.md, "Expiry and renewal run"):
 * <ul>
 *   <li><b>Channels</b>: 300 from 40 broadcasters. Prasar Bharati's 24 are free-to-air, 20 of them mandatory; eleven
 *       large networks have 18 channels each (85 % pay, a quarter of the pay ones HD), 28 small broadcasters two or three
 *       (half pay). Pay MRPs from Rs 0.10 to 19, HD above SD, and one pay channel in twelve above the bouquet cap
 *       (Rs 20-25: a-la-carte only). MRPs effective from 2025-04-01 with the previous year's (lower) MRP from 2024-04-01
 *       as history.</li>
 *   <li><b>Products</b> (prices and line-ups effective from 2025-04-01, all within the tariff limits of V12): one
 *       a-la-carte product per pay channel (price = MRP); broadcaster bouquets (SD and HD of each network, one per small
 *       pay broadcaster) with an MRP of 70 % of their pay channels' MRPs; MSO packages per language (monthly, quarterly
 *       and annual value packs and a monthly HD pack, priced at 80 % of their pay channels) and the free Basic FTA pack;
 *       six genre add-ons; two event packages (not subscribed). Each with its CAS product id.</li>
 *   <li><b>Subscriptions</b> on the STBs of current pairs whose card is active in the CAS (ACTIVE subscribers, TV switched
 *       on): a base (8 % only the FTA pack, 67 % the MSO package of the subscriber's state's language, 25 % one to three
 *       broadcaster bouquets), then an add-on on 20 % of the STBs and one or two a-la-carte channels on 25 %; STBs are
 *       taken at random across the subscribers until {@code --subscriptions} (default 1,000,000) exist. {@code --due}
 *       of them (default all, spread evenly over the ids) are due now: ACTIVE with an end date 1 to 3 days before today
 *       (India); the others end between today and a validity ahead. {@code --auto-renew} percent (default 40) renew
 *       automatically. Each has its SUBSCRIBED history line.</li>
 *   <li><b>CAS</b>: each subscription's entitlement (CAS product id, midnight India at the start of the start date to
 *       midnight after the end date, as {@code Entitlements} computes it) in {@code cas_card_expected_entitlement}, and
 *       with {@code --emulator-state FILE} the emulator's state file from the same rows (cards and entitlements).</li>
 * </ul>
 * Deterministic (fixed seed) for a given database and day. Deletes the subscriptions, catalog and expected
 * entitlements it finds first, so it can be run again on the same subscribers.
 * <pre>
 * mvn -q -f sms-bench/pom.xml exec:java@generate-subscriptions -Dexec.args="--database sms_bench1m --subscriptions 1000000
 *     --emulator-state /tmp/sms-bench1m-emulator-state"
 * </pre>
 */
public final class SubscriptionDataGenerator {

    static final LocalDate CATALOG_FROM = LocalDate.of(2025, 4, 1);
    private static final LocalDate HISTORY_FROM = LocalDate.of(2024, 4, 1);
    private static final Timestamp CATALOG_AT = Timestamp.from(Instant.parse("2025-03-15T05:30:00Z"));
    private static final BigDecimal[] SD_MRPS = money("0.10", "0.50", "1.00", "2.00", "3.00", "4.00", "5.00", "6.00",
            "8.00", "10.00", "12.00", "15.00", "17.00", "19.00");
    private static final BigDecimal[] HD_MRPS = money("5.00", "8.00", "10.00", "12.00", "15.00", "17.00", "19.00");
    private static final BigDecimal[] HIGH_MRPS = money("20.00", "22.00", "23.00", "25.00");
    private static final String[] GENRES = {"GEC", "Movies", "News", "Sports", "Kids", "Music", "Infotainment",
            "Devotional", "Lifestyle"};
    static final String[] LANGUAGES = {"Hindi", "English", "Tamil", "Telugu", "Kannada", "Malayalam", "Bengali",
            "Marathi", "Gujarati", "Odia"};
    /** Broadcaster, short code, its main language. Index 0 is the public broadcaster; 1-11 large networks; the rest small. */
    private static final String[][] BROADCASTERS = {
            {"Prasar Bharati", "DD", "Hindi"},
            {"Star India", "STAR", "Hindi"}, {"Zee Entertainment", "ZEE", "Hindi"}, {"Sony Pictures Networks", "SONY", "Hindi"},
            {"Viacom18", "V18", "Hindi"}, {"Sun TV Network", "SUN", "Tamil"}, {"Warner Bros Discovery", "WBD", "English"},
            {"Times Network", "TIMES", "English"}, {"TV Today Network", "TVTN", "Hindi"}, {"ETV Network", "ETV", "Telugu"},
            {"Asianet Communications", "ASNT", "Malayalam"}, {"Colors Regional", "CLRS", "Kannada"},
            {"NDTV", "NDTV", "English"}, {"ABP Network", "ABP", "Hindi"}, {"Network18 News", "N18", "Hindi"},
            {"Zee Media", "ZMED", "Hindi"}, {"Raj Television", "RAJ", "Tamil"}, {"Kalaignar TV", "KTV", "Tamil"},
            {"Polimer Media", "POLI", "Tamil"}, {"Jaya TV", "JAYA", "Tamil"}, {"Sakshi Media", "SAKS", "Telugu"},
            {"TV9 Network", "TV9", "Telugu"}, {"Republic Media", "REPB", "English"}, {"India TV", "INTV", "Hindi"},
            {"Mathrubhumi", "MATH", "Malayalam"}, {"Manorama", "MANO", "Malayalam"}, {"Suvarna", "SUVR", "Kannada"},
            {"Udaya Vision", "UDAY", "Kannada"}, {"Star Jalsha Media", "JALS", "Bengali"}, {"Kolkata TV", "KOLK", "Bengali"},
            {"Saam Media", "SAAM", "Marathi"}, {"Lokmat Media", "LOKM", "Marathi"}, {"Sandesh News", "SNDS", "Gujarati"},
            {"Gujarat Samachar", "GSTV", "Gujarati"}, {"Odisha TV", "OTV", "Odia"}, {"Kanak News", "KANK", "Odia"},
            {"Sanskar Broadcasting", "SNSK", "Hindi"}, {"Aastha Broadcasting", "AAST", "Hindi"},
            {"9X Media", "9X", "Hindi"}, {"Travelxp", "TRXP", "English"}};
    private static final int BATCH = 5000;

    private final DataSource ds;
    private final long total;
    private final long due;
    private final int autoRenewPercent;
    private final LocalDate today;
    private final Random random = new Random(2026);
    private final List<Ch> channels = new ArrayList<>();
    private final List<Prod> products = new ArrayList<>();
    private final Map<String, List<Prod>> packagesByLanguage = new HashMap<>();
    private final List<Prod> bouquets = new ArrayList<>();
    private final List<Prod> addOns = new ArrayList<>();
    private final List<Prod> aLaCarte = new ArrayList<>();
    private Prod fta;
    long stbs;
    long dueWritten;
    long autoRenewDue;

    /** A channel as generated. */
    record Ch(long id, String code, String name, int broadcaster, String genre, String language, boolean hd, boolean pay,
              boolean mandatory, BigDecimal mrp) {
    }

    /** A product as generated; mrp only for a broadcaster bouquet. */
    record Prod(long id, String code, String name, String kind, String broadcaster, String cas, int validity,
                BigDecimal price, BigDecimal mrp, List<Ch> channels, Instant eventStart, Instant eventEnd) {
    }

    SubscriptionDataGenerator(DataSource ds, long total, long due, int autoRenewPercent, LocalDate today) {
        this.ds = ds;
        this.total = total;
        this.due = Math.min(due, total);
        this.autoRenewPercent = autoRenewPercent;
        this.today = today;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        long n = Long.parseLong(opts.getOrDefault("subscriptions", "1000000"));
        long due = Long.parseLong(opts.getOrDefault("due", String.valueOf(n)));
        int auto = Integer.parseInt(opts.getOrDefault("auto-renew", "40"));
        String db = opts.getOrDefault("db", "postgresql");
        DataSource ds = switch (db) {
            case "postgresql" -> BenchDatabase.postgres(opts.getOrDefault("database", "sms_bench1m"));
            case "h2" -> BenchDatabase.h2(opts.getOrDefault("url", "jdbc:h2:file:"
                    + System.getProperty("java.io.tmpdir") + "/sms-data-bench/sms"));
            default -> throw new IllegalArgumentException("--db must be postgresql or h2, got '" + db + "'");
        };
        LocalDate today = opts.containsKey("today") ? LocalDate.parse(opts.get("today"))
                : BusinessCalendar.today(Clock.systemUTC());
        long t0 = System.nanoTime();
        BenchDatabase.migrate(ds, false);
        SubscriptionDataGenerator g = new SubscriptionDataGenerator(ds, n, due, auto, today);
        g.fill();
        System.out.printf(Locale.ROOT, "%s: %,d channels, %,d products, %,d subscriptions on %,d STBs (%,d due as of %s, %,d of"
                        + " them auto-renewing), with their entitlements, in %.1f s%n", db, g.channels.size(), g.products.size(),
                n, g.stbs, g.dueWritten, today, g.autoRenewDue, (System.nanoTime() - t0) / 1e9);
        if ("postgresql".equals(db)) {
            try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
                st.execute("analyze");
            }
        }
        if (opts.containsKey("emulator-state")) {
            long t1 = System.nanoTime();
            long[] w = SubscriberDataGenerator.writeEmulatorState(ds, Path.of(opts.get("emulator-state")));
            System.out.printf(Locale.ROOT, "emulator state: %,d cards, %,d entitlements in %s (%.1f s)%n", w[0], w[1],
                    opts.get("emulator-state"), (System.nanoTime() - t1) / 1e9);
        }
    }

    void fill() throws SQLException {
        buildCatalog();
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                for (String t : new String[] {"cas_card_expected_entitlement", "subscription_event", "subscription",
                        "product_channel", "product_price", "product", "channel_price", "channel"}) {
                    st.execute("delete from " + t);
                }
            }
            c.commit();
            insertCatalog(c);
            c.commit();
            insertSubscriptions(c);
            BenchDatabase.restartSequence(c, "channel_seq", channels.size());
            BenchDatabase.restartSequence(c, "product_seq", products.size());
            BenchDatabase.restartSequence(c, "subscription_seq", total);
            BenchDatabase.restartSequence(c, "subscription_event_seq", total);
            c.commit();
        }
    }

    // ---------------------------------------------------------------- catalog

    private void buildCatalog() {
        Random r = new Random(7);
        long id = 0;
        for (int b = 0; b < BROADCASTERS.length; b++) {
            int count = b == 0 ? 24 : b <= 11 ? 18 : b <= 33 ? 3 : 2;
            for (int k = 1; k <= count; k++) {
                boolean pay = b != 0 && r.nextInt(100) < (b <= 11 ? 85 : 50);
                boolean hd = b != 0 && pay && b <= 11 && r.nextInt(4) == 0;
                String genre = b == 0 ? (k <= 2 ? "News" : "GEC") : GENRES[r.nextInt(GENRES.length)];
                String language = b == 0 ? LANGUAGES[k % LANGUAGES.length]
                        : r.nextInt(3) == 0 ? LANGUAGES[r.nextInt(LANGUAGES.length)] : BROADCASTERS[b][2];
                BigDecimal mrp = !pay ? BigDecimal.ZERO.setScale(2) : r.nextInt(12) == 0 ? pick(r, HIGH_MRPS)
                        : hd ? pick(r, HD_MRPS) : pick(r, SD_MRPS);
                String code = BROADCASTERS[b][1] + "-" + String.format(Locale.ROOT, "%02d", k) + (hd ? "-HD" : "");
                String name = BROADCASTERS[b][0].split(" ")[0] + " " + language + " " + genre + " " + k + (hd ? " HD" : "");
                channels.add(new Ch(++id, code, name, b, genre, language, hd, pay, b == 0 && k <= 20, mrp));
            }
        }
        long pid = 0;
        // a la carte: every pay channel at its MRP
        for (Ch ch : channels) {
            if (ch.pay()) {
                Prod p = new Prod(++pid, "A-" + ch.code(), ch.name() + " (a la carte)", "A_LA_CARTE", null, "PA-" + ch.id(),
                        30, ch.mrp(), null, List.of(ch), null, null);
                products.add(p);
                aLaCarte.add(p);
            }
        }
        // broadcaster bouquets: the SD and the HD pay channels within the cap, MRP 70 % of their a-la-carte MRPs
        for (int b = 1; b < BROADCASTERS.length; b++) {
            for (boolean hd : new boolean[] {false, true}) {
                List<Ch> in = new ArrayList<>();
                for (Ch ch : channels) {
                    if (ch.broadcaster() == b && ch.pay() && ch.hd() == hd && inCap(ch)) {
                        in.add(ch);
                    }
                }
                if (in.size() >= 2) {
                    BigDecimal mrp = percent(sumPay(in), 70);
                    Prod p = new Prod(++pid, "B-" + BROADCASTERS[b][1] + (hd ? "-HD" : "-VALUE"), BROADCASTERS[b][0]
                            + (hd ? " HD Bouquet" : " Value Bouquet"), "BROADCASTER_BOUQUET", BROADCASTERS[b][0],
                            "PB-" + pid, 30, mrp, mrp, in, null, null);
                    products.add(p);
                    bouquets.add(p);
                }
            }
        }
        // the free basic pack: every free channel (mandatory ones included)
        List<Ch> free = channels.stream().filter(ch -> !ch.pay()).toList();
        fta = new Prod(++pid, "M-BASIC-FTA", "Basic FTA Pack", "MSO_PACKAGE", null, "PM-" + pid, 30,
                BigDecimal.ZERO.setScale(2), null, free, null, null);
        products.add(fta);
        // MSO packages per language: the language's pay SD channels, Hindi and English GEC/news/kids, and the free ones
        for (String lang : LANGUAGES) {
            List<Ch> sd = new ArrayList<>(free);
            List<Ch> hd = new ArrayList<>(free);
            for (Ch ch : channels) {
                if (ch.pay() && inCap(ch) && (ch.language().equals(lang) || (ch.language().equals("Hindi")
                        || ch.language().equals("English")) && (ch.genre().equals("GEC") || ch.genre().equals("News")
                        || ch.genre().equals("Kids")))) {
                    (ch.hd() ? hd : sd).add(ch);
                    if (!ch.hd()) {
                        hd.add(ch);
                    }
                }
            }
            BigDecimal month = percent(sumPay(sd), 80);
            String c = lang.toUpperCase(Locale.ROOT).substring(0, Math.min(5, lang.length()));
            List<Prod> packs = new ArrayList<>();
            packs.add(new Prod(++pid, "M-" + c + "-VALUE", lang + " Value Pack", "MSO_PACKAGE", null, "PM-" + pid, 30,
                    month, null, sd, null, null));
            packs.add(new Prod(++pid, "M-" + c + "-VALUE-Q", lang + " Value Pack (quarterly)", "MSO_PACKAGE", null,
                    "PM-" + pid, 90, percent(month.multiply(BigDecimal.valueOf(3)), 95), null, sd, null, null));
            packs.add(new Prod(++pid, "M-" + c + "-VALUE-Y", lang + " Value Pack (annual)", "MSO_PACKAGE", null,
                    "PM-" + pid, 365, percent(month.multiply(BigDecimal.valueOf(12)), 85), null, sd, null, null));
            packs.add(new Prod(++pid, "M-" + c + "-HD", lang + " Family HD", "MSO_PACKAGE", null, "PM-" + pid, 30,
                    percent(sumPay(hd), 80), null, hd, null, null));
            products.addAll(packs);
            packagesByLanguage.put(lang, packs);
        }
        // add-ons by genre
        for (String genre : new String[] {"Sports", "Kids", "Movies", "Infotainment", "Devotional", "Music"}) {
            List<Ch> in = channels.stream().filter(ch -> ch.pay() && inCap(ch) && ch.genre().equals(genre)).limit(15).toList();
            Prod p = new Prod(++pid, "ADD-" + genre.toUpperCase(Locale.ROOT), genre + " Add-on", "ADD_ON", null,
                    "PD-" + pid, 30, percent(sumPay(in), 80), null, in, null, null);
            products.add(p);
            addOns.add(p);
        }
        // two event packages (bought by nobody here)
        Ch sports = channels.stream().filter(ch -> ch.pay() && ch.genre().equals("Sports")).findFirst().orElseThrow();
        Instant past = BusinessCalendar.startOf(today.minusDays(20)).plusSeconds(14 * 3600);
        Instant future = BusinessCalendar.startOf(today.plusDays(10)).plusSeconds(19 * 3600);
        products.add(new Prod(++pid, "EV-CUP-FINAL", "Cup final (pay per view)", "EVENT", null, "PE-" + pid, 1,
                new BigDecimal("99.00"), null, List.of(sports), past, past.plusSeconds(4 * 3600)));
        products.add(new Prod(++pid, "EV-TITLE-FIGHT", "Title fight (pay per view)", "EVENT", null, "PE-" + pid, 1,
                new BigDecimal("149.00"), null, List.of(sports), future, future.plusSeconds(3 * 3600)));
    }

    private static OffsetDateTime utc(Instant t) {
        return OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
    }

    private static boolean inCap(Ch ch) {
        return ch.mrp().compareTo(new BigDecimal("19.00")) <= 0;
    }

    private static BigDecimal sumPay(List<Ch> in) {
        return in.stream().filter(Ch::pay).map(Ch::mrp).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** p percent of the amount, rounded up to the rupee's paisa (never below the discount floor by rounding). */
    private static BigDecimal percent(BigDecimal amount, int p) {
        return amount.multiply(BigDecimal.valueOf(p)).movePointLeft(2).setScale(2, RoundingMode.UP);
    }

    private static BigDecimal pick(Random r, BigDecimal[] from) {
        return from[r.nextInt(from.length)];
    }

    private static BigDecimal[] money(String... values) {
        BigDecimal[] out = new BigDecimal[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = new BigDecimal(values[i]);
        }
        return out;
    }

    private void insertCatalog(Connection c) throws SQLException {
        try (PreparedStatement ch = c.prepareStatement("insert into channel (id, code, name, broadcaster, genre, language,"
                + " definition, pay, mandatory, cas_service_id, status, created_at, created_by, created_via, version)"
                + " values (?,?,?,?,?,?,?,?,?,?,'ACTIVE',?,'bench','SYSTEM',1)");
             PreparedStatement price = c.prepareStatement("insert into channel_price (channel_id, effective_from, mrp,"
                     + " recorded_at, recorded_by, recorded_via) values (?,?,?,?,'bench','SYSTEM')")) {
            for (Ch x : channels) {
                ch.setLong(1, x.id());
                ch.setString(2, x.code());
                ch.setString(3, x.name());
                ch.setString(4, BROADCASTERS[x.broadcaster()][0]);
                ch.setString(5, x.genre());
                ch.setString(6, x.language());
                ch.setString(7, x.hd() ? "HD" : "SD");
                ch.setBoolean(8, x.pay());
                ch.setBoolean(9, x.mandatory());
                ch.setString(10, "SVC-" + (1000 + x.id()));
                ch.setTimestamp(11, CATALOG_AT);
                ch.addBatch();
                if (x.pay()) {   // last year's lower MRP, as history
                    price.setLong(1, x.id());
                    price.setObject(2, HISTORY_FROM);
                    price.setBigDecimal(3, x.mrp().multiply(new BigDecimal("0.9")).setScale(2, RoundingMode.DOWN).max(new BigDecimal("0.10")));
                    price.setTimestamp(4, CATALOG_AT);
                    price.addBatch();
                }
                price.setLong(1, x.id());
                price.setObject(2, CATALOG_FROM);
                price.setBigDecimal(3, x.mrp());
                price.setTimestamp(4, CATALOG_AT);
                price.addBatch();
            }
            ch.executeBatch();
            price.executeBatch();
        }
        try (PreparedStatement p = c.prepareStatement("insert into product (id, code, name, kind, broadcaster,"
                + " cas_product_id, validity_days, event_starts_at, event_ends_at, status, created_at, created_by,"
                + " created_via, version) values (?,?,?,?,?,?,?,?,?,'ACTIVE',?,'bench','SYSTEM',1)");
             PreparedStatement price = c.prepareStatement("insert into product_price (product_id, effective_from, mrp,"
                     + " price, recorded_at, recorded_by, recorded_via) values (?,?,?,?,?,'bench','SYSTEM')");
             PreparedStatement line = c.prepareStatement("insert into product_channel (product_id, channel_id, from_date,"
                     + " to_date) values (?,?,?,null)")) {
            for (Prod x : products) {
                p.setLong(1, x.id());
                p.setString(2, x.code());
                p.setString(3, x.name());
                p.setString(4, x.kind());
                p.setString(5, x.broadcaster());
                p.setString(6, x.cas());
                p.setInt(7, x.validity());
                p.setObject(8, x.eventStart() == null ? null : utc(x.eventStart()));
                p.setObject(9, x.eventEnd() == null ? null : utc(x.eventEnd()));
                p.setTimestamp(10, CATALOG_AT);
                p.addBatch();
                price.setLong(1, x.id());
                price.setObject(2, CATALOG_FROM);
                price.setBigDecimal(3, x.mrp());
                price.setBigDecimal(4, x.price());
                price.setTimestamp(5, CATALOG_AT);
                price.addBatch();
                Set<Long> seen = new LinkedHashSet<>();
                for (Ch ch : x.channels()) {
                    if (seen.add(ch.id())) {
                        line.setLong(1, x.id());
                        line.setLong(2, ch.id());
                        line.setObject(3, CATALOG_FROM);
                        line.addBatch();
                    }
                }
            }
            p.executeBatch();
            price.executeBatch();
            line.executeBatch();
        }
    }

    // ---------------------------------------------------------------- subscriptions

    private static String languageOf(String state) {
        return switch (state) {
            case "KA" -> "Kannada"; case "TN" -> "Tamil"; case "MH" -> "Marathi"; case "WB" -> "Bengali";
            case "TG" -> "Telugu"; case "GJ" -> "Gujarati"; case "KL" -> "Malayalam"; case "OR" -> "Odia";
            default -> "Hindi";
        };
    }

    /** The products one STB gets (distinct). */
    private List<Prod> bundle(String state) {
        List<Prod> out = new ArrayList<>();
        int r = random.nextInt(100);
        if (r < 8) {
            out.add(fta);
        } else if (r < 75) {
            List<Prod> packs = packagesByLanguage.get(languageOf(state));
            int v = random.nextInt(100);
            out.add(packs.get(v < 65 ? 0 : v < 75 ? 1 : v < 85 ? 2 : 3));
        } else {
            int n = 1 + random.nextInt(3);
            while (out.size() < n) {
                Prod b = bouquets.get(random.nextInt(bouquets.size()));
                if (!out.contains(b)) {
                    out.add(b);
                }
            }
        }
        if (random.nextInt(100) < 20) {
            out.add(addOns.get(random.nextInt(addOns.size())));
        }
        if (random.nextInt(100) < 25) {
            int n = out.size() + 1 + random.nextInt(2);
            while (out.size() < n) {
                Prod a = aLaCarte.get(random.nextInt(aLaCarte.size()));
                if (!out.contains(a)) {
                    out.add(a);
                }
            }
        }
        return out;
    }

    private void insertSubscriptions(Connection c) throws SQLException {
        long activeCards;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select count(*) from pairing p join"
                + " cas_card_expected e on e.card = p.card_number where p.current_stb is not null and e.active")) {
            rs.next();
            activeCards = rs.getLong(1);
        }
        if (activeCards == 0) {
            throw new IllegalStateException("no current pair with an active card: fill the subscribers first (exec id generate)");
        }
        // the mean number of products per STB, to take STBs evenly over the whole base
        double mean = 0;
        for (int i = 0; i < 20_000; i++) {
            mean += bundle("KA").size();
        }
        mean /= 20_000;
        random.setSeed(2026);
        double take = Math.min(1.0, total / (mean * activeCards) * 1.03);
        String subSql = "insert into subscription (id, subscriber_id, customer_id, stb_serial, product_id, product_code,"
                + " start_date, end_date, status, auto_renew, ended_on, created_at, created_by, created_via, updated_at, version)"
                + " values (?,?,?,?,?,?,?,?,'ACTIVE',?,null,?,'bench','REST',?,1)";
        String evSql = "insert into subscription_event (id, subscription_id, customer_id, stb_serial, product_code, kind,"
                + " start_date, end_date, detail, occurred_at, occurred_by, occurred_via) values (?,?,?,?,?,'SUBSCRIBED',?,?,null,?,'bench','REST')";
        String entSql = "insert into cas_card_expected_entitlement (card, product, starts_at, ends_at) values (?,?,?,?)";
        BitSet taken = new BitSet();
        long id = 0;
        try (Connection read = ds.getConnection(); PreparedStatement sub = c.prepareStatement(subSql);
             PreparedStatement ev = c.prepareStatement(evSql); PreparedStatement ent = c.prepareStatement(entSql)) {
            read.setAutoCommit(false);
            for (int pass = 0; id < total && pass < 10; pass++) {
                try (Statement st = read.createStatement()) {
                    st.setFetchSize(10_000);
                    ResultSet rs = st.executeQuery("select p.id, p.subscriber_id, p.customer_id, p.stb_serial, p.card_number,"
                            + " s.install_state from pairing p join cas_card_expected e on e.card = p.card_number"
                            + " join subscriber s on s.id = p.subscriber_id where p.current_stb is not null and e.active order by p.id");
                    while (rs.next() && id < total) {
                        int pairId = (int) rs.getLong(1);
                        if (taken.get(pairId) || (pass == 0 && random.nextDouble() >= take)) {
                            continue;
                        }
                        taken.set(pairId);
                        stbs++;
                        for (Prod p : bundle(rs.getString(6))) {
                            if (id >= total) {
                                break;
                            }
                            id++;
                            boolean isDue = id * due / total != (id - 1) * due / total;
                            boolean auto = random.nextInt(100) < autoRenewPercent;
                            LocalDate end;
                            if (isDue) {
                                int back = random.nextInt(10);
                                end = today.minusDays(back < 7 ? 1 : back < 9 ? 2 : 3);
                                dueWritten++;
                                autoRenewDue += auto ? 1 : 0;
                            } else {
                                end = today.plusDays(random.nextInt(p.validity()));
                            }
                            LocalDate start = end.minusDays(p.validity() - 1L);
                            OffsetDateTime created = utc(BusinessCalendar.startOf(start).minusSeconds(3600 * 24)
                                    .plusSeconds(random.nextInt(12 * 3600)));
                            sub.setLong(1, id);
                            sub.setLong(2, rs.getLong(2));
                            sub.setString(3, rs.getString(3));
                            sub.setString(4, rs.getString(4));
                            sub.setLong(5, p.id());
                            sub.setString(6, p.code());
                            sub.setObject(7, start);
                            sub.setObject(8, end);
                            sub.setBoolean(9, auto);
                            sub.setObject(10, created);
                            sub.setObject(11, created);
                            sub.addBatch();
                            ev.setLong(1, id);
                            ev.setLong(2, id);
                            ev.setString(3, rs.getString(3));
                            ev.setString(4, rs.getString(4));
                            ev.setString(5, p.code());
                            ev.setObject(6, start);
                            ev.setObject(7, end);
                            ev.setObject(8, created);
                            ev.addBatch();
                            ent.setString(1, rs.getString(5));
                            ent.setString(2, p.cas());
                            ent.setObject(3, utc(BusinessCalendar.startOf(start)));
                            ent.setObject(4, utc(BusinessCalendar.endOf(end)));
                            ent.addBatch();
                            if (id % BATCH == 0) {
                                sub.executeBatch();
                                ev.executeBatch();
                                ent.executeBatch();
                                c.commit();
                            }
                        }
                    }
                    rs.close();
                }
                read.commit();
            }
            sub.executeBatch();
            ev.executeBatch();
            ent.executeBatch();
            c.commit();
        }
        if (id < total) {
            throw new IllegalStateException("only " + id + " subscriptions fit on the " + activeCards + " active cards");
        }
    }
}
