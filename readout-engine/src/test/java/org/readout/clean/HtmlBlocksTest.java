package org.readout.clean;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HtmlBlocksTest {
    private static List<String> blocks(String body) {
        return HtmlBlocks.of(Jsoup.parseBodyFragment(body).body());
    }

    @Test
    void paragraphsHeadingsAndItemsAreLines() {
        assertEquals(List.of("Headline", "First paragraph with a link inside.", "Sub", "one", "two"),
                blocks("<h1>Headline</h1><p>First paragraph with <a href='#'>a link</a> inside.</p><h2>Sub</h2><ul><li>one</li><li>two</li></ul>"));
    }

    @Test
    void inlineElementsDoNotSplit() {
        assertEquals(List.of("A bold and italic word."), blocks("<p>A <b>bold</b> and <i>italic</i> word.</p>"));
    }

    @Test
    void lineBreaksSplit() {
        assertEquals(List.of("Line one", "Line two"), blocks("<p>Line one<br>Line two</p>"));
    }

    @Test
    void whitespaceAndEntitiesAreNormalised() {
        assertEquals(List.of("a b c"), blocks("<div>  a&nbsp;\n b&#8203;   c </div>"));
    }

    @Test
    void emptyBlocksGo() {
        assertEquals(List.of("x"), blocks("<div><p> </p><p>x</p><div></div></div>"));
    }
}
