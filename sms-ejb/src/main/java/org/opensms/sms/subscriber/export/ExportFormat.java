package org.opensms.sms.subscriber.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.opensms.sms.shared.InvalidInputException;

/** The formats a subscriber list exports to, with the file extension and media type each is served with. */
public enum ExportFormat {
    CSV("csv", "text/csv; charset=UTF-8"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    PDF("pdf", "application/pdf");

    private final String extension;
    private final String mediaType;

    ExportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format for a file extension as surfaces write it (csv, xlsx, pdf; any case). */
    public static ExportFormat ofExtension(String extension) {
        for (ExportFormat f : values()) {
            if (f.extension.equalsIgnoreCase(extension == null ? "" : extension.strip())) {
                return f;
            }
        }
        throw new InvalidInputException("format", "must be one of " + Arrays.stream(values()).map(f -> f.extension)
                .collect(Collectors.joining(", ")) + ", got '" + extension + "'");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
