package org.readout.clean;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The text of an HTML element as lines: one per paragraph, heading, list item or other block, and one per table row
 * (its cells side by side), each with how much of it is the text of links.
 */
final class HtmlBlocks {
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr",
            "td", "th", "caption", "figure", "figcaption", "address", "hr", "br", "details", "summary", "body");
    private static final String CELL_CONTENT_BLOCKS = "p, div, section, article, h1, h2, h3, h4, h5, h6, ul, ol, dl, blockquote, pre, table, "
            + "figure, address, hr, br, details";

    /**
     * One line of text.
     *
     * @param linkChars how many of its letters and digits are inside links
     * @param chars     how many letters and digits it has
     */
    record Block(String text, int linkChars, int chars) {
        /** Most of it is the text of links: a menu entry, a headline linking elsewhere. */
        boolean isLink() {
            return chars > 0 && linkChars * 2 > chars;
        }
    }

    private HtmlBlocks() {
    }

    static List<String> of(Element root) {
        return blocks(root).stream().map(Block::text).toList();
    }

    static List<Block> blocks(Element root) {
        List<Block> lines = new ArrayList<>();
        Line current = new Line();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    current.append(text.getWholeText(), inLink(text, root));
                } else if (node instanceof Element e && isCell(e)) {
                    current.append(" ", false);
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    current.flush(lines);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && isCell(e)) {
                    current.append(" ", false);
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    current.flush(lines);
                }
            }
        }, root);
        current.flush(lines);
        return lines;
    }

    /** A table cell of words and inline markup: its row reads as one line. A cell holding paragraphs or lists is a block. */
    private static boolean isCell(Element e) {
        return (e.normalName().equals("td") || e.normalName().equals("th")) && e.selectFirst(CELL_CONTENT_BLOCKS) == null;
    }

    private static boolean inLink(Node node, Element root) {
        for (Node n = node.parentNode(); n != null && n != root.parentNode(); n = n.parentNode()) {
            if (n instanceof Element e && e.normalName().equals("a")) {
                return true;
            }
        }
        return false;
    }

    private static final class Line {
        private final StringBuilder text = new StringBuilder();
        private int linkChars;
        private int chars;

        void append(String s, boolean link) {
            text.append(s);
            int n = (int) s.codePoints().filter(Character::isLetterOrDigit).count();
            chars += n;
            linkChars += link ? n : 0;
        }

        void flush(List<Block> lines) {
            String line = TextNormalizer.collapse(TextNormalizer.normalize(text.toString()));
            if (!line.isEmpty()) {
                lines.add(new Block(line, linkChars, chars));
            }
            text.setLength(0);
            linkChars = 0;
            chars = 0;
        }
    }
}
