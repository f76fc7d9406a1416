package org.opensms.sms.subscriber.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An Excel workbook (.xlsx) written with POI's streaming workbook: only a window of {@value #WINDOW} rows stays in
 * memory, older rows go to a compressed temporary file that is deleted at the end. Values are text cells (never
 * formulas, so nothing in the data can run), the CAF date a date cell and the registration time a date-time cell
 * in IST. Past the sheet's limit (1,048,576 rows) the rows go on in sheets "Subscribers 2", "Subscribers 3"...; the
 * summary (total, filters, export time) follows the last row after an empty row.
 */
public final class XlsxSubscriberWriter implements SubscriberExportWriter {

    static final int WINDOW = 100;
    /** Rows a sheet takes before the next one starts: the format's limit, less room for the header and the summary. */
    static final int ROWS_PER_SHEET = SpreadsheetVersion.EXCEL2007.getMaxRows() - 8;
    private static final int[] WIDTHS = {14, 16, 28, 12, 28, 14, 36, 16, 7, 9, 18, 12, 13, 16, 12, 20};

    private final int rowsPerSheet;

    public XlsxSubscriberWriter() {
        this(ROWS_PER_SHEET);
    }

    /** With a smaller sheet size, for tests of the roll-over. */
    XlsxSubscriberWriter(int rowsPerSheet) {
        this.rowsPerSheet = rowsPerSheet;
    }

    @Override
    public long write(Iterator<SubscriberExportRow> rows, ExportDescription description, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        try {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));

            SXSSFSheet sheet = newSheet(workbook, "Subscribers", header);
            int r = 1;
            long count = 0;
            while (rows.hasNext()) {
                if (r > rowsPerSheet) {
                    sheet = newSheet(workbook, "Subscribers " + (workbook.getNumberOfSheets() + 1), header);
                    r = 1;
                }
                SubscriberExportRow s = rows.next();
                Row row = sheet.createRow(r++);
                List<String> values = s.values();
                for (int c = 0; c < values.size() - 2; c++) {
                    if (values.get(c) != null) {
                        row.createCell(c).setCellValue(values.get(c));
                    }
                }
                int c = values.size() - 2;
                if (s.cafDate() != null) {
                    Cell cell = row.createCell(c);
                    cell.setCellValue(s.cafDate());
                    cell.setCellStyle(date);
                }
                Cell registered = row.createCell(c + 1);
                registered.setCellValue(s.registeredAt());
                registered.setCellStyle(dateTime);
                count++;
            }
            r++;
            summary(sheet.createRow(r++), header, "Total", count + (count == 1 ? " subscriber" : " subscribers"));
            summary(sheet.createRow(r++), header, "Filters", description.filters());
            summary(sheet.createRow(r), header, "Exported at", description.exportedAtText());
            // widths last: with column definitions present POI looks each new cell's column style up, slowly
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                for (int c = 0; c < WIDTHS.length; c++) {
                    workbook.getSheetAt(i).setColumnWidth(c, WIDTHS[c] * 256);
                }
            }
            workbook.write(out);
            out.flush();
            return count;
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private static SXSSFSheet newSheet(SXSSFWorkbook workbook, String name, CellStyle header) {
        SXSSFSheet sheet = workbook.createSheet(name);
        Row row = sheet.createRow(0);
        for (int c = 0; c < SubscriberExportRow.HEADERS.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(SubscriberExportRow.HEADERS.get(c));
            cell.setCellStyle(header);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static void summary(Row row, CellStyle header, String label, String value) {
        Cell l = row.createCell(0);
        l.setCellValue(label);
        l.setCellStyle(header);
        row.createCell(1).setCellValue(value);
    }
}
