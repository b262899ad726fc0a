package io.loyaltyclub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The club's configuration screens in the admin, in headless Chromium: the managing admin changes a setting,
 * creates a tier, an earning rule, a reward, a punch card, a segment and a code campaign with a batch of codes (and its CSV), and finds them
 * in the lists and in the audit log; invalid values are refused
 * with a message next to the field; a typed {@code <script>} stays text; the view-only admin ({@code clubviewer})
 * sees the screens but cannot change anything. Screenshots of each screen in {@code target/screenshots/}.
 */
@ExtendWith(RunningShop.class)
class AdminSettingsBrowserIT extends InChromium {

    private static final String SCRIPT_NAME = "Roastery Club <script>window.clubInjected = true;</script>";

    @Test
    void managingAdminConfiguresTheClubAndTheViewerOnlyLooks(DemoShop shop) throws IOException {
        String admin = shop.baseUrl() + "/admin";
        signIn(admin, "admin", "admin");

        // Program settings: a negative point value is refused next to its field, and nothing is saved.
        browser.get(admin + "/loyalty-club/settings");
        chromium.screenshot("admin-club-settings");
        retype("pointValue", "-0.5");
        retype("clubName", SCRIPT_NAME);
        browser.findElement(By.id("save-settings")).click();
        assertThat(fieldError("pointValue")).isEqualTo("Must not be negative.");
        chromium.screenshot("admin-club-settings-invalid");
        browser.get(admin + "/loyalty-club/settings");
        assertThat(value("clubName")).isNotEqualTo(SCRIPT_NAME);

        // A valid change is saved, and what was typed is shown as text, never run.
        retype("clubName", SCRIPT_NAME);
        retype("pointValue", "0.02");
        retype("baseRate", "2");
        new Select(browser.findElement(By.id("tierWindowKind"))).selectByValue("ROLLING_MONTHS");
        retype("tierWindowMonths", "12");
        browser.findElement(By.id("save-settings")).click();
        assertThat(browser.findElement(By.cssSelector(".saved-message")).getText()).isEqualTo("Saved.");
        assertThat(value("clubName")).isEqualTo(SCRIPT_NAME);
        assertThat(value("pointValue")).isEqualTo("0.02");
        assertThat(value("baseRate")).isEqualTo("2");
        assertThat(new Select(browser.findElement(By.id("tierWindowKind"))).getFirstSelectedOption().getDomAttribute("value"))
                .isEqualTo("ROLLING_MONTHS");
        assertThat(value("tierWindowMonths")).isEqualTo("12");
        browser.get(admin + "/loyalty-club");
        assertThat(browser.findElement(By.cssSelector(".loyalty-club-admin h2")).getText()).isEqualTo(SCRIPT_NAME);
        assertThat(((JavascriptExecutor) browser).executeScript("return window.clubInjected === undefined;"))
                .as("the script typed into the club's name ran").isEqualTo(Boolean.TRUE);
        chromium.screenshot("admin-club-overview");

        // A tier above the demo's Bronze/Silver/Gold, then a second one on the same threshold, which would overlap.
        browser.get(admin + "/loyalty-club/tiers");
        browser.findElement(By.cssSelector("a.add-record")).click();
        retype("code", "PLATINUM");
        retype("name", "Platinum");
        retype("threshold", "900");
        retype("earningMultiplier", "1.5");
        browser.findElement(By.id("save-record")).click();
        assertThat(listText()).contains("PLATINUM", "Platinum", "900", "1.5");
        browser.findElement(By.cssSelector("a.add-record")).click();
        retype("code", "DIAMOND");
        retype("name", "Diamond");
        retype("threshold", "900.00");
        browser.findElement(By.id("save-record")).click();
        assertThat(fieldError("threshold")).contains("has this threshold already");
        chromium.screenshot("admin-club-tier-invalid");
        browser.get(admin + "/loyalty-club/tiers");
        assertThat(listText()).doesNotContain("DIAMOND");
        chromium.screenshot("admin-club-tiers");

        // An earning rule: a weekend campaign doubling the points.
        browser.get(admin + "/loyalty-club/earning-rules/new");
        retype("name", "Weekend double points");
        new Select(browser.findElement(By.id("type"))).selectByValue("CAMPAIGN_MULTIPLIER");
        retype("coefficient", "2");
        retype("daysOfWeek", "SATURDAY, SUNDAY");
        retype("startsOn", "2027-02-01");
        retype("endsOn", "2027-01-01");
        browser.findElement(By.id("save-record")).click();
        assertThat(fieldError("endsOn")).isEqualTo("The end must be after the start.");
        retype("endsOn", "2027-03-01");
        browser.findElement(By.id("save-record")).click();
        assertThat(listText()).contains("Weekend double points", "CAMPAIGN_MULTIPLIER", "2027-02-01", "2027-03-01");
        chromium.screenshot("admin-club-earning-rules");

        browser.get(admin + "/loyalty-club/cash-back-rules");
        chromium.screenshot("admin-club-cash-back-rules");

        // A reward priced at zero points is refused; a gift for 300 points is listed.
        browser.get(admin + "/loyalty-club/rewards/new");
        retype("name", "Tote bag");
        new Select(browser.findElement(By.id("kind"))).selectByValue("GIFT");
        retype("pointsPrice", "0");
        browser.findElement(By.id("save-record")).click();
        assertThat(fieldError("pointsPrice")).isEqualTo("A reward must cost at least 1 point.");
        retype("pointsPrice", "300");
        retype("stock", "20");
        browser.findElement(By.id("save-record")).click();
        assertThat(listText()).contains("Tote bag", "GIFT", "300", "20");
        chromium.screenshot("admin-club-rewards");

        // A punch card granting that reward, and a segment whose condition is refused with its line, then saved.
        String toteBag = browser.findElement(By.xpath("//tr[td[normalize-space(.) = 'Tote bag']]")).getDomAttribute("data-id");
        browser.get(admin + "/loyalty-club/punch-cards/new");
        retype("name", "Every fifth coffee");
        retype("punchesNeeded", "5");
        retype("rewardId", toteBag);
        browser.findElement(By.id("save-record")).click();
        assertThat(listText()).contains("Every fifth coffee", toteBag);
        chromium.screenshot("admin-club-punch-cards");
        browser.get(admin + "/loyalty-club/segments/new");
        retype("code", "big-spenders");
        retype("name", "Big spenders");
        retype("conditions", "TOTAL_SPENT GE 500\nORDER_COUNT HAS many");
        browser.findElement(By.id("save-record")).click();
        assertThat(fieldError("conditions")).startsWith("Line 2 (ORDER_COUNT HAS many)");
        retype("conditions", "TOTAL_SPENT GE 500\nOR\nTAG HAS vip");
        browser.findElement(By.id("save-record")).click();
        assertThat(listText()).contains("big-spenders", "TOTAL_SPENT GE 500");
        chromium.screenshot("admin-club-segments");

        // A code campaign, a batch of five codes for it, and its CSV.
        browser.get(admin + "/loyalty-club/codes/new");
        retype("name", "Spring mailing");
        retype("prefix", "SPRING");
        new Select(browser.findElement(By.id("discountKind"))).selectByValue("PERCENT_OFF");
        retype("discountValue", "10");
        browser.findElement(By.id("save-record")).click();
        WebElement campaign = browser.findElement(By.xpath("//tr[td[normalize-space(.) = 'Spring mailing']]"));
        campaign.findElement(By.name("count")).sendKeys("5");
        campaign.findElement(By.cssSelector(".generate-batch button")).click();
        // The batch is made before the answer comes: wait for the new page, not the one the click left.
        HeadlessChromium.waitFor(browser).until(ExpectedConditions.stalenessOf(campaign));
        assertThat(browser.findElement(By.cssSelector(".saved-message")).getText()).isEqualTo("Saved.");
        String csvUrl = browser.findElement(By.xpath("//tr[td[normalize-space(.) = 'Spring mailing']]//a[@class='export-csv']"))
                .getDomProperty("href");
        Object csv = ((JavascriptExecutor) browser).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) { return r.text(); }).then(done);",
                csvUrl);
        String[] lines = csv.toString().trim().split("\n");
        assertThat(lines[0]).isEqualTo("code,customer_id,max_uses,uses,starts_at,ends_at");
        assertThat(lines).hasSize(6);
        assertThat(lines[1]).matches("SPRING-[2-9A-HJKMNP-Z]{10},.*");
        chromium.screenshot("admin-club-codes");

        // The campaign's limit changed (a past end refused), then the campaign ended now.
        browser.findElement(By.linkText("Spring mailing")).click();
        assertThat(browser.findElement(By.id("prefix")).getDomAttribute("readonly")).isNotNull();
        retype("maxUses", "100");
        retype("endsOn", "2001-01-01");
        browser.findElement(By.id("save-record")).click();
        assertThat(fieldError("endsOn")).isNotEmpty();
        retype("endsOn", "");
        browser.findElement(By.id("save-record")).click();
        WebElement changed = browser.findElement(By.xpath("//tr[td[normalize-space(.) = 'Spring mailing']]"));
        assertThat(changed.getText()).contains("100", "running");
        changed.findElement(By.cssSelector(".end-campaign button")).click();
        browser.switchTo().alert().accept();
        HeadlessChromium.waitFor(browser).until(ExpectedConditions.stalenessOf(changed));
        WebElement ended = browser.findElement(By.xpath("//tr[td[normalize-space(.) = 'Spring mailing']]"));
        assertThat(ended.findElement(By.cssSelector(".campaign-status")).getText()).isEqualTo("ended");
        assertThat(ended.findElements(By.cssSelector(".end-campaign"))).isEmpty();

        // Every change is in the audit log, with the admin and the fields before and after.
        browser.get(admin + "/loyalty-club/audit");
        String log = browser.findElement(By.cssSelector(".loyalty-club-audit-table")).getText();
        assertThat(log).contains("ProgramSettings", "Tier", "EarningRule", "Reward", "PunchCard", "Segment", "CodeCampaign", "generate", "deactivate", "\"clubName\":\"" + SCRIPT_NAME.replace("\"", "\\\""),
                "\"code\":\"PLATINUM\"", "\"tierWindowKind\":\"ROLLING_MONTHS\"", "Weekend double points");
        assertThat(log.split("\n")).filteredOn(line -> line.contains("Demo Administrator (admin)")).hasSizeGreaterThanOrEqualTo(3);
        chromium.screenshot("admin-club-audit-log");

        // The view-only admin: the screens show, nothing can be changed.
        browser.get(admin + "/adminLogout.htm");
        signIn(admin, "clubviewer", "clubviewer");
        browser.get(admin + "/loyalty-club/settings");
        assertThat(value("clubName")).isEqualTo(SCRIPT_NAME);
        assertThat(browser.findElements(By.id("save-settings"))).isEmpty();
        assertThat(browser.findElement(By.id("clubName")).isEnabled()).isFalse();
        chromium.screenshot("admin-club-settings-read-only");
        browser.get(admin + "/loyalty-club/tiers");
        assertThat(listText()).contains("PLATINUM");
        assertThat(browser.findElements(By.cssSelector("a.add-record"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("button.deactivate"))).isEmpty();
        browser.get(admin + "/loyalty-club/tiers/new");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("does not have access");

        // A change sent anyway (with a valid CSRF token of the viewer's session) is refused and changes nothing.
        browser.get(admin + "/loyalty-club/settings");
        String token = browser.findElement(By.name("csrfToken")).getDomAttribute("value");
        Object status = ((JavascriptExecutor) browser).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "var body = new URLSearchParams();"
                        + "body.append('csrfToken', arguments[0]); body.append('clubName', 'Hijacked');"
                        + "fetch(arguments[1], {method: 'POST', body: body, credentials: 'same-origin'})"
                        + ".then(function (r) { done(r.status); });",
                token, admin + "/loyalty-club/settings");
        assertThat(((Number) status).intValue()).isEqualTo(403);
        browser.get(admin + "/loyalty-club/settings");
        assertThat(value("clubName")).isEqualTo(SCRIPT_NAME);
    }

    private void signIn(String admin, String login, String password) {
        browser.get(admin + "/login");
        HeadlessChromium.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(login);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("input[type=submit]")).click();
        HeadlessChromium.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("sideMenu")));
    }

    private void retype(String field, String text) {
        WebElement input = browser.findElement(By.id(field));
        if ("date".equals(input.getDomAttribute("type"))) {
            // A date input takes its value in the browser's own format when typed; set it as the form sends it.
            ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", input, text);
            return;
        }
        input.clear();
        input.sendKeys(text);
    }

    private String value(String field) {
        return browser.findElement(By.id(field)).getDomProperty("value");
    }

    private String fieldError(String field) {
        return browser.findElement(By.cssSelector("#field-" + field + " .field-error")).getText();
    }

    private String listText() {
        return browser.findElement(By.cssSelector(".loyalty-club-list")).getText();
    }
}
