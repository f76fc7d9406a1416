package org.opensms.sms.subscriber.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.engine.util.JRSwapFile;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/**
 * A PDF (A4 landscape, about 50 subscribers a page) made with JasperReports from the precompiled report
 * {@code reports/subscribers.jasper} (its design: {@code src/main/resources/reports/subscribers.jrxml}). The report
 * pulls its rows from a {@link JRDataSource} over the lazy pages, and a swap-file virtualizer keeps only
 * {@value #PAGES_IN_MEMORY} filled pages in memory, the others in a temporary file deleted at the end; then the
 * exporter streams the pages to the output. The summary band gives the total, the filters and the export time.
 * <p>Text is written in the PDF's standard Helvetica (Windows-1252): characters outside it (Indian scripts) do not
 * show; the CSV and .xlsx exports keep every character.
 */
public final class PdfSubscriberWriter implements SubscriberExportWriter {

    public static final String REPORT = "/reports/subscribers.jasper";
    static final int PAGES_IN_MEMORY = 10;

    private static volatile JasperReport report;

    @Override
    public long write(Iterator<SubscriberExportRow> rows, ExportDescription description, OutputStream out) throws IOException {
        Path swapDir = Files.createTempDirectory("sms-export-pdf");
        JRSwapFile swap = new JRSwapFile(swapDir.toString(), 8192, 256);
        JRSwapFileVirtualizer virtualizer = new JRSwapFileVirtualizer(PAGES_IN_MEMORY, swap, true);
        try {
            Map<String, Object> parameters = new HashMap<>();
            parameters.put("TITLE", description.title());
            parameters.put("FILTERS", description.filters());
            parameters.put("EXPORTED_AT", description.exportedAtText());
            parameters.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
            RowSource source = new RowSource(rows);
            JasperPrint print = JasperFillManager.fillReport(report(), parameters, source);
            virtualizer.setReadOnly(true);
            JRPdfExporter exporter = new JRPdfExporter();
            exporter.setExporterInput(new SimpleExporterInput(print));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
            configuration.setCompressed(true);
            configuration.setMetadataTitle(description.title() + " (" + description.exportedAtText() + ")");
            configuration.setMetadataCreator("SMS");
            exporter.setConfiguration(configuration);
            exporter.exportReport();
            out.flush();
            return source.count;
        } catch (JRException e) {
            throw new IOException("could not make the PDF: " + e.getMessage(), e);
        } finally {
            virtualizer.cleanup();
            try (var files = Files.list(swapDir)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(swapDir);
        }
    }

    /** The compiled report, loaded once (it is immutable once loaded). */
    static JasperReport report() throws JRException {
        JasperReport r = report;
        if (r == null) {
            try (InputStream in = PdfSubscriberWriter.class.getResourceAsStream(REPORT)) {
                if (in == null) {
                    throw new JRException("report " + REPORT + " is missing from the class path (compiled at build time)");
                }
                r = (JasperReport) JRLoader.loadObject(in);
            } catch (IOException e) {
                throw new JRException("could not read " + REPORT, e);
            }
            report = r;
        }
        return r;
    }

    /** Hands the report one row at a time from the lazy pages. */
    private static final class RowSource implements JRDataSource {

        private final Iterator<SubscriberExportRow> rows;
        private SubscriberExportRow current;
        private List<String> values;
        long count;

        RowSource(Iterator<SubscriberExportRow> rows) {
            this.rows = rows;
        }

        @Override
        public boolean next() {
            if (!rows.hasNext()) {
                current = null;
                return false;
            }
            current = rows.next();
            values = current.values();
            count++;
            return true;
        }

        @Override
        public Object getFieldValue(JRField field) throws JRException {
            int i = switch (field.getName()) {
                case "customerId" -> 0;
                case "contractNumber" -> 1;
                case "name" -> 2;
                case "mobile" -> 3;
                case "email" -> 4;
                case "landline" -> 5;
                case "address" -> 6;
                case "city" -> 7;
                case "state" -> 8;
                case "pinCode" -> 9;
                case "area" -> 10;
                case "lcoCode" -> 11;
                case "status" -> 12;
                case "cafNumber" -> 13;
                case "cafDate" -> 14;
                case "registeredAt" -> 15;
                default -> throw new JRException("unknown field " + field.getName());
            };
            return values.get(i);
        }
    }
}
