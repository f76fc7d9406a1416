package org.opensms.sms.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensms.sms.it.SmsServer.ADMIN;
import static org.opensms.sms.it.SmsServer.ADMIN_PASSWORD;
import static org.opensms.sms.it.SmsServer.get;
import static org.opensms.sms.it.SmsServer.json;
import static org.opensms.sms.it.SmsServer.postJson;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The journal seals over REST on the deployed EAR: administrators list, seal and verify; nobody else may. (The sealing
 * and the verification themselves, with rows an hour old and altered behind the application's back, are tested on H2
 * and PostgreSQL by {@code JournalSealPersistenceContract}: this server's rows are all younger than the hour.)
 */
@ExtendWith(ArquillianExtension.class)
class JournalSealIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SmsServer.ear();
    }

    @Test
    void administratorsSealAndVerifyTheJournalsAndNobodyElseMay() {
        HttpResponse<String> sealed = postJson("/api/audit/journal-seals", "", ADMIN, ADMIN_PASSWORD);
        assertThat(sealed.statusCode()).as(sealed.body()).isEqualTo(200);
        HttpResponse<String> listed = get("/api/audit/journal-seals", ADMIN, ADMIN_PASSWORD);
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        int seals;
        try (var reader = Json.createReader(new StringReader(listed.body()))) {
            var all = reader.readArray();
            seals = all.size();
            all.forEach(s -> {
                assertThat(s.asJsonObject().getString("journal")).isIn("CAS_COMMAND", "CAS_OUTCOME", "SUBSCRIPTION_EVENT", "SUBSCRIBER_CHANGE",
                        "DEVICE_MOVEMENT");
                assertThat(s.asJsonObject().getString("digest")).matches("[0-9a-f]{64}");
            });
        }
        HttpResponse<String> verified = get("/api/audit/journal-seals/verification", ADMIN, ADMIN_PASSWORD);
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
        assertThat(json(verified).getBoolean("intact")).as(verified.body()).isTrue();
        assertThat(json(verified).getJsonNumber("seals").intValue()).isEqualTo(seals);
        assertThat(json(verified).getJsonArray("anchors")).isEmpty();

        // an anchor (a digest noted at an earlier audit) that no seal holds: reported, and the verification fails
        String unknown = "ab".repeat(32);
        HttpResponse<String> anchored = get("/api/audit/journal-seals/verification?anchor=" + unknown, ADMIN, ADMIN_PASSWORD);
        assertThat(anchored.statusCode()).as(anchored.body()).isEqualTo(200);
        assertThat(json(anchored).getBoolean("intact")).as(anchored.body()).isFalse();
        assertThat(json(anchored).getJsonArray("anchors").getJsonObject(0).getString("digest")).isEqualTo(unknown);
        assertThat(json(anchored).getJsonArray("anchors").getJsonObject(0).getBoolean("found")).isFalse();
        HttpResponse<String> malformed = get("/api/audit/journal-seals/verification?anchor=" + unknown + "&anchor=xyz",
                ADMIN, ADMIN_PASSWORD);
        assertThat(malformed.statusCode()).as(malformed.body()).isEqualTo(400);
        assertThat(malformed.body()).contains("\"field\":\"anchor\"", "64 hexadecimal digits, got 'xyz'");

        String operator = SmsServer.unique("sealop");
        String password = SmsServer.createAccount(operator, "MSO_OPERATOR");
        assertThat(postJson("/api/audit/journal-seals", "", operator, password).statusCode()).isEqualTo(403);
        assertThat(get("/api/audit/journal-seals", operator, password).statusCode()).isEqualTo(403);
        HttpResponse<String> refused = get("/api/audit/journal-seals/verification", operator, password);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json(refused).getString("code")).isEqualTo("FORBIDDEN");
    }
}
