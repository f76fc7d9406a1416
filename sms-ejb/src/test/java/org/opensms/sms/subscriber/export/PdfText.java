package org.opensms.sms.subscriber.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/** A PDF's bytes with every Flate stream inflated, as Latin-1 text: enough to find the strings a page shows. */
final class PdfText {

    private static final Pattern STREAM = Pattern.compile("stream\r?\n");

    private PdfText() {
    }

    static String of(byte[] pdf) {
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        StringBuilder text = new StringBuilder(raw);
        Matcher m = STREAM.matcher(raw);
        while (m.find()) {
            int start = m.end();
            int end = raw.indexOf("endstream", start);
            if (end < 0) {
                break;
            }
            Inflater inflater = new Inflater();
            inflater.setInput(pdf, start, end - start);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            try {
                while (!inflater.finished()) {
                    int n = inflater.inflate(buf);
                    if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                        break;
                    }
                    out.write(buf, 0, n);
                }
                text.append('\n').append(out.toString(StandardCharsets.ISO_8859_1));
            } catch (DataFormatException e) {
                // not a Flate stream
            } finally {
                inflater.end();
            }
        }
        return text.toString();
    }
}
