package org.opensms.sms.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The consoles' browser tests share this: Debian's Chromium, headless, through its ChromeDriver (system properties
 * {@code sms.it.chromium} and {@code sms.it.chromedriver} override the paths), waits of up to 20 s, and the few
 * gestures every page needs.
 */
final class ConsoleBrowser {

    final WebDriver driver;
    final WebDriverWait wait;

    private ConsoleBrowser(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        // polled tables (the CAS journal every 3 s) are replaced while read: an element read as it goes is looked up again
        wait.ignoring(StaleElementReferenceException.class);
        // a click that another element took (one fading out or moving into place), or on an element not yet
        // interactable, is tried again: see click
        wait.ignoring(org.openqa.selenium.ElementNotInteractableException.class);
    }

    static ConsoleBrowser open() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("sms.it.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,1000", "--user-data-dir=" + Files.createTempDirectory("sms-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("sms.it.chromedriver", "/usr/bin/chromedriver")).toFile())
                .build();
        return new ConsoleBrowser(new ChromeDriver(service, options));
    }

    void quit() {
        driver.quit();
    }

    WebElement byId(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    /**
     * Clicks an element once it can take the click. A dialog still fading out, or a list still moving into place, may
     * lie over it for a moment; such a click lands on the element in front and does nothing, so it is tried again
     * until the element itself gets it (up to the wait's 20 s).
     */
    void click(String id) {
        click(By.id(id));
    }

    /**
     * Clicks the element the locator finds, looked up again on each try: an ajax update may replace it between the
     * lookup and the click (a table row's link while the table's filter re-renders it).
     */
    void click(By locator) {
        wait.until(d -> {
            d.findElement(locator).click();
            return true;
        });
    }

    /** Types into an input, from empty; again from empty if an update replaced the input while it was typed into. */
    void type(String id, String text) {
        byId(id);
        wait.until(d -> {
            WebElement e = d.findElement(By.id(id));
            e.clear();
            e.sendKeys(text);
            return true;
        });
    }

    /**
     * An attribute of an element present on the page, visible or not (an input's value, an empty span's textContent),
     * read again if an update replaced it.
     */
    String attribute(String id, String name) {
        return wait.until(d -> {
            String v = d.findElement(By.id(id)).getAttribute(name);
            return v == null ? "" : v;
        });
    }

    /**
     * The text of an element, read again if an update replaced the element while it was being read (an ajax update
     * re-renders whole tables and panels).
     */
    String text(String id) {
        return wait.until(d -> {
            WebElement e = d.findElement(By.id(id));
            return e.isDisplayed() ? e.getText() : null;
        });
    }

    void seeText(String id, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }

    /**
     * Chooses an item of a PrimeFaces selectOneMenu by its label and waits until the menu shows it (WebDriver scrolls
     * the item into view inside a long list). The item list opens with an animation, and a click
     * while it is still moving into place lands on whatever is under it (seen in CI with the CAS journal's poll
     * running), so the gesture is repeated, up to five times, until the menu's label shows the choice.
     */
    void choose(String menuId, String label) {
        By item = By.cssSelector("[id='" + menuId + "_panel'] li[data-label='" + label + "']");
        for (int attempt = 1; ; attempt++) {
            try {
                if (!driver.findElement(By.id(menuId + "_panel")).isDisplayed()) {
                    byId(menuId).click();
                }
                Thread.sleep(300); // let the list settle where it opens
                wait.until(ExpectedConditions.elementToBeClickable(item)).click();
                new WebDriverWait(driver, Duration.ofSeconds(5)).ignoring(StaleElementReferenceException.class)
                        .until(ExpectedConditions.textToBe(By.id(menuId + "_label"), label));
                return;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (attempt == 5) {
                    throw e;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Fills and submits the login form (the page must be showing it). */
    void logIn(String user, String password) {
        type("login:username", user);
        type("login:password", password);
        byId("login:submit").click();
    }
}
