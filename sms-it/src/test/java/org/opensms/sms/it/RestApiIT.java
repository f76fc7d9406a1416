package org.opensms.sms.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensms.sms.it.SmsServer.ADMIN;
import static org.opensms.sms.it.SmsServer.ADMIN_PASSWORD;
import static org.opensms.sms.it.SmsServer.get;
import static org.opensms.sms.it.SmsServer.json;
import static org.opensms.sms.it.SmsServer.postJson;
import static org.opensms.sms.it.SmsServer.registrationJson;
import static org.opensms.sms.it.SmsServer.uniqueMobile;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The REST API of the deployed EAR, called from outside the server. */
@ExtendWith(ArquillianExtension.class)
class RestApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SmsServer.ear();
    }

    private static long total(String query) {
        HttpResponse<String> r = get("/api/subscribers" + query, ADMIN, ADMIN_PASSWORD);
        assertThat(r.statusCode()).isEqualTo(200);
        return json(r).getJsonNumber("total").longValue();
    }

    @Test
    void registerReadAndFindASubscriber() {
        String mobile = uniqueMobile();
        HttpResponse<String> created = postJson("/api/subscribers", registrationJson("Asha Rao", "+91 " + mobile),
                ADMIN, ADMIN_PASSWORD);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject s = json(created);
        String customerId = s.getString("customerId");
        assertThat(customerId).matches("SMS\\d{8}");
        assertThat(created.headers().firstValue("Location")).hasValue(SmsServer.BASE + "/api/subscribers/" + customerId);
        assertThat(s.getString("mobile")).isEqualTo(mobile);
        assertThat(s.getString("status")).isEqualTo("REGISTERED");
        assertThat(s.getString("registeredBy")).isEqualTo(ADMIN);
        assertThat(s.getString("registeredVia")).isEqualTo("REST");
        assertThat(s.getJsonObject("installationAddress").getString("city")).isEqualTo("Bengaluru");

        JsonObject read = json(get("/api/subscribers/" + customerId, ADMIN, ADMIN_PASSWORD));
        assertThat(read).isEqualTo(s);

        JsonObject page = json(get("/api/subscribers?mobile=" + mobile, ADMIN, ADMIN_PASSWORD));
        assertThat(page.getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(page.getJsonArray("items").getJsonObject(0).getString("customerId")).isEqualTo(customerId);
    }

    @Test
    void badInputNamesEveryBadFieldAndStoresNothing() {
        long before = total("");
        String body = "{\"name\":\"\",\"mobile\":\"12345\",\"email\":\"not-mail\",\"landline\":\"12\","
                + "\"billingAddress\":{\"line1\":\"" + "x".repeat(121) + "\",\"city\":\"Pune\",\"state\":\"ZZ\",\"pinCode\":\"0123\"}}";
        HttpResponse<String> r = postJson("/api/subscribers", body, ADMIN, ADMIN_PASSWORD);
        assertThat(r.statusCode()).isEqualTo(400);
        JsonObject error = json(r);
        assertThat(error.getString("code")).isEqualTo("INVALID_INPUT");
        List<String> fields = error.getJsonArray("errors").stream().map(v -> v.asJsonObject().getString("field")).toList();
        assertThat(fields).containsExactly("name", "mobile", "email", "landline", "billingAddress.line1",
                "billingAddress.state", "billingAddress.pinCode");
        assertThat(total("")).isEqualTo(before);
    }

    @Test
    void wrongTypesUnknownFieldsAndMalformedJsonAreRefusedByName() {
        HttpResponse<String> types = postJson("/api/subscribers",
                "{\"name\":42,\"mobile\":[\"9845012345\"],\"billingAddress\":\"Bengaluru\",\"nickname\":\"x\"}",
                ADMIN, ADMIN_PASSWORD);
        assertThat(types.statusCode()).isEqualTo(400);
        assertThat(types.body()).contains("\"field\":\"name\"", "must be a string, got a number",
                "\"field\":\"mobile\"", "got an array", "\"field\":\"billingAddress\"", "must be an object",
                "\"field\":\"nickname\"", "is not a known field");

        HttpResponse<String> malformed = postJson("/api/subscribers", "{\"name\": \"Ravi\"", ADMIN, ADMIN_PASSWORD);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(json(malformed).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("body");

        HttpResponse<String> array = postJson("/api/subscribers", "[]", ADMIN, ADMIN_PASSWORD);
        assertThat(array.statusCode()).isEqualTo(400);
        assertThat(array.body()).contains("must be a JSON object, got an array");

        // nested deeper than the JSON parser takes (1,000): a refusal naming the body, not an internal error
        HttpResponse<String> deep = postJson("/api/subscribers", "[".repeat(5000), ADMIN, ADMIN_PASSWORD);
        assertThat(deep.statusCode()).as(deep.body()).isEqualTo(400);
        assertThat(deep.body()).contains("\"field\":\"body\"", "is not acceptable JSON", "nested");

        HttpResponse<String> huge = postJson("/api/subscribers", "{\"name\":\"" + "x".repeat(70_000) + "\"}", ADMIN, ADMIN_PASSWORD);
        assertThat(huge.statusCode()).isEqualTo(400);
        assertThat(huge.body()).contains("at most 65536 bytes");
    }

    @Test
    void aMobileNumberCanBeRegisteredOnlyOnce() {
        String mobile = uniqueMobile();
        assertThat(postJson("/api/subscribers", registrationJson("First", mobile), ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(201);
        HttpResponse<String> again = postJson("/api/subscribers", registrationJson("Second", "0" + mobile), ADMIN, ADMIN_PASSWORD);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again).getString("code")).isEqualTo("DUPLICATE");
        assertThat(again.body()).contains("\"field\":\"mobile\"", "already registered to subscriber SMS");
        assertThat(total("?mobile=" + mobile)).isEqualTo(1);
    }

    @Test
    void badPagingAndFiltersAreNamed() {
        HttpResponse<String> r = get("/api/subscribers?limit=abc&offset=-1&state=Narnia&order=up", ADMIN, ADMIN_PASSWORD);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("\"field\":\"limit\"", "\"field\":\"offset\"", "\"field\":\"state\"", "\"field\":\"order\"");
        HttpResponse<String> sort = get("/api/subscribers?sort=password", ADMIN, ADMIN_PASSWORD);
        assertThat(sort.statusCode()).isEqualTo(400);
        assertThat(sort.body()).contains("\"field\":\"sort\"", "cannot sort on 'password'");
        assertThat(get("/api/subscribers/NOPE00000000", ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(404);
    }

    @Test
    void everyCallNeedsCredentialsAndAWrongPasswordSaysNotWhichPart() {
        HttpResponse<String> none = get("/api/subscribers", null, null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        HttpResponse<String> wrongPassword = get("/api/subscribers", ADMIN, ADMIN_PASSWORD + "x");
        HttpResponse<String> unknownUser = get("/api/subscribers", "nobody-here", ADMIN_PASSWORD);
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(unknownUser.statusCode()).isEqualTo(401);
        assertThat(wrongPassword.body()).isEqualTo(unknownUser.body());
        HttpResponse<String> post = postJson("/api/subscribers", registrationJson("Nobody", uniqueMobile()), null, null);
        assertThat(post.statusCode()).isEqualTo(401);
    }

    @Test
    void rolesDecideWhatAnAccountMayDo() {
        String operator = SmsServer.unique("op-");
        String operatorPassword = SmsServer.createAccount(operator, "MSO_OPERATOR");
        String lco = SmsServer.unique("lco-");
        String lcoPassword = SmsServer.createAccount(lco, "LCO");

        HttpResponse<String> byOperator = postJson("/api/subscribers", registrationJson("Via Operator", uniqueMobile()),
                operator, operatorPassword);
        assertThat(byOperator.statusCode()).isEqualTo(201);
        assertThat(json(byOperator).getString("registeredBy")).isEqualTo(operator);

        assertThat(get("/api/accounts", operator, operatorPassword).statusCode()).isEqualTo(403);
        HttpResponse<String> byLco = postJson("/api/subscribers", registrationJson("Via LCO", uniqueMobile()), lco, lcoPassword);
        assertThat(byLco.statusCode()).isEqualTo(403);
        assertThat(json(byLco).getString("code")).isEqualTo("FORBIDDEN");
        assertThat(get("/api/subscribers", lco, lcoPassword).statusCode()).isEqualTo(403);
    }

    @Test
    void weakPasswordsAndDuplicateUsernamesAreRefused() {
        HttpResponse<String> weak = postJson("/api/accounts",
                "{\"username\":\"weakling\",\"password\":\"short\",\"role\":\"ADMIN\"}", ADMIN, ADMIN_PASSWORD);
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(weak.body()).contains("\"field\":\"password\"", "\"field\":\"role\"");
        HttpResponse<String> dup = postJson("/api/accounts",
                "{\"username\":\"admin\",\"password\":\"long-enough-password\",\"role\":\"LCO\"}", ADMIN, ADMIN_PASSWORD);
        assertThat(dup.statusCode()).isEqualTo(409);
    }
}
