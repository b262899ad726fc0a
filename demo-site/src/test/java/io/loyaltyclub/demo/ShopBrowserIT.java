package io.loyaltyclub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The shopper's and the admin's path once more, in a real browser: Debian's Chromium, headless, driven by
 * Selenium through {@code /usr/bin/chromedriver} ({@link HeadlessChromium}). Saves screenshots of the product page,
 * the cart and the admin's order screen in {@code target/screenshots/}. Fails (does not skip) when Chromium is missing.
 */
@ExtendWith(RunningShop.class)
class ShopBrowserIT {

    @RegisterExtension
    final HeadlessChromium chromium = new HeadlessChromium(1280, 1000);

    @Test
    void shopperBuysInTheBrowserAndTheAdminOpensTheOrder(DemoShop shop) throws IOException {
        WebDriver browser = chromium.browser();
        String base = shop.baseUrl();

        // The theme on a phone's screen first: one column, nothing wider than the screen.
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(base + "/");
        Object overflow = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
        assertThat(overflow).as("the home page scrolls sideways on a narrow screen").isEqualTo(Boolean.FALSE);
        screenshot("home-narrow");
        browser.manage().window().setSize(new Dimension(1280, 1000));

        browser.get(base + "/");
        assertThat(browser.getTitle()).contains("Roastery");
        screenshot("home");
        browser.findElement(By.linkText("Tea")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Tea");
        browser.findElement(By.partialLinkText("Masala Chai")).click();

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Masala Chai");
        assertThat(browser.findElement(By.cssSelector(".price-large")).getText()).isEqualTo("$10.25");
        WebElement picture = browser.findElement(By.cssSelector("img.product-image"));
        assertThat(picture.getDomProperty("naturalWidth")).as("the product picture loaded").isNotEqualTo("0");
        screenshot("product-page");

        WebElement quantity = browser.findElement(By.id("quantity"));
        quantity.clear();
        quantity.sendKeys("3");
        browser.findElement(By.cssSelector("#add-to-cart button[type=submit]")).click();

        assertThat(browser.getCurrentUrl()).endsWith("/cart");
        assertThat(browser.findElement(By.cssSelector(".cart-table")).getText()).contains("Masala Chai");
        assertThat(browser.findElement(By.id("cart-total")).getText()).isEqualTo("$30.75");
        assertThat(browser.findElements(By.id("loyalty-club-slot"))).hasSize(1);
        screenshot("cart");

        browser.findElement(By.id("go-to-checkout")).click();
        // Checkout needs a signed-in shopper: the sign-in page comes first, then checkout again.
        browser.findElement(By.id("username")).sendKeys("shopper@example.com");
        browser.findElement(By.id("password")).sendKeys("demo1234");
        browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        wait(browser).until(ExpectedConditions.urlContains("/checkout"));
        assertThat(browser.findElement(By.cssSelector(".checkout-main")).getText()).contains("Masala Chai", "Pay on delivery (demo)");
        screenshot("checkout");

        browser.findElement(By.id("place-order-button")).click();
        wait(browser).until(ExpectedConditions.urlContains("/confirmation/"));
        String orderNumber = browser.findElement(By.id("order-number")).getText().trim();
        assertThat(orderNumber).isNotEmpty();
        screenshot("confirmation");

        browser.findElement(By.linkText("See your orders")).click();
        assertThat(browser.findElement(By.cssSelector(".orders-table")).getText()).contains(orderNumber);
        screenshot("account");

        // The admin signs in (in the same browser: its session cookie is its own) and opens the order.
        browser.get(base + "/admin/login");
        wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("admin");
        browser.findElement(By.cssSelector("input[type=submit]")).click();
        // The admin's menu, with the club's entry (collapsed until its module is opened).
        wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("sideMenu")));
        assertThat(browser.findElements(By.cssSelector("#sideMenu a[href$='/admin/loyalty-club']"))).hasSize(1);

        browser.get(base + "/admin/order");
        WebElement row = wait(browser).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//tr[td[contains(normalize-space(.), '" + orderNumber + "')]]")));
        // Each row of the admin's list grid links to its entity screen.
        String link = row.getDomAttribute("data-link");
        assertThat(link).matches("/admin/order/\\d+");
        browser.get(base + link);
        wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), orderNumber));
        screenshot("admin-order");
        // The order's items are on a tab of their own.
        browser.findElement(By.linkText("Order Items")).click();
        wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Masala Chai"));
        screenshot("admin-order-items");

        browser.get(base + "/admin/loyalty-club");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Loyalty Club");
        screenshot("admin-loyalty-club");
    }

    private static WebDriverWait wait(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    private void screenshot(String name) throws IOException {
        chromium.screenshot(name);
    }
}
