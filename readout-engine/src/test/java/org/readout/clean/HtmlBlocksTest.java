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

    @Test
    void aTableRowIsOneLineWithItsCellsSideBySide() {
        assertEquals(List.of("Pos. Crew Points", "1 Harbour Rowers 120", "2 Strait Oars 95"),
                blocks("<table><tr><th>Pos.</th><th>Crew</th><th>Points</th></tr><tr><td>1</td><td><b>Harbour</b> Rowers</td><td>120</td></tr>"
                        + "<tr><td>2</td><td>Strait Oars</td><td>95</td></tr></table>"));
    }

    @Test
    void aCellHoldingParagraphsIsABlock() {
        assertEquals(List.of("Menu", "First paragraph.", "Second paragraph."),
                blocks("<table><tr><td>Menu</td><td><p>First paragraph.</p><p>Second paragraph.</p></td></tr></table>"));
    }

    @Test
    void eachLineKnowsHowMuchOfItIsLinks() {
        List<HtmlBlocks.Block> lines = HtmlBlocks.blocks(Jsoup.parseBodyFragment(
                "<p>Read <a href='#'>this</a> first, then the rest.</p><li><a href='#'>Another story</a></li>").body());
        assertEquals(false, lines.get(0).isLink());
        assertEquals(true, lines.get(1).isLink());
    }
}
