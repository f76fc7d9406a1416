package org.opensms.sms.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensms.sms.it.SmsServer.ADMIN;
import static org.opensms.sms.it.SmsServer.ADMIN_PASSWORD;
import static org.opensms.sms.it.SmsServer.BASE;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pairing console in headless Chromium: a subscriber's devices page (pair through the dialog, a refusal shown
 * whole, switch a pair off, unpair) and the search by STB and card. Stock, LCO and subscriber are set up over REST.
 */
@ExtendWith(ArquillianExtension.class)
class PairingConsoleIT {

    private static WebDriver browser;
    private static WebDriverWait wait;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SmsServer.ear();
    }

    @BeforeAll
    static void openBrowser() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("sms.it.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,1000", "--user-data-dir=" + Files.createTempDirectory("sms-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("sms.it.chromedriver", "/usr/bin/chromedriver")).toFile())
                .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static WebElement byId(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    private static void type(String id, String text) {
        WebElement e = byId(id);
        e.clear();
        e.sendKeys(text);
    }

    private static void seeText(String id, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }

    @Test
    void pairSwitchOffUnpairAndFindByDevice() {
        String p = SmsServer.unique("PC").toUpperCase(Locale.ROOT);
        String lco = LcoIT.createLco();
        PairingIT.importAndAllocate("STB", "vendor,model,serial,lot,warehouse", List.of("Kaon,K1," + p + "-S1,L,W"),
                List.of(p + "-S1"), lco);
        PairingIT.importAndAllocate("CARD", "vendor,number,lot,warehouse",
                List.of("Nagra," + p + "-C1,L,W", "Nagra," + p + "-C2,L,W"), List.of(p + "-C1", p + "-C2"), lco);
        assertThat(SmsServer.postJson("/api/pairing/cards/blacklist", "{\"serials\":[\"" + p + "-C2\"]}", ADMIN, ADMIN_PASSWORD)
                .statusCode()).isEqualTo(200);
        String id = PairingIT.register(lco);

        browser.get(BASE + "/pairing/devices.xhtml?customerId=" + id);
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
        type("login:username", ADMIN);
        type("login:password", ADMIN_PASSWORD);
        byId("login:submit").click();
        wait.until(ExpectedConditions.urlContains("/pairing/devices.xhtml"));
        seeText("devices:lco", lco);

        // a blacklisted card is refused with the device, its state and the rule; nothing is paired
        byId("devices:openPair").click();
        type("pairForm:pairStb", p + "-S1");
        type("pairForm:pairCard", p + "-C2");
        byId("pairForm:pair").click();
        seeText("messages", "smart card " + p + "-C2 is BLACKLISTED");
        assertThat(byId("devices:pairCount").getText()).isEqualTo("0");

        // pair through the dialog
        type("pairForm:pairCard", p + "-C1");
        byId("pairForm:pair").click();
        seeText("devices:pairs_data", p + "-S1");
        assertThat(byId("devices:pairs_data").getText()).contains(p + "-C1", "ACTIVE");

        // switch the pair off, then unpair it
        byId("devices:pairs:0:switchOff").click();
        seeText("devices:pairs:0:activation", "INACTIVE");

        // find the subscriber by card number and by STB serial
        browser.get(BASE + "/pairing/search.xhtml");
        type("search:serial", p.toLowerCase(Locale.ROOT) + "-s1");
        byId("search:find").click();
        seeText("search:customerId", id);
        type("search:serial", p + "-C1");
        byId("search:find").click();
        seeText("search:pair", p + "-S1");

        // the subscriber list finds the holder of the box (device filter above the table) and the LCO's subscribers
        // (column filter), showing each row's LCO and area
        browser.get(BASE + "/subscriber/list.xhtml");
        type("subscribers:stbFilter", p.toLowerCase(Locale.ROOT) + "-s1" + Keys.ENTER);
        seeText("subscribers:table_data", id);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-paginator-current"), "of 1 subscribers"));
        browser.get(BASE + "/subscriber/list.xhtml");
        type("subscribers:table:lcoColumn:filter", lco.toLowerCase(Locale.ROOT));
        seeText("subscribers:table_data", id);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-paginator-current"), "of 1 subscribers"));
        assertThat(byId("subscribers:table_data").getText()).contains(lco, "Indiranagar");

        browser.get(BASE + "/pairing/devices.xhtml?customerId=" + id);
        byId("devices:pairs:0:unpair").click();
        byId("devices:confirmYes").click();
        seeText("devices:ended_data", p + "-S1");
        assertThat(byId("devices:pairCount").getText()).isEqualTo("0");
    }
}
