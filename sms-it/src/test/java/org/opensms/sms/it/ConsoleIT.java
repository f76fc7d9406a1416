package org.opensms.sms.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensms.sms.it.SmsServer.ADMIN;
import static org.opensms.sms.it.SmsServer.ADMIN_PASSWORD;
import static org.opensms.sms.it.SmsServer.BASE;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The console in headless Chromium: log in, register a subscriber, find it in the list, log out. */
@ExtendWith(ArquillianExtension.class)
class ConsoleIT {

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

    /** Each test starts logged out, whatever the one before left (a test that failed half-way stays logged in). */
    @BeforeEach
    void logOut() {
        browser.manage().deleteAllCookies();
    }

    @AfterAll
    static void closeBrowser() {
        if (console != null) {
            console.quit();
        }
    }

    /** Opens a page as a fresh visitor would: the login page first, then the page as the administrator. */
    private static void openAsAdmin(String page) {
        browser.manage().deleteAllCookies();
        browser.get(BASE + page);
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
        console.logIn(ADMIN, ADMIN_PASSWORD);
        wait.until(ExpectedConditions.urlContains(page));
    }

    private static void chooseState(String selectId, String code) {
        ((JavascriptExecutor) browser).executeScript("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1])",
                selectId, code);
    }

    @Test
    void logInRegisterFindAndLogOut() {
        browser.get(BASE + "/subscriber/list.xhtml");
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));

        console.logIn(ADMIN, "not-the-password");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login:messages"), "Invalid username or password"));

        console.logIn(ADMIN, ADMIN_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/subscriber/list.xhtml"));
        assertThat(console.text("menu:caller")).isEqualTo(ADMIN);

        // bad input: every wrong field gets its message, nothing is registered
        browser.get(BASE + "/subscriber/register.xhtml");
        console.type("register:mobile", "12345");
        console.type("register:email", "not-an-email");
        console.click("register:submit");
        wait.until(d -> d.getPageSource().contains("10-digit Indian mobile number"));
        String page = browser.getPageSource();
        assertThat(page).contains("is required", "must be an e-mail address");
        assertThat(console.attribute("register:customerId", "textContent")).isEmpty();

        // a good registration gives a customer ID
        String name = "Console " + SmsServer.unique("p");
        String mobile = SmsServer.uniqueMobile();
        browser.get(BASE + "/subscriber/register.xhtml");
        console.type("register:name", name);
        console.type("register:mobile", mobile);
        console.type("register:email", "console@example.in");
        console.type("register:billingLine1", "7 Marine Drive");
        console.type("register:billingCity", "Mumbai");
        chooseState("register:billingState", "MH");
        console.type("register:billingPinCode", "400002");
        console.click("register:submit");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("register:result"), "Customer ID SMS"));
        String customerId = console.attribute("register:customerId", "textContent");
        assertThat(customerId).matches("SMS\\d{8}");

        // it is in the list, found by its name; a subscriber registered over REST is there too
        String restMobile = SmsServer.uniqueMobile();
        String restId = SmsServer.json(SmsServer.postJson("/api/subscribers",
                SmsServer.registrationJson("Rest " + name, restMobile), ADMIN, ADMIN_PASSWORD)).getString("customerId");
        browser.get(BASE + "/subscriber/list.xhtml");
        console.type("subscribers:table:nameColumn:filter", name);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("subscribers:table_data"), customerId));
        assertThat(console.text("subscribers:table_data")).contains(name, mobile, "Mumbai", "MH", "REGISTERED");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-paginator-current"), "of 1 subscribers"));

        browser.get(BASE + "/subscriber/list.xhtml");
        console.type("subscribers:table:customerIdColumn:filter", restId);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("subscribers:table_data"), "Rest " + name));

        console.click(By.cssSelector("[id='menu:logout'] a"));
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
        browser.get(BASE + "/index.xhtml");
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
    }

    @Test
    void anLcoCannotOpenMsoPages() {
        String lco = SmsServer.unique("lco-");
        String password = SmsServer.createAccount(lco, "LCO");
        browser.manage().deleteAllCookies();
        browser.get(BASE + "/index.xhtml");
        console.logIn(lco, password);
        wait.until(ExpectedConditions.urlContains("/index.xhtml"));
        assertThat(browser.getPageSource()).doesNotContain("Register a subscriber");
        browser.get(BASE + "/subscriber/register.xhtml");
        wait.until(d -> d.getPageSource().contains("Your role does not allow this page"));
        browser.get(BASE + "/account/users.xhtml");
        wait.until(d -> d.getPageSource().contains("Your role does not allow this page"));
        browser.get(BASE + "/audit/seals.xhtml");
        wait.until(d -> d.getPageSource().contains("Your role does not allow this page"));
        console.click(By.cssSelector("[id='menu:logout'] a"));
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
    }

    /**
     * The console issues a command that reaches the CAS emulator, is journalled as coming from the console, and
     * shows as accepted in the journal, which the state filter then narrows. (This deployment is not the run's
     * first: the outcome's return after redeployments is what the adapter's no-interrupt release fixed.)
     */
    @Test
    void aCommandIssuedFromTheConsoleReachesTheCasAndIsJournalled() throws Exception {
        openAsAdmin("/cas/commands.xhtml");
        String card = "55" + SmsServer.uniqueMobile();
        console.type("issue:card", card);
        console.click("issue:submit");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("journal:lines_data"), card));
        assertThat(console.text("journal:lines_data")).contains("ACTIVATE_CARD", card, ADMIN + " (CONSOLE)");
        String emulator = "http://127.0.0.1:" + System.getProperty("sms.it.casControlPort", "7411") + "/cards/" + card;
        Instant end = Instant.now().plusSeconds(30);
        String state = "";
        while (Instant.now().isBefore(end) && !state.contains("\"active\":true")) {
            state = SmsServer.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(emulator)).GET()).body();
            Thread.sleep(250);
        }
        assertThat(state).as("card state in the CAS emulator").contains("\"active\":true");
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(d -> console.text("journal:lines_data")
                .lines().anyMatch(l -> l.contains(card) && l.contains("ACCEPTED")));
        // the state filter: no REJECTED line for this card
        console.choose("journal:stateFilter", "REJECTED");
        wait.until(d -> !console.text("journal:lines_data").contains(card));
        console.click(By.cssSelector("[id='menu:logout'] a"));
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
    }

    /**
     * Issue 4: from the list to a subscriber's detail page; activation refused until the application form is recorded
     * on the edit page; then activated and suspended with the buttons, each step in the history table.
     */
    @Test
    void editAndMoveASubscriberThroughItsLifeCycle() {
        String mobile = SmsServer.uniqueMobile();
        String name = "Lifecycle " + SmsServer.unique("c");
        String id = SmsServer.json(SmsServer.postJson("/api/subscribers", SmsServer.registrationJson(name, mobile),
                ADMIN, ADMIN_PASSWORD)).getString("customerId");
        openAsAdmin("/subscriber/list.xhtml");
        console.type("subscribers:table:customerIdColumn:filter", id);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("subscribers:table_data"), name));
        console.click(By.linkText(id));
        wait.until(ExpectedConditions.urlContains("/subscriber/view.xhtml"));
        assertThat(console.text("subscriber:status")).isEqualTo("REGISTERED");

        console.click("lifecycle:activate");
        wait.until(d -> d.getPageSource().contains("customer application form (CAF)"));
        assertThat(console.text("subscriber:status")).isEqualTo("REGISTERED");

        console.click("subscriber:editLink");
        wait.until(ExpectedConditions.urlContains("/subscriber/edit.xhtml"));
        console.type("edit:cafNumber", "CAF/CONSOLE/1");
        console.type("edit:cafDate", "2026-01-15");
        console.type("edit:area", "Bandra West");
        console.click("edit:submit");
        wait.until(d -> d.getPageSource().contains("Saved " + id));

        browser.get(BASE + "/subscriber/view.xhtml?customerId=" + id);
        console.click("lifecycle:activate");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("subscriber:status"), "ACTIVE"));
        console.type("lifecycle:reason", "customer request");
        console.click("lifecycle:suspend");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("subscriber:status"), "SUSPENDED"));
        String history = console.text("historyForm:history_data");
        assertThat(history).contains("cafNumber", "CAF/CONSOLE/1", "Bandra West", "REGISTERED", "ACTIVE", "SUSPENDED",
                "customer request", ADMIN + " (CONSOLE)", ADMIN + " (REST)");
        console.click(By.cssSelector("[id='menu:logout'] a"));
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
    }

    /**
     * The messages page sends an on-screen display to a card (a bad duration named next to its field first) and an
     * ECM fingerprint to the viewers of a service; both reach the CAS emulator with the options given.
     */
    @Test
    void anOsdAndAFingerprintSentFromTheMessagesPageReachTheCas() throws Exception {
        openAsAdmin("/cas/messages.xhtml");
        String card = "56" + SmsServer.uniqueMobile();
        console.type("message:addressee", card);
        console.type("message:text", "Your pack ends in 3 days: recharge to keep watching");
        console.choose("message:position", "Top right");
        console.type("message:osdSeconds", "0");
        console.click("message:send");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "must be 1-86400, got 0"));
        console.type("message:osdSeconds", "20");
        console.click(By.cssSelector("[id='message:forced'] .ui-chkbox-box"));
        console.click("message:send");
        console.seeText("messages", "SEND_OSD to card:" + card + " queued for the CAS");
        JsonObject osd = PairingIT.casCard(card, c -> !c.getJsonArray("messages").isEmpty(), "showing the OSD")
                .getJsonArray("messages").getJsonObject(0);
        assertThat(osd.getString("type")).isEqualTo("SEND_OSD");
        assertThat(osd.getJsonObject("fields").getString("position")).isEqualTo("TOP_RIGHT");
        assertThat(osd.getJsonObject("fields").getString("duration")).isEqualTo("20");
        assertThat(osd.getJsonObject("fields").getString("forced")).isEqualTo("true");
        // the page links the journal narrowed to the card, where the OSD shows as accepted
        console.click("message:journalLink");
        wait.until(ExpectedConditions.urlContains("/cas/commands.xhtml"));
        assertThat(console.attribute("journal:cardFilter", "value")).isEqualTo(card);
        wait.until(d -> console.text("journal:lines_data").lines()
                .anyMatch(l -> l.contains("SEND_OSD") && l.contains("ACCEPTED") && l.contains(card)));
        browser.get(BASE + "/cas/messages.xhtml");

        console.choose("message:kind", "Fingerprint");
        console.choose("message:reach", "Viewers of a service (ECM)");
        String service = String.valueOf(40_000 + new java.util.Random().nextInt(20_000));
        console.type("message:addressee", service);
        console.choose("message:mode", "COVERT");
        console.type("message:fontSize", "18");
        console.click("message:send");
        console.seeText("messages", "FINGERPRINT to service:" + service + " queued for the CAS");
        String commandId = console.text("message:sentCommandId");
        String emulator = "http://127.0.0.1:" + System.getProperty("sms.it.casControlPort", "7411") + "/messages";
        Instant end = Instant.now().plusSeconds(30);
        JsonObject fingerprint = null;
        while (Instant.now().isBefore(end) && fingerprint == null) {
            fingerprint = SmsServer.json(SmsServer.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(emulator)).GET()))
                    .getJsonArray("messages").stream().map(m -> m.asJsonObject())
                    .filter(m -> commandId.equals(m.getString("commandId"))).findFirst().orElse(null);
            Thread.sleep(250);
        }
        assertThat(fingerprint).as("fingerprint " + commandId + " in the emulator's messages to no one card").isNotNull();
        assertThat(fingerprint.getJsonObject("fields").getString("target")).isEqualTo("service:" + service);
        assertThat(fingerprint.getJsonObject("fields").getString("mode")).isEqualTo("COVERT");
        assertThat(fingerprint.getJsonObject("fields").getString("fontSize")).isEqualTo("18");
        console.click(By.cssSelector("[id='menu:logout'] a"));
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
    }

    /** The dashboard's figures add up, and its links open the journal narrowed as they say. */
    @Test
    void theDashboardShowsTheDaysFiguresAndLinksTheJournalNarrowed() {
        openAsAdmin("/index.xhtml");
        List<String> perStatus = browser.findElements(By.cssSelector("[id$=':statusCount']")).stream()
                .map(e -> e.getText().replace(",", "")).toList();
        assertThat(perStatus).hasSize(4);
        assertThat(console.text("statusCounts_data")).contains("REGISTERED", "ACTIVE", "SUSPENDED", "DEACTIVATED");
        assertThat(Long.parseLong(console.text("subscriberCount").replace(",", "")))
                .isEqualTo(perStatus.stream().mapToLong(Long::parseLong).sum()).isPositive();
        assertThat(console.text("casToday")).matches("[\\d,]+");
        assertThat(console.text("due")).matches("[\\d,]+");
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Kolkata")).toString();
        console.click("rejectedLink");
        wait.until(ExpectedConditions.urlContains("/cas/commands.xhtml"));
        assertThat(browser.getCurrentUrl()).contains("state=REJECTED", "from=" + today);
        assertThat(console.text("journal:stateFilter_label")).isEqualTo("REJECTED");
        assertThat(console.attribute("journal:fromFilter_input", "value")).isEqualTo(today);
    }

    /**
     * The journal seals page lists the sealed journals and seals on demand; a verification with an auditor's anchors
     * names the one no seal holds, and a malformed anchor is named next to the field.
     */
    @Test
    void theSealsPageVerifiesTheJournalsWithAnAuditorsAnchors() {
        openAsAdmin("/audit/seals.xhtml");
        assertThat(console.text("journals:table_data"))
                .contains("CAS_COMMAND", "CAS_OUTCOME", "SUBSCRIPTION_EVENT", "SUBSCRIBER_CHANGE", "DEVICE_MOVEMENT");
        console.click("journals:sealNow");
        console.seeText("messages", "seal");
        String unknown = "ab".repeat(32);
        console.type("verify:anchors", unknown);
        console.click("verify:verifyNow");
        wait.until(d -> console.text("verify:verdict").startsWith("NOT intact"));
        assertThat(console.text("verify:verdict")).contains("0 not intact", "1 of 1 anchors missing");
        assertThat(console.text("verify:anchorTable_data")).contains(unknown, "MISSING");
        console.type("verify:anchors", "xyz");
        console.click("verify:verifyNow");
        wait.until(d -> d.findElements(By.cssSelector("[id='verify'] .ui-message-error")).stream()
                .anyMatch(e -> e.getText().contains("64 hexadecimal digits, got 'xyz'")));
        assertThat(browser.findElements(By.id("verify:verdict"))).as("no verdict for a refused verification").isEmpty();
    }
}
