package org.opensms.sms.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensms.sms.it.SmsServer.ADMIN;
import static org.opensms.sms.it.SmsServer.ADMIN_PASSWORD;
import static org.opensms.sms.it.SmsServer.BASE;

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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pairing console in headless Chromium: a subscriber's devices page (pair through the dialog, a refusal shown
 * whole, switch a pair off, unpair) and the search by STB and card. Stock, LCO and subscriber are set up over REST.
 */
@ExtendWith(ArquillianExtension.class)
class PairingConsoleIT {

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
        console.type("login:username", ADMIN);
        console.type("login:password", ADMIN_PASSWORD);
        console.click("login:submit");
        wait.until(ExpectedConditions.urlContains("/pairing/devices.xhtml"));
        console.seeText("devices:lco", lco);

        // a blacklisted card is refused with the device, its state and the rule; nothing is paired
        console.click("devices:openPair");
        console.type("pairForm:pairStb", p + "-S1");
        console.type("pairForm:pairCard", p + "-C2");
        console.click("pairForm:pair");
        console.seeText("messages", "smart card " + p + "-C2 is BLACKLISTED");
        assertThat(console.text("devices:pairCount")).isEqualTo("0");

        // pair through the dialog
        console.type("pairForm:pairCard", p + "-C1");
        console.click("pairForm:pair");
        console.seeText("devices:pairs_data", p + "-S1");
        assertThat(console.text("devices:pairs_data")).contains(p + "-C1", "ACTIVE");

        // switch the pair off, then unpair it
        console.click("devices:pairs:0:switchOff");
        console.seeText("devices:pairs:0:activation", "INACTIVE");

        // find the subscriber by card number and by STB serial
        browser.get(BASE + "/pairing/search.xhtml");
        console.type("search:serial", p.toLowerCase(Locale.ROOT) + "-s1");
        console.click("search:find");
        console.seeText("search:customerId", id);
        console.type("search:serial", p + "-C1");
        console.click("search:find");
        console.seeText("search:pair", p + "-S1");

        // the subscriber list finds the holder of the box (device filter above the table) and the LCO's subscribers
        // (column filter), showing each row's LCO and area
        browser.get(BASE + "/subscriber/list.xhtml");
        console.type("subscribers:stbFilter", p.toLowerCase(Locale.ROOT) + "-s1" + Keys.ENTER);
        console.seeText("subscribers:table_data", id);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-paginator-current"), "of 1 subscribers"));
        browser.get(BASE + "/subscriber/list.xhtml");
        console.type("subscribers:table:lcoColumn:filter", lco.toLowerCase(Locale.ROOT));
        console.seeText("subscribers:table_data", id);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-paginator-current"), "of 1 subscribers"));
        assertThat(console.text("subscribers:table_data")).contains(lco, "Indiranagar");

        browser.get(BASE + "/pairing/devices.xhtml?customerId=" + id);
        console.click("devices:pairs:0:unpair");
        console.click("devices:confirmYes");
        console.seeText("devices:ended_data", p + "-S1");
        assertThat(console.text("devices:pairCount")).isEqualTo("0");
    }
}
