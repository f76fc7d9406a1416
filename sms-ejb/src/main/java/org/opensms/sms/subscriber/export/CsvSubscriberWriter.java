package org.opensms.sms.subscriber.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV as RFC 4180 says (comma, double quotes where needed, CRLF), in UTF-8 with a byte order mark so that Excel reads
 * Indian names right when the file is opened with a double click. One header line, one line per subscriber, then
 * an empty line and three summary lines: {@code Total,<n> subscribers}, {@code Filters,...}, {@code Exported at,...}.
 * <p>Against spreadsheet formula injection, a value that starts with {@code = + - @}, a tab or a carriage return
 * is written with a leading apostrophe (OWASP's advice), so a spreadsheet shows it as text and never runs it.
 * (The .xlsx export writes text cells, which are never formulas, and needs no such change.)
 */
public final class CsvSubscriberWriter implements SubscriberExportWriter {

    public static final char BOM = '\uFEFF';

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setNullString("").get();

    @Override
    public long write(Iterator<SubscriberExportRow> rows, ExportDescription description, OutputStream out) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        writer.write(BOM);
        CSVPrinter csv = new CSVPrinter(writer, FORMAT);
        csv.printRecord(SubscriberExportRow.HEADERS);
        long count = 0;
        List<String> cells = new ArrayList<>(SubscriberExportRow.HEADERS.size());
        while (rows.hasNext()) {
            cells.clear();
            for (String v : rows.next().values()) {
                cells.add(defuse(v));
            }
            csv.printRecord(cells);
            count++;
        }
        csv.println();
        csv.printRecord("Total", count + (count == 1 ? " subscriber" : " subscribers"));
        csv.printRecord("Filters", defuse(description.filters()));
        csv.printRecord("Exported at", description.exportedAtText());
        csv.flush();
        return count;
    }

    /** The value made safe to open in a spreadsheet: a leading apostrophe before = + - @ tab or CR; null stays null. */
    public static String defuse(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + value : value;
    }
}
