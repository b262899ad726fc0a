package io.loyaltyclub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The admin's member screens in headless Chromium: find the demo shopper, adjust their points with a reason (which
 * holds markup, shown as text), see the balance and the ledger line, send one form twice (booked once), and see the
 * loyalty summary on Broadleaf's own customer screen. Screenshots in {@code target/screenshots/}.
 */
@ExtendWith(RunningShop.class)
class AdminMembersBrowserIT extends InChromium {

    private static final String REASON = "Goodwill <script>window.loyaltyInjected = 1;</script> & thanks";

    @Test
    void adminFindsTheShopperAdjustsTheirPointsAndSeesThemOnTheCustomerScreen(DemoShop shop) throws IOException {
        String base = shop.baseUrl();
        browser.get(base + "/admin/login");
        HeadlessChromium.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("admin");
        browser.findElement(By.cssSelector("input[type=submit]")).click();
        HeadlessChromium.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("sideMenu")));
        assertThat(browser.findElements(By.cssSelector("#sideMenu a[href$='/admin/loyalty-club/members']"))).hasSize(1);

        // Find the demo shopper by the start of their e-mail, in capitals.
        browser.get(base + "/admin/loyalty-club/members");
        WebElement query = HeadlessChromium.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("member-query")));
        query.sendKeys("SHOPPER@EX");
        browser.findElement(By.id("member-search-button")).click();
        WebElement row = HeadlessChromium.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//tr[contains(@class,'loyalty-member-row')][td[contains(., 'shopper@example.com')]]")));
        assertThat(row.getText()).contains("Dana Demo");
        chromium.screenshot("admin-members-search");

        row.findElement(By.partialLinkText("shopper@example.com")).click();
        visible(By.id("points-available"));
        assertThat(browser.findElement(By.id("member-email")).getText()).isEqualTo("shopper@example.com");
        String customerId = browser.findElement(By.id("member-id")).getText().trim();
        long before = pointsAvailable();

        // A reason is required: refused with a message, nothing booked, what was typed stays in the form.
        adjust("points", "ADD", "125", "");
        assertThat(HeadlessChromium.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("adjust-error"))).getText())
                .contains("Give a reason");
        assertThat(pointsAvailable()).isEqualTo(before);
        assertThat(browser.findElement(By.id("adjust-amount")).getDomProperty("value")).isEqualTo("125");

        adjust("points", "ADD", "125", REASON);
        assertThat(HeadlessChromium.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("member-notice"))).getText())
                .isEqualTo("Added 125 points.");
        assertThat(pointsAvailable()).isEqualTo(before + 125);
        WebElement newest = browser.findElement(By.cssSelector("#points-ledger tr.points-entry"));
        assertThat(newest.getText()).contains("ADJUST", "125", "Demo Administrator");
        // The reason is shown as text: its markup visible, no script element, nothing run.
        assertThat(newest.findElement(By.className("entry-reason")).getText()).isEqualTo(REASON);
        assertThat(browser.findElements(By.cssSelector("#points-ledger script"))).isEmpty();
        assertThat(((JavascriptExecutor) browser).executeScript("return window.loyaltyInjected === undefined;"))
                .isEqualTo(Boolean.TRUE);
        chromium.screenshot("admin-member-adjusted");

        // The same form sent twice (a double click, a resent request) books once.
        fill("points", "ADD", "10", "Sent twice");
        Object statuses = ((JavascriptExecutor) browser).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                + "var form = document.getElementById('adjust-form');"
                + "var send = function () { return fetch(form.action, {method: 'POST', body: new URLSearchParams(new FormData(form)),"
                + " credentials: 'same-origin'}).then(function (r) { return r.status; }); };"
                + "send().then(function (a) { return send().then(function (b) { done(a + ',' + b); }); });");
        assertThat(String.valueOf(statuses)).isEqualTo("200,200");
        browser.get(base + "/admin/loyalty-club/members/" + customerId);
        assertThat(pointsAvailable()).isEqualTo(before + 135);
        assertThat(browser.findElements(By.xpath("//table[@id='points-ledger']//td[@class='entry-reason'][.='Sent twice']")))
                .hasSize(1);

        // Broadleaf's own customer screen shows the summary and links back.
        browser.findElement(By.id("member-customer-link")).click();
        WebElement summary = HeadlessChromium.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("loyalty-club-summary")));
        assertThat(summary.findElement(By.className("summary-points")).getText())
                .isEqualTo(String.format("%,d", before + 135));
        assertThat(summary.getText()).contains("Store credit", "Tier");
        chromium.screenshot("admin-customer-loyalty");
        assertThat(summary.findElement(By.className("summary-member-link")).getDomAttribute("href"))
                .endsWith("/admin/loyalty-club/members/" + customerId);
    }

    private void adjust(String ledger, String direction, String amount, String reason) {
        fill(ledger, direction, amount, reason);
        browser.findElement(By.id("adjust-submit")).click();
    }

    private void fill(String ledger, String direction, String amount, String reason) {
        new Select(browser.findElement(By.id("adjust-ledger"))).selectByValue(ledger);
        new Select(browser.findElement(By.id("adjust-direction"))).selectByValue(direction);
        WebElement amountField = browser.findElement(By.id("adjust-amount"));
        amountField.clear();
        amountField.sendKeys(amount);
        WebElement reasonField = browser.findElement(By.id("adjust-reason"));
        reasonField.clear();
        reasonField.sendKeys(reason);
    }

    private long pointsAvailable() {
        String text = visible(By.id("points-available")).getText();
        return Long.parseLong(text.replace(",", "").trim());
    }

    /** The element once visible; otherwise fails with what the page shows instead (an error page, a refusal). */
    private WebElement visible(By locator) {
        try {
            return HeadlessChromium.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(locator));
        } catch (TimeoutException e) {
            String page = browser.findElement(By.tagName("body")).getText();
            throw new AssertionError(locator + " not shown at " + browser.getCurrentUrl() + "; the page shows: "
                    + page.substring(0, Math.min(page.length(), 2000)), e);
        }
    }
}
