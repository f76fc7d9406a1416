package org.opensms.sms.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensms.sms.it.SmsServer.ADMIN;
import static org.opensms.sms.it.SmsServer.ADMIN_PASSWORD;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * LCOs and stock over SOAP ({@code /ws/LcoService}, {@code /ws/StockService}) on the deployed EAR, called with plain
 * SOAP 1.1 envelopes as an ERP sends them: LCO create, read, update, list; shipment import (CSV and .xlsx as base64)
 * and list; a bad file imports nothing and its fault lists the lines; moves with history, an illegal move is a
 * CONFLICT naming the device; bad input names the field; roles as REST.
 */
@ExtendWith(ArquillianExtension.class)
class SoapStockLcoIT {

    private static final String NS = "urn:opensms:sms:1";
    private static final String LCO = "/ws/LcoService";
    private static final String STOCK = "/ws/StockService";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SmsServer.ear();
    }

    /** A SOAP answer: the HTTP status and the parsed envelope. */
    private record Answer(int status, String body, Document xml) {

        /** The text of every element with this local name, in document order. */
        List<String> all(String name) {
            NodeList nodes = xml.getElementsByTagNameNS("*", name);
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                texts.add(nodes.item(i).getTextContent());
            }
            return texts;
        }

        String one(String name) {
            List<String> texts = all(name);
            assertThat(texts).as(name + " in " + body).hasSize(1);
            return texts.get(0);
        }

        /** Each element with this local name as "child1/child2/...: last child" of the children named. */
        List<String> rows(String name, String... children) {
            NodeList nodes = xml.getElementsByTagNameNS("*", name);
            List<String> rows = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                Element e = (Element) nodes.item(i);
                List<String> parts = new ArrayList<>();
                for (String c : children) {
                    NodeList n = e.getElementsByTagNameNS("*", c);
                    parts.add(n.getLength() == 0 ? "-" : n.item(0).getTextContent());
                }
                rows.add(String.join("/", parts.subList(0, parts.size() - 1)) + ": " + parts.get(parts.size() - 1));
            }
            return rows;
        }

        void isOk() {
            assertThat(status).as(body).isEqualTo(200);
        }

        /** A SmsFault with this code, and SOAP fault code Client. */
        void isFault(String code) {
            assertThat(status).as(body).isEqualTo(500);
            assertThat(all("faultstring")).as(body).hasSize(1);
            assertThat(one("code")).as(body).isEqualTo(code);
            // a refusal of the request is the client's fault (sending it again unchanged gets the same answer)
            assertThat(one("faultcode")).as(body).endsWith(":Client");
        }
    }

    private static Answer call(String path, String body, String user, String password) {
        String envelope = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:s=\"" + NS
                + "\"><soapenv:Body>" + body + "</soapenv:Body></soapenv:Envelope>";
        HttpResponse<String> r = SmsServer.send(SmsServer.request(path, user, password)
                .header("Content-Type", "text/xml; charset=utf-8").header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofString(envelope)));
        Document xml = null;
        if (r.statusCode() == 200 || r.statusCode() == 500) {
            try {
                DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                f.setNamespaceAware(true);
                xml = f.newDocumentBuilder().parse(new InputSource(new StringReader(r.body())));
            } catch (Exception e) {
                throw new AssertionError("not XML: " + r.body(), e);
            }
        }
        return new Answer(r.statusCode(), r.body(), xml);
    }

    private static Answer admin(String path, String body) {
        return call(path, body, ADMIN, ADMIN_PASSWORD);
    }

    /** {@code <s:name>value</s:name>} for each pair given, skipping null values. */
    private static String elements(String... namesAndValues) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                b.append("<s:").append(namesAndValues[i]).append('>').append(namesAndValues[i + 1])
                        .append("</s:").append(namesAndValues[i]).append('>');
            }
        }
        return b.toString();
    }

    private static String lcoDetails(String code, String name, String gstin) {
        return "<s:lco>" + elements("code", code, "name", name) + "<s:address>" + elements("line1", "7 Park Street",
                "city", "Kolkata", "state", "WB", "pinCode", "700016") + "</s:address>"
                + elements("contactPerson", "Subrata Das", "mobile", "+91 98300 12345", "email", "lco@example.in", "gstin", gstin,
                "area", "Kolkata Central") + "</s:lco>";
    }

    private static String prefix() {
        return SmsServer.unique("W").toUpperCase(Locale.ROOT);
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Answer importFile(String type, String fileName, String format, String base64, String user, String password) {
        return call(STOCK, "<s:importShipment>" + elements("type", type, "format", format, "fileName", fileName, "content", base64)
                + "</s:importShipment>", user, password);
    }

    private static Answer findDevices(String type, String... filters) {
        String[] all = new String[filters.length + 2];
        all[0] = "type";
        all[1] = type;
        System.arraycopy(filters, 0, all, 2, filters.length);
        return admin(STOCK, "<s:findDevices>" + elements(all) + "</s:findDevices>");
    }

    private static String serials(String... serials) {
        StringBuilder b = new StringBuilder();
        for (String s : serials) {
            b.append(elements("serial", s));
        }
        return b.toString();
    }

    @Test
    void theWsdlsDescribeTheOperations() {
        HttpResponse<String> lco = SmsServer.get(LCO + "?wsdl", ADMIN, ADMIN_PASSWORD);
        assertThat(lco.statusCode()).isEqualTo(200);
        assertThat(lco.body()).contains("createLco", "updateLco", "getLco", "findLcos", "SmsFault");
        HttpResponse<String> stock = SmsServer.get(STOCK + "?wsdl", ADMIN, ADMIN_PASSWORD);
        assertThat(stock.statusCode()).isEqualTo(200);
        assertThat(stock.body()).contains("importShipment", "findDevices", "countDevices", "getDevice", "allocateStock",
                "returnStock", "markStockFaulty", "sendStockForRepair", "receiveRepairedStock", "blacklistStock", "SmsFault");
        assertThat(SmsServer.get(STOCK + "?wsdl", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void createGetUpdateAndListAnLco() {
        String code = SmsServer.unique("ws-");
        String upper = code.toUpperCase(Locale.ROOT);
        Answer created = admin(LCO, "<s:createLco>" + lcoDetails(code, "Howrah Cable " + code, "19aagcb7383j1z5") + "</s:createLco>");
        created.isOk();
        assertThat(created.one("code")).isEqualTo(upper);
        assertThat(created.one("status")).isEqualTo("ACTIVE");
        assertThat(created.one("createdVia")).isEqualTo("SOAP");
        assertThat(created.one("createdBy")).isEqualTo(ADMIN);
        assertThat(created.one("mobile")).isEqualTo("9830012345");

        Answer read = admin(LCO, "<s:getLco><s:code>" + code + "</s:code></s:getLco>");
        read.isOk();
        assertThat(read.one("name")).isEqualTo("Howrah Cable " + code);
        assertThat(read.one("city")).isEqualTo("Kolkata");
        // what SOAP created, REST reads the same
        assertThat(SmsServer.json(SmsServer.get("/api/lcos/" + upper, ADMIN, ADMIN_PASSWORD)).getString("createdVia")).isEqualTo("SOAP");

        Answer updated = admin(LCO, "<s:updateLco><s:code>" + upper + "</s:code>" + lcoDetails(null, "Renamed " + code, null)
                .replace("</s:lco>", "<s:status>INACTIVE</s:status></s:lco>") + "</s:updateLco>");
        updated.isOk();
        assertThat(updated.one("name")).isEqualTo("Renamed " + code);
        assertThat(updated.one("status")).isEqualTo("INACTIVE");
        assertThat(updated.one("updatedVia")).isEqualTo("SOAP");
        assertThat(updated.all("gstin")).isEmpty();

        Answer page = admin(LCO, "<s:findLcos>" + elements("code", code, "status", "inactive") + "</s:findLcos>");
        page.isOk();
        assertThat(page.one("total")).isEqualTo("1");
        assertThat(page.all("lco")).hasSize(1);
        assertThat(page.one("name")).isEqualTo("Renamed " + code);
        Answer active = admin(LCO, "<s:findLcos>" + elements("code", code, "status", "ACTIVE") + "</s:findLcos>");
        assertThat(active.one("total")).isEqualTo("0");

        admin(LCO, "<s:getLco><s:code>NOPE-" + upper + "</s:code></s:getLco>").isFault("NOT_FOUND");
        Answer again = admin(LCO, "<s:createLco>" + lcoDetails(upper, "Again", null) + "</s:createLco>");
        again.isFault("DUPLICATE");
        assertThat(again.one("field")).isEqualTo("code");
    }

    @Test
    void importAGoodFileThenListCountAndReadIt() throws IOException {
        String p = prefix();
        Answer imported = importFile("STB", "shipment-" + p + ".csv", null, base64("Vendor,Model,Serial,Lot,Warehouse\n"
                + "Skyworth,HD-100," + p + "-1,LOT-" + p + ",Kolkata\n"
                + "Skyworth,HD-100," + p.toLowerCase(Locale.ROOT) + "-2,LOT-" + p + ",Kolkata\n"), ADMIN, ADMIN_PASSWORD);
        imported.isOk();
        assertThat(imported.one("type")).isEqualTo("STB");
        assertThat(imported.one("imported")).isEqualTo("2");
        assertThat(imported.all("lot")).containsExactly("LOT-" + p);

        Answer page = findDevices("STB", "state", "IN_STOCK", "serial", p.toLowerCase(Locale.ROOT), "sort", "serial");
        page.isOk();
        assertThat(page.one("total")).isEqualTo("2");
        assertThat(page.all("serial")).containsExactly(p + "-1", p + "-2");
        assertThat(page.all("model")).containsExactly("HD-100", "HD-100");
        assertThat(findDevices("STB", "lot", "LOT-" + p, "limit", "1").all("serial")).hasSize(1);
        // the same devices over REST
        assertThat(SmsServer.json(SmsServer.get("/api/stock/stbs?serial=" + p, ADMIN, ADMIN_PASSWORD)).getInt("total")).isEqualTo(2);

        Answer device = admin(STOCK, "<s:getDevice><s:type>STB</s:type><s:serial>" + p + "-2</s:serial></s:getDevice>");
        device.isOk();
        assertThat(device.all("state")).first().isEqualTo("IN_STOCK");
        assertThat(device.rows("movement", "operation", "toState", "surface")).containsExactly("IMPORT/IN_STOCK: SOAP");

        // an .xlsx shipment of cards, the format named instead of a file name
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var sheet = wb.createSheet("cards");
            String[][] rows = {{"vendor", "number", "lot", "warehouse"}, {"Nagra", p + "-C1", "L-" + p, "Kolkata"},
                    {"Nagra", p + "-C2", "L-" + p, "Kolkata"}, {"Nagra", p + "-C3", "L-" + p, "Kolkata"}};
            for (int i = 0; i < rows.length; i++) {
                var row = sheet.createRow(i);
                for (int j = 0; j < rows[i].length; j++) {
                    row.createCell(j).setCellValue(rows[i][j]);
                }
            }
            wb.write(xlsx);
        }
        Answer cards = importFile("CARD", null, "xlsx", Base64.getEncoder().encodeToString(xlsx.toByteArray()), ADMIN, ADMIN_PASSWORD);
        cards.isOk();
        assertThat(cards.one("imported")).isEqualTo("3");
        assertThat(findDevices("CARD", "serial", p + "-C").one("total")).isEqualTo("3");

        String lco = LcoIT.createLco();
        Answer allocated = admin(STOCK, "<s:allocateStock><s:type>CARD</s:type>" + serials(p + "-C1", p + "-C2")
                + elements("lco", lco, "reason", "first lot") + "</s:allocateStock>");
        allocated.isOk();
        assertThat(allocated.one("moved")).isEqualTo("2");
        assertThat(allocated.all("state")).containsExactly("ALLOCATED", "ALLOCATED");
        assertThat(allocated.all("lco")).containsExactly(lco, lco);
        Answer counts = admin(STOCK, "<s:countDevices><s:lco>" + lco.toLowerCase(Locale.ROOT) + "</s:lco></s:countDevices>");
        counts.isOk();
        assertThat(counts.rows("card", "state", "count")).contains("ALLOCATED: 2", "IN_STOCK: 0").hasSize(7);
        assertThat(counts.rows("stb", "state", "count")).contains("ALLOCATED: 0");

        admin(STOCK, "<s:returnStock><s:type>CARD</s:type>" + serials(p + "-C2") + "</s:returnStock>").isOk();
        admin(STOCK, "<s:markStockFaulty><s:type>CARD</s:type>" + serials(p + "-C3") + "<s:reason>dead</s:reason></s:markStockFaulty>").isOk();
        admin(STOCK, "<s:sendStockForRepair><s:type>CARD</s:type>" + serials(p + "-C3") + "</s:sendStockForRepair>").isOk();
        Answer back = admin(STOCK, "<s:receiveRepairedStock><s:type>CARD</s:type>" + serials(p + "-C3") + "</s:receiveRepairedStock>");
        back.isOk();
        assertThat(back.all("state")).containsExactly("IN_STOCK");
        Answer c3 = admin(STOCK, "<s:getDevice><s:type>CARD</s:type><s:serial>" + p + "-C3</s:serial></s:getDevice>");
        assertThat(c3.rows("movement", "operation", "toState", "reason")).containsExactly("IMPORT/IN_STOCK: lot L-" + p
                + ", warehouse Kolkata", "MARK_FAULTY/FAULTY: dead", "SEND_FOR_REPAIR/UNDER_REPAIR: -", "BACK_FROM_REPAIR/IN_STOCK: -");
        assertThat(c3.all("surface")).containsOnly("SOAP");
        Answer c2 = admin(STOCK, "<s:getDevice><s:type>CARD</s:type><s:serial>" + p + "-C2</s:serial></s:getDevice>");
        assertThat(c2.rows("movement", "operation", "fromLco", "toLco")).containsExactly("IMPORT/-: -", "ALLOCATE/-: " + lco,
                "RETURN/" + lco + ": -");
    }

    @Test
    void aFileWithErrorsImportsNothingAndTheFaultNamesTheLines() {
        String p = prefix();
        Answer r = importFile("CARD", "cards.csv", null, base64("vendor,number,lot,warehouse\n"
                + "Nagra," + p + "-1,L1,W1\n"
                + "Nagra,,L1,W1\n"
                + "Nagra," + p + "-1,L1,W1\n"), ADMIN, ADMIN_PASSWORD);
        r.isFault("INVALID_INPUT");
        assertThat(r.rows("lineError", "line", "column", "message")).containsExactly("3/number: is required",
                "4/number: " + p + "-1 is already on line 2 of this file");
        assertThat(r.all("field")).containsExactly("line 3, number", "line 4, number");
        assertThat(r.all("message").get(0)).isEqualTo("the file was not imported: 2 error(s)");
        assertThat(findDevices("CARD", "serial", p).one("total")).isEqualTo("0");

        // one device already in the SMS refuses the whole file
        importFile("CARD", "one.csv", null, base64("vendor,number,lot,warehouse\nNagra," + p + "-9,L1,W1\n"), ADMIN, ADMIN_PASSWORD).isOk();
        Answer again = importFile("CARD", "two.csv", null, base64("vendor,number,lot,warehouse\nNagra," + p + "-8,L1,W1\nNagra,"
                + p + "-9,L1,W1\n"), ADMIN, ADMIN_PASSWORD);
        again.isFault("INVALID_INPUT");
        assertThat(again.rows("lineError", "line", "column", "message")).containsExactly("3/number: " + p + "-9 is already in the SMS");
        assertThat(findDevices("CARD", "serial", p).one("total")).isEqualTo("1");

        Answer header = importFile("CARD", "h.csv", null, base64("vendor,serial,lot\nNagra,X,L\n"), ADMIN, ADMIN_PASSWORD);
        header.isFault("INVALID_INPUT");
        assertThat(header.rows("lineError", "line", "column", "message"))
                .anySatisfy(l -> assertThat(l).contains("/serial: ", "is not a known column"))
                .anySatisfy(l -> assertThat(l).contains("/number: ", "is missing"));
    }

    @Test
    void anIllegalMoveIsAConflictNamingTheDevice() {
        String p = prefix();
        importFile("STB", "s.csv", null, base64("vendor,model,serial,lot,warehouse\nKaon,K1," + p + "-1,L,W\nKaon,K1," + p + "-2,L,W\n"),
                ADMIN, ADMIN_PASSWORD).isOk();
        String lco = LcoIT.createLco();
        Answer black = admin(STOCK, "<s:blacklistStock><s:type>STB</s:type>" + serials(p + "-1") + "<s:reason>cloned</s:reason></s:blacklistStock>");
        black.isOk();
        assertThat(black.all("state")).containsExactly("BLACKLISTED");

        Answer refused = admin(STOCK, "<s:allocateStock><s:type>STB</s:type>" + serials(p + "-1") + elements("lco", lco) + "</s:allocateStock>");
        refused.isFault("CONFLICT");
        assertThat(refused.one("message")).contains("set-top box " + p + "-1 is BLACKLISTED and cannot move to ALLOCATED");

        // all or nothing: one bad device of two moves neither
        Answer bulk = admin(STOCK, "<s:allocateStock><s:type>STB</s:type>" + serials(p + "-2", p + "-1") + elements("lco", lco)
                + "</s:allocateStock>");
        bulk.isFault("CONFLICT");
        assertThat(bulk.one("message")).contains(p + "-1 is BLACKLISTED");
        assertThat(SmsServer.json(SmsServer.get("/api/stock/stbs/" + p + "-2", ADMIN, ADMIN_PASSWORD)).getString("state"))
                .as("none moved").isEqualTo("IN_STOCK");

        Answer repaired = admin(STOCK, "<s:receiveRepairedStock><s:type>STB</s:type>" + serials(p + "-2") + "</s:receiveRepairedStock>");
        repaired.isFault("CONFLICT");
        assertThat(repaired.one("message")).contains(p + "-2 is IN_STOCK and cannot move to IN_STOCK");
        admin(STOCK, "<s:markStockFaulty><s:type>STB</s:type>" + serials("NO-SUCH-" + p) + "</s:markStockFaulty>").isFault("NOT_FOUND");
        Answer history = admin(STOCK, "<s:getDevice><s:type>STB</s:type><s:serial>" + p + "-1</s:serial></s:getDevice>");
        assertThat(history.rows("movement", "operation", "surface", "reason")).containsExactly("IMPORT/SOAP: lot L, warehouse W",
                "BLACKLIST/SOAP: cloned");
    }

    @Test
    void badInputIsAFaultNamingTheField() {
        Answer type = findDevices("BOX");
        type.isFault("INVALID_INPUT");
        assertThat(type.one("field")).isEqualTo("type");
        Answer paging = findDevices("STB", "state", "LOST", "limit", "lots");
        paging.isFault("INVALID_INPUT");
        assertThat(paging.all("field")).containsExactlyInAnyOrder("state", "limit");

        String p = prefix();
        importFile("CARD", "c.csv", null, base64("vendor,number,lot,warehouse\nNagra," + p + "-1,L1,W1\n"), ADMIN, ADMIN_PASSWORD).isOk();
        Answer noLco = admin(STOCK, "<s:allocateStock><s:type>CARD</s:type>" + serials(p + "-1") + "</s:allocateStock>");
        noLco.isFault("INVALID_INPUT");
        assertThat(noLco.one("field")).isEqualTo("lco");
        Answer unknownLco = admin(STOCK, "<s:allocateStock><s:type>CARD</s:type>" + serials(p + "-1") + elements("lco", "NO-" + p)
                + "</s:allocateStock>");
        unknownLco.isFault("INVALID_INPUT");
        assertThat(unknownLco.one("field")).isEqualTo("lco");
        Answer noSerial = admin(STOCK, "<s:returnStock><s:type>CARD</s:type></s:returnStock>");
        noSerial.isFault("INVALID_INPUT");
        assertThat(noSerial.one("field")).isEqualTo("serials");

        Answer noFormat = importFile("STB", "shipment.txt", null, base64("x"), ADMIN, ADMIN_PASSWORD);
        noFormat.isFault("INVALID_INPUT");
        assertThat(noFormat.one("field")).isEqualTo("format");
        Answer noContent = importFile(null, "shipment.csv", null, null, ADMIN, ADMIN_PASSWORD);
        noContent.isFault("INVALID_INPUT");
        assertThat(noContent.all("field")).containsExactly("type", "content");

        Answer lco = admin(LCO, "<s:createLco><s:lco>" + elements("code", "x", "name", "", "mobile", "12", "gstin", "29AAGCB7383J1Z5")
                + "<s:address>" + elements("line1", "a", "city", "b", "state", "KA", "pinCode", "1") + "</s:address></s:lco></s:createLco>");
        lco.isFault("INVALID_INPUT");
        assertThat(lco.all("field")).contains("code", "name", "address.pinCode", "contactPerson", "mobile", "gstin", "area");
        Answer noLcoAtAll = admin(LCO, "<s:createLco/>");
        noLcoAtAll.isFault("INVALID_INPUT");
        assertThat(noLcoAtAll.one("field")).isEqualTo("lco");
        Answer lcoPaging = admin(LCO, "<s:findLcos><s:status>SLEEPING</s:status><s:order>up</s:order></s:findLcos>");
        lcoPaging.isFault("INVALID_INPUT");
        assertThat(lcoPaging.all("field")).containsExactlyInAnyOrder("status", "order");
    }

    @Test
    void callersWithoutTheRoleAreRefused() {
        String code = LcoIT.createLco();
        String operator = SmsServer.unique("op");
        String opPassword = SmsServer.createAccount(operator, "MSO_OPERATOR");
        // operators read LCOs and move stock, but only administrators create or change LCOs
        call(LCO, "<s:getLco><s:code>" + code + "</s:code></s:getLco>", operator, opPassword).isOk();
        Answer create = call(LCO, "<s:createLco>" + lcoDetails(SmsServer.unique("OP-"), "Mine", null) + "</s:createLco>",
                operator, opPassword);
        create.isFault("FORBIDDEN");
        Answer update = call(LCO, "<s:updateLco><s:code>" + code + "</s:code>" + lcoDetails(null, "Taken over", null) + "</s:updateLco>",
                operator, opPassword);
        update.isFault("FORBIDDEN");
        assertThat(admin(LCO, "<s:getLco><s:code>" + code + "</s:code></s:getLco>").one("name")).isEqualTo("Cable " + code);
        String p = prefix();
        Answer imported = importFile("CARD", "c.csv", null, base64("vendor,number,lot,warehouse\nNagra," + p + "-1,L1,W1\n"),
                operator, opPassword);
        imported.isOk();
        Answer device = call(STOCK, "<s:getDevice><s:type>CARD</s:type><s:serial>" + p + "-1</s:serial></s:getDevice>", operator, opPassword);
        assertThat(device.one("createdBy")).isEqualTo(operator);

        // an LCO login gets no MSO stock or LCO master data
        String lcoUser = SmsServer.unique("lco");
        String lcoPassword = SmsServer.createAccount(lcoUser, "LCO");
        call(STOCK, "<s:findDevices><s:type>CARD</s:type></s:findDevices>", lcoUser, lcoPassword).isFault("FORBIDDEN");
        call(STOCK, "<s:importShipment>" + elements("type", "CARD", "fileName", "c.csv", "content",
                base64("vendor,number,lot,warehouse\nNagra," + p + "-2,L1,W1\n")) + "</s:importShipment>", lcoUser, lcoPassword)
                .isFault("FORBIDDEN");
        call(LCO, "<s:findLcos/>", lcoUser, lcoPassword).isFault("FORBIDDEN");
        assertThat(findDevices("CARD", "serial", p).one("total")).as("the LCO's import stored nothing").isEqualTo("1");

        assertThat(call(STOCK, "<s:countDevices/>", null, null).status()).isEqualTo(401);
        assertThat(call(LCO, "<s:findLcos/>", ADMIN, "wrong-password").status()).isEqualTo(401);
    }
}
