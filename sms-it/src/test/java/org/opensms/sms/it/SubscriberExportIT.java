package org.opensms.sms.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensms.sms.it.SmsServer.ADMIN;
import static org.opensms.sms.it.SmsServer.ADMIN_PASSWORD;
import static org.opensms.sms.it.SmsServer.get;
import static org.opensms.sms.it.SmsServer.json;
import static org.opensms.sms.it.SmsServer.postJson;
import static org.opensms.sms.it.SmsServer.registrationJson;
import static org.opensms.sms.it.SmsServer.uniqueMobile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Inflater;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The subscriber export of the deployed EAR over REST: a few subscribers registered under a name prefix of their own,
 * downloaded with that filter as CSV, .xlsx and PDF and read back; roles and bad filters refused before any byte.
 */
@ExtendWith(ArquillianExtension.class)
class SubscriberExportIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String PREFIX = SmsServer.unique("Xp");
    private static final List<String> CUSTOMER_IDS = new ArrayList<>();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SmsServer.ear();
    }

    @BeforeAll
    static void register() {
        for (String name : List.of(" Asha Rao", " =Formula Kumar", " Sharma, \"Ravi\"")) {
            HttpResponse<String> r = postJson("/api/subscribers", registrationJson(PREFIX + name, uniqueMobile()), ADMIN,
                    ADMIN_PASSWORD);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            CUSTOMER_IDS.add(json(r).getString("customerId"));
        }
        CUSTOMER_IDS.sort(null);
    }

    private static HttpResponse<byte[]> download(String path, String user, String password) {
        try {
            return HTTP.send(SmsServer.request(path, user, password).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String filter() {
        return "?name=" + PREFIX + "&state=KA";
    }

    @Test
    void csvHoldsTheFilteredSubscribersAndTheirCount() throws Exception {
        HttpResponse<byte[]> r = download("/api/subscribers/export.csv" + filter(), ADMIN, ADMIN_PASSWORD);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(r.headers().firstValue("Content-Disposition")).hasValueSatisfying(d ->
                assertThat(d).matches("attachment; filename=\"subscribers-\\d{8}-\\d{4}\\.csv\""));
        assertThat(r.headers().firstValue("X-Total-Count")).hasValue("3");
        String text = new String(r.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<CSVRecord> records;
        try (CSVParser p = CSVFormat.RFC4180.parse(new StringReader(text.substring(1)))) {
            records = p.getRecords();
        }
        assertThat(records.get(0).get(0)).isEqualTo("Customer ID");
        List<CSVRecord> rows = records.subList(1, 4);
        assertThat(rows).extracting(rec -> rec.get(0)).containsExactlyElementsOf(CUSTOMER_IDS);
        assertThat(rows).extracting(rec -> rec.get(2)).containsExactlyInAnyOrder(PREFIX + " Asha Rao",
                PREFIX + " =Formula Kumar", PREFIX + " Sharma, \"Ravi\"");
        assertThat(rows).allSatisfy(rec -> {
            assertThat(rec.get(7)).isEqualTo("Bengaluru");
            assertThat(rec.get(12)).isEqualTo("REGISTERED");
            assertThat(rec.get(15)).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
        });
        assertThat(records.get(records.size() - 3).toList()).containsExactly("Total", "3 subscribers");
        assertThat(records.get(records.size() - 2).get(1)).isEqualTo("name starts with \"" + PREFIX + "\", state KA");
        assertThat(records.get(records.size() - 1).get(1)).endsWith(" IST");
    }

    @Test
    void xlsxHoldsTheSameRows() throws Exception {
        HttpResponse<byte[]> r = download("/api/subscribers/export.xlsx" + filter(), SmsServer.ADMIN, ADMIN_PASSWORD);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(r.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).endsWith(".xlsx\""));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Customer ID");
            for (int i = 0; i < 3; i++) {
                assertThat(sheet.getRow(i + 1).getCell(0).getStringCellValue()).isEqualTo(CUSTOMER_IDS.get(i));
            }
            assertThat(sheet.getRow(5).getCell(1).getStringCellValue()).isEqualTo("3 subscribers");
        }
    }

    @Test
    void pdfIsAReportWithTheSubscribersAndTheTotal() {
        HttpResponse<byte[]> r = download("/api/subscribers/export.pdf" + filter(), ADMIN, ADMIN_PASSWORD);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(r.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String text = inflated(r.body());
        assertThat(text).contains("(" + CUSTOMER_IDS.get(0) + ")", "(Total: 3 subscribers)");
    }

    @Test
    void anOperatorMayExportAnLcoMayNotAndStrangersMustLogIn() {
        String operator = SmsServer.unique("op");
        String operatorPassword = SmsServer.createAccount(operator, "MSO_OPERATOR");
        assertThat(download("/api/subscribers/export.csv" + filter(), operator, operatorPassword).statusCode()).isEqualTo(200);
        String lco = SmsServer.unique("lco");
        String lcoPassword = SmsServer.createAccount(lco, "LCO");
        HttpResponse<String> forbidden = get("/api/subscribers/export.csv", lco, lcoPassword);
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body()).contains("FORBIDDEN");
        assertThat(get("/api/subscribers/export.pdf", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void badFiltersAreNamedBeforeAnyByteIsSent() {
        HttpResponse<String> r = get("/api/subscribers/export.xlsx?state=Narnia&status=SLEEPING", ADMIN, ADMIN_PASSWORD);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(r.body()).contains("\"field\":\"state\"", "\"field\":\"status\"").doesNotContain("Content-Disposition");
        assertThat(r.headers().firstValue("Content-Disposition")).isEmpty();
        assertThat(get("/api/subscribers/export.xls", ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(404);
    }

    /** The PDF with its Flate streams inflated, as Latin-1 text (the page contents show their strings). */
    private static String inflated(byte[] pdf) {
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        StringBuilder text = new StringBuilder(raw);
        int from = 0;
        while ((from = raw.indexOf("stream", from)) >= 0) {
            int start = raw.indexOf('\n', from) + 1;
            int end = raw.indexOf("endstream", start);
            if (start <= 0 || end < 0) {
                break;
            }
            Inflater inflater = new Inflater();
            inflater.setInput(pdf, start, end - start);
            byte[] buf = new byte[1 << 16];
            try {
                int n;
                while ((n = inflater.inflate(buf)) > 0) {
                    text.append(new String(buf, 0, n, StandardCharsets.ISO_8859_1));
                }
            } catch (java.util.zip.DataFormatException e) {
                // not a Flate stream
            } finally {
                inflater.end();
            }
            from = end + 9;
        }
        return text.toString();
    }
}
