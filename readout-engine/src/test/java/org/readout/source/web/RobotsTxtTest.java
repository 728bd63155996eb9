package org.readout.source.web;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RobotsTxtTest {
    @Test
    void theGroupForAnyoneAppliesWhenNoneNamesReadout() {
        RobotsTxt r = RobotsTxt.parse("""
                # comment
                User-agent: Googlebot
                Disallow: /

                User-agent: *
                Disallow: /private/   # not for crawlers
                Allow: /private/press/
                Crawl-delay: 2.5
                """);
        assertTrue(r.allows("/news/1.html"));
        assertFalse(r.allows("/private/x.html"));
        assertTrue(r.allows("/private/press/1.html"), "the longer Allow wins");
        assertEquals(Duration.ofMillis(2500), r.crawlDelay());
    }

    @Test
    void aGroupNamingReadoutReplacesTheGroupForAnyone() {
        RobotsTxt r = RobotsTxt.parse("""
                User-agent: *
                Disallow: /

                User-agent: other
                User-agent: Readout/0.1
                Disallow: /drafts
                """);
        assertTrue(r.allows("/news"));
        assertFalse(r.allows("/drafts/1"));
        assertNull(r.crawlDelay());
    }

    @Test
    void wildcardsAndEndAnchorsAndTiesGoToAllow() {
        RobotsTxt r = RobotsTxt.parse("""
                User-agent: *
                Disallow: /*.pdf$
                Disallow: /search?
                Disallow: /page
                Allow: /page
                """);
        assertFalse(r.allows("/docs/a.pdf"));
        assertTrue(r.allows("/docs/a.pdf?download=1"));
        assertFalse(r.allows("/search?q=x"));
        assertTrue(r.allows("/page/1"), "an Allow as long as the Disallow wins");
        assertTrue(r.allows("/robots.txt"));
    }

    @Test
    void emptyRulesAndNoGroupsAllowEverything() {
        assertTrue(RobotsTxt.parse("User-agent: *\nDisallow:\n").allows("/anything"));
        assertTrue(RobotsTxt.parse("").allows("/anything"));
        assertTrue(RobotsTxt.parse("<html>not robots</html>").allows("/anything"));
        assertFalse(RobotsTxt.parse("User-agent: *\nDisallow: /\n").allows("/x"));
    }
}
