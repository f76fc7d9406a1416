package org.opensms.sms.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensms.sms.it.SmsServer.ADMIN;
import static org.opensms.sms.it.SmsServer.ADMIN_PASSWORD;
import static org.opensms.sms.it.SmsServer.get;
import static org.opensms.sms.it.SmsServer.json;
import static org.opensms.sms.it.SmsServer.postJson;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Stock over REST on the deployed EAR: shipment imports (a bad file imports nothing and names line and column),
 * moves with history, illegal moves refused (a blacklisted box is never allocated again), bulk all or nothing,
 * counts, roles.
 */
@ExtendWith(ArquillianExtension.class)
class StockIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SmsServer.ear();
    }

    private static HttpResponse<String> importCsv(String type, String csv, String user, String password) {
        return SmsServer.send(SmsServer.request("/api/stock/imports?type=" + type, user, password)
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv)));
    }

    private static String prefix() {
        return SmsServer.unique("S").toUpperCase(Locale.ROOT);
    }

    private static long total(String kindAndQuery) {
        HttpResponse<String> r = get("/api/stock/" + kindAndQuery, ADMIN, ADMIN_PASSWORD);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json(r).getJsonNumber("total").longValue();
    }

    @Test
    void importAllocateAndReadTheHistory() {
        String p = prefix();
        HttpResponse<String> imported = importCsv("STB", "Vendor,Model,Serial,Lot,Warehouse\n"
                + "Skyworth,HD-100," + p + "-1,LOT-" + p + ",Bengaluru\n"
                + "Skyworth,HD-100," + p + "-2,LOT-" + p + ",Bengaluru\n", ADMIN, ADMIN_PASSWORD);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        assertThat(json(imported).getInt("imported")).isEqualTo(2);
        assertThat(total("stbs?serial=" + p + "&state=IN_STOCK")).isEqualTo(2);

        String lco = LcoIT.createLco();
        HttpResponse<String> allocated = postJson("/api/stock/stbs/" + p + "-1/allocate", "{\"lco\":\"" + lco + "\",\"reason\":\"first lot\"}",
                ADMIN, ADMIN_PASSWORD);
        assertThat(allocated.statusCode()).as(allocated.body()).isEqualTo(200);
        JsonObject box = json(allocated);
        assertThat(box.getString("state")).isEqualTo("ALLOCATED");
        assertThat(box.getString("lco")).isEqualTo(lco);
        assertThat(box.getJsonArray("history").stream().map(v -> v.asJsonObject().getString("operation")).toList())
                .containsExactly("IMPORT", "ALLOCATE");
        assertThat(box.getJsonArray("history").getJsonObject(1).getString("surface")).isEqualTo("REST");
        assertThat(total("stbs?lco=" + lco)).isEqualTo(1);
        JsonObject counts = json(get("/api/stock/counts?lco=" + lco, ADMIN, ADMIN_PASSWORD));
        assertThat(counts.getJsonObject("stb").getJsonNumber("ALLOCATED").longValue()).isEqualTo(1);
        assertThat(json(get("/api/stock/stbs/" + p.toLowerCase(Locale.ROOT) + "-2", ADMIN, ADMIN_PASSWORD)).getString("state"))
                .isEqualTo("IN_STOCK");
    }

    @Test
    void aBadFileImportsNothingAndNamesLineAndColumn() {
        String p = prefix();
        HttpResponse<String> r = importCsv("CARD", "vendor,number,lot,warehouse\n"
                + "Nagra," + p + "-1,L1,W1\n"
                + "Nagra,,L1,W1\n"
                + "Nagra," + p + "-1,L1,W1\n", ADMIN, ADMIN_PASSWORD);
        assertThat(r.statusCode()).isEqualTo(400);
        JsonObject error = json(r);
        assertThat(error.getString("code")).isEqualTo("INVALID_INPUT");
        List<String> lines = error.getJsonArray("lines").stream().map(v -> v.asJsonObject())
                .map(o -> o.getInt("line") + "/" + o.getString("column") + ": " + o.getString("message")).toList();
        assertThat(lines).containsExactly("3/number: is required", "4/number: " + p + "-1 is already on line 2 of this file");
        assertThat(total("cards?serial=" + p)).isZero();

        HttpResponse<String> header = importCsv("CARD", "vendor,serial,lot\nNagra,X,L\n", ADMIN, ADMIN_PASSWORD);
        assertThat(header.statusCode()).isEqualTo(400);
        assertThat(header.body()).contains("\"column\":\"serial\"", "is not a known column", "\"column\":\"number\"", "is missing");

        HttpResponse<String> noType = SmsServer.send(SmsServer.request("/api/stock/imports", ADMIN, ADMIN_PASSWORD)
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofString("x")));
        assertThat(noType.statusCode()).isEqualTo(400);
        assertThat(noType.body()).contains("\"field\":\"type\"", "\"field\":\"format\"");
    }

    @Test
    void aDeviceAlreadyInTheSmsRefusesTheWholeFile() {
        String p = prefix();
        assertThat(importCsv("CARD", "vendor,number,lot,warehouse\nNagra," + p + "-1,L1,W1\n", ADMIN, ADMIN_PASSWORD).statusCode())
                .isEqualTo(201);
        HttpResponse<String> again = importCsv("CARD", "vendor,number,lot,warehouse\nNagra," + p + "-2,L1,W1\nNagra," + p
                + "-1,L1,W1\n", ADMIN, ADMIN_PASSWORD);
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("\"line\":3", p + "-1 is already in the SMS");
        assertThat(total("cards?serial=" + p)).isEqualTo(1);
    }

    @Test
    void aBlacklistedBoxIsNeverAllocatedAgainAndBulkMovesAreAllOrNothing() {
        String p = prefix();
        assertThat(importCsv("STB", "vendor,model,serial,lot,warehouse\nKaon,K1," + p + "-1,L,W\nKaon,K1," + p + "-2,L,W\n",
                ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(201);
        String lco = LcoIT.createLco();
        HttpResponse<String> black = postJson("/api/stock/stbs/bulk/blacklist", "{\"serials\":[\"" + p + "-1\"],\"reason\":\"cloned\"}",
                ADMIN, ADMIN_PASSWORD);
        assertThat(black.statusCode()).as(black.body()).isEqualTo(200);

        HttpResponse<String> refused = postJson("/api/stock/stbs/" + p + "-1/allocate", "{\"lco\":\"" + lco + "\"}", ADMIN, ADMIN_PASSWORD);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused).getString("code")).isEqualTo("CONFLICT");
        assertThat(json(refused).getString("message")).contains(p + "-1 is BLACKLISTED and cannot move to ALLOCATED");

        HttpResponse<String> bulk = postJson("/api/stock/stbs/bulk/allocate", "{\"serials\":[\"" + p + "-2\",\"" + p + "-1\"],\"lco\":\""
                + lco + "\"}", ADMIN, ADMIN_PASSWORD);
        assertThat(bulk.statusCode()).isEqualTo(409);
        assertThat(json(get("/api/stock/stbs/" + p + "-2", ADMIN, ADMIN_PASSWORD)).getString("state")).as("none moved").isEqualTo("IN_STOCK");

        HttpResponse<String> repaired = postJson("/api/stock/stbs/" + p + "-2/repaired", "", ADMIN, ADMIN_PASSWORD);
        assertThat(repaired.statusCode()).isEqualTo(409);
        assertThat(repaired.body()).contains("IN_STOCK and cannot move to IN_STOCK");
        assertThat(postJson("/api/stock/stbs/NO-SUCH-" + p + "/faulty", "", ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(404);
    }

    @Test
    void operatorsMoveStockAndStrangersGetNothing() {
        String operator = SmsServer.unique("op");
        String password = SmsServer.createAccount(operator, "MSO_OPERATOR");
        String p = prefix();
        assertThat(importCsv("CARD", "vendor,number,lot,warehouse\nNagra," + p + "-1,L1,W1\n", operator, password).statusCode())
                .isEqualTo(201);
        HttpResponse<String> faulty = postJson("/api/stock/cards/" + p + "-1/faulty", "{\"reason\":\"dead\"}", operator, password);
        assertThat(faulty.statusCode()).as(faulty.body()).isEqualTo(200);
        assertThat(json(faulty).getJsonArray("history").getJsonObject(1).getString("movedBy")).isEqualTo(operator);
        assertThat(get("/api/stock/counts", null, null).statusCode()).isEqualTo(401);
        assertThat(importCsv("CARD", "vendor,number,lot,warehouse\nNagra,X,L,W\n", null, null).statusCode()).isEqualTo(401);
    }
}
