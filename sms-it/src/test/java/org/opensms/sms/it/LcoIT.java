package org.opensms.sms.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensms.sms.it.SmsServer.ADMIN;
import static org.opensms.sms.it.SmsServer.ADMIN_PASSWORD;
import static org.opensms.sms.it.SmsServer.get;
import static org.opensms.sms.it.SmsServer.json;
import static org.opensms.sms.it.SmsServer.postJson;

import jakarta.json.Json;
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

/** LCO master data over REST on the deployed EAR: create, read, update, list; bad input; roles. */
@ExtendWith(ArquillianExtension.class)
class LcoIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SmsServer.ear();
    }

    static String lcoJson(String code, String name, String gstin) {
        var b = Json.createObjectBuilder().add("code", code).add("name", name).add("contactPerson", "Ramesh K")
                .add("mobile", "+91 98450 11111").add("email", "lco@example.in").add("area", "Bengaluru East")
                .add("address", Json.createObjectBuilder().add("line1", "4 Old Airport Road").add("city", "Bengaluru")
                        .add("state", "KA").add("pinCode", "560017"));
        if (gstin != null) {
            b.add("gstin", gstin);
        }
        return b.build().toString();
    }

    /** Creates an LCO as the administrator and returns its code. */
    static String createLco() {
        String code = SmsServer.unique("IT-").toUpperCase(Locale.ROOT);
        HttpResponse<String> r = postJson("/api/lcos", lcoJson(code, "Cable " + code, "29AAGCB7383J1Z4"), ADMIN, ADMIN_PASSWORD);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return code;
    }

    @Test
    void createReadUpdateAndList() {
        String code = SmsServer.unique("it-");
        HttpResponse<String> created = postJson("/api/lcos", lcoJson(code, "Sri Cable " + code, "29aagcb7383j1z4"), ADMIN, ADMIN_PASSWORD);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject l = json(created);
        String upper = code.toUpperCase(Locale.ROOT);
        assertThat(l.getString("code")).isEqualTo(upper);
        assertThat(l.getString("gstin")).isEqualTo("29AAGCB7383J1Z4");
        assertThat(l.getString("status")).isEqualTo("ACTIVE");
        assertThat(l.getString("createdBy")).isEqualTo(ADMIN);
        assertThat(l.getString("createdVia")).isEqualTo("REST");
        assertThat(created.headers().firstValue("Location")).hasValue(SmsServer.BASE + "/api/lcos/" + upper);
        assertThat(json(get("/api/lcos/" + upper, ADMIN, ADMIN_PASSWORD))).isEqualTo(l);

        HttpResponse<String> put = SmsServer.send(SmsServer.request("/api/lcos/" + upper, ADMIN, ADMIN_PASSWORD)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(lcoJson(upper, "Renamed " + code, null))));
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        assertThat(json(put).getString("name")).isEqualTo("Renamed " + code);
        assertThat(json(put).containsKey("gstin") && !json(put).isNull("gstin")).isFalse();
        assertThat(json(put).getString("updatedBy")).isEqualTo(ADMIN);

        JsonObject page = json(get("/api/lcos?code=" + upper, ADMIN, ADMIN_PASSWORD));
        assertThat(page.getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(page.getJsonArray("items").getJsonObject(0).getString("name")).isEqualTo("Renamed " + code);
        assertThat(get("/api/lcos/NOPE-" + upper, ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(404);
    }

    @Test
    void badInputNamesEveryFieldAndDuplicatesAreRefused() {
        // the body's shape first (unknown fields, JSON types), as on every endpoint
        HttpResponse<String> unknown = postJson("/api/lcos", "{\"code\":\"LCOX\",\"colour\":\"red\"}", ADMIN, ADMIN_PASSWORD);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json(unknown).getJsonArray("errors").stream().map(v -> v.asJsonObject().getString("field")).toList())
                .containsExactly("colour");
        // then every bad value at once
        HttpResponse<String> bad = postJson("/api/lcos", "{\"code\":\"x\",\"name\":\"\",\"mobile\":\"12\",\"gstin\":\"29AAGCB7383J1Z5\","
                + "\"address\":{\"line1\":\"a\",\"city\":\"b\",\"state\":\"KA\",\"pinCode\":\"1\"}}", ADMIN, ADMIN_PASSWORD);
        assertThat(bad.statusCode()).isEqualTo(400);
        List<String> fields = json(bad).getJsonArray("errors").stream().map(v -> v.asJsonObject().getString("field")).toList();
        assertThat(fields).contains("code", "name", "address.pinCode", "contactPerson", "mobile", "gstin", "area");
        assertThat(bad.body()).contains("wrong check character");

        String code = createLco();
        HttpResponse<String> again = postJson("/api/lcos", lcoJson(code.toLowerCase(Locale.ROOT), "Again", null), ADMIN, ADMIN_PASSWORD);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again).getString("code")).isEqualTo("DUPLICATE");
    }

    @Test
    void operatorsReadButOnlyAdministratorsWriteAndStrangersGetNothing() {
        String code = createLco();
        String operator = SmsServer.unique("op");
        String password = SmsServer.createAccount(operator, "MSO_OPERATOR");
        assertThat(get("/api/lcos/" + code, operator, password).statusCode()).isEqualTo(200);
        HttpResponse<String> create = postJson("/api/lcos", lcoJson(SmsServer.unique("OP-"), "Mine", null), operator, password);
        assertThat(create.statusCode()).isEqualTo(403);
        assertThat(json(create).getString("code")).isEqualTo("FORBIDDEN");
        assertThat(get("/api/lcos", null, null).statusCode()).isEqualTo(401);
        assertThat(postJson("/api/lcos", lcoJson("NOBODY-1", "x", null), null, null).statusCode()).isEqualTo(401);
    }
}
