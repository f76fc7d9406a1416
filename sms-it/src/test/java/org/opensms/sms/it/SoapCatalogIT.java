package org.opensms.sms.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensms.sms.it.SmsServer.ADMIN;
import static org.opensms.sms.it.SmsServer.ADMIN_PASSWORD;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The catalog and subscriptions over SOAP ({@code /ws/CatalogService}, {@code /ws/SubscriptionService}) on the deployed
 * EAR, with plain SOAP 1.1 envelopes: channels, a bouquet, a package and an event; a bouquet that breaks a tariff limit
 * is a TARIFF_LIMIT fault naming the rule and is not stored; effective-dated MRP and price changes; NCF rules and
 * quotes; bad input is an INVALID_INPUT fault naming the field and changes nothing; a subscriber's paired STB is
 * subscribed, renewed and cancelled through SOAP and the CAS emulator's card follows; roles as REST.
 */
@ExtendWith(ArquillianExtension.class)
class SoapCatalogIT {

    private static final String NS = "urn:opensms:sms:1";
    private static final String CATALOG = "/ws/CatalogService";
    private static final String SUBSCRIPTION = "/ws/SubscriptionService";
    private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

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

        /** The texts of the {@code child} elements directly under every {@code parent} element. */
        List<String> under(String parent, String child) {
            NodeList parents = xml.getElementsByTagNameNS("*", parent);
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < parents.getLength(); i++) {
                for (Node n = parents.item(i).getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element e && child.equals(e.getLocalName())) {
                        texts.add(e.getTextContent());
                    }
                }
            }
            return texts;
        }

        /** Each {@code name} element as "child1/child2/...: last child" of its direct children named. */
        List<String> rows(String name, String... children) {
            NodeList nodes = xml.getElementsByTagNameNS("*", name);
            List<String> rows = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                List<String> parts = new ArrayList<>();
                for (String c : children) {
                    String text = "-";
                    for (Node n = nodes.item(i).getFirstChild(); n != null; n = n.getNextSibling()) {
                        if (n instanceof Element e && c.equals(e.getLocalName())) {
                            text = e.getTextContent();
                            break;
                        }
                    }
                    parts.add(text);
                }
                rows.add(String.join("/", parts.subList(0, parts.size() - 1)) + ": " + parts.get(parts.size() - 1));
            }
            return rows;
        }

        Answer isOk() {
            assertThat(status).as(body).isEqualTo(200);
            return this;
        }

        /** A SmsFault with this code, and SOAP fault code Client. */
        Answer isFault(String code) {
            assertThat(status).as(body).isEqualTo(500);
            assertThat(all("faultstring")).as(body).hasSize(1);
            assertThat(one("code")).as(body).isEqualTo(code);
            // a refusal of the request is the client's fault (sending it again unchanged gets the same answer)
            assertThat(one("faultcode")).as(body).endsWith(":Client");
            return this;
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

    private static Answer catalog(String body) {
        return call(CATALOG, body, ADMIN, ADMIN_PASSWORD);
    }

    private static Answer subscription(String body) {
        return call(SUBSCRIPTION, body, ADMIN, ADMIN_PASSWORD);
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

    private static String op(String operation, String... namesAndValues) {
        return "<s:" + operation + ">" + elements(namesAndValues) + "</s:" + operation + ">";
    }

    private static Answer createChannel(String code, String broadcaster, String definition, String type, String mrp) {
        return catalog("<s:createChannel><s:channel>" + elements("code", code, "name", "Channel " + code, "broadcaster", broadcaster,
                "genre", "General Entertainment", "language", "Hindi", "definition", definition, "type", type,
                "casServiceId", "SVC-" + code, "mrp", mrp) + "</s:channel></s:createChannel>");
    }

    private static Answer createProduct(String code, String kind, String broadcaster, String price, String mrp, String... channels) {
        StringBuilder ch = new StringBuilder();
        for (String c : channels) {
            ch.append(elements("channel", c));
        }
        return catalog("<s:createProduct><s:product>" + elements("code", code, "name", "Product " + code, "kind", kind,
                "broadcaster", broadcaster, "casProductId", "PRD-" + code, "price", price, "mrp", mrp) + ch
                + "</s:product></s:createProduct>");
    }

    /**
     * Four channels of one broadcaster (pay SD 12.00, pay HD 15.50, free SD, pay SD 25.00 above the bouquet cap) and a
     * bouquet of the first three; lists of channel codes come in code order (DEAR, FTA, HD, SD).
     */
    private record Catalog(String broadcaster, String sd, String hd, String free, String dear, String bouquet, String today) {

        static Catalog create() {
            String p = SmsServer.unique("").toUpperCase(Locale.ROOT);
            String broadcaster = "IT Broadcaster " + p;
            Catalog c = new Catalog(broadcaster, "SD-" + p, "HD-" + p, "FTA-" + p, "DEAR-" + p, "BQ-" + p,
                    createChannel("SD-" + p, broadcaster, "SD", "PAY", "12").isOk().one("effectiveFrom"));
            createChannel(c.hd, broadcaster, "HD", "PAY", "15.5").isOk();
            createChannel(c.free, broadcaster, "SD", "FREE", "0").isOk();
            createChannel(c.dear, broadcaster, "SD", "PAY", "25.00").isOk();
            createProduct(c.bouquet, "BROADCASTER_BOUQUET", broadcaster, "20", "22", c.sd, c.hd, c.free).isOk();
            return c;
        }

        LocalDate day() {
            return LocalDate.parse(today);
        }
    }

    @Test
    void theWsdlsDescribeTheOperationsAndTypes() {
        HttpResponse<String> catalog = SmsServer.get(CATALOG + "?wsdl", ADMIN, ADMIN_PASSWORD);
        assertThat(catalog.statusCode()).isEqualTo(200);
        assertThat(catalog.body()).contains("createChannel", "updateChannel", "changeChannelMrp", "getChannel", "findChannels",
                "createProduct", "updateProduct", "changeProductPrice", "changeProductChannels", "getProduct", "findProducts",
                "getTariffLimits", "setTariffLimits", "getNcfRules", "addNcfRule", "quoteNcf", "SmsFault");
        HttpResponse<String> subscription = SmsServer.get(SUBSCRIPTION + "?wsdl", ADMIN, ADMIN_PASSWORD);
        assertThat(subscription.statusCode()).isEqualTo(200);
        assertThat(subscription.body()).contains("subscribe", "renewSubscription", "changeSubscription", "cancelSubscription",
                "getSubscription", "findSubscriptions", "activeProducts", "subscriptionHistory", "countHolders", "findHolders",
                "broadcasterReport", "ncfOfSubscriber", "startRenewalRun", "lastRenewalRun", "SmsFault");
        // money is xs:decimal, days xs:date, in the schema the WSDLs import
        String schema = SmsServer.get(CATALOG + "?xsd=1", ADMIN, ADMIN_PASSWORD).body()
                + SmsServer.get(SUBSCRIPTION + "?xsd=1", ADMIN, ADMIN_PASSWORD).body();
        assertThat(schema).containsPattern("name=\"mrp\" type=\"[a-z]+:decimal\"")
                .containsPattern("name=\"price\" type=\"[a-z]+:decimal\"")
                .containsPattern("name=\"effectiveFrom\" type=\"[a-z]+:date\"")
                .containsPattern("name=\"endDate\" type=\"[a-z]+:date\"");
        assertThat(SmsServer.get(CATALOG + "?wsdl", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void channelsBouquetPackageAndEventAndATariffBreakingBouquetIsRefused() {
        Catalog c = Catalog.create();
        Answer sd = catalog(op("getChannel", "code", c.sd.toLowerCase(Locale.ROOT))).isOk();
        assertThat(sd.under("channel", "mrp")).containsExactly("12.00");
        assertThat(sd.one("type")).isEqualTo("PAY");
        assertThat(sd.one("createdVia")).isEqualTo("SOAP");
        assertThat(sd.rows("mrpChange", "effectiveFrom", "recordedVia", "mrp")).containsExactly(c.today + "/SOAP: 12.00");

        Answer bouquet = catalog(op("getProduct", "code", c.bouquet)).isOk();
        assertThat(bouquet.under("product", "price")).containsExactly("20.00");
        assertThat(bouquet.under("product", "mrp")).containsExactly("22.00");
        assertThat(bouquet.under("product", "channel")).containsExactly(c.free, c.hd, c.sd);
        assertThat(bouquet.rows("priceChange", "effectiveFrom", "mrp", "price")).containsExactly(c.today + "/22.00: 20.00");

        // a channel above the MRP cap for bouquets (19.00 by the seeded limits): refused, naming the rule; nothing stored
        String p = SmsServer.unique("").toUpperCase(Locale.ROOT);
        Answer dear = createProduct("BAD-" + p, "BROADCASTER_BOUQUET", c.broadcaster, "30", "35", c.sd, c.dear);
        dear.isFault("TARIFF_LIMIT");
        assertThat(dear.all("field")).containsExactly("tariff");
        assertThat(dear.under("fieldError", "message")).singleElement().asString().contains("channel " + c.dear + " has an MRP of 25.00, above the cap of 19.00");
        catalog(op("getProduct", "code", "BAD-" + p)).isFault("NOT_FOUND");
        assertThat(catalog(op("findProducts", "text", "BAD-" + p)).isOk().one("total")).isEqualTo("0");
        // a package discounted beyond the cap, and an a-la-carte price above the channel's MRP
        Answer cheap = createProduct("PK-" + p, "MSO_PACKAGE", null, "10", null, c.sd, c.hd);
        cheap.isFault("TARIFF_LIMIT");
        assertThat(cheap.all("message").get(0)).contains("price 10.00 of bouquet PK-" + p, "the cap is 45.00%");
        Answer alaCarte = createProduct("AL-" + p, "A_LA_CARTE", null, "12.01", null, c.sd);
        alaCarte.isFault("TARIFF_LIMIT");
        assertThat(alaCarte.all("message").get(0)).contains("price 12.01 of AL-" + p + " is above its MRP 12.00");
        assertThat(catalog(op("findProducts", "text", "PK-" + p)).one("total")).isEqualTo("0");

        // within the limits: a package, an a-la-carte channel and an event
        createProduct("PK-" + p, "MSO_PACKAGE", null, "16", null, c.sd, c.hd, c.free).isOk();
        Answer alc = createProduct("AL-" + p, "A_LA_CARTE", null, "12", null, c.sd).isOk();
        assertThat(alc.under("product", "broadcaster")).containsExactly(c.broadcaster);
        Answer event = catalog("<s:createProduct><s:product>" + elements("code", "EV-" + p, "name", "Final", "kind", "EVENT",
                "casProductId", "PRD-EV-" + p, "eventStart", "2099-03-01T18:00", "eventEnd", "2099-03-01T22:00", "price", "5",
                "channel", c.hd) + "</s:product></s:createProduct>").isOk();
        assertThat(event.one("eventStart")).isEqualTo("2099-03-01T12:30:00Z");
        Answer products = catalog(op("findProducts", "channel", c.sd, "sort", "code")).isOk();
        assertThat(products.under("product", "code")).contains("AL-" + p, "PK-" + p, c.bouquet).doesNotContain("EV-" + p);
        Answer channels = catalog(op("findChannels", "broadcaster", c.broadcaster.toLowerCase(Locale.ROOT), "sort", "code")).isOk();
        assertThat(channels.one("total")).isEqualTo("4");
        assertThat(channels.under("channel", "code")).containsExactly(c.dear, c.free, c.hd, c.sd);
        assertThat(channels.under("channel", "mrp")).containsExactly("25.00", "0.00", "15.50", "12.00");
        assertThat(catalog(op("findChannels", "broadcaster", c.broadcaster, "limit", "1")).under("page", "channel")).hasSize(1);

        // effective-dated changes: tomorrow's MRP and price; today's stay in force, history kept
        String tomorrow = c.day().plusDays(1).toString();
        Answer mrp = catalog(op("changeChannelMrp", "code", c.sd, "mrp", "13", "effectiveFrom", tomorrow)).isOk();
        assertThat(mrp.under("channel", "mrp")).containsExactly("12.00");
        assertThat(mrp.rows("mrpChange", "effectiveFrom", "mrp")).containsExactly(c.today + ": 12.00", tomorrow + ": 13.00");
        Answer price = catalog(op("changeProductPrice", "code", c.bouquet, "price", "21", "mrp", "23", "effectiveFrom", tomorrow)).isOk();
        assertThat(price.rows("priceChange", "effectiveFrom", "mrp", "price")).containsExactly(c.today + "/22.00: 20.00",
                tomorrow + "/23.00: 21.00");
        // an MRP that takes the channel above the cap in the bouquet is refused with the product named; tomorrow stays 13.00
        Answer above = catalog(op("changeChannelMrp", "code", c.sd, "mrp", "19.50", "effectiveFrom", tomorrow));
        above.isFault("TARIFF_LIMIT");
        assertThat(above.all("message").get(0)).contains("channel " + c.sd + " has an MRP of 19.50");
        assertThat(catalog(op("getChannel", "code", c.sd)).rows("mrpChange", "effectiveFrom", "mrp"))
                .containsExactly(c.today + ": 12.00", tomorrow + ": 13.00");
        // the line-up changes from tomorrow; today's channels stay
        Answer lineup = catalog("<s:changeProductChannels>" + elements("code", c.bouquet, "channel", c.sd, "channel", c.free,
                "effectiveFrom", tomorrow) + "</s:changeProductChannels>").isOk();
        assertThat(lineup.under("product", "channel")).containsExactly(c.free, c.hd, c.sd);
        Answer renamed = catalog("<s:updateProduct>" + elements("code", c.bouquet) + "<s:product>" + elements("name", "Renamed "
                + c.bouquet, "broadcaster", c.broadcaster, "validityDays", "28") + "</s:product></s:updateProduct>").isOk();
        assertThat(renamed.under("product", "validityDays")).containsExactly("28");
        assertThat(renamed.under("product", "updatedBy")).containsExactly(ADMIN);
    }

    @Test
    void tariffLimitsAndNcfRules() {
        Catalog c = Catalog.create();
        assertThat(catalog("<s:getTariffLimits/>").isOk().rows("limits", "effectiveFrom", "bouquetDiscountCap", "bouquetChannelMrpCap"))
                .contains("2000-01-01/45.00: 19.00");
        // lower limits far ahead: stored, and the products that would break them are named (the bouquet: 12.00 > 10.00)
        Answer set = catalog("<s:setTariffLimits><s:limits>" + elements("effectiveFrom", "2099-01-01", "bouquetChannelMrpCap", "10",
                "bouquetDiscountCap", "45") + "</s:limits></s:setTariffLimits>").isOk();
        assertThat(set.all("violation")).anySatisfy(v -> assertThat(v).contains("channel " + c.sd + " has an MRP of 12.00, above the cap of 10.00"));
        assertThat(catalog("<s:getTariffLimits/>").rows("limits", "effectiveFrom", "bouquetChannelMrpCap")).contains("2099-01-01: 10.00");
        // the same day again replaces them (back to the seeded figures)
        assertThat(catalog("<s:setTariffLimits><s:limits>" + elements("effectiveFrom", "2099-01-01", "bouquetChannelMrpCap", "19",
                "bouquetDiscountCap", "45") + "</s:limits></s:setTariffLimits>").isOk().all("violation"))
                .noneSatisfy(v -> assertThat(v).contains(c.sd));
        assertThat(catalog("<s:getTariffLimits/>").rows("limits", "effectiveFrom", "bouquetChannelMrpCap")).contains("2099-01-01: 19.00")
                .doesNotContain("2099-01-01: 10.00");

        // an NCF rule for one state and a class of this test's own: up to 100 SD channels 100.00, then 20.00 per 25; a
        // further TV pays half
        String cls = "IT_" + SmsServer.unique("").toUpperCase(Locale.ROOT);
        Answer rule = catalog("<s:addNcfRule><s:rule>" + elements("name", "IT rule " + cls, "state", "GA", "customerClass", cls)
                + "<s:slab>" + elements("upTo", "100", "amount", "100") + "</s:slab>"
                + elements("stepChannels", "25", "stepAmount", "20", "additionalTvPercent", "50") + "</s:rule></s:addNcfRule>").isOk();
        assertThat(rule.one("customerClass")).isEqualTo(cls);
        assertThat(rule.rows("slab", "upTo", "amount")).containsExactly("100: 100.00");
        assertThat(catalog("<s:getNcfRules/>").isOk().under("rule", "name")).contains("NTO 2.0 default", "IT rule " + cls);
        Answer quote = catalog("<s:quoteNcf>" + elements("state", "Goa", "customerClass", cls.toLowerCase(Locale.ROOT),
                "sdChannels", "130", "sdChannels", "10") + "</s:quoteNcf>").isOk();
        assertThat(quote.one("ruleName")).isEqualTo("IT rule " + cls);
        assertThat(quote.rows("tv", "sdChannels", "additional", "fee")).containsExactly("130/false: 140.00", "10/true: 50.00");
        assertThat(quote.one("total")).isEqualTo("190.00");
        // another state falls back to the seeded rule: 130.00 up to 200, 160.00 above; 40% for a further TV
        Answer fallback = catalog("<s:quoteNcf>" + elements("state", "LA", "customerClass", cls, "sdChannels", "201",
                "sdChannels", "1") + "</s:quoteNcf>").isOk();
        assertThat(fallback.one("ruleName")).isEqualTo("NTO 2.0 default");
        assertThat(fallback.all("fee")).containsExactly("160.00", "52.00");
    }

    @Test
    void badInputIsAFaultNamingTheFieldAndChangesNothing() {
        String p = SmsServer.unique("").toUpperCase(Locale.ROOT);
        Answer channel = catalog("<s:createChannel><s:channel>" + elements("code", "x", "name", "N", "broadcaster", "B", "genre", "G",
                "language", "L", "definition", "4K", "type", "CABLE", "casServiceId", "S " + p, "mrp", "abc", "mrpFrom", "tomorrow")
                + "</s:channel></s:createChannel>");
        channel.isFault("INVALID_INPUT");
        assertThat(channel.all("field")).containsExactlyInAnyOrder("code", "definition", "type", "casServiceId", "mrp", "mrpFrom");
        Answer missing = catalog("<s:createChannel><s:channel>" + elements("code", "OK-" + p) + "</s:channel></s:createChannel>");
        missing.isFault("INVALID_INPUT");
        assertThat(missing.all("field")).contains("name", "broadcaster", "genre", "language", "definition", "type", "casServiceId", "mrp");
        assertThat(catalog(op("findChannels", "text", "OK-" + p)).isOk().one("total")).isEqualTo("0");
        assertThat(catalog("<s:createChannel/>").one("field")).isEqualTo("channel");

        Answer product = createProduct("PR-" + p, "BUNDLE", null, "-1", null, "NO-SUCH-" + p);
        product.isFault("INVALID_INPUT");
        assertThat(product.all("field")).contains("kind", "price");
        Answer unknownChannel = createProduct("PR-" + p, "MSO_PACKAGE", null, "10", null, "NO-SUCH-" + p);
        unknownChannel.isFault("INVALID_INPUT");
        assertThat(unknownChannel.one("field")).isEqualTo("channels");
        assertThat(unknownChannel.under("fieldError", "message")).singleElement().asString().contains("no channel with code 'NO-SUCH-" + p + "'");
        catalog(op("getProduct", "code", "PR-" + p)).isFault("NOT_FOUND");

        Answer paging = catalog(op("findProducts", "kind", "BOX", "limit", "lots", "sort", "price"));
        paging.isFault("INVALID_INPUT");
        assertThat(paging.all("field")).containsExactlyInAnyOrder("kind", "limit");
        Answer limits = catalog("<s:setTariffLimits><s:limits>" + elements("effectiveFrom", "2001-01-01", "bouquetChannelMrpCap", "x",
                "bouquetDiscountCap", "120") + "</s:limits></s:setTariffLimits>");
        limits.isFault("INVALID_INPUT");
        assertThat(limits.all("field")).containsExactlyInAnyOrder("bouquetChannelMrpCap", "bouquetDiscountCap");
        Answer quote = catalog(op("quoteNcf", "state", "ZZ", "day", "31-31-2026"));
        quote.isFault("INVALID_INPUT");
        assertThat(quote.all("field")).containsExactlyInAnyOrder("state", "day", "sdChannels");

        Answer subscribe = subscription("<s:subscribe><s:request>" + elements("customerId", "SMS00000000", "product", "X",
                "days", "many", "startDate", "2026-02-30") + "</s:request></s:subscribe>");
        subscribe.isFault("INVALID_INPUT");
        assertThat(subscribe.all("field")).containsExactlyInAnyOrder("stb", "days", "startDate");
        Answer id = subscription(op("cancelSubscription", "id", "abc", "reason", "moved"));
        id.isFault("INVALID_INPUT");
        assertThat(id.one("field")).isEqualTo("id");
        subscription(op("getSubscription", "id", "999999999")).isFault("NOT_FOUND");
        Answer holders = subscription(op("countHolders", "day", "2026-01-01"));
        holders.isFault("INVALID_INPUT");
        assertThat(holders.one("field")).isEqualTo("product");
        Answer report = subscription(op("broadcasterReport", "month", "November"));
        report.isFault("INVALID_INPUT");
        assertThat(report.one("field")).isEqualTo("month");
    }

    @Test
    void subscribeRenewAndCancelThroughSoapAndTheCasCardFollows() throws Exception {
        // a subscriber of an LCO with a paired, active STB and card (set up over REST)
        String p = SmsServer.unique("SC").toUpperCase(Locale.ROOT);
        String stb = p + "-S1", card = p + "-C1";
        String lco = LcoIT.createLco();
        PairingIT.importAndAllocate("STB", "vendor,model,serial,lot,warehouse", List.of("Skyworth,HD-100," + stb + ",L-" + p + ",Bengaluru"),
                List.of(stb), lco);
        PairingIT.importAndAllocate("CARD", "vendor,number,lot,warehouse", List.of("Nagra," + card + ",C-" + p + ",Bengaluru"),
                List.of(card), lco);
        String customerId = PairingIT.register(lco);
        HttpResponse<String> paired = PairingIT.pair(customerId, stb, card);
        assertThat(paired.statusCode()).as(paired.body()).isEqualTo(201);
        HttpResponse<String> active = SmsServer.postJson("/api/subscribers/" + customerId + "/activate", "{}", ADMIN, ADMIN_PASSWORD);
        assertThat(active.statusCode()).as(active.body()).isEqualTo(200);
        Catalog c = Catalog.create();
        String casProduct = "PRD-" + c.bouquet;

        // subscribe for 30 days from today: the card gets the entitlement to the end of the 30th day (midnight in India)
        Answer sub = subscription("<s:subscribe><s:request>" + elements("customerId", customerId, "stb", stb.toLowerCase(Locale.ROOT),
                "product", c.bouquet, "days", "30") + "</s:request></s:subscribe>").isOk();
        String id = sub.one("id");
        String end = c.day().plusDays(29).toString();
        assertThat(sub.one("startDate")).isEqualTo(c.today);
        assertThat(sub.one("endDate")).isEqualTo(end);
        assertThat(sub.one("status")).isEqualTo("ACTIVE");
        assertThat(sub.one("stb")).isEqualTo(stb);
        assertThat(sub.one("createdVia")).isEqualTo("SOAP");
        PairingIT.casCard(card, k -> entitlementEnd(k, casProduct) != null
                && entitlementEnd(k, casProduct).equals(endOf(end)), "entitled to " + casProduct + " until " + end);
        // the same product again is refused, nothing stored
        subscription("<s:subscribe><s:request>" + elements("customerId", customerId, "stb", stb, "product", c.bouquet)
                + "</s:request></s:subscribe>").isFault("CONFLICT");

        // what is active until when, who holds the bouquet and its channels today
        Answer activeProducts = subscription(op("activeProducts", "customerId", customerId)).isOk();
        assertThat(activeProducts.rows("activeProduct", "product", "stb", "runningOnDay", "endDate"))
                .containsExactly(c.bouquet + "/" + stb + "/true: " + end);
        assertThat(activeProducts.under("activeProduct", "channel")).containsExactly(c.free, c.hd, c.sd);
        assertThat(subscription(op("countHolders", "product", c.bouquet)).isOk().one("count")).isEqualTo("1");
        assertThat(subscription(op("countHolders", "channel", c.hd, "day", c.today)).isOk().one("count")).isEqualTo("1");
        Answer holders = subscription(op("findHolders", "channel", c.sd)).isOk();
        assertThat(holders.one("total")).isEqualTo("1");
        assertThat(holders.under("subscription", "customerId")).containsExactly(customerId);
        Answer ncf = subscription(op("ncfOfSubscriber", "customerId", customerId)).isOk();
        // SD 1 + HD 2 + free SD 1 (not mandatory, so counted)
        assertThat(ncf.rows("tv", "stb", "sdChannels")).containsExactly(stb + ": 4");

        // renew by 10 days without a gap, switch auto-renew on; the CAS follows the new end
        String renewedEnd = c.day().plusDays(39).toString();
        assertThat(subscription(op("renewSubscription", "id", id, "days", "10")).isOk().one("endDate")).isEqualTo(renewedEnd);
        PairingIT.casCard(card, k -> endOf(renewedEnd).equals(entitlementEnd(k, casProduct)), "entitled until " + renewedEnd);
        assertThat(subscription(op("changeSubscription", "id", id, "autoRenew", "true")).isOk().one("autoRenew")).isEqualTo("true");

        // cancel: the subscription ends today and the card loses the entitlement
        Answer cancelled = subscription(op("cancelSubscription", "id", id, "reason", "customer request")).isOk();
        assertThat(cancelled.one("status")).isEqualTo("CANCELLED");
        assertThat(cancelled.one("endedOn")).isEqualTo(c.today);
        PairingIT.casCard(card, k -> entitlementEnd(k, casProduct) == null, "without " + casProduct);
        subscription(op("cancelSubscription", "id", id, "reason", "again")).isFault("CONFLICT");
        assertThat(subscription(op("activeProducts", "customerId", customerId, "stb", stb)).isOk().all("activeProduct")).isEmpty();
        assertThat(subscription(op("countHolders", "product", c.bouquet)).one("count")).isEqualTo("0");

        // the history: who, from which surface
        Answer one = subscription(op("getSubscription", "id", id)).isOk();
        assertThat(one.rows("event", "kind", "surface", "occurredBy", "endDate")).containsExactly(
                "SUBSCRIBED/SOAP/" + ADMIN + ": " + end, "RENEWED/SOAP/" + ADMIN + ": " + renewedEnd,
                "CHANGED/SOAP/" + ADMIN + ": " + renewedEnd, "CANCELLED/SOAP/" + ADMIN + ": " + renewedEnd);
        Answer history = subscription(op("subscriptionHistory", "customerId", customerId)).isOk();
        assertThat(history.under("history", "customerId")).containsExactly(customerId);
        assertThat(history.under("event", "kind")).containsExactly("CANCELLED", "CHANGED", "RENEWED", "SUBSCRIBED");
        assertThat(history.under("event", "detail").get(0)).isEqualTo("customer request");
        Answer mine = subscription(op("findSubscriptions", "customerId", customerId)).isOk();
        assertThat(mine.rows("subscription", "product", "status", "autoRenew")).containsExactly(c.bouquet + "/CANCELLED: true");

        // the broadcaster's monthly report lists its pay channels (not the free one) and its bouquet
        String month = c.today.substring(0, 7);
        Answer report = subscription(op("broadcasterReport", "month", month, "broadcaster", c.broadcaster)).isOk();
        assertThat(report.under("report", "day")).containsExactly(month + "-07", month + "-14", month + "-21", month + "-28");
        assertThat(report.under("channel", "code")).containsExactlyInAnyOrder(c.sd, c.hd, c.dear);
        assertThat(report.under("product", "code")).containsExactly(c.bouquet);
        assertThat(report.under("product", "count")).hasSize(4);
    }

    @Test
    void operatorsReadAndSubscribeButOnlyAdministratorsChangeTheCatalog() {
        Catalog c = Catalog.create();
        String operator = SmsServer.unique("op");
        String password = SmsServer.createAccount(operator, "MSO_OPERATOR");
        Answer refused = call(CATALOG, "<s:createChannel><s:channel>" + elements("code", "OP-" + c.sd, "name", "N", "broadcaster", "B",
                "genre", "G", "language", "L", "definition", "SD", "type", "FREE", "casServiceId", "SVC-OP-" + c.sd, "mrp", "0")
                + "</s:channel></s:createChannel>", operator, password);
        refused.isFault("FORBIDDEN");
        catalog(op("getChannel", "code", "OP-" + c.sd)).isFault("NOT_FOUND");
        call(CATALOG, op("changeProductPrice", "code", c.bouquet, "price", "1", "mrp", "22"), operator, password).isFault("FORBIDDEN");
        call(CATALOG, "<s:setTariffLimits><s:limits>" + elements("effectiveFrom", "2098-01-01", "bouquetChannelMrpCap", "1",
                "bouquetDiscountCap", "1") + "</s:limits></s:setTariffLimits>", operator, password).isFault("FORBIDDEN");
        assertThat(catalog("<s:getTariffLimits/>").under("limits", "effectiveFrom")).doesNotContain("2098-01-01");
        call(SUBSCRIPTION, "<s:startRenewalRun/>", operator, password).isFault("FORBIDDEN");
        // operators read the catalog
        Answer read = call(CATALOG, op("getProduct", "code", c.bouquet), operator, password).isOk();
        assertThat(read.under("product", "price")).containsExactly("20.00");
        call(CATALOG, op("findChannels", "broadcaster", c.broadcaster), operator, password).isOk();

        // an LCO login gets nothing here
        String lcoUser = SmsServer.unique("lco");
        String lcoPassword = SmsServer.createAccount(lcoUser, "LCO");
        call(CATALOG, op("findChannels"), lcoUser, lcoPassword).isFault("FORBIDDEN");
        call(SUBSCRIPTION, op("countHolders", "product", c.bouquet), lcoUser, lcoPassword).isFault("FORBIDDEN");
        assertThat(call(CATALOG, op("findChannels"), null, null).status()).isEqualTo(401);
    }

    /** The end of the card's entitlement to the CAS product, or null when it has none. */
    private static Instant entitlementEnd(JsonObject card, String product) {
        return card.getJsonArray("entitlements").stream().map(v -> v.asJsonObject())
                .filter(e -> product.equals(e.getString("product"))).map(e -> Instant.parse(e.getString("end")))
                .findFirst().orElse(null);
    }

    /** Midnight in India at the end of the day. */
    private static Instant endOf(String day) {
        return LocalDate.parse(day).plusDays(1).atStartOfDay(INDIA).toInstant();
    }
}
