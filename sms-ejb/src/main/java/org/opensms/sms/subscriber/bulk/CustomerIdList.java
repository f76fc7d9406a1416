package org.opensms.sms.subscriber.bulk;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.opensms.sms.shared.FieldError;
import org.opensms.sms.shared.InvalidInputException;
import org.opensms.sms.subscriber.CustomerId;

/**
 * Reads an uploaded list of customer IDs: text or CSV, one per line (of a CSV line, the first column), an optional
 * header line ("customerId", "customer_id", "customer id"), blank lines ignored. A file with any malformed line is
 * refused as a whole, each bad line named ("line 7: ..."), so that nothing runs on a half-read list. Customer IDs
 * that are well-formed but unknown are not errors here: the job reports them per subscriber.
 */
public final class CustomerIdList {

    /** The most customer IDs one list may hold. */
    public static final int MAX_IDS = 200_000;
    /** The most bad lines named in one refusal. */
    static final int MAX_REPORTED = 100;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0," + (CustomerId.MAX_LENGTH - 1) + "}");

    private CustomerIdList() {
    }

    public static List<String> parse(String text) {
        return parse(new StringReader(text == null ? "" : text));
    }

    public static List<String> parse(Reader in) {
        List<String> ids = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        int badLines = 0;
        try (BufferedReader r = new BufferedReader(in)) {
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                String value = firstColumn(line).strip();
                if (value.isEmpty()) {
                    continue;
                }
                if (ids.isEmpty() && badLines == 0 && isHeader(value)) {
                    continue;
                }
                String error = null;
                if (value.length() > CustomerId.MAX_LENGTH) {
                    error = "a customer ID has at most " + CustomerId.MAX_LENGTH + " characters, got " + value.length();
                } else if (!ID.matcher(value).matches()) {
                    error = "not a customer ID: '" + value + "' (letters, digits and '-' only)";
                }
                if (error != null) {
                    badLines++;
                    if (errors.size() < MAX_REPORTED) {
                        errors.add(new FieldError("line " + number, error));
                    }
                    continue;
                }
                if (ids.size() == MAX_IDS) {
                    throw new InvalidInputException("list", "has more than " + MAX_IDS
                            + " customer IDs (line " + number + "); split it into several jobs");
                }
                ids.add(value.toUpperCase(Locale.ROOT));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (badLines > errors.size()) {
            errors.add(new FieldError("list", (badLines - errors.size()) + " more bad lines not listed"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (ids.isEmpty()) {
            throw new InvalidInputException("list", "has no customer ID");
        }
        return ids;
    }

    private static String firstColumn(String line) {
        int comma = line.indexOf(',');
        int semicolon = line.indexOf(';');
        int tab = line.indexOf('\t');
        int end = line.length();
        for (int i : new int[] {comma, semicolon, tab}) {
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        String v = line.substring(0, end).strip();
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1);
        }
        return v;
    }

    private static boolean isHeader(String value) {
        String v = value.toLowerCase(Locale.ROOT).replace("_", "").replace(" ", "");
        return v.equals("customerid");
    }
}
