package io.loyaltyclub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.loyaltyclub.demo.seed.ShopSeed;

/**
 * The club's pages in headless Chromium: the demo shopper signs in, sees their tier's progress bar on My Club,
 * pays part of an order with points at checkout, and reads My Club in Persian, right to left, without anything
 * wider than the window. Screenshots go to {@code target/screenshots/club-*.png}.
 */
@ExtendWith(RunningShop.class)
class ClubPagesBrowserIT extends InChromium {

    @Test
    void theShopperPaysWithPointsAndReadsMyClubInPersian(DemoShop shop) throws IOException {
        String base = shop.baseUrl();
        browser.get(base + "/login");
        browser.findElement(By.id("username")).sendKeys(ShopSeed.SHOPPER_EMAIL);
        browser.findElement(By.id("password")).sendKeys(ShopSeed.SHOPPER_PASSWORD);
        browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        wait(browser).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

        browser.get(base + "/account/club");
        WebElement bar = browser.findElement(By.cssSelector("#club-tier [role=progressbar]"));
        int percent = Integer.parseInt(bar.getDomAttribute("aria-valuenow"));
        assertThat(percent).isBetween(0, 100);
        WebElement fill = bar.findElement(By.cssSelector(".loyalty-progress-fill"));
        assertThat(fill.getSize().getWidth()).as("the filled part of the bar")
                .isBetween(bar.getSize().getWidth() * percent / 100 - 2, bar.getSize().getWidth() * percent / 100 + 2);
        assertThat(browser.findElement(By.cssSelector(".loyalty-tier-badge")).getText()).isNotEmpty();
        long pointsBefore = ClubPagesHttpIT.availablePoints(browser.getPageSource());
        screenshot("club-my-club");

        // An order: two bags of the house blend, part paid with points at checkout.
        browser.get(base + "/coffee/house-blend");
        WebElement quantity = browser.findElement(By.id("quantity"));
        quantity.clear();
        quantity.sendKeys("2");
        browser.findElement(By.cssSelector("#add-to-cart button[type=submit]")).click();
        wait(browser).until(ExpectedConditions.urlContains("/cart"));
        assertThat(browser.findElement(By.id("loyalty-earn")).getText()).contains("You will earn");
        browser.findElement(By.cssSelector("#loyalty-earn summary")).click();
        assertThat(browser.findElement(By.cssSelector("#loyalty-earn details ul")).isDisplayed()).isTrue();
        screenshot("club-cart");

        browser.findElement(By.id("go-to-checkout")).click();
        wait(browser).until(ExpectedConditions.urlContains("/checkout"));
        browser.findElement(By.id("loyalty-points")).sendKeys("150");
        browser.findElement(By.cssSelector("#loyalty-points-form button[type=submit]")).click();
        assertThat(wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("loyalty-points-error"))).getText())
                .isEqualTo("Use points in the steps shown.");
        screenshot("club-checkout-error");
        browser.findElement(By.id("loyalty-points")).sendKeys("200");
        browser.findElement(By.cssSelector("#loyalty-points-form button[type=submit]")).click();
        assertThat(wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("loyalty-points-applied"))).getText())
                .startsWith("200 points applied");
        assertThat(browser.findElements(By.id("loyalty-points-error"))).isEmpty();
        screenshot("club-checkout-points");

        browser.findElement(By.id("place-order-button")).click();
        wait(browser).until(ExpectedConditions.urlContains("/confirmation/"));
        assertThat(browser.findElement(By.id("order-number")).getText().trim()).isNotEmpty();
        screenshot("club-confirmation");

        browser.get(base + "/account/club");
        assertThat(ClubPagesHttpIT.availablePoints(browser.getPageSource())).isEqualTo(pointsBefore - 200);

        // My Club in Persian: right to left, and nothing wider than the window, on a laptop and on a phone.
        browser.get(base + "/account/club?blLocaleCode=fa");
        JavascriptExecutor page = (JavascriptExecutor) browser;
        assertThat(page.executeScript("return document.documentElement.dir")).isEqualTo("rtl");
        assertThat(page.executeScript("return getComputedStyle(document.querySelector('#loyalty-my-club')).direction"))
                .isEqualTo("rtl");
        assertThat(browser.findElement(By.cssSelector(".club-available span")).getText())
                .isEqualTo("\u0627\u0645\u062a\u06cc\u0627\u0632 \u0642\u0627\u0628\u0644 \u062e\u0631\u062c");
        assertNoSidewaysScrolling(page, "My Club in Persian");
        // Right to left: the page's heading starts at the right edge of its column.
        WebElement heading = browser.findElement(By.cssSelector("#loyalty-my-club h1"));
        WebElement column = browser.findElement(By.id("loyalty-my-club"));
        long headingRight = ((Number) page.executeScript("var r = document.createRange(); r.selectNodeContents(arguments[0]);"
                + " return r.getBoundingClientRect().right;", heading)).longValue();
        long columnRight = ((Number) page.executeScript("return arguments[0].getBoundingClientRect().right;", column)).longValue();
        assertThat(columnRight - headingRight).as("the heading hugs the right edge").isBetween(0L, 40L);
        screenshot("club-my-club-fa");

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        assertNoSidewaysScrolling(page, "My Club in Persian on a phone");
        screenshot("club-my-club-fa-narrow");
        browser.get(base + "/?blLocaleCode=en_US");
    }

    private static void assertNoSidewaysScrolling(JavascriptExecutor page, String what) {
        Object overflow = page.executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
        assertThat(overflow).as(what + " scrolls sideways").isEqualTo(Boolean.FALSE);
    }

    private static WebDriverWait wait(WebDriver browser) {
        return HeadlessChromium.waitFor(browser);
    }

    private void screenshot(String name) throws IOException {
        chromium.screenshot(name);
    }
}
