package org.opensms.sms.stock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Shipment files, CSV and .xlsx, good and bad: every error names its line and column, and a bad file yields no rows. */
class StockShipmentParserTest {

    private static ShipmentParser.Parsed csv(DeviceType type, String text) {
        return ShipmentParser.parse(type, ImportFormat.CSV, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> errors(ShipmentParser.Parsed p) {
        assertThat(p.rows()).as("a file with errors yields no rows").isEmpty();
        return p.errors().stream().map(ImportError::toString).toList();
    }

    @Test
    void goodStbCsv() {
        ShipmentParser.Parsed p = csv(DeviceType.STB, """
                vendor,model,serial,lot,warehouse
                Skyworth,HD-100,stb0001,LOT-2026-11,Bengaluru Central
                "Skyworth, India",HD-100,STB0002,LOT-2026-11,Bengaluru Central

                Kaon,KSF-2,STB0003,LOT-2026-12,Mysuru
                """);
        assertThat(p.errors()).isEmpty();
        assertThat(p.rows()).containsExactly(
                new ShipmentRow(2, "Skyworth", "HD-100", "STB0001", "LOT-2026-11", "Bengaluru Central"),
                new ShipmentRow(3, "Skyworth, India", "HD-100", "STB0002", "LOT-2026-11", "Bengaluru Central"),
                new ShipmentRow(5, "Kaon", "KSF-2", "STB0003", "LOT-2026-12", "Mysuru"));
    }

    @Test
    void headersInAnyOrderAndCaseWithByteOrderMarkAndCrLf() {
        byte[] body = "\uFEFFLot,NUMBER,Warehouse,Vendor\r\nL1,VC-1,W1,Nagra\r\nL1,VC-2,W1,Nagra\r\n"
                .getBytes(StandardCharsets.UTF_8);
        ShipmentParser.Parsed p = ShipmentParser.parse(DeviceType.CARD, ImportFormat.CSV, new ByteArrayInputStream(body));
        assertThat(p.errors()).isEmpty();
        assertThat(p.rows()).containsExactly(new ShipmentRow(2, "Nagra", null, "VC-1", "L1", "W1"),
                new ShipmentRow(3, "Nagra", null, "VC-2", "L1", "W1"));
    }

    @Test
    void badLinesAreAllReportedByLineAndColumn() {
        ShipmentParser.Parsed p = csv(DeviceType.STB, """
                vendor,model,serial,lot,warehouse
                Skyworth,HD-100,STB0001,LOT-1,W1
                ,HD-100,STB0002,LOT-1,W1
                Skyworth,,STB 0003,LOT-1,W1
                Skyworth,HD-100,stb0001,LOT-1,W1
                Skyworth,HD-100,STB0005,%s,W1
                Skyworth,HD-100,STB0006,LOT-1,W1,extra
                """.formatted("L".repeat(41)));
        assertThat(errors(p)).containsExactly(
                "line 3, column vendor: is required",
                "line 4, column model: is required",
                "line 4, column serial: must be letters, digits, '.', '_', ':' or '-' only, got 'STB 0003'",
                "line 5, column serial: STB0001 is already on line 2 of this file",
                "line 6, column lot: must be at most 40 characters, got 41",
                "line 7: has a value in column 6, past the 5 named by the header");
    }

    @Test
    void headerProblemsStopTheRead() {
        assertThat(errors(csv(DeviceType.STB, "vendor,serial,lot,warehouse,colour\nA,B,C,D,E\n"))).containsExactly(
                "line 1, column colour: is not a known column; the header of a set-top box file names vendor, model, serial, lot, warehouse",
                "line 1, column model: is missing from the header; a set-top box file needs the columns vendor, model, serial, lot, warehouse");
        assertThat(errors(csv(DeviceType.CARD, "vendor,number,number,lot,warehouse\n"))).containsExactly(
                "line 1, column number: is named twice in the header");
    }

    @Test
    void emptyFilesAndFilesWithoutDevicesAreRefused() {
        assertThat(errors(csv(DeviceType.CARD, ""))).containsExactly(
                "file: is empty: the first line must be the header vendor,number,lot,warehouse");
        assertThat(errors(csv(DeviceType.CARD, "vendor,number,lot,warehouse\n\n"))).containsExactly(
                "file: has a header but no devices");
    }

    @Test
    void notUtf8IsRefused() {
        byte[] latin1 = "vendor,number,lot,warehouse\nM\u00fcller,VC1,L,W\n".getBytes(StandardCharsets.ISO_8859_1);
        ShipmentParser.Parsed p = ShipmentParser.parse(DeviceType.CARD, ImportFormat.CSV, new ByteArrayInputStream(latin1));
        assertThat(errors(p)).containsExactly("file: is not UTF-8 text: save the CSV as UTF-8");
    }

    @Test
    void unbalancedQuotesAreRefused() {
        assertThat(errors(csv(DeviceType.CARD, "vendor,number,lot,warehouse\n\"Nagra,VC1,L,W\n")))
                .singleElement().asString().startsWith("file: could not be read as CSV");
    }

    @Test
    void filesOverTheSizeCapAreRefused() {
        InputStream endless = new InputStream() {
            private final byte[] line = "Nagra,VC0000000,LOT,WAREHOUSE\n".getBytes(StandardCharsets.US_ASCII);
            private long n;
            private boolean headerDone;
            private final byte[] header = "vendor,number,lot,warehouse\n".getBytes(StandardCharsets.US_ASCII);

            @Override
            public int read() {
                if (!headerDone) {
                    if (n < header.length) {
                        return header[(int) n++];
                    }
                    headerDone = true;
                    n = 0;
                }
                return line[(int) (n++ % line.length)];
            }
        };
        List<String> errors = errors(ShipmentParser.parse(DeviceType.CARD, ImportFormat.CSV, endless));
        // duplicates pile up first (the same number on every line), so the cap on errors stops the read early
        assertThat(errors.get(errors.size() - 1)).isEqualTo("file: more than 1000 errors; only the first are listed");
    }

    @Test
    void bytesPastTheCapAreRefusedEvenWithoutErrors() {
        StringBuilder sb = new StringBuilder("vendor,number,lot,warehouse\n");
        String pad = " ".repeat(150); // trimmed away: the lines are good, only long
        int i = 0;
        while (sb.length() <= ShipmentParser.MAX_BYTES) {
            sb.append("Nagra,VC").append(i++).append(",L,W").append(pad).append('\n');
        }
        assertThat(errors(csv(DeviceType.CARD, sb.toString()))).containsExactly(
                "file: is larger than 20 MB (20971520 bytes); split the shipment");
    }

    @Test
    void moreThanTheRowCapIsRefused() {
        StringBuilder sb = new StringBuilder("vendor,number,lot,warehouse\n");
        for (int i = 0; i <= ShipmentParser.MAX_ROWS; i++) {
            sb.append("N,C").append(i).append(",L,W\n");
        }
        assertThat(errors(csv(DeviceType.CARD, sb.toString()))).containsExactly(
                "line 200002: the file has more than 200000 devices; split the shipment");
    }

    // ---- .xlsx ----

    private static byte[] xlsx(Object[]... rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet("Shipment");
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static ShipmentParser.Parsed xlsx(DeviceType type, byte[] file) {
        return ShipmentParser.parse(type, ImportFormat.XLSX, new ByteArrayInputStream(file));
    }

    @Test
    void goodXlsxWithNumericSerialsAndGaps() throws IOException {
        byte[] file = xlsx(new Object[] {"Vendor", "Model", "Serial", "Lot", "Warehouse"},
                new Object[] {"Skyworth", "HD-100", 123456789012345L, "LOT-1", "W1"},
                new Object[] {},
                new Object[] {"Kaon", "KSF-2", "abc-9", 2026, "W2"});
        ShipmentParser.Parsed p = xlsx(DeviceType.STB, file);
        assertThat(p.errors()).isEmpty();
        assertThat(p.rows()).containsExactly(new ShipmentRow(2, "Skyworth", "HD-100", "123456789012345", "LOT-1", "W1"),
                new ShipmentRow(4, "Kaon", "KSF-2", "ABC-9", "2026", "W2"));
    }

    @Test
    void badXlsxNamesRowAndColumn() throws IOException {
        byte[] file = xlsx(new Object[] {"vendor", "number", "lot", "warehouse"},
                new Object[] {"Nagra", "VC1", "L1", "W1"},
                new Object[] {"Nagra", null, "L1", "W1"},
                new Object[] {"Nagra", "VC1", "L1", null});
        assertThat(errors(xlsx(DeviceType.CARD, file))).containsExactly(
                "line 3, column number: is required",
                "line 4, column warehouse: is required",
                "line 4, column number: VC1 is already on line 2 of this file");
    }

    @Test
    void aCsvSentAsXlsxIsRefused() {
        assertThat(errors(xlsx(DeviceType.CARD, "vendor,number,lot,warehouse\n".getBytes(StandardCharsets.UTF_8))))
                .singleElement().asString().startsWith("file: ");
    }

    @Test
    void anEmptyOrDamagedWorkbookIsRefusedAsABadFile() throws IOException {
        assertThat(errors(xlsx(DeviceType.CARD, new byte[0]))).containsExactly(
                "file: is empty: send an .xlsx workbook whose first row is the header vendor,number,lot,warehouse");
        byte[] good = xlsx(new Object[] {"vendor", "number", "lot", "warehouse"}, new Object[] {"Nagra", "C1", "L", "W"});
        byte[] cut = java.util.Arrays.copyOf(good, good.length / 2);
        assertThat(errors(xlsx(DeviceType.CARD, cut))).singleElement().asString()
                .startsWith("file: is not a readable .xlsx workbook");
        byte[] zipHeaderThenNoise = new byte[4000];
        new java.util.Random(7).nextBytes(zipHeaderThenNoise);
        System.arraycopy(new byte[] {'P', 'K', 3, 4}, 0, zipHeaderThenNoise, 0, 4);
        assertThat(errors(xlsx(DeviceType.CARD, zipHeaderThenNoise))).singleElement().asString()
                .startsWith("file: is not a readable .xlsx workbook");
    }
}
