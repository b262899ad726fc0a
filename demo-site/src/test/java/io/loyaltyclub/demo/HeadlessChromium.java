package io.loyaltyclub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by Selenium through {@code /usr/bin/chromedriver}, with a fresh profile of its
 * own for each test; screenshots go to {@code target/screenshots/}. Fails (does not skip) when Chromium is missing.
 * A test class registers it as a field ({@code @RegisterExtension}).
 */
final class HeadlessChromium implements BeforeEachCallback, AfterEachCallback {

    static final String CHROMIUM = System.getProperty("demo.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("demo.chromedriver", "/usr/bin/chromedriver");

    private final int width;
    private final int height;
    private WebDriver browser;
    private File profile;
    private File screenshots;

    HeadlessChromium(int width, int height) {
        this.width = width;
        this.height = height;
    }

    WebDriver browser() {
        return browser;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        // Selenium warns that it has no DevTools bindings for this Chromium; the tests do not use them.
        Logger.getLogger("org.openqa.selenium.devtools").setLevel(Level.OFF);
        Logger.getLogger("org.openqa.selenium.chromium").setLevel(Level.SEVERE);
        assertThat(new File(CHROMIUM)).as("Chromium (Debian package 'chromium') is needed for this test").canRead();
        assertThat(new File(CHROMEDRIVER)).as("chromedriver (Debian package 'chromium-driver') is needed for this test").canRead();
        profile = Files.createTempDirectory("demo-chromium").toFile();
        screenshots = new File(System.getProperty("demo.screenshots", "target/screenshots"));
        screenshots.mkdirs();

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--disable-dev-shm-usage", "--window-size=" + width + "," + height,
                "--user-data-dir=" + profile.getAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(width, height));
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), new File(screenshots, name + ".png").toPath(), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
        if (profile != null) {
            RunningShop.Started.deleteRecursively(profile);
        }
    }
}
