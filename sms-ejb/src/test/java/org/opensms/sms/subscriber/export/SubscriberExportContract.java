package org.opensms.sms.subscriber.export;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opensms.sms.persistence.TestDatabases;
import org.opensms.sms.shared.IndianState;
import org.opensms.sms.shared.PageRequest;
import org.opensms.sms.subscriber.CustomerIdScheme;
import org.opensms.sms.subscriber.Subscriber;
import org.opensms.sms.subscriber.SubscriberFilter;
import org.opensms.sms.subscriber.SubscriberStatus;
import org.opensms.sms.subscriber.internal.LcoLookup;
import org.opensms.sms.subscriber.internal.SubscriberRepository;

/**
 * The export on a real database: a few thousand subscribers, exported with and without filters to CSV, .xlsx and
 * PDF, read back (commons-csv, POI; the PDF's text uncompressed) and compared with the filtered list read page by
 * page with offsets, and with its count. Each vendor's test supplies an empty schema.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SubscriberExportContract {

    static final int ROWS = 3_000;
    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z"); // 15:30 IST
    private static final String[] CITIES = {"Bengaluru", "Chennai", "Pune", "Delhi", "Kolkata"};
    private static final String[] STATES = {"KA", "TN", "MH", "DL", "WB"};

    private EntityManagerFactory emf;

    protected abstract DataSource emptySchema() throws Exception;

    @BeforeAll
    void fill() throws Exception {
        DataSource ds = emptySchema();
        emf = TestDatabases.migrateAndOpen(ds);
        insert(ds);
    }

    @AfterAll
    void close() {
        if (emf != null) {
            emf.close();
        }
    }

    /** Subscribers 1..ROWS; every 7th has LCO 1 or 2 and a CAF, a few have values a spreadsheet would run or mangle. */
    private static void insert(DataSource ds) throws Exception {
        CustomerIdScheme ids = new CustomerIdScheme(CustomerIdScheme.DEFAULT_FORMAT);
        Timestamp at = Timestamp.from(NOW);
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement lco = c.prepareStatement("insert into lco (id, code, name, name_key, line1, city, state,"
                    + " pin_code, contact_person, mobile, area, area_key, status, created_at, created_by, created_via, version)"
                    + " values (?, ?, ?, ?, '1 Road', 'Bengaluru', 'KA', '560001', 'Owner', '9000000000', 'North', 'NORTH',"
                    + " 'ACTIVE', ?, 'test', 'SYSTEM', 1)")) {
                for (int i = 1; i <= 2; i++) {
                    lco.setLong(1, i);
                    lco.setString(2, "LCO000" + i);
                    lco.setString(3, "Cable " + i);
                    lco.setString(4, "CABLE " + i);
                    lco.setTimestamp(5, at);
                    lco.addBatch();
                }
                lco.executeBatch();
            }
            String sql = "insert into subscriber (id, customer_id, contract_number, name, name_key, mobile, email, landline,"
                    + " billing_line1, billing_line2, billing_city, billing_state, billing_pin_code, install_line1,"
                    + " install_line2, install_city, install_state, install_pin_code, area, lco_id, caf_number, caf_date,"
                    + " status, registered_at, registered_by, registered_via, version)"
                    + " values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,'test','SYSTEM',1)";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 1; i <= ROWS; i++) {
                    String name = switch (i % 500) {
                        case 1 -> "=HYPERLINK(\"http://x\",\"click\") " + i;
                        case 2 -> "Sharma, \"Ravi\" " + i;
                        case 3 -> "रवि कुमार " + i;
                        case 4 -> "@SUM(A1) " + i;
                        default -> "Person " + i;
                    };
                    int k = i % CITIES.length;
                    boolean rich = i % 7 == 0;
                    ps.setLong(1, i);
                    ps.setString(2, ids.forNumber(i).value());
                    ps.setString(3, "CN" + String.format("%08d", i));
                    ps.setString(4, name);
                    ps.setString(5, name.toUpperCase(java.util.Locale.ROOT));
                    ps.setString(6, String.valueOf(9_000_000_000L + i));
                    ps.setString(7, i % 3 == 0 ? null : "p" + i + "@example.in");
                    ps.setString(8, i % 11 == 0 ? "+91-80-2222" + String.format("%04d", i % 10000) : null);
                    ps.setString(9, i + " Main Road");
                    ps.setString(10, null);
                    ps.setString(11, CITIES[k]);
                    ps.setString(12, STATES[k]);
                    ps.setString(13, "560001");
                    ps.setString(14, i + " Main Road");
                    ps.setString(15, i % 13 == 0 ? "Near temple, 2nd cross" : null);
                    ps.setString(16, CITIES[k]);
                    ps.setString(17, STATES[k]);
                    ps.setString(18, String.valueOf(560001 + i));
                    ps.setString(19, rich ? "Ward " + (i % 9) : null);
                    if (rich) {
                        ps.setLong(20, 1 + i % 2);
                        ps.setString(21, "CAF-" + i);
                        ps.setObject(22, LocalDate.of(2026, 1, 1).plusDays(i % 300));
                    } else {
                        ps.setNull(20, Types.BIGINT);
                        ps.setNull(21, Types.VARCHAR);
                        ps.setNull(22, Types.DATE);
                    }
                    ps.setString(23, (rich ? SubscriberStatus.ACTIVE : SubscriberStatus.REGISTERED).name());
                    ps.setTimestamp(24, Timestamp.from(NOW.minusSeconds(i * 61L)));
                    ps.addBatch();
                    if (i % 500 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            c.commit();
        }
    }

    // ------------------------------------------------------------------------------------------------------------

    private <T> T withExport(Function<SubscriberExport, T> work) {
        return TestDatabases.read(emf, em -> work.apply(export(em)));
    }

    private static SubscriberExport export(EntityManager em) {
        return new SubscriberExport(new SubscriberRepository(em), new LcoLookup(em), Clock.fixed(NOW, ZoneOffset.UTC), em::clear);
    }

    private byte[] exportBytes(SubscriberFilter filter, ExportFormat format) {
        return withExport(e -> {
            ExportFile file = e.prepare(filter, format);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                long written = e.write(file, out);
                assertThat(written).isEqualTo(file.matched());
            } catch (IOException ex) {
                throw new IllegalStateException(ex);
            }
            return out.toByteArray();
        });
    }

    private static Iterator<SubscriberExportRow> rows(SubscriberExport e, SubscriberFilter filter, int pageSize) {
        return new SubscriberRows(e.repository, e.lcos, filter, pageSize, () -> { });
    }

    /** The oracle: the list as the console pages it (offsets, default order), with LCO codes. */
    private List<List<String>> expected(SubscriberFilter filter) {
        return TestDatabases.read(emf, em -> {
            SubscriberRepository repo = new SubscriberRepository(em);
            LcoLookup lcos = new LcoLookup(em);
            List<List<String>> all = new ArrayList<>();
            for (int offset = 0; ; offset += PageRequest.MAX_SIZE) {
                List<Subscriber> page = repo.list(filter, new PageRequest(offset, PageRequest.MAX_SIZE, null, true));
                var codes = lcos.codesOf(page.stream().map(Subscriber::getLcoId).toList());
                page.forEach(s -> all.add(SubscriberExportRow.of(s, codes.get(s.getLcoId())).values()));
                if (page.size() < PageRequest.MAX_SIZE) {
                    return all;
                }
            }
        });
    }

    private long count(SubscriberFilter filter) {
        return TestDatabases.read(emf, em -> new SubscriberRepository(em).count(filter));
    }

    private static final SubscriberFilter KARNATAKA = new SubscriberFilter(null, null, null, null, IndianState.KA, null);
    private static final SubscriberFilter ACTIVE_IN_KA = new SubscriberFilter(null, null, null, null, IndianState.KA,
            SubscriberStatus.ACTIVE);
    private static final SubscriberFilter NOBODY = new SubscriberFilter("SMS99", null, null, null, null, null);

    // ------------------------------------------------------------------------------------------------------------

    @Test
    void csvHasEveryFilteredSubscriberInListOrderThenTheSummary() throws Exception {
        for (SubscriberFilter filter : List.of(SubscriberFilter.ALL, KARNATAKA, ACTIVE_IN_KA)) {
            byte[] bytes = exportBytes(filter, ExportFormat.CSV);
            assertThat(new String(bytes, 0, 3, StandardCharsets.UTF_8)).isEqualTo("\uFEFF");
            List<CSVRecord> records = parseCsv(bytes);
            assertThat(records.get(0).toList()).isEqualTo(SubscriberExportRow.HEADERS);
            List<List<String>> expected = expected(filter);
            assertThat(expected).hasSize((int) count(filter));
            List<List<String>> data = records.subList(1, records.size() - 4).stream()
                    .map(r -> r.toList().stream().map(v -> v.isEmpty() ? null : v).toList()).toList();
            assertThat(data).hasSize(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertThat(data.get(i)).isEqualTo(expected.get(i).stream().map(CsvSubscriberWriter::defuse).toList());
            }
            List<CSVRecord> summary = records.subList(records.size() - 3, records.size());
            assertThat(summary.get(0).toList()).containsExactly("Total", expected.size() + " subscribers");
            assertThat(summary.get(1).get(0)).isEqualTo("Filters");
            assertThat(summary.get(1).get(1)).isEqualTo(ExportDescription.describe(filter));
            assertThat(summary.get(2).toList()).containsExactly("Exported at", "2026-11-25 15:30:00 IST");
        }
    }

    @Test
    void csvDefusesFormulasAndQuotesCommasAndQuotes() throws Exception {
        String csv = new String(exportBytes(new SubscriberFilter("SMS0000000", null, null, null, null, null),
                ExportFormat.CSV), StandardCharsets.UTF_8);
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\") 1\"")
                .contains("\"Sharma, \"\"Ravi\"\" 2\"")
                .contains("रवि कुमार 3")
                .contains("'@SUM(A1) 4")
                .contains("\r\n");
        assertThat(csv).doesNotContain(",=HYPERLINK").doesNotContain(",@SUM");
    }

    @Test
    void xlsxHasEveryFilteredSubscriberAsCellsThenTheSummary() throws Exception {
        for (SubscriberFilter filter : List.of(SubscriberFilter.ALL, ACTIVE_IN_KA)) {
            byte[] bytes = exportBytes(filter, ExportFormat.XLSX);
            List<List<String>> expected = expected(filter);
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
                assertThat(wb.getNumberOfSheets()).isEqualTo(1);
                Sheet sheet = wb.getSheetAt(0);
                assertThat(cells(sheet.getRow(0))).isEqualTo(SubscriberExportRow.HEADERS);
                for (int i = 0; i < expected.size(); i++) {
                    assertThat(cells(sheet.getRow(i + 1))).as("row %d", i + 1).isEqualTo(expected.get(i));
                }
                int after = expected.size() + 1;
                assertThat(sheet.getRow(after)).isNull();
                assertThat(cells(sheet.getRow(after + 1)).subList(0, 2)).containsExactly("Total", expected.size() + " subscribers");
                assertThat(cells(sheet.getRow(after + 2)).subList(0, 2)).containsExactly("Filters", ExportDescription.describe(filter));
                assertThat(cells(sheet.getRow(after + 3)).subList(0, 2)).containsExactly("Exported at", "2026-11-25 15:30:00 IST");
                // formulas stay text: no cell of the sheet is a formula
                assertThat(sheet.getRow(1).getCell(2).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            }
        }
    }

    @Test
    void pdfHasTheSubscribersPagesAndTheTotal() throws Exception {
        byte[] bytes = exportBytes(KARNATAKA, ExportFormat.PDF);
        assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1).strip()).endsWith("%%EOF");
        String pdf = PdfText.of(bytes);
        List<List<String>> expected = expected(KARNATAKA);
        assertThat(pdf).contains("(" + expected.get(0).get(0) + ")").contains("(" + expected.get(expected.size() - 1).get(0) + ")")
                .contains("(Total: " + expected.size() + " subscribers)")
                .contains("2026-11-25 15:30:00 IST");
        // the root of the page tree counts the pages
        Matcher counts = Pattern.compile("/Count\\s*(\\d+)").matcher(pdf);
        int n = 0;
        while (counts.find()) {
            n = Math.max(n, Integer.parseInt(counts.group(1)));
        }
        // at most 52 rows a page (A4 landscape), fewer where a long value takes two lines
        assertThat(n).isBetween(expected.size() / 52 + 1, expected.size() / 30 + 2);
    }

    @Test
    void emptySelectionGivesHeaderAndAZeroTotalInEveryFormat() throws Exception {
        List<CSVRecord> csv = parseCsv(exportBytes(NOBODY, ExportFormat.CSV));
        assertThat(csv).hasSize(5);
        assertThat(csv.get(2).toList()).containsExactly("Total", "0 subscribers");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(exportBytes(NOBODY, ExportFormat.XLSX)))) {
            assertThat(cells(wb.getSheetAt(0).getRow(2)).subList(0, 2)).containsExactly("Total", "0 subscribers");
        }
        String pdf = PdfText.of(exportBytes(NOBODY, ExportFormat.PDF));
        assertThat(pdf).startsWith("%PDF-").contains("(Total: 0 subscribers)");
    }

    @Test
    void keysetPagesOfAnySizeGiveTheSameRowsAsTheList() {
        List<List<String>> expected = expected(KARNATAKA);
        for (int pageSize : new int[] {1, 7, 600, 5000}) {
            List<List<String>> got = withExport(e -> {
                List<List<String>> all = new ArrayList<>();
                rows(e, KARNATAKA, pageSize).forEachRemaining(r -> all.add(r.values()));
                return all;
            });
            assertThat(got).as("page size %d", pageSize).isEqualTo(expected);
        }
    }

    @Test
    void prepareNamesTheFileWithTheDateInIndiaAndCountsTheMatches() {
        ExportFile file = withExport(e -> e.prepare(KARNATAKA, ExportFormat.XLSX));
        assertThat(file.fileName()).isEqualTo("subscribers-20261125-1530.xlsx");
        assertThat(file.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(file.matched()).isEqualTo(ROWS / 5);
        assertThat(file.description().exportedAt()).isEqualTo(LocalDateTime.of(2026, 11, 25, 15, 30));
        assertThat(file.description().filters()).isEqualTo("state KA");
    }

    @Test
    void lcoCodesCafAndRegistrationTimeInIstAreWritten() {
        List<List<String>> rows = expected(new SubscriberFilter("SMS00000007", null, null, null, null, null));
        assertThat(rows).hasSize(1);
        List<String> r = rows.get(0);
        assertThat(r.get(0)).isEqualTo("SMS00000007");
        assertThat(r.get(1)).isEqualTo("CN00000007");
        assertThat(r.get(10)).isEqualTo("Ward 7");
        assertThat(r.get(11)).isEqualTo("LCO0002");
        assertThat(r.get(12)).isEqualTo("ACTIVE");
        assertThat(r.get(13)).isEqualTo("CAF-7");
        assertThat(r.get(14)).isEqualTo("2026-01-08");
        // 10:00 UTC less 7 x 61 s = 09:52:53 UTC = 15:22:53 IST
        assertThat(r.get(15)).isEqualTo("2026-11-25 15:22:53");
    }

    // ------------------------------------------------------------------------------------------------------------

    static List<CSVRecord> parseCsv(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text.charAt(0)).isEqualTo(CsvSubscriberWriter.BOM);
        try (CSVParser p = CSVFormat.RFC4180.parse(new java.io.StringReader(text.substring(1)))) {
            return p.getRecords();
        }
    }

    /** A row's cells as the export's text: dates as ISO text, blanks as null, 16 columns (or fewer for a summary). */
    static List<String> cells(Row row) {
        List<String> values = new ArrayList<>();
        int last = Math.max(row.getLastCellNum(), (short) 2);
        int width = last <= 2 ? 2 : SubscriberExportRow.HEADERS.size();
        for (int c = 0; c < width; c++) {
            Cell cell = row.getCell(c);
            if (cell == null) {
                values.add(null);
            } else if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                LocalDateTime t = cell.getLocalDateTimeCellValue();
                values.add(c == 14 ? t.toLocalDate().toString() : t.format(SubscriberExportRow.DATE_TIME));
            } else {
                values.add(cell.getStringCellValue());
            }
        }
        return values;
    }
}
