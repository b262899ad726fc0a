package io.loyaltyclub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The admin's Loyalty Club dashboard in a real browser (headless Chromium): the charts are drawn (ECharts
 * instances on canvases with coloured pixels), a range ending before it starts is refused with a message, and the
 * CSV behind "Download CSV" comes with the same figures. Saves a screenshot in {@code target/screenshots/}.
 */
@ExtendWith(RunningShop.class)
class AdminDashboardBrowserIT {

    private static final String[] CHARTS = {"chart-tiers", "chart-points", "chart-liability", "chart-rates", "chart-aov"};

    @Test
    void theDashboardDrawsItsChartsRefusesABackwardRangeAndExportsCsv(DemoShop shop) throws IOException {
        try (HeadlessChromium chromium = HeadlessChromium.open(1400, 1800)) {
            WebDriver browser = chromium.driver();
            String base = shop.baseUrl();
            browser.get(base + "/admin/login");
            wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("admin");
            browser.findElement(By.id("password")).sendKeys("admin");
            browser.findElement(By.cssSelector("input[type=submit]")).click();
            wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("sideMenu")));
            assertThat(browser.findElements(By.cssSelector("#sideMenu a[href$='/admin/loyalty-club/dashboard']"))).hasSize(1);

            LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
            String from = tomorrow.minusWeeks(12).toString();
            String to = tomorrow.toString();
            browser.get(base + "/admin/loyalty-club/dashboard?from=" + from + "&to=" + to + "&currency=USD");
            wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-points canvas")));
            JavascriptExecutor js = (JavascriptExecutor) browser;
            for (String chart : CHARTS) {
                Object instance = js.executeScript("var el = document.getElementById(arguments[0]);"
                        + " return !!(window.echarts && echarts.getInstanceByDom(el));", chart);
                assertThat(instance).as("an ECharts instance on #" + chart).isEqualTo(Boolean.TRUE);
                Number drawn = (Number) js.executeScript("var canvas = document.querySelector('#' + arguments[0] + ' canvas');"
                        + " var data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;"
                        + " var painted = 0; for (var i = 3; i < data.length; i += 4) { if (data[i] > 0) painted++; }"
                        + " return painted;", chart);
                assertThat(drawn.longValue()).as("pixels drawn on #" + chart).isGreaterThan(100);
            }
            // One row per Monday-to-Sunday week touched by the range.
            long weeks = ChronoUnit.WEEKS.between(monday(tomorrow.minusWeeks(12)), monday(tomorrow.minusDays(1))) + 1;
            assertThat(browser.findElement(By.id("data-points")).findElements(By.cssSelector("tbody tr"))).hasSize((int) weeks);
            chromium.screenshot("admin-loyalty-dashboard");

            String csvHref = browser.findElement(By.cssSelector("a.dashboard-csv")).getDomAttribute("href");
            assertThat(csvHref).contains("/admin/loyalty-club/dashboard/metrics.csv").contains("from=" + from);
            @SuppressWarnings("unchecked")
            List<Object> csv = (List<Object>) js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + " fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) {"
                    + "   return r.text().then(function (t) { done([r.status, r.headers.get('Content-Type'), t]); }); })"
                    + " .catch(function (e) { done([0, '', String(e)]); });", csvHref);
            assertThat(((Number) csv.get(0)).intValue()).isEqualTo(200);
            assertThat((String) csv.get(1)).startsWith("text/csv");
            String body = (String) csv.get(2);
            assertThat(body).startsWith("metric,key,value,unit\r\n").contains("\r\nrange_from,," + from + ",date\r\n");
            String members = browser.findElement(By.cssSelector(".dashboard-figures .figure-members")).getText().trim();
            assertThat(body).contains("\r\nmembers,," + members + ",count\r\n");

            // A range that ends before it starts: a message, no charts, no download.
            browser.findElement(By.id("dashboard-from")).clear();
            js.executeScript("document.getElementById('dashboard-from').value = arguments[0];"
                    + " document.getElementById('dashboard-to').value = arguments[1];", to, from);
            browser.findElement(By.cssSelector(".loyalty-dashboard-range input[type=submit]")).click();
            wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".dashboard-error")));
            assertThat(browser.findElement(By.cssSelector(".dashboard-error")).getText()).contains("must be after the start");
            assertThat(browser.findElements(By.cssSelector(".dashboard-chart"))).isEmpty();
            assertThat(browser.findElements(By.cssSelector("a.dashboard-csv"))).isEmpty();
            chromium.screenshot("admin-loyalty-dashboard-refused");
        }
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static WebDriverWait wait(WebDriver browser) {
        return HeadlessChromium.waitFor(browser);
    }
}
