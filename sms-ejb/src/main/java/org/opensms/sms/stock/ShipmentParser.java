package org.opensms.sms.stock;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads a shipment file of set-top boxes or smart cards and checks every line, without touching the database.
 *
 * <p>The first non-blank line (row) is the header. Its column names, in any order and any case:
 * set-top boxes {@code vendor, model, serial, lot, warehouse}; smart cards {@code vendor, number, lot, warehouse}.
 * Every column is required on every line; blank lines are skipped. A serial or number is 1 to 64 (STB) or 32
 * (card) characters of {@code A-Z a-z 0-9 . _ : -}, as the CAS accepts; it is kept in upper case and appears
 * once in the file.
 *
 * <p>Limits: {@value #MAX_BYTES} bytes, {@value #MAX_ROWS} devices; reading stops with an error past either.
 * CSV is read as it streams; an .xlsx file is copied to a temporary file and its first sheet read with POI's SAX
 * event API, so neither is held whole in memory (the rows found are, about 200 bytes each). Excel keeps numbers
 * as floating point: serials of more than 15 digits must be stored as text cells.
 */
public final class ShipmentParser {

    public static final int MAX_BYTES = 20 * 1024 * 1024;
    public static final int MAX_ROWS = 200_000;
    /** Errors reported at most; a file with more says so in one last error. */
    public static final int MAX_ERRORS = 1000;

    private static final Pattern ID = DeviceType.ID_FORM;
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}]");

    /** What a file held: its checked rows, or the errors that refuse it. */
    public record Parsed(List<ShipmentRow> rows, List<ImportError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private final DeviceType type;
    private final List<String> columns;
    private final List<ShipmentRow> rows = new ArrayList<>();
    private final List<ImportError> errors = new ArrayList<>();
    private final Map<String, Integer> firstLineOf = new HashMap<>();
    /** Header column name -> index in the row; null until the header is read. */
    private Map<String, Integer> header;
    private boolean truncatedErrors;

    private ShipmentParser(DeviceType type) {
        this.type = type;
        this.columns = columns(type);
    }

    /** The header names, in their documented order. */
    public static List<String> columns(DeviceType type) {
        return type == DeviceType.STB ? List.of("vendor", "model", "serial", "lot", "warehouse")
                : List.of("vendor", "number", "lot", "warehouse");
    }

    public static Parsed parse(DeviceType type, ImportFormat format, InputStream data) {
        ShipmentParser p = new ShipmentParser(type);
        try {
            if (format == ImportFormat.CSV) {
                p.readCsv(new CappedStream(data));
            } else {
                p.readXlsx(data);
            }
            p.finish();
        } catch (Stop stop) {
            // the error that stopped reading is recorded
        } catch (FileTooLarge e) {
            p.fileError("is larger than " + MAX_BYTES / (1024 * 1024) + " MB (" + MAX_BYTES + " bytes); split the shipment");
        } catch (CharacterCodingException e) {
            p.fileError("is not UTF-8 text: save the CSV as UTF-8");
        } catch (IOException | UncheckedCsv e) {
            p.fileError("could not be read as " + format.name() + ": " + message(e));
        }
        if (!p.errors.isEmpty()) {
            return new Parsed(List.of(), List.copyOf(p.errors));
        }
        return new Parsed(List.copyOf(p.rows), List.of());
    }

    private static String message(Throwable e) {
        Throwable t = e instanceof UncheckedCsv && e.getCause() != null ? e.getCause() : e;
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    // ---- CSV ----

    private void readCsv(InputStream in) throws IOException {
        PushbackInputStream pin = new PushbackInputStream(in, 3);
        byte[] bom = pin.readNBytes(3);
        if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
            pin.unread(bom);
        }
        Reader reader = new InputStreamReader(pin, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).setTrim(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            var it = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    record = it.next();
                } catch (java.io.UncheckedIOException e) {
                    if (e.getCause() instanceof CharacterCodingException cce) {
                        throw cce;
                    }
                    if (e.getCause() instanceof FileTooLarge big) {
                        throw big;
                    }
                    throw new UncheckedCsv(e.getCause() == null ? e : e.getCause());
                } catch (IllegalStateException e) {
                    throw new UncheckedCsv(e);
                }
                // empty lines are records too (ignoreEmptyLines false), so the record number is the line number
                row((int) record.getRecordNumber(), record.toList());
            }
        }
    }

    // ---- XLSX ----

    private void readXlsx(InputStream in) throws IOException {
        Path file = Files.createTempFile("sms-stock-import-", ".xlsx");
        try {
            if (Files.copy(new CappedStream(in), file, StandardCopyOption.REPLACE_EXISTING) == 0) {
                fileError("is empty: send an .xlsx workbook whose first row is the header " + String.join(",", columns(type)));
                return;
            }
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(pkg);
                ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
                StylesTable styles = reader.getStylesTable();
                XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
                if (!sheets.hasNext()) {
                    fileError("has no sheet");
                    return;
                }
                try (InputStream sheet = sheets.next()) {
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new SheetRows(),
                            new PlainNumbers(), false));
                    xml.parse(new InputSource(sheet));
                }
            } catch (OpenXML4JException | SAXException | ParserConfigurationException
                     | org.apache.poi.UnsupportedFileFormatException | org.apache.poi.ooxml.POIXMLException e) {
                if (e.getCause() instanceof Stop stop) {
                    throw stop;
                }
                fileError("is not a readable .xlsx workbook: " + message(e));
            } catch (Stop stop) {
                throw stop;
            } catch (RuntimeException e) {
                // a damaged workbook can fail deep inside POI with any runtime exception; it is still only a bad file
                fileError("is not a readable .xlsx workbook: " + message(e));
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Collects the cells of each row by column index and hands the row on when it ends. */
    private class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final List<String> cells = new ArrayList<>();

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            row(rowNum + 1, new ArrayList<>(cells));
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int col = cellReference == null ? cells.size() : new CellReference(cellReference).getCol();
            while (cells.size() < col) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue.strip());
        }
    }

    /** Whole numbers in "General" cells come out in full (12345678901234), not as 1.23457E+13. */
    private static final class PlainNumbers extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if ((formatString == null || "General".equalsIgnoreCase(formatString)) && value == Math.rint(value)
                    && Math.abs(value) < 1e16) {
                return new BigDecimal(value).toPlainString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }

    // ---- the rows, whatever the format ----

    private void row(int line, List<String> cells) {
        if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
            return;
        }
        if (header == null) {
            readHeader(line, cells);
            return;
        }
        if (rows.size() >= MAX_ROWS) {
            error(line, null, "the file has more than " + MAX_ROWS + " devices; split the shipment");
            throw new Stop();
        }
        int errorsBefore = errors.size();
        if (cells.size() > header.size()) {
            for (int i = header.size(); i < cells.size(); i++) {
                if (cells.get(i) != null && !cells.get(i).isBlank()) {
                    error(line, null, "has a value in column " + (i + 1) + ", past the " + header.size() + " named by the header");
                    break;
                }
            }
        }
        String vendor = text(line, cells, "vendor", StockDevice.MAX_VENDOR);
        String model = type == DeviceType.STB ? text(line, cells, "model", SetTopBox.MAX_MODEL) : null;
        String idName = type.idName();
        String serial = text(line, cells, idName, type.maxIdLength());
        serial = serial == null ? null : serial.toUpperCase(Locale.ROOT);
        if (serial != null && !ID.matcher(serial).matches()) {
            error(line, idName, "must be letters, digits, '.', '_', ':' or '-' only, got '" + serial + "'");
            serial = null;
        }
        String lot = text(line, cells, "lot", StockDevice.MAX_LOT);
        String warehouse = text(line, cells, "warehouse", StockDevice.MAX_WAREHOUSE);
        if (serial != null) {
            Integer first = firstLineOf.putIfAbsent(serial, line);
            if (first != null) {
                error(line, idName, serial + " is already on line " + first + " of this file");
            }
        }
        if (errors.size() == errorsBefore) {
            rows.add(new ShipmentRow(line, vendor, model, serial, lot, warehouse));
        }
    }

    private void readHeader(int line, List<String> cells) {
        Map<String, Integer> h = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i) == null ? "" : cells.get(i).strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (!columns.contains(name)) {
                error(line, cells.get(i).strip(), "is not a known column; the header of a " + type.label() + " file names "
                        + String.join(", ", columns));
            } else if (h.putIfAbsent(name, i) != null) {
                error(line, name, "is named twice in the header");
            }
        }
        for (String c : columns) {
            if (!h.containsKey(c)) {
                error(line, c, "is missing from the header; a " + type.label() + " file needs the columns "
                        + String.join(", ", columns));
            }
        }
        if (!errors.isEmpty()) {
            throw new Stop();
        }
        header = h;
    }

    private String text(int line, List<String> cells, String column, int max) {
        int i = header.get(column);
        String v = i < cells.size() && cells.get(i) != null ? cells.get(i).strip() : "";
        if (v.isEmpty()) {
            error(line, column, "is required");
            return null;
        }
        if (v.length() > max) {
            error(line, column, "must be at most " + max + " characters, got " + v.length());
            return null;
        }
        if (CONTROL.matcher(v).find()) {
            error(line, column, "must not contain control characters");
            return null;
        }
        return v;
    }

    private void finish() {
        if (!errors.isEmpty()) {
            return;
        }
        if (header == null) {
            fileError("is empty: the first line must be the header " + String.join(",", columns));
        } else if (rows.isEmpty()) {
            fileError("has a header but no devices");
        }
    }

    private void fileError(String message) {
        error(0, null, message);
    }

    private void error(int line, String column, String message) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(new ImportError(line, column, message));
        } else if (!truncatedErrors) {
            truncatedErrors = true;
            errors.add(new ImportError(0, null, "more than " + MAX_ERRORS + " errors; only the first are listed"));
            throw new Stop();
        }
    }

    /** Ends reading early; the reason is already recorded. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    private static final class UncheckedCsv extends RuntimeException {
        UncheckedCsv(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }

    private static final class FileTooLarge extends IOException {
        FileTooLarge() {
            super("file too large");
        }
    }

    /** Fails once more than {@link #MAX_BYTES} bytes have been read. */
    private static final class CappedStream extends FilterInputStream {
        private long count;

        CappedStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws FileTooLarge {
            count += n;
            if (count > MAX_BYTES) {
                throw new FileTooLarge();
            }
        }
    }
}
