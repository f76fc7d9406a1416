package org.opensms.sms.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensms.sms.it.SmsServer.ADMIN;
import static org.opensms.sms.it.SmsServer.ADMIN_PASSWORD;
import static org.opensms.sms.it.SmsServer.get;
import static org.opensms.sms.it.SmsServer.json;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The movable clock over REST on the deployed EAR (the test domain runs with -Dsms.clock.movable=true): staff read
 * it, administrators move it forward, never back. Moves stay a few seconds (about 10 in all): the other tests share
 * this server and its clock.
 */
@ExtendWith(ArquillianExtension.class)
class ClockIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SmsServer.ear();
    }

    static HttpResponse<String> put(String json, String user, String password) {
        return SmsServer.send(SmsServer.request("/api/clock", user, password).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    static JsonObject clock() {
        HttpResponse<String> r = get("/api/clock", ADMIN, ADMIN_PASSWORD);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json(r);
    }

    static long offsetSeconds(JsonObject clock) {
        return clock.getJsonNumber("offsetSeconds").longValueExact();
    }

    static List<String> fields(HttpResponse<String> r) {
        return json(r).getJsonArray("errors").stream().map(v -> v.asJsonObject().getString("field")).toList();
    }

    @Test
    void staffReadTheClockAndAdministratorsMoveItForward() {
        JsonObject before = clock();
        assertThat(before.getBoolean("movable")).isTrue();
        long offset = offsetSeconds(before);
        assertThat(offset).isNotNegative();
        Instant then = Instant.parse(before.getString("now"));
        // the server's time is the system time plus the offset
        assertThat(then.minusSeconds(offset)).isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(60));

        HttpResponse<String> moved = put("{\"advanceSeconds\": 5}", ADMIN, ADMIN_PASSWORD);
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        JsonObject after = json(moved);
        assertThat(after.getBoolean("movable")).isTrue();
        assertThat(offsetSeconds(after)).isEqualTo(offset + 5);
        Instant now = Instant.parse(after.getString("now"));
        assertThat(now).isAfterOrEqualTo(then.plusSeconds(5));
        assertThat(now.minusSeconds(offset + 5)).isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(1));
        JsonObject read = clock();
        assertThat(offsetSeconds(read)).isEqualTo(offset + 5);
        assertThat(Instant.parse(read.getString("now"))).isAfterOrEqualTo(now);

        // to an instant: a few seconds ahead of the clock (time passes between the GET and the PUT)
        Instant target = Instant.parse(read.getString("now")).plusSeconds(5);
        HttpResponse<String> to = put("{\"now\": \"" + target + "\"}", ADMIN, ADMIN_PASSWORD);
        assertThat(to.statusCode()).as(to.body()).isEqualTo(200);
        assertThat(Instant.parse(json(to).getString("now"))).isEqualTo(target);
        assertThat(offsetSeconds(json(to))).isBetween(offset + 5, offset + 10);

        String operator = SmsServer.unique("op");
        String password = SmsServer.createAccount(operator, "MSO_OPERATOR");
        HttpResponse<String> read2 = get("/api/clock", operator, password);
        assertThat(read2.statusCode()).as(read2.body()).isEqualTo(200);
        assertThat(Instant.parse(json(read2).getString("now"))).isAfterOrEqualTo(target);
        HttpResponse<String> refused = put("{\"advanceSeconds\": 5}", operator, password);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json(refused).getString("code")).isEqualTo("FORBIDDEN");
    }

    @Test
    void timeNeverMovesBackAndBadInputNamesTheField() {
        JsonObject before = clock();
        Instant then = Instant.parse(before.getString("now"));

        HttpResponse<String> back = put("{\"now\": \"" + then.minus(Duration.ofDays(1)) + "\"}", ADMIN, ADMIN_PASSWORD);
        assertThat(back.statusCode()).as(back.body()).isEqualTo(400);
        assertThat(json(back).getString("code")).isEqualTo("INVALID_INPUT");
        assertThat(fields(back)).containsExactly("now");
        assertThat(back.body()).contains("only moves forward");

        HttpResponse<String> negative = put("{\"advanceSeconds\": -5}", ADMIN, ADMIN_PASSWORD);
        assertThat(negative.statusCode()).as(negative.body()).isEqualTo(400);
        assertThat(fields(negative)).containsExactly("advanceSeconds");
        assertThat(fields(put("{\"advanceDays\": -1}", ADMIN, ADMIN_PASSWORD))).containsExactly("advanceDays");
        assertThat(fields(put("{\"advanceDays\": \"one\"}", ADMIN, ADMIN_PASSWORD))).containsExactly("advanceDays");
        assertThat(fields(put("{\"now\": \"tomorrow\"}", ADMIN, ADMIN_PASSWORD))).containsExactly("now");
        assertThat(fields(put("{\"advanceDays\": 1, \"advanceSeconds\": 1}", ADMIN, ADMIN_PASSWORD)))
                .containsExactly("advanceDays", "advanceSeconds");
        assertThat(fields(put("{}", ADMIN, ADMIN_PASSWORD))).containsExactly("body");
        assertThat(fields(put("{\"advanceHours\": 1}", ADMIN, ADMIN_PASSWORD))).containsExactly("advanceHours");

        // nothing moved
        assertThat(offsetSeconds(clock())).isEqualTo(offsetSeconds(before));
    }

    @Test
    void strangersGetNothing() {
        HttpResponse<String> read = get("/api/clock", null, null);
        assertThat(read.statusCode()).isEqualTo(401);
        assertThat(put("{\"advanceSeconds\": 5}", null, null).statusCode()).isEqualTo(401);
        assertThat(put("{\"advanceSeconds\": 5}", ADMIN, "wrong-password-123").statusCode()).isEqualTo(401);
    }
}
