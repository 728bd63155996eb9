package org.readout.server;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pages speak in words, not readout/1 values, and show each statement's sentence whole. */
class PageWordingTest extends OverFixtures {
    @Test
    void valuesReadAsWords() {
        assertEquals("in person", Labels.format("in_person"));
        assertEquals("phone", Labels.format("phone"));
        assertEquals("in a third country", Labels.setting("third_country"));
        assertEquals("visit", Labels.setting("visit"));
        assertEquals("multilateral", Labels.setting("multilateral"));
        assertEquals("held", Labels.words("held"));
        assertNull(Labels.setting(null));
    }

    @Test
    void theTimelineAndTheEngagementSayInPersonAndTheFilterStillSendsTheValue() {
        Document timeline = Jsoup.parse(t.get("/").body());
        assertFalse(timeline.select("main").text().contains("in_person"), "no enum value shown");
        assertTrue(timeline.select("table.timeline td").eachText().contains("in person"));
        Element option = timeline.selectFirst("select[name=format] option[value=in_person]");
        assertEquals("in person", option.text());
        String park = t.json("/api/engagements?person=Park").get("items").get(0).get("id").asText();
        Document page = Jsoup.parse(t.get("/engagements/" + park).body());
        assertTrue(page.selectFirst("p.lede").text().contains("· in person ·"), page.selectFirst("p.lede").text());
        assertFalse(page.select("main").text().contains("in_person"));
    }

    @Test
    void aStatementsSentenceIsShownWhole() {
        Document page = Jsoup.parse(t.get("/documents/" + t.documentId("Japan-China Foreign Ministers")).body());
        List<String> sentences = page.select("section table.timeline td:last-child a").eachText();
        assertFalse(sentences.isEmpty());
        assertTrue(sentences.stream().anyMatch(s -> s.length() > 120), "long sentences: " + sentences);
        for (String s : sentences) {
            assertFalse(s.endsWith("…"), s);
            assertTrue(page.selectFirst("#text").text().contains(s), "the whole sentence, as in the text: " + s);
        }
    }

    @Test
    void templatesEscapeEveryValueAndDropJavascriptLinks() {
        String html = Templates.render("related", List.of(new Views.Related("<b>rel</b>",
                new Views.Link("javascript:alert(1)", "a \"title\" & <i>x</i>", null), "it's")));
        assertTrue(html.contains("&lt;b&gt;rel&lt;/b&gt;") && html.contains("a &quot;title&quot; &amp; &lt;i&gt;x&lt;/i&gt;")
                && html.contains("it&#39;s"), html);
        assertFalse(html.contains("javascript:"), html);
        String error = Pages.errorPage(404, "no <script>alert(1)</script>");
        assertTrue(error.contains("no &lt;script&gt;alert(1)&lt;/script&gt;"), error);
        InjectionTest.assertSafeMarkup("error", error);
    }
}
