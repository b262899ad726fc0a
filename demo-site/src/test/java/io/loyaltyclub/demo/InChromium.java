package io.loyaltyclub.demo;

import java.io.IOException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;

/** A browser test: a fresh headless Chromium for each test method, closed after it. */
abstract class InChromium {

    protected HeadlessChromium chromium;
    protected WebDriver browser;

    @BeforeEach
    void openBrowser() throws IOException {
        chromium = HeadlessChromium.open(1280, 1000);
        browser = chromium.driver();
    }

    @AfterEach
    void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }
}
