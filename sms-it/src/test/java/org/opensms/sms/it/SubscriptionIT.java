package org.opensms.sms.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensms.sms.it.SmsServer.ADMIN;
import static org.opensms.sms.it.SmsServer.ADMIN_PASSWORD;
import static org.opensms.sms.it.SmsServer.get;
import static org.opensms.sms.it.SmsServer.json;
import static org.opensms.sms.it.SmsServer.postJson;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Subscriptions over REST on the deployed EAR, checked against the CAS emulator's own state: a subscriber with a
 * paired, active STB buys a package (the card gets the entitlement to midnight in India at the end of the end date),
 * sees what is active until when, renews (the end moves in the CAS), changes and cancels (the CAS drops it); bad input
 * is named and stores nothing; a one-day product without auto-renew expires in the SMS and the CAS once the clock is
 * moved past its end and the expiry run is started; the broadcaster report matches a hand count.
 */
@ExtendWith(ArquillianExtension.class)
class SubscriptionIT {

    private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");
    private static final Duration RUN_WAIT = Duration.ofSeconds(60);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SmsServer.ear();
    }

    private static Instant midnightStarting(LocalDate day) {
        return day.atStartOfDay(INDIA).toInstant();
    }

    /** The card's entitlement to the CAS product, if the emulator has one. */
    private static Optional<JsonObject> entitlement(JsonObject card, String casProduct) {
        return card.getJsonArray("entitlements").stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("product").equals(casProduct)).findFirst();
    }

    private static boolean entitledUntil(JsonObject card, String casProduct, LocalDate lastDay) {
        return entitlement(card, casProduct).map(e -> Instant.parse(e.getString("end")).equals(midnightStarting(lastDay.plusDays(1))))
                .orElse(false);
    }

    private static HttpResponse<String> subscribe(String customerId, String stb, String product, String extra,
                                                  String user, String password) {
        return postJson("/api/subscriptions", "{\"customerId\":\"" + customerId + "\",\"stb\":\"" + stb + "\",\"product\":\""
                + product + "\"" + extra + "}", user, password);
    }

    private static HttpResponse<String> patch(String path, String json) {
        return SmsServer.send(SmsServer.request(path, ADMIN, ADMIN_PASSWORD).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    private static JsonObject ok(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json(r);
    }

    private static List<String> strings(JsonObject o, String field) {
        return o.getJsonArray(field).getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
    }

    @Test
    void subscribeRenewChangeCancelExpireAndReportMatchTheCas() throws Exception {
        // a subscriber with a paired, active STB
        String p = SmsServer.unique("SU").toUpperCase(Locale.ROOT);
        String stb = p + "-S1", card = p + "-C1";
        String lco = LcoIT.createLco();
        PairingIT.importAndAllocate("STB", "vendor,model,serial,lot,warehouse", List.of("Kaon,K1," + stb + ",L,W"), List.of(stb), lco);
        PairingIT.importAndAllocate("CARD", "vendor,number,lot,warehouse", List.of("Nagra," + card + ",L,W"), List.of(card), lco);
        String id = PairingIT.register(lco);
        assertThat(postJson("/api/subscribers/" + id + "/activate", "{}", ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(200);
        HttpResponse<String> paired = PairingIT.pair(id, stb, card);
        assertThat(paired.statusCode()).as(paired.body()).isEqualTo(201);
        PairingIT.casCard(card, c -> c.getBoolean("active"), "active");

        // the catalog of this run: one broadcaster, a package, a bouquet and an a-la-carte channel
        String r = CatalogIT.runCode();
        String sony = "Sony " + r;
        String sd = r + "-SD", hd = r + "-HD", dd = r + "-DD", gold = r + "-GOLD";
        CatalogIT.channel(sd, sony, "SD", "PAY", false, "10.00");
        CatalogIT.channel(hd, sony, "HD", "PAY", false, "15.00");
        CatalogIT.channel(dd, "Prasar " + r, "SD", "FREE", true, "0");
        CatalogIT.channel(gold, sony, "HD", "PAY", false, "30.00");
        String pkg = r + "-PKG", bq = r + "-BQ", alc = r + "-ALC";
        CatalogIT.product(pkg, "MSO_PACKAGE", sony, "20.00", null, sd, hd, dd);
        CatalogIT.product(bq, "BROADCASTER_BOUQUET", sony, "10.00", "10.00", sd);
        CatalogIT.product(alc, "A_LA_CARTE", null, "30.00", null, gold);
        LocalDate today = CatalogIT.serverToday();

        // subscribe the package for 30 days: the CAS entitles the card to midnight after the 30th day
        HttpResponse<String> bought = subscribe(id, stb.toLowerCase(Locale.ROOT), pkg.toLowerCase(Locale.ROOT), ",\"days\":30",
                ADMIN, ADMIN_PASSWORD);
        assertThat(bought.statusCode()).as(bought.body()).isEqualTo(201);
        JsonObject sub = json(bought);
        long subId = sub.getJsonNumber("id").longValueExact();
        assertThat(bought.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/subscriptions/" + subId));
        assertThat(sub.getString("stb")).isEqualTo(stb);
        assertThat(sub.getString("product")).isEqualTo(pkg);
        assertThat(sub.getString("startDate")).isEqualTo(today.toString());
        assertThat(sub.getString("endDate")).isEqualTo(today.plusDays(29).toString());
        assertThat(sub.getString("status")).isEqualTo("ACTIVE");
        assertThat(sub.getString("createdVia")).isEqualTo("REST");
        JsonObject cas = PairingIT.casCard(card, c -> entitledUntil(c, "PRD-" + pkg, today.plusDays(29)),
                "entitled to PRD-" + pkg + " until the end of " + today.plusDays(29));
        assertThat(Instant.parse(entitlement(cas, "PRD-" + pkg).orElseThrow().getString("start"))).isEqualTo(midnightStarting(today));

        // what is active until when, with its channels
        List<JsonObject> products = activeProducts(id, "?stb=" + stb);
        assertThat(products).hasSize(1);
        JsonObject a = products.get(0);
        assertThat(a.getString("product")).isEqualTo(pkg);
        assertThat(a.getString("kind")).isEqualTo("MSO_PACKAGE");
        assertThat(a.getString("endDate")).isEqualTo(today.plusDays(29).toString());
        assertThat(a.getBoolean("runningOnDay")).isTrue();
        assertThat(strings(a, "channels")).containsExactlyInAnyOrder(sd, hd, dd);
        assertThat(activeProducts(id, "?day=" + today.plusDays(40))).isEmpty();
        // the subscriber's own resource still answers beside this one (both under /subscribers)
        assertThat(get("/api/subscribers/" + id + "/history", ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(200);

        // renew by 30 days without a gap: the CAS's end moves
        JsonObject renewed = ok(postJson("/api/subscriptions/" + subId + "/renew", "{\"days\": 30}", ADMIN, ADMIN_PASSWORD));
        assertThat(renewed.getString("endDate")).isEqualTo(today.plusDays(59).toString());
        PairingIT.casCard(card, c -> entitledUntil(c, "PRD-" + pkg, today.plusDays(59)), "entitled to PRD-" + pkg + " until " + today.plusDays(59));
        // change: auto-renew on (PATCH), and a bad end date named (POST .../change)
        assertThat(ok(patch("/api/subscriptions/" + subId, "{\"autoRenew\": true}")).getBoolean("autoRenew")).isTrue();
        HttpResponse<String> badChange = postJson("/api/subscriptions/" + subId + "/change", "{\"endDate\": \"soon\"}", ADMIN, ADMIN_PASSWORD);
        assertThat(badChange.statusCode()).as(badChange.body()).isEqualTo(400);
        assertThat(CatalogIT.fields(badChange)).containsExactly("endDate");
        JsonObject read = ok(get("/api/subscriptions/" + subId, ADMIN, ADMIN_PASSWORD));
        assertThat(read.getString("endDate")).isEqualTo(today.plusDays(59).toString());
        assertThat(read.getJsonArray("history").stream().map(e -> e.asJsonObject().getString("kind")).toList())
                .containsExactly("SUBSCRIBED", "RENEWED", "CHANGED");
        assertThat(read.getJsonArray("history").getJsonObject(1).getString("occurredBy")).isEqualTo(ADMIN);
        assertThat(read.getJsonArray("history").getJsonObject(1).getString("occurredVia")).isEqualTo("REST");

        // who has the package and the channel today; the home's NCF (SD 1 + HD 2; the mandatory channel is free)
        JsonObject holders = ok(get("/api/subscriptions/holders?product=" + pkg, ADMIN, ADMIN_PASSWORD));
        assertThat(holders.getInt("total")).isEqualTo(1);
        assertThat(holders.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValueExact()).isEqualTo(subId);
        assertThat(ok(get("/api/subscriptions/holders?channel=" + hd + "&day=" + today.plusDays(59), ADMIN, ADMIN_PASSWORD)).getInt("total")).isEqualTo(1);
        assertThat(ok(get("/api/subscriptions/holders?channel=" + hd + "&day=" + today.plusDays(60), ADMIN, ADMIN_PASSWORD)).getInt("total")).isZero();
        HttpResponse<String> both = get("/api/subscriptions/holders?channel=" + hd + "&product=" + pkg, ADMIN, ADMIN_PASSWORD);
        assertThat(both.statusCode()).as(both.body()).isEqualTo(400);
        assertThat(CatalogIT.fields(both)).containsExactly("product");
        JsonObject ncf = ok(get("/api/subscribers/" + id + "/ncf", ADMIN, ADMIN_PASSWORD));
        assertThat(ncf.getJsonArray("tvs")).hasSize(1);
        assertThat(ncf.getJsonArray("tvs").getJsonObject(0).getString("stb")).isEqualTo(stb);
        assertThat(ncf.getJsonArray("tvs").getJsonObject(0).getInt("sdChannels")).isEqualTo(3);
        assertThat(ncf.getString("total")).isEqualTo("130.00");

        // bad input is named and stores nothing; the same product twice is a conflict
        HttpResponse<String> badDays = subscribe(id, stb, bq, ",\"days\":0,\"autoRenew\":\"yes\"", ADMIN, ADMIN_PASSWORD);
        assertThat(badDays.statusCode()).as(badDays.body()).isEqualTo(400);
        assertThat(CatalogIT.fields(badDays)).containsExactly("autoRenew");
        HttpResponse<String> zero = subscribe(id, stb, bq, ",\"days\":0", ADMIN, ADMIN_PASSWORD);
        assertThat(zero.statusCode()).as(zero.body()).isEqualTo(400);
        assertThat(CatalogIT.fields(zero)).containsExactly("days");
        HttpResponse<String> unknown = subscribe(id, stb, r + "-NONE", "", ADMIN, ADMIN_PASSWORD);
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(400);
        assertThat(CatalogIT.fields(unknown)).containsExactly("product");
        HttpResponse<String> otherStb = subscribe(id, p + "-NOT-PAIRED", bq, "", ADMIN, ADMIN_PASSWORD);
        assertThat(otherStb.statusCode()).as(otherStb.body()).isEqualTo(400);
        assertThat(CatalogIT.fields(otherStb)).containsExactly("stb");
        HttpResponse<String> twice = subscribe(id, stb, pkg, "", ADMIN, ADMIN_PASSWORD);
        assertThat(twice.statusCode()).as(twice.body()).isEqualTo(409);
        assertThat(json(twice).getString("message")).contains("already has " + pkg);
        assertThat(ok(get("/api/subscriptions?customerId=" + id, ADMIN, ADMIN_PASSWORD)).getJsonArray("items")).hasSize(1);

        // a bouquet bought and cancelled: the CAS drops it
        HttpResponse<String> bouquet = subscribe(id, stb, bq, "", ADMIN, ADMIN_PASSWORD);
        assertThat(bouquet.statusCode()).as(bouquet.body()).isEqualTo(201);
        long bqId = json(bouquet).getJsonNumber("id").longValueExact();
        PairingIT.casCard(card, c -> entitlement(c, "PRD-" + bq).isPresent(), "entitled to PRD-" + bq);
        HttpResponse<String> noReason = postJson("/api/subscriptions/" + bqId + "/cancel", "{}", ADMIN, ADMIN_PASSWORD);
        assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(400);
        assertThat(CatalogIT.fields(noReason)).containsExactly("reason");
        JsonObject cancelled = ok(postJson("/api/subscriptions/" + bqId + "/cancel", "{\"reason\":\"customer request\"}", ADMIN, ADMIN_PASSWORD));
        assertThat(cancelled.getString("status")).isEqualTo("CANCELLED");
        assertThat(cancelled.getString("endedOn")).isEqualTo(today.toString());
        PairingIT.casCard(card, c -> entitlement(c, "PRD-" + bq).isEmpty() && entitlement(c, "PRD-" + pkg).isPresent(),
                "without PRD-" + bq + ", still with PRD-" + pkg);
        assertThat(postJson("/api/subscriptions/" + bqId + "/cancel", "{\"reason\":\"again\"}", ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(409);
        assertThat(get("/api/subscriptions/999999999999", ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(404);

        // an operator buys a one-day channel without auto-renew, but cannot start the run
        String operator = SmsServer.unique("op");
        String password = SmsServer.createAccount(operator, "MSO_OPERATOR");
        HttpResponse<String> oneDay = subscribe(id, stb, alc, ",\"days\":\"1\",\"autoRenew\":false", operator, password);
        assertThat(oneDay.statusCode()).as(oneDay.body()).isEqualTo(201);
        long alcId = json(oneDay).getJsonNumber("id").longValueExact();
        assertThat(json(oneDay).getString("endDate")).isEqualTo(today.toString());
        assertThat(json(oneDay).getString("createdBy")).isEqualTo(operator);
        PairingIT.casCard(card, c -> entitledUntil(c, "PRD-" + alc, today), "entitled to PRD-" + alc + " until the end of " + today);
        assertThat(postJson("/api/subscriptions/renewal-run", "{}", operator, password).statusCode()).isEqualTo(403);
        assertThat(get("/api/subscriptions/renewal-run", operator, password).statusCode()).isEqualTo(200);

        // two days later the expiry run ends it in the SMS and in the CAS; the package stays
        try {
            HttpResponse<String> moved = CatalogIT.put("/api/clock", "{\"advanceDays\": 2}", ADMIN, ADMIN_PASSWORD);
            assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
            assertThat(ok(get("/api/subscriptions/renewal-run", ADMIN, ADMIN_PASSWORD)).getInt("due")).isPositive();
            JsonObject run = finishedRun(startRun());
            assertThat(run.getString("asOf")).isEqualTo(today.plusDays(2).toString());
            assertThat(run.getJsonNumber("expired").longValue()).isPositive();
            JsonObject expired = ok(get("/api/subscriptions/" + alcId, ADMIN, ADMIN_PASSWORD));
            assertThat(expired.getString("status")).isEqualTo("EXPIRED");
            assertThat(expired.getString("endedOn")).isEqualTo(today.plusDays(1).toString());
            JsonObject last = expired.getJsonArray("history").getJsonObject(expired.getJsonArray("history").size() - 1);
            assertThat(last.getString("kind")).isEqualTo("EXPIRED");
            assertThat(last.getString("occurredVia")).isEqualTo("SYSTEM");
            PairingIT.casCard(card, c -> entitlement(c, "PRD-" + alc).isEmpty() && entitledUntil(c, "PRD-" + pkg, today.plusDays(59)),
                    "without PRD-" + alc + ", still with PRD-" + pkg);
            assertThat(ok(get("/api/subscriptions/" + subId, ADMIN, ADMIN_PASSWORD)).getString("status")).isEqualTo("ACTIVE");
        } finally {
            HttpResponse<String> back = SmsServer.send(SmsServer.request("/api/clock", ADMIN, ADMIN_PASSWORD).DELETE());
            assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
        }

        // the subscriber's subscription history, newest first, with who and from where
        HttpResponse<String> history = get("/api/subscribers/" + id + "/subscription-history", ADMIN, ADMIN_PASSWORD);
        assertThat(history.statusCode()).as(history.body()).isEqualTo(200);
        List<JsonObject> events = parse("{\"a\":" + history.body() + "}").getJsonArray("a").stream().map(JsonValue::asJsonObject).toList();
        assertThat(events.get(0).getString("kind")).isEqualTo("EXPIRED");
        assertThat(events.get(0).getString("occurredBy")).isEqualTo("system");
        assertThat(events.stream().map(e -> e.getString("kind")).toList())
                .containsExactlyInAnyOrder("EXPIRED", "SUBSCRIBED", "CANCELLED", "SUBSCRIBED", "CHANGED", "RENEWED", "SUBSCRIBED");
        assertThat(events.stream().filter(e -> e.getString("kind").equals("SUBSCRIBED") && e.getString("product").equals(alc))
                .map(e -> e.getString("occurredBy")).toList()).containsExactly(operator);

        // the broadcaster report of this month, counted by hand: each report day, is it in the subscription's days?
        YearMonth month = YearMonth.from(today);
        List<Long> pkgCounts = new ArrayList<>();
        List<Long> alcCounts = new ArrayList<>();
        for (int day : new int[] {7, 14, 21, 28}) {
            LocalDate d = month.atDay(day);
            pkgCounts.add(!d.isBefore(today) && !d.isAfter(today.plusDays(59)) ? 1L : 0L);
            alcCounts.add(d.equals(today) ? 1L : 0L);
        }
        JsonObject report = ok(get("/api/reports/broadcaster?month=" + month + "&broadcaster=" + sony.replace(" ", "%20"), ADMIN, ADMIN_PASSWORD));
        assertThat(report.getString("month")).isEqualTo(month.toString());
        assertThat(lines(report, "channels")).containsExactlyInAnyOrder(
                line(gold, alcCounts), line(hd, pkgCounts), line(sd, pkgCounts));
        assertThat(lines(report, "products")).containsExactlyInAnyOrder(
                line(alc, alcCounts), line(bq, List.of(0L, 0L, 0L, 0L)), line(pkg, pkgCounts));
        // the same as CSV, by Accept or by format
        HttpResponse<String> csv = SmsServer.send(SmsServer.request("/api/reports/broadcaster?month=" + month + "&broadcaster="
                + sony.replace(" ", "%20"), ADMIN, ADMIN_PASSWORD).header("Accept", "text/csv").GET());
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        List<String> rows = csv.body().lines().toList();
        assertThat(rows.get(0)).isEqualTo("type,code,name,broadcaster,kind,count_07,count_14,count_21,count_28,average");
        assertThat(rows).contains("PRODUCT," + pkg + ",Product " + pkg + "," + sony + ",MSO_PACKAGE," + join(pkgCounts) + "," + average(pkgCounts),
                "CHANNEL," + gold + ",Channel " + gold + "," + sony + ",," + join(alcCounts) + "," + average(alcCounts));
        assertThat(rows).hasSize(7);
        assertThat(get("/api/reports/broadcaster?format=csv&month=" + month + "&broadcaster=" + sony.replace(" ", "%20"),
                ADMIN, ADMIN_PASSWORD).body()).isEqualTo(csv.body());
        HttpResponse<String> badMonth = get("/api/reports/broadcaster?month=2026-13", ADMIN, ADMIN_PASSWORD);
        assertThat(badMonth.statusCode()).as(badMonth.body()).isEqualTo(400);
        assertThat(CatalogIT.fields(badMonth)).containsExactly("month");
    }

    private static List<JsonObject> activeProducts(String customerId, String query) {
        HttpResponse<String> r = get("/api/subscribers/" + customerId + "/active-products" + query, ADMIN, ADMIN_PASSWORD);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return parse("{\"a\":" + r.body() + "}").getJsonArray("a").stream().map(JsonValue::asJsonObject).toList();
    }

    private static JsonObject parse(String text) {
        try (var reader = Json.createReader(new java.io.StringReader(text))) {
            return reader.readObject();
        }
    }

    private static List<String> lines(JsonObject report, String field) {
        return report.getJsonArray(field).stream().map(JsonValue::asJsonObject)
                .map(l -> l.getString("code") + " " + l.getJsonArray("counts") + " " + l.getString("average")).toList();
    }

    private static String line(String code, List<Long> counts) {
        return code + " " + Json.createArrayBuilder(counts).build() + " " + average(counts);
    }

    private static String average(List<Long> counts) {
        return java.math.BigDecimal.valueOf(counts.stream().mapToLong(Long::longValue).sum())
                .divide(java.math.BigDecimal.valueOf(4), 2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static String join(List<Long> counts) {
        return String.join(",", counts.stream().map(String::valueOf).toList());
    }

    /** Starts a run (after any run already going); returns the report the POST answered. */
    private static JsonObject startRun() throws InterruptedException {
        Instant end = Instant.now().plus(RUN_WAIT);
        while (true) {
            HttpResponse<String> r = postJson("/api/subscriptions/renewal-run", "{}", ADMIN, ADMIN_PASSWORD);
            if (r.statusCode() == 202) {
                assertThat(json(r).getString("requestedBy")).isEqualTo(ADMIN);
                return json(r);
            }
            assertThat(r.statusCode()).as("a run is going: " + r.body()).isEqualTo(409);
            assertThat(Instant.now()).as("the run going did not finish").isBefore(end);
            Thread.sleep(250);
        }
    }

    /** Polls GET until the run that started is finished; returns its report. */
    private static JsonObject finishedRun(JsonObject started) throws InterruptedException {
        Instant end = Instant.now().plus(RUN_WAIT);
        JsonObject last = null;
        while (Instant.now().isBefore(end)) {
            last = ok(get("/api/subscriptions/renewal-run", ADMIN, ADMIN_PASSWORD)).getJsonObject("lastRun");
            if (last != null && last.getString("startedAt").equals(started.getString("startedAt")) && !last.getBoolean("running")) {
                assertThat(last.containsKey("finishedAt")).isTrue();
                return last;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the run started at " + started.getString("startedAt") + " did not finish within " + RUN_WAIT + "; last " + last);
    }
}
