package org.vigil.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The headless Chromium of the browser tests (Debian's {@code chromium} and {@code chromium-driver}, installed by
 * {@code .ci/run}), for the dashboard's tests here and the CLI's test of live serving. Selenium is given the driver
 * and browser paths explicitly, so Selenium Manager never runs (it would try to download a browser).
 */
public final class Chromium {
    public static final Path BROWSER = Paths.get("/usr/bin/chromium");
    public static final Path DRIVER = Paths.get("/usr/bin/chromedriver");
    public static final Duration WAIT = Duration.ofSeconds(30);
    /** Why a browser test is skipped on a machine without them. */
    public static final String MISSING = "browser test skipped: needs Debian's chromium and chromium-driver "
            + "(/usr/bin/chromium, /usr/bin/chromedriver); .ci/run installs them (apt-get install chromium "
            + "chromium-driver)";

    private Chromium() {
    }

    public static boolean available() {
        return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    }

    /** A headless browser with its own profile folder, console logs kept, 1280 × 1600. */
    public static ChromeDriver start(Path profile) throws IOException {
        // Selenium Manager (which downloads drivers and browsers) is only consulted when a path is missing: give both.
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .withLogOutput(OutputStream.nullOutputStream())
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        Files.createDirectories(profile);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--no-default-browser-check", "--user-data-dir=" + profile.toAbsolutePath(),
                "--window-size=1280,1600");
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1280, 1600));
        driver.manage().timeouts().scriptTimeout(WAIT);
        return driver;
    }

    /**
     * Loads a dashboard URL afresh, waits until the page says it has rendered (body[data-ready=true]), and checks
     * that nothing went wrong on the way: no script error or failed request in the console (with
     * {@code badRequest}, answers 400 are allowed: the page asked for what is not there), nothing blocked by the
     * page's CSP.
     */
    public static void open(ChromeDriver driver, String url, boolean badRequest) {
        driver.get("about:blank"); // a full load each time: a bare hash change could leave the last page's flag
        driver.get(url);
        new WebDriverWait(driver, WAIT).until(d -> "true".equals(
                driver.executeScript("return document.body && document.body.dataset.ready")));
        assertThat(driver.manage().logs().get(LogType.BROWSER).getAll())
                .filteredOn(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .extracting(LogEntry::getMessage)
                .filteredOn(message -> !(badRequest && message.contains("status of 400 (Bad Request)")))
                .as("console errors on %s", url).isEmpty();
        assertThat((List<?>) driver.executeScript("return window.__vigilCspViolations"))
                .as("CSP violations on %s", url).isEmpty();
    }
}
