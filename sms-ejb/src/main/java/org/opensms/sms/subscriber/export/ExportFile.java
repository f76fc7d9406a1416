package org.opensms.sms.subscriber.export;

import java.io.Serializable;
import org.opensms.sms.subscriber.SubscriberFilter;

/**
 * An export about to be written: what it selects, its format, how it describes itself, the file name to offer
 * (dated in IST, e.g. {@code subscribers-20261125-1530.csv}) and how many subscribers matched when it was prepared
 * (the file's own summary counts the rows it really wrote).
 */
public record ExportFile(SubscriberFilter filter, ExportFormat format, ExportDescription description, String fileName,
                         long matched) implements Serializable {

    public String mediaType() {
        return format.mediaType();
    }
}
