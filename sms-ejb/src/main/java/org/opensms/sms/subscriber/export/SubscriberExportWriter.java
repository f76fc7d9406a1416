package org.opensms.sms.subscriber.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;

/**
 * Writes rows to a stream as they come, holding at most a bounded window of them, and ends with a summary (the
 * count of rows written, the filters, the export time). Does not close the stream.
 */
public interface SubscriberExportWriter {

    /** Writes every row and the summary; returns the count of rows written. */
    long write(Iterator<SubscriberExportRow> rows, ExportDescription description, OutputStream out) throws IOException;

    static SubscriberExportWriter of(ExportFormat format) {
        return switch (format) {
            case CSV -> new CsvSubscriberWriter();
            case XLSX -> new XlsxSubscriberWriter();
            case PDF -> new PdfSubscriberWriter();
        };
    }
}
