package org.opensms.sms.subscriber.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.opensms.sms.shared.IndianState;
import org.opensms.sms.shared.InvalidInputException;
import org.opensms.sms.subscriber.SubscriberFilter;
import org.opensms.sms.subscriber.SubscriberStatus;

/** The writers and helpers without a database. */
class SubscriberExportWritersTest {

    private static final ExportDescription DESCRIPTION = ExportDescription.of(SubscriberFilter.ALL,
            LocalDateTime.of(2026, 11, 25, 15, 30));

    static SubscriberExportRow row(int i) {
        return new SubscriberExportRow("SMS%08d".formatted(i), "CN%08d".formatted(i), "Person " + i,
                String.valueOf(9_000_000_000L + i), null, null, i + " Main Road", "Pune", "MH", "411001", null, null,
                "REGISTERED", null, null, LocalDateTime.of(2026, 1, 1, 10, 0).plusMinutes(i));
    }

    static Iterator<SubscriberExportRow> rows(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(SubscriberExportWritersTest::row).iterator();
    }

    @Test
    void defusesWhatASpreadsheetWouldRun() {
        assertThat(CsvSubscriberWriter.defuse("=1+2")).isEqualTo("'=1+2");
        assertThat(CsvSubscriberWriter.defuse("+91 80 2222 3333")).isEqualTo("'+91 80 2222 3333");
        assertThat(CsvSubscriberWriter.defuse("-2")).isEqualTo("'-2");
        assertThat(CsvSubscriberWriter.defuse("@cmd")).isEqualTo("'@cmd");
        assertThat(CsvSubscriberWriter.defuse("\tx")).isEqualTo("'\tx");
        assertThat(CsvSubscriberWriter.defuse("Ravi = Kumar")).isEqualTo("Ravi = Kumar");
        assertThat(CsvSubscriberWriter.defuse("")).isEmpty();
        assertThat(CsvSubscriberWriter.defuse(null)).isNull();
    }

    @Test
    void csvQuotesCommasQuotesAndLineBreaks() throws Exception {
        SubscriberExportRow nasty = new SubscriberExportRow("SMS00000001", "CN1", "Sharma, \"Ravi\"", "9000000001",
                "a@b.in", "=cmd|' /C calc'!A0", "Line one\nline two", "Pune", "MH", "411001", "Area", "LCO1",
                "ACTIVE", "CAF-1", LocalDate.of(2026, 1, 2), LocalDateTime.of(2026, 1, 1, 10, 0, 5));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long n = new CsvSubscriberWriter().write(List.of(nasty).iterator(), DESCRIPTION, out);
        assertThat(n).isEqualTo(1);
        List<CSVRecord> records = SubscriberExportContract.parseCsv(out.toByteArray());
        assertThat(records.get(1).toList()).containsExactly("SMS00000001", "CN1", "Sharma, \"Ravi\"", "9000000001",
                "a@b.in", "'=cmd|' /C calc'!A0", "Line one\nline two", "Pune", "MH", "411001", "Area", "LCO1", "ACTIVE",
                "CAF-1", "2026-01-02", "2026-01-01 10:00:05");
        assertThat(records.get(3).toList()).containsExactly("Total", "1 subscriber");
        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).contains("\r\n");
    }

    @Test
    void xlsxGoesOnInANewSheetPastTheSheetLimit() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long n = new XlsxSubscriberWriter(1000).write(rows(2500), DESCRIPTION, out);
        assertThat(n).isEqualTo(2500);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(3);
            assertThat(wb.getSheetName(1)).isEqualTo("Subscribers 2");
            assertThat(wb.getSheetAt(0).getColumnWidth(0)).isEqualTo(14 * 256);
            assertThat(wb.getSheetAt(2).getColumnWidth(2)).isEqualTo(28 * 256);
            assertThat(wb.getSheetAt(0).getRow(1000).getCell(0).getStringCellValue()).isEqualTo("SMS00001000");
            assertThat(wb.getSheetAt(1).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Customer ID");
            assertThat(wb.getSheetAt(1).getRow(1).getCell(0).getStringCellValue()).isEqualTo("SMS00001001");
            assertThat(wb.getSheetAt(2).getRow(500).getCell(0).getStringCellValue()).isEqualTo("SMS00002500");
            assertThat(wb.getSheetAt(2).getRow(502).getCell(1).getStringCellValue()).isEqualTo("2500 subscribers");
            assertThat(wb.getSheetAt(2).getRow(500).getCell(15).getLocalDateTimeCellValue())
                    .isEqualTo(LocalDateTime.of(2026, 1, 1, 10, 0).plusMinutes(2500));
        }
    }

    @Test
    void pdfReportIsPrecompiledAndFillsFromTheRows() throws Exception {
        assertThat(PdfSubscriberWriter.class.getResource(PdfSubscriberWriter.REPORT)).isNotNull();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long n = new PdfSubscriberWriter().write(rows(120), DESCRIPTION, out);
        assertThat(n).isEqualTo(120);
        String pdf = PdfText.of(out.toByteArray());
        assertThat(pdf).startsWith("%PDF-").contains("(SMS00000120)").contains("(Total: 120 subscribers)")
                .contains("(Filters: none \\(all subscribers\\))");
    }

    @Test
    void describesFiltersInWords() {
        assertThat(ExportDescription.describe(SubscriberFilter.ALL)).isEqualTo("none (all subscribers)");
        assertThat(ExportDescription.describe(new SubscriberFilter("SMS0001", "ravi", "98450", "Pune", IndianState.MH,
                SubscriberStatus.ACTIVE))).isEqualTo("customer ID starts with \"SMS0001\", name starts with \"ravi\","
                + " mobile starts with \"98450\", city starts with \"Pune\", state MH, status ACTIVE");
        assertThat(ExportDescription.describe(SubscriberFilter.ALL.withLco("LCO0001").withArea("Kora").withStb("SKW-1")
                .withCard("NAGRA-1"))).isEqualTo("LCO LCO0001, area starts with \"Kora\", holding set-top box SKW-1,"
                + " holding smart card NAGRA-1");
        assertThat(DESCRIPTION.exportedAtText()).isEqualTo("2026-11-25 15:30:00 IST");
    }

    @Test
    void formatsByExtension() {
        assertThat(ExportFormat.ofExtension("CSV")).isEqualTo(ExportFormat.CSV);
        assertThat(ExportFormat.ofExtension("xlsx").mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(ExportFormat.PDF.mediaType()).isEqualTo("application/pdf");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ExportFormat.ofExtension("xls"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("csv, xlsx, pdf");
    }
}
