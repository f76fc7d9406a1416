package org.opensms.sms.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensms.sms.it.SmsServer.ADMIN;
import static org.opensms.sms.it.SmsServer.ADMIN_PASSWORD;
import static org.opensms.sms.it.SmsServer.BASE;
import static org.opensms.sms.it.SmsServer.postJson;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The catalog and subscription consoles in headless Chromium: channels and a broadcaster bouquet created through the
 * pages, a bouquet breaking the MRP cap refused with the channel and the cap named (and not created), then the bouquet
 * subscribed on a subscriber's paired STB from its page, shown as active until its end date, and entitled on the card
 * in the CAS emulator. The subscriber and its devices are set up over REST.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogConsoleIT {

    private static ConsoleBrowser console;
    private static WebDriver browser;
    private static WebDriverWait wait;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SmsServer.ear();
    }

    @BeforeAll
    static void openBrowser() throws Exception {
        console = ConsoleBrowser.open();
        browser = console.driver;
        wait = console.wait;
    }

    @AfterAll
    static void closeBrowser() {
        if (console != null) {
            console.quit();
        }
    }

    @Test
    void createChannelsAndBouquetRefuseACapBreakerAndSubscribe() throws Exception {
        String p = SmsServer.unique("CC").toUpperCase(Locale.ROOT);
        String broadcaster = "Broadcaster " + p;
        String a = p + "-A", b = p + "-B", c = p + "-C";
        String bouquet = p + "-VALUE", breaker = p + "-PREMIUM";
        String casProduct = "cp-" + p.toLowerCase(Locale.ROOT);

        browser.get(BASE + "/catalog/channels.xhtml");
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
        console.logIn(ADMIN, ADMIN_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/catalog/channels.xhtml"));

        // three pay channels of one broadcaster; the third's MRP is above the cap for channels in bouquets
        createChannel(a, broadcaster, "10");
        createChannel(b, broadcaster, "15");
        createChannel(c, broadcaster, "30");
        console.type("channels:broadcaster", broadcaster);
        console.click("channels:search");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-paginator-current"), "of 3 channels"));
        assertThat(console.text("channels:table_data")).contains(a, b, c, "30.00");

        // a broadcaster bouquet of the first two: MRP 20 on 25 of a-la-carte MRPs (20 % off), price 18
        browser.get(BASE + "/catalog/products.xhtml");
        console.click("products:openCreate");
        fillBouquet(bouquet, broadcaster, casProduct, "18", "20", a, b);
        console.click("createForm:create");
        console.seeText("messages", "Created BROADCASTER_BOUQUET " + bouquet);

        // one with the expensive channel is refused with the channel and the cap named, and nothing is created
        console.click("products:openCreate");
        fillBouquet(breaker, broadcaster, casProduct + "-x", "30", "35", a, c);
        console.click("createForm:create");
        console.seeText("createForm:createMessages", "channel " + c + " has an MRP of");
        assertThat(console.text("createForm:createMessages"))
                .containsPattern("channel " + c + " has an MRP of 30(\\.00)?, above the cap of [0-9]+(\\.[0-9]+)? for channels in bouquets");
        console.click(By.cssSelector("[id='createDialogPanel'] .ui-dialog-titlebar-close"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("createDialogPanel")));
        console.type("products:broadcaster", broadcaster);
        console.click("products:search");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-paginator-current"), "of 1 products"));
        assertThat(console.text("products:table_data")).contains(bouquet).doesNotContain(breaker);
        console.click("products:table:0:details");
        console.seeText("detailsForm:selectedProduct", bouquet);
        assertThat(console.text("detailsForm:channels_data")).contains(a, b).doesNotContain(c);
        assertThat(console.text("detailsForm:prices_data")).contains("18.00", "20.00");

        // a subscriber with a paired, active STB (over REST)
        String lco = LcoIT.createLco();
        String stb = p + "-S1", card = p + "-C1";
        PairingIT.importAndAllocate("STB", "vendor,model,serial,lot,warehouse", List.of("Kaon,K1," + stb + ",L,W"), List.of(stb), lco);
        PairingIT.importAndAllocate("CARD", "vendor,number,lot,warehouse", List.of("Nagra," + card + ",L,W"), List.of(card), lco);
        String id = PairingIT.register(lco);
        HttpResponse<String> paired = postJson("/api/pairing/subscribers/" + id + "/pairs",
                "{\"stb\":\"" + stb + "\",\"card\":\"" + card + "\",\"reason\":\"installation\"}", ADMIN, ADMIN_PASSWORD);
        assertThat(paired.statusCode()).as(paired.body()).isEqualTo(201);
        HttpResponse<String> activated = postJson("/api/subscribers/" + id + "/activate", "{}", ADMIN, ADMIN_PASSWORD);
        assertThat(activated.statusCode()).as(activated.body()).isEqualTo(200);

        // subscribe the bouquet from the subscriber's page: active from today for its 30 days
        browser.get(BASE + "/subscriber/view.xhtml?customerId=" + id);
        console.seeText("subscriber:customerId", id);
        assertThat(console.text("subscribeForm:stb_label")).isEqualTo(stb);
        pick("subscribeForm:product", bouquet);
        console.click("subscribeForm:subscribe");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Kolkata"));
        LocalDate end = today.plusDays(29);
        console.seeText("messages", "has " + bouquet + " from " + today + " to " + end);
        console.seeText("subscriptions:active_data", bouquet);
        assertThat(console.text("subscriptions:active:0:start")).isEqualTo(today.toString());
        assertThat(console.text("subscriptions:active:0:end")).isEqualTo(end.toString());
        assertThat(console.text("subscriptions:active_data")).contains(stb, a, b);
        assertThat(console.text("subscriptionHistory:events_data")).contains("SUBSCRIBED " + bouquet, "admin (CONSOLE)");

        // the CAS emulator has the entitlement on the card until the end of the end date (midnight in India)
        JsonObject onCard = PairingIT.casCard(card, x -> x.getJsonArray("entitlements").stream()
                .anyMatch(e -> casProduct.equals(e.asJsonObject().getString("product"))), "entitled to " + casProduct);
        JsonObject entitlement = onCard.getJsonArray("entitlements").stream().map(e -> e.asJsonObject())
                .filter(e -> casProduct.equals(e.getString("product"))).findFirst().orElseThrow();
        assertThat(entitlement.getString("end")).startsWith(end + "T18:30");

        // renew from the row: 30 more days without a gap
        console.click("subscriptions:active:0:renew");
        console.seeText("actionForm:actionLabel", "RENEW " + bouquet);
        console.click("actionForm:apply");
        console.seeText("subscriptions:active:0:end", end.plusDays(30).toString());

        // the other pages answer: a what-if NCF quote, the expiry and renewal run, the broadcaster report
        browser.get(BASE + "/catalog/tariff.xhtml");
        assertThat(console.text("limitsForm:limits_data")).isNotBlank();
        console.choose("quoteForm:quoteState", "Karnataka");
        console.type("quoteForm:quoteChannels", "150, 250");
        console.click("quoteForm:whatIf");
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .withMessage(() -> "no quote; the form shows: " + console.text("quoteForm"))
                .until(ExpectedConditions.textMatches(By.id("quoteForm:quoteTotal"), Pattern.compile("\\d+\\.\\d\\d")));
        assertThat(console.text("quoteForm:tvs_data")).contains("150", "250", "(further)");

        browser.get(BASE + "/subscription/renewals.xhtml");
        console.click("renewals:run");
        wait.until(ExpectedConditions.textMatches(By.id("renewals:finished"), Pattern.compile(".*IST")));

        browser.get(BASE + "/report/broadcaster.xhtml");
        console.type("report:broadcaster", broadcaster);
        console.click("report:show");
        console.seeText("report:channels_data", a);
        assertThat(console.text("report:channels_data")).contains(b, c);
        assertThat(console.text("report:products_data")).contains(bouquet);
        console.byId("report:csv");
    }

    private void createChannel(String code, String broadcaster, String mrp) {
        console.click("channels:openCreate");
        console.type("createForm:code", code);
        console.type("createForm:name", "Channel " + code);
        console.type("createForm:newBroadcaster", broadcaster);
        console.type("createForm:newGenre", "General Entertainment");
        console.type("createForm:newLanguage", "Hindi");
        console.type("createForm:casServiceId", "svc-" + code.toLowerCase(Locale.ROOT));
        console.type("createForm:mrp", mrp);
        console.click("createForm:create");
        console.seeText("messages", "Created channel " + code);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("createDialogPanel")));
    }

    private void fillBouquet(String code, String broadcaster, String casProduct, String price, String mrp, String... channels) {
        console.type("createForm:code", code);
        console.type("createForm:name", "Bouquet " + code);
        console.type("createForm:newBroadcaster", broadcaster);
        console.type("createForm:casProductId", casProduct);
        console.type("createForm:price", price);
        console.type("createForm:mrp", mrp);
        for (String ch : channels) {
            pick("createForm:channels", ch);
        }
    }

    /** Types the code into an auto-complete and picks the suggestion. */
    private void pick(String autoCompleteId, String code) {
        console.type(autoCompleteId + "_input", code);
        By item = By.cssSelector("[id='" + autoCompleteId + "_panel'] li[data-item-value='" + code + "']");
        console.click(item);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(autoCompleteId + "_panel")));
    }
}
