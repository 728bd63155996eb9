package org.readout.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The same walk over the real seed corpus (../shared/corpus/seeds), where it and the browser are present. */
class RealCorpusBrowserTest {
    @TempDir
    Path dir;

    @Test
    void seedsTimelineEngagementAndHighlightedSentence() throws Exception {
        Path seeds = Path.of(System.getProperty("readout.shared", "../../shared"), "corpus", "seeds");
        assumeTrue(Files.isDirectory(seeds), "no " + seeds);
        assumeTrue(BrowserTest.browserPresent(), "no chromium");
        try (TestServer t = new TestServer(dir, List.of(seeds))) {
            WebDriver driver = BrowserTest.chromium(Files.createDirectories(dir.resolve("profile")));
            try {
                driver.get(t.base + "/");
                List<WebElement> links = driver.findElements(By.cssSelector("table.timeline td.date a"));
                assertFalse(links.isEmpty());
                String call = t.callId();
                driver.get(t.base + "/engagements/" + call);
                WebElement table = driver.findElement(By.id("comparison"));
                assertTrue(table.findElements(By.cssSelector("thead th.account")).size() >= 2);
                WebElement quote = table.findElement(By.cssSelector("a.quote"));
                String href = quote.getAttribute("href");
                String sentence = quote.getAttribute("title");
                driver.get(href);
                WebElement mark = driver.findElement(By.id(href.substring(href.indexOf('#') + 1)));
                assertEquals("mark", mark.getTagName());
                assertEquals(sentence, mark.getText().replaceAll("\\s+", " ").strip());
                driver.get(t.base + "/engagements/" + call);
                java.io.File f = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.FILE);
                Files.createDirectories(BrowserTest.SCREENSHOTS);
                Files.copy(f.toPath(), BrowserTest.SCREENSHOTS.resolve("seeds-engagement.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } finally {
                driver.quit();
            }
        }
    }
}
