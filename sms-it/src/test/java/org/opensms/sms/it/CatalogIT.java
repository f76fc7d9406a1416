package org.opensms.sms.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensms.sms.it.SmsServer.ADMIN;
import static org.opensms.sms.it.SmsServer.ADMIN_PASSWORD;
import static org.opensms.sms.it.SmsServer.get;
import static org.opensms.sms.it.SmsServer.json;
import static org.opensms.sms.it.SmsServer.postJson;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The catalog over REST on the deployed EAR, as a new administrator would build it: pay SD and HD, free and mandatory
 * channels; a broadcaster bouquet, an MSO package, an a-la-carte product and an event package; tariff-breaking
 * bouquets refused with the reason and nothing stored; bad input named by field; an operator reads but cannot
 * change; MRP and price history, line-ups by day; tariff limits and NCF rules and the what-if NCF quote of the seeded
 * NTO 2.0 rule. Codes carry a per-run suffix: the test database outlives a run.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SmsServer.ear();
    }

    /** A code suffix for one run: 7 characters, so that codes stay within 20. */
    static String runCode() {
        return SmsServer.unique("R").toUpperCase(Locale.ROOT);
    }

    static JsonObjectBuilder channelJson(String code, String broadcaster, String definition, String type,
                                         boolean mandatory, String mrp) {
        return Json.createObjectBuilder().add("code", code).add("name", "Channel " + code).add("broadcaster", broadcaster)
                .add("genre", "GEC").add("language", "Hindi").add("definition", definition).add("type", type)
                .add("mandatory", mandatory).add("casServiceId", "SVC-" + code).add("mrp", mrp);
    }

    /** Creates a channel as the administrator; returns its JSON. */
    static JsonObject channel(String code, String broadcaster, String definition, String type, boolean mandatory, String mrp) {
        HttpResponse<String> r = postJson("/api/catalog/channels",
                channelJson(code, broadcaster, definition, type, mandatory, mrp).build().toString(), ADMIN, ADMIN_PASSWORD);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json(r);
    }

    static JsonObjectBuilder productJson(String code, String kind, String broadcaster, String price, String mrp,
                                         String... channels) {
        JsonArrayBuilder ch = Json.createArrayBuilder();
        for (String c : channels) {
            ch.add(c);
        }
        JsonObjectBuilder b = Json.createObjectBuilder().add("code", code).add("name", "Product " + code).add("kind", kind)
                .add("casProductId", "PRD-" + code).add("price", price).add("channels", ch);
        if (broadcaster != null) {
            b.add("broadcaster", broadcaster);
        }
        if (mrp != null) {
            b.add("mrp", mrp);
        }
        return b;
    }

    static HttpResponse<String> createProduct(JsonObjectBuilder product) {
        return postJson("/api/catalog/products", product.build().toString(), ADMIN, ADMIN_PASSWORD);
    }

    /** Creates a product as the administrator; returns its JSON. */
    static JsonObject product(String code, String kind, String broadcaster, String price, String mrp, String... channels) {
        HttpResponse<String> r = createProduct(productJson(code, kind, broadcaster, price, mrp, channels));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json(r);
    }

    static HttpResponse<String> put(String path, String json, String user, String password) {
        return SmsServer.send(SmsServer.request(path, user, password).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Today in India by the server's (movable) clock. */
    static LocalDate serverToday() {
        return java.time.Instant.parse(json(get("/api/clock", ADMIN, ADMIN_PASSWORD)).getString("now"))
                .atZone(java.time.ZoneId.of("Asia/Kolkata")).toLocalDate();
    }

    static List<String> fields(HttpResponse<String> r) {
        return json(r).getJsonArray("errors").stream().map(v -> v.asJsonObject().getString("field")).toList();
    }

    private static List<String> codes(JsonObject page) {
        return page.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("code")).toList();
    }

    @Test
    void channelsBouquetPackageALaCarteAndEventAreCreatedAndTariffBreakersRefused() {
        String r = runCode();
        String star = "Star " + r;
        String sd = r + "-SD", hd = r + "-HD", fta = r + "-FTA", dd = r + "-DD", gold = r + "-GOLD";

        JsonObject sdJson = channel(sd, star, "SD", "PAY", false, "12");
        assertThat(sdJson.getString("mrp")).isEqualTo("12.00");
        assertThat(sdJson.getString("type")).isEqualTo("PAY");
        assertThat(sdJson.getJsonArray("mrpHistory")).hasSize(1);
        channel(hd, star, "HD", "PAY", false, "19.00");
        channel(fta, "Free " + r, "SD", "FREE", false, "0");
        JsonObject ddJson = channel(dd, "Prasar " + r, "SD", "FREE", true, "0");
        assertThat(ddJson.getBoolean("mandatory")).isTrue();
        channel(gold, star, "HD", "PAY", false, "25.00");

        // the list filters by broadcaster and text, with the total
        HttpResponse<String> listed = get("/api/catalog/channels?broadcaster=" + star.toLowerCase(Locale.ROOT).replace(" ", "%20")
                + "&limit=2&sort=code", ADMIN, ADMIN_PASSWORD);
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        assertThat(json(listed).getInt("total")).isEqualTo(3);
        assertThat(codes(json(listed))).containsExactly(gold, hd);
        assertThat(codes(json(get("/api/catalog/channels?text=" + r + "&status=ACTIVE&limit=10", ADMIN, ADMIN_PASSWORD))))
                .containsExactlyInAnyOrder(sd, hd, fta, dd, gold);

        // a broadcaster bouquet within the limits: 12 + 19 = 31 a la carte, MRP 25 (19% off), price 25
        String bouquet = r + "-BQ";
        JsonObject bq = product(bouquet, "BROADCASTER_BOUQUET", star, "25", "25.00", sd, hd);
        assertThat(bq.getString("price")).isEqualTo("25.00");
        assertThat(bq.getString("mrp")).isEqualTo("25.00");
        assertThat(bq.getJsonArray("channels").getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString))
                .containsExactly(hd, sd);
        // an MSO package of pay, free and mandatory channels from any broadcaster
        JsonObject pkg = product(r + "-PKG", "MSO_PACKAGE", null, "30.00", null, sd, hd, fta, dd);
        assertThat(pkg.getInt("validityDays")).isEqualTo(30);
        // the channel above the bouquet cap is sold a la carte, at most at its MRP
        product(r + "-ALC", "A_LA_CARTE", null, "25.00", null, gold);
        assertThat(json(get("/api/catalog/products/" + r + "-alc", ADMIN, ADMIN_PASSWORD)).getString("broadcaster"))
                .as("an a-la-carte product takes its channel's broadcaster").isEqualTo(star);
        // a pay-per-event package over a fixed window (India time)
        LocalDate tomorrow = serverToday().plusDays(1);
        HttpResponse<String> event = createProduct(productJson(r + "-EVT", "EVENT", star, "99", null, gold)
                .add("eventStart", tomorrow + "T18:00").add("eventEnd", tomorrow + "T21:30"));
        assertThat(event.statusCode()).as(event.body()).isEqualTo(201);
        assertThat(json(event).getString("eventStart")).isEqualTo(tomorrow + "T12:30:00Z");
        assertThat(json(event).getString("eventEnd")).isEqualTo(tomorrow + "T16:00:00Z");

        // the product list by kind, channel and text
        assertThat(codes(json(get("/api/catalog/products?text=" + r + "&channel=" + sd, ADMIN, ADMIN_PASSWORD))))
                .containsExactlyInAnyOrder(bouquet, r + "-PKG");
        JsonObject events = json(get("/api/catalog/products?text=" + r + "&kind=event", ADMIN, ADMIN_PASSWORD));
        assertThat(events.getInt("total")).isEqualTo(1);
        assertThat(codes(events)).containsExactly(r + "-EVT");

        // tariff breakers: refused with 409 TARIFF_LIMIT naming the rule, and nothing stored
        assertRefused(productJson(r + "-X1", "BROADCASTER_BOUQUET", star, "30.00", "30.00", sd, gold),
                "channel " + gold + " has an MRP of 25.00, above the cap of 19.00 for channels in bouquets");
        assertRefused(productJson(r + "-X2", "BROADCASTER_BOUQUET", star, "10.00", "10.00", sd, hd),
                "MRP 10.00 of bouquet " + r + "-X2 is a discount of 67.74% on its pay channels' a-la-carte MRPs (31.00); the cap is 45.00%");
        assertRefused(productJson(r + "-X3", "BROADCASTER_BOUQUET", star, "26.00", "25.00", sd, hd),
                "price 26.00 of " + r + "-X3 is above its MRP 25.00");
        assertRefused(productJson(r + "-X4", "A_LA_CARTE", null, "25.01", null, gold), "is above its MRP 25.00");
        // a later price that breaks a limit is refused too; the price in force stays
        HttpResponse<String> badPrice = postJson("/api/catalog/products/" + bouquet + "/price",
                "{\"price\":\"26.00\",\"mrp\":\"25.00\",\"effectiveFrom\":\"" + serverToday().plusDays(1) + "\"}",
                ADMIN, ADMIN_PASSWORD);
        assertThat(badPrice.statusCode()).as(badPrice.body()).isEqualTo(409);
        assertThat(json(badPrice).getString("code")).isEqualTo("TARIFF_LIMIT");
        assertThat(json(get("/api/catalog/products/" + bouquet, ADMIN, ADMIN_PASSWORD)).getJsonArray("priceHistory")).hasSize(1);
    }

    private static void assertRefused(JsonObjectBuilder product, String reason) {
        JsonObject p = product.build();
        HttpResponse<String> refused = createProduct(Json.createObjectBuilder(p));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(json(refused).getString("code")).isEqualTo("TARIFF_LIMIT");
        assertThat(json(refused).getString("message")).contains(reason);
        assertThat(fields(refused)).containsOnly("tariff");
        HttpResponse<String> stored = get("/api/catalog/products/" + p.getString("code"), ADMIN, ADMIN_PASSWORD);
        assertThat(stored.statusCode()).as("refused product %s is not stored", p.getString("code")).isEqualTo(404);
    }

    @Test
    void pricesAndLineUpsAreEffectiveDatedAndHistoryIsKept() {
        String r = runCode();
        String b = "Zee " + r;
        String a = r + "-A", c = r + "-C", d = r + "-D";
        channel(a, b, "SD", "PAY", false, "10.00");
        channel(c, b, "SD", "PAY", false, "8.00");
        channel(d, b, "SD", "PAY", false, "5.00");
        String pkg = r + "-PKG";
        product(pkg, "MSO_PACKAGE", b, "15.00", null, a, c);
        LocalDate today = serverToday();
        String future = today.plusDays(10).toString();

        // a new MRP from a later day: history grows, today's MRP stays
        HttpResponse<String> mrp = postJson("/api/catalog/channels/" + a + "/mrp",
                "{\"mrp\": 11.5, \"effectiveFrom\": \"" + future + "\"}", ADMIN, ADMIN_PASSWORD);
        assertThat(mrp.statusCode()).as(mrp.body()).isEqualTo(200);
        assertThat(json(mrp).getString("mrp")).isEqualTo("10.00");
        assertThat(json(mrp).getJsonArray("mrpHistory")).hasSize(2);
        assertThat(json(mrp).getJsonArray("mrpHistory").getJsonObject(1).getString("mrp")).isEqualTo("11.50");
        assertThat(json(mrp).getJsonArray("mrpHistory").getJsonObject(1).getString("effectiveFrom")).isEqualTo(future);
        // an MRP that would break the package's limits from tomorrow is refused, naming each rule; the MRP stays
        HttpResponse<String> capped = postJson("/api/catalog/channels/" + c + "/mrp",
                "{\"mrp\": \"19.01\", \"effectiveFrom\": \"" + today.plusDays(1) + "\"}", ADMIN, ADMIN_PASSWORD);
        assertThat(capped.statusCode()).as(capped.body()).isEqualTo(409);
        assertThat(json(capped).getString("code")).isEqualTo("TARIFF_LIMIT");
        assertThat(json(capped).getString("message")).contains("channel " + c + " has an MRP of 19.01, above the cap of 19.00",
                "price 15.00 of bouquet " + pkg + " is a discount of");
        assertThat(json(get("/api/catalog/channels/" + c, ADMIN, ADMIN_PASSWORD)).getJsonArray("mrpHistory")).hasSize(1);

        // a new line-up from a later day: today's stays, that day's is the new one
        HttpResponse<String> lineUp = put("/api/catalog/products/" + pkg + "/channels",
                "{\"channels\": [\"" + a + "\", \"" + d.toLowerCase(Locale.ROOT) + "\"], \"effectiveFrom\": \"" + future + "\"}",
                ADMIN, ADMIN_PASSWORD);
        assertThat(lineUp.statusCode()).as(lineUp.body()).isEqualTo(200);
        assertThat(lineUpOn(pkg, null)).containsExactly(a, c);
        assertThat(lineUpOn(pkg, future)).containsExactly(a, d);
        assertThat(lineUpOn(pkg, today.minusDays(400).toString())).isEmpty();
        // a new price from a later day
        HttpResponse<String> price = postJson("/api/catalog/products/" + pkg + "/price",
                "{\"price\": \"16.00\", \"effectiveFrom\": \"" + future + "\"}", ADMIN, ADMIN_PASSWORD);
        assertThat(price.statusCode()).as(price.body()).isEqualTo(200);
        assertThat(json(price).getString("price")).isEqualTo("15.00");
        assertThat(json(price).getJsonArray("priceHistory").getJsonObject(1).getString("price")).isEqualTo("16.00");
        // a date in the past is refused by field
        HttpResponse<String> past = postJson("/api/catalog/products/" + pkg + "/price",
                "{\"price\": \"16.00\", \"effectiveFrom\": \"2001-01-01\"}", ADMIN, ADMIN_PASSWORD);
        assertThat(past.statusCode()).as(past.body()).isEqualTo(400);
        assertThat(json(past).getString("message")).contains("2001-01-01");

        // update: new name and status; the type cannot change
        HttpResponse<String> renamed = put("/api/catalog/channels/" + d, channelJson(d, b, "HD", "PAY", false, "5.00")
                .add("name", "Renamed " + d).build().toString(), ADMIN, ADMIN_PASSWORD);
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
        assertThat(json(renamed).getString("name")).isEqualTo("Renamed " + d);
        assertThat(json(renamed).getString("definition")).isEqualTo("HD");
        HttpResponse<String> toFree = put("/api/catalog/channels/" + d, channelJson(d, b, "HD", "FREE", false, "0")
                .build().toString(), ADMIN, ADMIN_PASSWORD);
        assertThat(toFree.statusCode()).as(toFree.body()).isEqualTo(400);
        assertThat(fields(toFree)).containsExactly("type");
        HttpResponse<String> withdrawn = put("/api/catalog/products/" + pkg,
                "{\"name\": \"Old package\", \"status\": \"WITHDRAWN\"}", ADMIN, ADMIN_PASSWORD);
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
        assertThat(json(withdrawn).getString("status")).isEqualTo("WITHDRAWN");
        assertThat(json(withdrawn).getString("kind")).isEqualTo("MSO_PACKAGE");
    }

    private static List<String> lineUpOn(String product, String day) {
        HttpResponse<String> r = get("/api/catalog/products/" + product + "/channels" + (day == null ? "" : "?day=" + day),
                ADMIN, ADMIN_PASSWORD);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json(r).getJsonArray("channels").stream().map(v -> v.asJsonObject().getString("code")).toList();
    }

    @Test
    void badInputIsNamedByFieldAndChangesNothingAndOperatorsOnlyRead() {
        String r = runCode();
        String code = r + "-BAD";
        // every bad field at once; nothing stored
        HttpResponse<String> bad = postJson("/api/catalog/channels", Json.createObjectBuilder().add("code", code)
                .add("broadcaster", "X").add("genre", "GEC").add("language", "Tamil").add("definition", "4K")
                .add("type", "PAY").add("mandatory", true).add("casServiceId", "SVC-" + code).add("mrp", "12.345")
                .build().toString(), ADMIN, ADMIN_PASSWORD);
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
        assertThat(json(bad).getString("code")).isEqualTo("INVALID_INPUT");
        assertThat(fields(bad)).containsExactlyInAnyOrder("name", "definition", "mrp", "mandatory");
        assertThat(get("/api/catalog/channels/" + code, ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(404);
        // wrong JSON types and unknown fields are named too
        HttpResponse<String> types = postJson("/api/catalog/channels", channelJson(code, "X", "SD", "PAY", false, "1")
                .add("mandatory", "yes").add("colour", "blue").build().toString(), ADMIN, ADMIN_PASSWORD);
        assertThat(types.statusCode()).as(types.body()).isEqualTo(400);
        assertThat(fields(types)).containsExactlyInAnyOrder("mandatory", "colour");
        assertThat(get("/api/catalog/channels/" + code, ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(404);
        // a product naming an unknown channel, an a-la-carte product with two, an event without its window
        HttpResponse<String> unknown = createProduct(productJson(r + "-P1", "MSO_PACKAGE", null, "10", null, r + "-NONE"));
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(400);
        assertThat(json(unknown).getJsonArray("errors").getJsonObject(0).getString("message")).contains(r + "-NONE");
        HttpResponse<String> notAString = createProduct(productJson(r + "-P2", "MSO_PACKAGE", null, "10", null)
                .add("channels", Json.createArrayBuilder().add("A1").add(7)));
        assertThat(notAString.statusCode()).as(notAString.body()).isEqualTo(400);
        assertThat(fields(notAString)).containsExactly("channels[1]");
        HttpResponse<String> noWindow = createProduct(productJson(r + "-P3", "EVENT", null, "10", null, r + "-NONE"));
        assertThat(noWindow.statusCode()).as(noWindow.body()).isEqualTo(400);
        assertThat(fields(noWindow)).containsExactly("eventStart");
        HttpResponse<String> noCode = createProduct(Json.createObjectBuilder().add("name", "x"));
        assertThat(noCode.statusCode()).isEqualTo(400);
        assertThat(fields(noCode)).contains("code", "kind", "casProductId", "price", "channels");
        assertThat(get("/api/catalog/products/" + r + "-P1", ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(404);
        // paging and filters are named too
        HttpResponse<String> badList = get("/api/catalog/products?kind=bundle&limit=0", ADMIN, ADMIN_PASSWORD);
        assertThat(badList.statusCode()).as(badList.body()).isEqualTo(400);
        assertThat(fields(get("/api/catalog/products?kind=bundle", ADMIN, ADMIN_PASSWORD))).containsExactly("kind");
        // a duplicate code is a 409 naming the field
        channel(r + "-OK", "X " + r, "SD", "FREE", false, "0");
        HttpResponse<String> dup = postJson("/api/catalog/channels", channelJson(r + "-OK", "X", "SD", "FREE", false, "0")
                .add("casServiceId", "SVC-OTHER-" + r).build().toString(), ADMIN, ADMIN_PASSWORD);
        assertThat(dup.statusCode()).as(dup.body()).isEqualTo(409);
        assertThat(json(dup).getString("code")).isEqualTo("DUPLICATE");
        assertThat(fields(dup)).containsExactly("code");

        // an operator reads the catalog but changes nothing
        String operator = SmsServer.unique("op");
        String password = SmsServer.createAccount(operator, "MSO_OPERATOR");
        HttpResponse<String> refused = postJson("/api/catalog/channels", channelJson(r + "-OP", "X", "SD", "FREE", false, "0")
                .build().toString(), operator, password);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(json(refused).getString("code")).isEqualTo("FORBIDDEN");
        assertThat(get("/api/catalog/channels/" + r + "-OP", ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(404);
        assertThat(createProductAs(operator, password, r + "-OPP", r + "-OK").statusCode()).isEqualTo(403);
        assertThat(postJson("/api/catalog/ncf-rules", "{}", operator, password).statusCode()).isEqualTo(403);
        assertThat(get("/api/catalog/channels/" + r + "-OK", operator, password).statusCode()).isEqualTo(200);
        assertThat(get("/api/catalog/tariff-limits", operator, password).statusCode()).isEqualTo(200);
        assertThat(get("/api/catalog/channels", null, null).statusCode()).isEqualTo(401);
    }

    private static HttpResponse<String> createProductAs(String user, String password, String code, String channel) {
        return postJson("/api/catalog/products", productJson(code, "MSO_PACKAGE", null, "0", null, channel).build().toString(),
                user, password);
    }

    @Test
    void tariffLimitsAndNcfRulesAreConfigurationAndTheQuoteFollowsTheRule() {
        String r = runCode();
        // the seeded NTO 2.0 rule: Rs 130 up to 200 SD channels; a second TV pays 40% of its own fee
        HttpResponse<String> quote = get("/api/catalog/ncf-quote?state=KA&channels=120,40", ADMIN, ADMIN_PASSWORD);
        assertThat(quote.statusCode()).as(quote.body()).isEqualTo(200);
        JsonObject q = json(quote);
        assertThat(q.getString("total")).isEqualTo("182.00");
        assertThat(q.getJsonArray("tvs").getJsonObject(0).getString("fee")).isEqualTo("130.00");
        assertThat(q.getJsonArray("tvs").getJsonObject(0).getBoolean("additional")).isFalse();
        assertThat(q.getJsonArray("tvs").getJsonObject(1).getString("fee")).isEqualTo("52.00");
        assertThat(q.getJsonArray("tvs").getJsonObject(1).getInt("sdChannels")).isEqualTo(40);
        assertThat(json(get("/api/catalog/ncf-quote?state=Karnataka&channels=201", ADMIN, ADMIN_PASSWORD)).getString("total"))
                .isEqualTo("160.00");
        HttpResponse<String> badQuote = get("/api/catalog/ncf-quote?state=ZZ&customerClass=a&day=2026-13-01&channels=1,x",
                ADMIN, ADMIN_PASSWORD);
        assertThat(badQuote.statusCode()).as(badQuote.body()).isEqualTo(400);
        assertThat(fields(badQuote)).containsExactlyInAnyOrder("state", "customerClass", "day", "channels");

        // an NTO 1 style rule for a customer class of this run only: Rs 130 up to 100, then Rs 20 per started 25
        String cls = "IT_" + r;
        HttpResponse<String> rule = postJson("/api/catalog/ncf-rules", Json.createObjectBuilder().add("name", "NTO 1 " + r)
                .add("customerClass", cls.toLowerCase(Locale.ROOT)).add("slabs", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("upTo", 100).add("amount", "130.00")))
                .add("stepChannels", 25).add("stepAmount", "20").add("additionalTvPercent", "50").build().toString(),
                ADMIN, ADMIN_PASSWORD);
        assertThat(rule.statusCode()).as(rule.body()).isEqualTo(201);
        assertThat(json(rule).getString("customerClass")).isEqualTo(cls);
        assertThat(json(rule).getJsonArray("slabs").getJsonObject(0).getString("amount")).isEqualTo("130.00");
        JsonObject q1 = json(get("/api/catalog/ncf-quote?state=KA&customerClass=" + cls + "&channels=120,40", ADMIN, ADMIN_PASSWORD));
        assertThat(q1.getString("ruleName")).isEqualTo("NTO 1 " + r);
        assertThat(q1.getJsonArray("tvs").getJsonObject(0).getString("fee")).isEqualTo("150.00");
        assertThat(q1.getJsonArray("tvs").getJsonObject(1).getString("fee")).isEqualTo("65.00");
        assertThat(q1.getString("total")).isEqualTo("215.00");
        assertThat(get("/api/catalog/ncf-rules", ADMIN, ADMIN_PASSWORD).body()).contains("NTO 1 " + r, "NTO 2.0 default");
        HttpResponse<String> badRule = postJson("/api/catalog/ncf-rules", Json.createObjectBuilder().add("name", "bad " + r)
                .add("slabs", Json.createArrayBuilder().add(Json.createObjectBuilder().add("upTo", 100).add("amount", "130"))
                        .add(Json.createObjectBuilder().add("upTo", 50).add("amount", "120")))
                .add("additionalTvPercent", "140").build().toString(), ADMIN, ADMIN_PASSWORD);
        assertThat(badRule.statusCode()).as(badRule.body()).isEqualTo(400);
        assertThat(fields(badRule)).containsExactlyInAnyOrder("slabs[1].upTo", "slabs[1].amount", "additionalTvPercent");
        assertThat(get("/api/catalog/ncf-rules", ADMIN, ADMIN_PASSWORD).body()).doesNotContain("bad " + r);

        // tariff limits: the seeded ones, and new ones far ahead that a bouquet of this run breaks
        HttpResponse<String> limits = get("/api/catalog/tariff-limits", ADMIN, ADMIN_PASSWORD);
        assertThat(limits.statusCode()).as(limits.body()).isEqualTo(200);
        assertThat(limits.body()).contains("\"bouquetChannelMrpCap\":\"19.00\"", "\"bouquetDiscountCap\":\"45.00\"");
        String star = "Sun " + r;
        channel(r + "-S1", star, "SD", "PAY", false, "12.00");
        channel(r + "-S2", star, "HD", "PAY", false, "18.00");
        product(r + "-SUN", "BROADCASTER_BOUQUET", star, "20.00", "20.00", r + "-S1", r + "-S2");
        // the same far day each run: a future row for the same day is replaced, so runs do not pile up rows
        HttpResponse<String> set = postJson("/api/catalog/tariff-limits", "{\"effectiveFrom\": \"2099-12-31\","
                + " \"bouquetChannelMrpCap\": 15, \"bouquetDiscountCap\": \"45\", \"priceNotAboveMrp\": true}", ADMIN, ADMIN_PASSWORD);
        assertThat(set.statusCode()).as(set.body()).isEqualTo(201);
        assertThat(json(set).getString("effectiveFrom")).isEqualTo("2099-12-31");
        assertThat(json(set).getJsonArray("violations").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString))
                .contains("channel " + r + "-S2 has an MRP of 18.00, above the cap of 15.00 for channels in bouquets"
                        + " (tariff limit); sell it a la carte only");
        assertThat(get("/api/catalog/tariff-limits", ADMIN, ADMIN_PASSWORD).body()).contains("\"effectiveFrom\":\"2099-12-31\"");
        HttpResponse<String> badLimits = postJson("/api/catalog/tariff-limits",
                "{\"bouquetChannelMrpCap\": \"x\", \"bouquetDiscountCap\": 101}", ADMIN, ADMIN_PASSWORD);
        assertThat(badLimits.statusCode()).as(badLimits.body()).isEqualTo(400);
        assertThat(fields(badLimits)).containsExactlyInAnyOrder("effectiveFrom", "bouquetChannelMrpCap", "bouquetDiscountCap");
    }
}
