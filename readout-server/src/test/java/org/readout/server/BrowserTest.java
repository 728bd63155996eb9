package org.readout.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The pages in a real headless Chromium (Debian's /usr/bin/chromium and /usr/bin/chromedriver;
 * skipped where they are missing; nothing is ever downloaded). Screenshots go to target/screenshots.
 */
class BrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path dir;
    static TestServer t;
    static WebDriver driver;

    static WebDriver chromium(Path profile) {
        ChromeOptions opts = new ChromeOptions();
        opts.setBinary(CHROMIUM.toString());
        opts.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                "--disable-default-apps", "--disable-extensions", "--window-size=1360,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, opts);
    }

    static boolean browserPresent() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(browserPresent(), "no /usr/bin/chromium or /usr/bin/chromedriver");
        System.setProperty("SE_AVOID_STATS", "true");
        t = new TestServer(dir, List.of(TestServer.fixtures()));
        Files.createDirectories(SCREENSHOTS);
        driver = chromium(Files.createDirectories(dir.resolve("profile")));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (t != null) t.close();
    }

    static void screenshot(String name) throws IOException {
        File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Polls the condition until it holds or the seconds pass (selenium-support is not on the classpath). */
    static void waitFor(int seconds, java.util.function.Function<WebDriver, Boolean> condition) {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        RuntimeException last = null;
        while (System.nanoTime() < end) {
            try {
                if (Boolean.TRUE.equals(condition.apply(driver))) return;
            } catch (RuntimeException e) {
                last = e;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("timed out after " + seconds + " s" + (last == null ? "" : ": " + last.getMessage()));
    }

    static void assertNoAlert() {
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert(), "an alert fired");
    }

    @Test
    void timelineToEngagementToComparisonToHighlightedSentence() throws IOException {
        driver.get(t.base + "/");
        assertNoAlert();
        assertEquals("Timeline · Readout", driver.getTitle());
        List<WebElement> dyads = driver.findElements(By.cssSelector("section.dyad h2"));
        assertTrue(dyads.stream().anyMatch(h -> h.getText().startsWith("CHN – JPN")), "the China–Japan pair");
        assertFalse(driver.findElements(By.cssSelector("section.dyad svg.curve circle")).isEmpty(), "a curve is drawn");
        screenshot("timeline");

        String call = t.callId();
        driver.findElement(By.cssSelector("a[href='/engagements/" + call + "']")).click();
        waitFor(10, d -> d.getCurrentUrl().endsWith("/engagements/" + call));
        assertTrue(driver.findElement(By.tagName("h1")).getText().contains("Qin Gang"));
        WebElement table = driver.findElement(By.id("comparison"));
        List<WebElement> heads = table.findElements(By.cssSelector("thead th.account"));
        assertEquals(3, heads.size());
        String headText = heads.stream().map(WebElement::getText).reduce("", String::concat).toUpperCase();
        assertTrue(headText.contains("JPN READOUT") && headText.contains("CHN READOUT"), headText);
        WebElement water = table.findElements(By.cssSelector("tbody tr")).stream()
                .filter(r -> r.getText().contains("wording differs") && r.getText().contains("nuclear-polluted water")).findFirst().orElseThrow();
        List<WebElement> cells = water.findElements(By.cssSelector("td.cell"));
        assertTrue(cells.get(0).getText().contains("nuclear-polluted water"), "CHN's cell: " + cells.get(0).getText());
        assertTrue(cells.get(1).getText().contains("ALPS treated water"), "JPN's cell: " + cells.get(1).getText());
        screenshot("engagement");

        WebElement quote = cells.get(1).findElement(By.cssSelector("a.quote"));
        String sentence = quote.getAttribute("title");
        String href = quote.getAttribute("href");
        assertTrue(href.matches(".*/documents/[A-Za-z0-9]+#s-\\d+-\\d+"), href);
        quote.click();
        waitFor(10, d -> d.getCurrentUrl().contains("/documents/"));
        String anchor = href.substring(href.indexOf('#') + 1);
        WebElement mark = driver.findElement(By.id(anchor));
        assertEquals("mark", mark.getTagName());
        assertEquals(sentence, mark.getText().replaceAll("\\s+", " ").strip());
        Object targeted = ((JavascriptExecutor) driver).executeScript("return document.querySelector(':target') === arguments[0];", mark);
        assertEquals(Boolean.TRUE, targeted, "the sentence is the page's target");
        assertNoAlert();
        screenshot("document");
    }

    @Test
    void factEvidenceExpandsAndLinksToItsSentence() throws IOException {
        driver.get(t.base + "/engagements/" + t.callId());
        WebElement details = driver.findElement(By.cssSelector("table.facts details.ev"));
        details.findElement(By.tagName("summary")).click();
        WebElement link = details.findElement(By.cssSelector("a.evlink"));
        assertTrue(link.isDisplayed());
        String href = link.getAttribute("href");
        link.click();
        waitFor(10, d -> d.getCurrentUrl().contains("/documents/"));
        WebElement mark = driver.findElement(By.id(href.substring(href.indexOf('#') + 1)));
        assertEquals("mark", mark.getTagName());
        assertFalse(mark.getText().isBlank());
    }

    @Test
    void injectionDocumentRunsNothing() throws IOException {
        JsonNode park = t.json("/api/engagements?person=Park").get("items").get(0);
        String document = t.documentId("Meeting in Tokyo");
        for (String page : List.of("/", "/engagements/" + park.get("id").asText(), "/documents/" + document, "/search?q=alert")) {
            driver.get(t.base + page);
            assertNoAlert();
            assertTrue(driver.getPageSource().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), page);
            assertTrue(driver.findElement(By.tagName("main")).getText().contains("<script>alert(1)</script>"), page + " shows it as text");
            assertTrue(driver.findElements(By.cssSelector("main img")).isEmpty(), page);
            Object flagged = ((JavascriptExecutor) driver).executeScript("return window.__readoutInjected === true;");
            assertEquals(Boolean.FALSE, flagged);
        }
        screenshot("injection-document");
        driver.get(t.base + "/search?q=nuclear-polluted+water");
        assertFalse(driver.findElements(By.cssSelector("ol.results li mark")).isEmpty());
        screenshot("search");
    }

    @Test
    void uploadFormSendsTheTokenAndShowsResults() throws IOException {
        driver.get(t.base + "/upload");
        Path file = Files.writeString(dir.resolve("note.txt"), "Note\n\nThe <script>alert(5)</script> minister spoke.\n");
        driver.findElement(By.id("token")).sendKeys("wrong");
        driver.findElement(By.id("files")).sendKeys(file.toString());
        driver.findElement(By.id("upload-button")).click();
        waitFor(20, d -> d.findElement(By.id("upload-progress")).getText().contains("403"));
        driver.findElement(By.id("token")).clear();
        driver.findElement(By.id("token")).sendKeys(TestServer.TOKEN);
        driver.findElement(By.id("upload-button")).click();
        waitFor(30, d -> d.findElement(By.id("upload-progress")).getText().contains("added"));
        WebElement result = driver.findElement(By.id("upload-result"));
        assertTrue(result.getText().contains("note.txt"), result.getText());
        assertNoAlert();
        screenshot("upload");
    }
}
