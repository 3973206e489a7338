package se.ansvarskarta.web;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The system's headless Chromium driven by Selenium. Where Chromium or chromedriver is missing the browser tests are
 * skipped with a message, unless the environment has {@code CI=true} (as in .ci/run) or {@code -Dbrowser.required=true},
 * where that is a failure.
 */
final class Browser {

    static final Path CHROMIUM = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Browser() {
    }

    /** Whether the system's Chromium and chromedriver are installed. */
    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** In CI a missing browser is a failure, never a silent skip. */
    static boolean required() {
        return Boolean.getBoolean("browser.required") || "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Skips (or, where a browser is required, fails) the calling tests when there is no browser to run them in. */
    static void requireChromium() {
        if (available()) {
            return;
        }
        String message = "No headless Chromium: need " + CHROMIUM + " and " + CHROMEDRIVER
                + " (Debian: apt-get install -y chromium chromium-driver).";
        if (required()) {
            fail(message + " A browser is required here (CI=true or -Dbrowser.required=true), so this is a failure.");
        }
        Assumptions.assumeTrue(false, message + " Browser tests skipped; -Dbrowser.required=true makes this a failure.");
    }

    /** A fresh headless Chromium at 1366×768 that downloads into {@code downloads} without asking. */
    static ChromeDriver start(Path downloads) {
        try {
            Path profile = Files.createTempDirectory("ansvarskarta-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--window-size=1366,768", "--lang=sv-SE",
                    "--user-data-dir=" + profile.toAbsolutePath());
            options.setExperimentalOption("prefs", Map.of(
                    "download.default_directory", downloads.toAbsolutePath().toString(),
                    "download.prompt_for_download", false,
                    "safebrowsing.enabled", false));
            options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
            // The viewport itself at 1366×768, the smallest screen the explorer is made for.
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 1366, "height", 768, "deviceScaleFactor", 1, "mobile", false));
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves a PNG of the window under target/screenshots/. */
    static Path screenshot(ChromeDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
