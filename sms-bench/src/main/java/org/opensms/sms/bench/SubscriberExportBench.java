package org.opensms.sms.bench;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.opensms.sms.subscriber.CustomerIdScheme;
import org.opensms.sms.subscriber.SubscriberFilter;
import org.opensms.sms.subscriber.export.ExportFile;
import org.opensms.sms.subscriber.export.ExportFormat;
import org.opensms.sms.subscriber.export.SubscriberExport;
import org.opensms.sms.subscriber.export.SubscriberExportRow;
import org.opensms.sms.subscriber.export.SubscriberExportWriter;
import org.opensms.sms.subscriber.export.SubscriberRows;
import org.opensms.sms.subscriber.internal.LcoLookup;
import org.opensms.sms.subscriber.internal.SubscriberRepository;

/**
 * The subscriber export at scale: fills an H2 file database with N subscribers (default 1,000,000; every column of
 * the record set, 500 LCOs, CAF on 60 %) and exports all of them to each format through the production reader
 * (keyset pages of 1000) and writers, into a stream that counts and discards the bytes. Every 100,000 rows it runs a
 * full GC and records the heap in use, so a flat line proves constant memory; run it with a small heap (-Xmx256m).
 * Prints time, rows/s, bytes, heap after GC at each 100,000 rows and the heap pools' peak. See RESULTS.md.
 * <pre>java -Xmx256m -cp ... org.opensms.sms.bench.SubscriberExportBench --rows 1000000 [--formats csv,xlsx,pdf|none] [--fill false] [--sample-every 100000]</pre>
 */
public final class SubscriberExportBench {

    private static final String[] STATUSES = {"ACTIVE", "ACTIVE", "ACTIVE", "SUSPENDED", "REGISTERED", "DEACTIVATED"};
    private static final int LCOS = 500;
    private static int sampleEvery = 100_000;
    private static final String DIR = System.getProperty("java.io.tmpdir") + "/sms-export-bench";
    private static final String H2_URL = "jdbc:h2:file:" + DIR + "/h2;DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=0";

    private SubscriberExportBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int rows = Integer.parseInt(opts.getOrDefault("rows", "1000000"));
        boolean refill = !"false".equals(opts.get("fill"));
        sampleEvery = Integer.parseInt(opts.getOrDefault("sample-every", "100000"));
        List<ExportFormat> formats = new ArrayList<>();
        for (String f : opts.getOrDefault("formats", "csv,xlsx,pdf").split(",")) {
            if (!f.equals("none")) {
                formats.add(ExportFormat.ofExtension(f));
            }
        }
        System.out.printf(Locale.ROOT, "max heap %d MB, %d processors%n", Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());

        DataSource ds = BenchDatabase.h2(H2_URL);
        BenchDatabase.migrate(ds, refill);
        if (refill) {
            long t0 = System.nanoTime();
            fill(ds, rows);
            System.out.printf(Locale.ROOT, "inserted %,d subscribers in %.1f s%n", rows, (System.nanoTime() - t0) / 1e9);
        }

        Map<String, Object> props = new HashMap<>();
        props.put(PersistenceUnitProperties.TRANSACTION_TYPE, "RESOURCE_LOCAL");
        props.put(PersistenceUnitProperties.JTA_DATASOURCE, null);
        props.put(PersistenceUnitProperties.JDBC_URL, H2_URL);
        props.put(PersistenceUnitProperties.JDBC_USER, "sa");
        EntityManagerFactory emf = Persistence.createEntityManagerFactory("sms", props);
        for (ExportFormat format : formats) {
            run(emf, format);
        }
        emf.close();
    }

    private static void run(EntityManagerFactory emf, ExportFormat format) throws Exception {
        EntityManager em = emf.createEntityManager();
        try {
            SubscriberRepository repository = new SubscriberRepository(em);
            LcoLookup lcos = new LcoLookup(em);
            SubscriberExport export = new SubscriberExport(repository, lcos, Clock.systemUTC(), em::clear);
            ExportFile file = export.prepare(SubscriberFilter.ALL, format);
            List<ManagementFactoryPools> pools = ManagementFactoryPools.heap();
            System.gc();
            long baseline = usedAfterGc();
            pools.forEach(ManagementFactoryPools::reset);
            List<Long> samples = new ArrayList<>();
            Iterator<SubscriberExportRow> rows = new Sampling(new SubscriberRows(repository, lcos, file.filter(),
                    SubscriberRows.DEFAULT_PAGE_SIZE, em::clear), samples);
            CountingSink sink = new CountingSink();
            long t0 = System.nanoTime();
            long written = SubscriberExportWriter.of(format).write(rows, file.description(), sink);
            double seconds = (System.nanoTime() - t0) / 1e9;
            long peak = pools.stream().mapToLong(ManagementFactoryPools::peak).sum();
            System.out.printf(Locale.ROOT, "%-4s %,d rows in %.1f s (%,.0f rows/s), %,d bytes; heap after GC: before %d MB,"
                            + " every %,d rows %s MB (max %d MB); heap pools' peak (garbage included) %d MB%n",
                    format, written, seconds, written / seconds, sink.bytes, baseline >> 20, sampleEvery,
                    samples.stream().map(b -> String.valueOf(b >> 20)).toList(),
                    samples.stream().mapToLong(Long::longValue).max().orElse(0) >> 20, peak >> 20);
        } finally {
            em.close();
        }
    }

    static long usedAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Passes rows through and records the heap in use after a full GC every {@code --sample-every} rows (default 100,000). */
    private static final class Sampling implements Iterator<SubscriberExportRow> {
        private final Iterator<SubscriberExportRow> rows;
        private final List<Long> samples;
        private long n;

        Sampling(Iterator<SubscriberExportRow> rows, List<Long> samples) {
            this.rows = rows;
            this.samples = samples;
        }

        @Override
        public boolean hasNext() {
            return rows.hasNext();
        }

        @Override
        public SubscriberExportRow next() {
            SubscriberExportRow r = rows.next();
            if (++n % sampleEvery == 0) {
                samples.add(usedAfterGc());
            }
            return r;
        }
    }

    /** The heap memory pools, whose peaks are reset before each format. */
    private record ManagementFactoryPools(MemoryPoolMXBean pool) {
        static List<ManagementFactoryPools> heap() {
            return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .map(ManagementFactoryPools::new).toList();
        }

        void reset() {
            pool.resetPeakUsage();
        }

        long peak() {
            return pool.getPeakUsage().getUsed();
        }
    }

    /** Counts and discards what is written, as a client far away would take it. */
    private static final class CountingSink extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    private static void fill(DataSource ds, int rows) throws Exception {
        CustomerIdScheme ids = new CustomerIdScheme(CustomerIdScheme.DEFAULT_FORMAT);
        Random r = new Random(42);
        Timestamp start = Timestamp.from(Instant.parse("2024-01-01T00:00:00Z"));
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement lco = c.prepareStatement("insert into lco (id, code, name, name_key, line1, city, state,"
                    + " pin_code, contact_person, mobile, area, area_key, status, created_at, created_by, created_via, version)"
                    + " values (?, ?, ?, ?, '1 Main Road', ?, ?, '560001', 'Owner', ?, ?, ?, 'ACTIVE', ?, 'bench', 'SYSTEM', 1)")) {
                for (int i = 1; i <= LCOS; i++) {
                    String[] city = BenchPeople.CITIES[i % BenchPeople.CITIES.length];
                    lco.setLong(1, i);
                    lco.setString(2, String.format("LCO%04d", i));
                    lco.setString(3, "Cable Network " + i);
                    lco.setString(4, "CABLE NETWORK " + i);
                    lco.setString(5, city[0]);
                    lco.setString(6, city[1]);
                    lco.setString(7, String.valueOf(8_000_000_000L + i));
                    lco.setString(8, city[0] + " ward " + (i % 40));
                    lco.setString(9, (city[0] + " ward " + (i % 40)).toUpperCase(Locale.ROOT));
                    lco.setTimestamp(10, start);
                    lco.addBatch();
                }
                lco.executeBatch();
            }
            String sql = "insert into subscriber (id, customer_id, contract_number, name, name_key, mobile, email, landline,"
                    + " billing_line1, billing_line2, billing_city, billing_state, billing_pin_code, install_line1,"
                    + " install_line2, install_city, install_state, install_pin_code, area, lco_id, caf_number, caf_date,"
                    + " status, registered_at, registered_by, registered_via, version)"
                    + " values (?,?,?,?,?,?,?,?,?,null,?,?,?,?,?,?,?,?,?,?,?,?,?,?,'bench','SYSTEM',1)";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 1; i <= rows; i++) {
                    String name = BenchPeople.FIRST[r.nextInt(BenchPeople.FIRST.length)] + " " + BenchPeople.LAST[r.nextInt(BenchPeople.LAST.length)];
                    int lco = 1 + r.nextInt(LCOS);
                    String[] city = BenchPeople.CITIES[lco % BenchPeople.CITIES.length];
                    String line1 = (1 + r.nextInt(300)) + ", " + (1 + r.nextInt(20)) + "th Cross, Main Road";
                    String pin = String.valueOf(110001 + r.nextInt(800000));
                    boolean caf = r.nextInt(10) < 6;
                    ps.setLong(1, i);
                    ps.setString(2, ids.forNumber(i).value());
                    ps.setString(3, String.format("CN%08d", i));
                    ps.setString(4, name);
                    ps.setString(5, name.toUpperCase(Locale.ROOT));
                    ps.setString(6, String.valueOf(6_000_000_000L + (i * 7_919L) % 3_999_999_999L));
                    ps.setString(7, r.nextInt(3) == 0 ? null : "s" + i + "@example.in");
                    ps.setString(8, r.nextInt(4) == 0 ? "080-" + (20_000_000 + r.nextInt(9_999_999)) : null);
                    ps.setString(9, line1);
                    ps.setString(10, city[0]);
                    ps.setString(11, city[1]);
                    ps.setString(12, pin);
                    ps.setString(13, line1);
                    ps.setString(14, r.nextInt(5) == 0 ? "Near bus stand" : null);
                    ps.setString(15, city[0]);
                    ps.setString(16, city[1]);
                    ps.setString(17, pin);
                    ps.setString(18, city[0] + " ward " + (lco % 40));
                    ps.setLong(19, lco);
                    if (caf) {
                        ps.setString(20, "CAF" + (1_000_000 + i));
                        ps.setObject(21, LocalDate.of(2024, 1, 1).plusDays(i % 700));
                    } else {
                        ps.setNull(20, Types.VARCHAR);
                        ps.setNull(21, Types.DATE);
                    }
                    ps.setString(22, caf ? STATUSES[r.nextInt(STATUSES.length)] : "REGISTERED");
                    ps.setTimestamp(23, new Timestamp(start.getTime() + i * 60_000L));
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
}
