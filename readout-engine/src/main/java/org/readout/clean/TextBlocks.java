package org.readout.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits normalised plain text or markdown into lines of article text (one paragraph, heading or item each). */
final class TextBlocks {
    private static final Pattern MD_HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern MD_SETEXT = Pattern.compile("^(=+|-+)\\s*$");
    private static final Pattern MD_RULE = Pattern.compile("^([-*_])(\\s*\\1){2,}\\s*$");
    private static final Pattern MD_ITEM = Pattern.compile("^\\s*(?:[-*+]|(\\d{1,3}[.)]))\\s+(.*)$");
    private static final Pattern MD_FENCE = Pattern.compile("^\\s*(```|~~~).*$");
    private static final Pattern MD_LINK_DEF = Pattern.compile("^\\s{0,3}\\[[^\\]]+]:\\s+\\S+.*$");
    private static final Pattern MD_QUOTE = Pattern.compile("^\\s*(>\\s?)+");
    private static final Pattern ITEM = Pattern.compile("^\\s*([-*•]|\\d{1,3}[.)])\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'’”)]*\\s*$");
    static final int WRAP_MAX = 100;
    static final int WRAP_MIN = 40;
    private static final Pattern HTML_COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

    private TextBlocks() {
    }

    /** Plain text: one line each, except that hard-wrapped paragraphs (as in e-mail) are joined again. */
    static List<String> plain(String text) {
        String[] raw = text.split("\n");
        if (isHardWrapped(raw)) {
            return wrapped(raw);
        }
        List<String> lines = new ArrayList<>();
        for (String line : raw) {
            String collapsed = TextNormalizer.collapse(line);
            if (collapsed.isEmpty()) continue;
            int last = lines.size() - 1;
            if (last >= 0 && continuesTheLineBefore(lines.get(last), collapsed)) lines.set(last, lines.get(last) + " " + collapsed);
            else lines.add(collapsed);
        }
        return lines;
    }

    /**
     * "Both leaders ... and discussed the" / "challenges facing Nigeria.": a line that opens in lower case after one that
     * ends no sentence is the rest of it, broken off by a page that was wrapped, with or without blank lines between.
     */
    private static boolean continuesTheLineBefore(String before, String line) {
        int end = before.codePointAt(before.length() - 1);
        return Character.isLowerCase(line.codePointAt(0)) && (Character.isLetterOrDigit(end) || end == ',');
    }

    /**
     * No line wider than a terminal, most wide lines followed by another line, and either paragraphs split
     * by blank lines or most wide lines broken off mid-sentence (a wire story wrapped with no blank lines).
     */
    static boolean isHardWrapped(String[] lines) {
        int wide = 0;
        int continued = 0;
        int unfinished = 0;
        int blank = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                blank++;
            } else if (line.length() > WRAP_MAX) {
                return false;
            } else if (line.length() >= WRAP_MIN) {
                wide++;
                continued += i + 1 < lines.length && !lines[i + 1].isBlank() ? 1 : 0;
                unfinished += SENTENCE_END.matcher(line).find() ? 0 : 1;
            }
        }
        return wide >= 3 && continued * 2 >= wide && (blank > 0 || unfinished * 10 >= wide * 6);
    }

    private static List<String> wrapped(String[] raw) {
        List<String> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : raw) {
            boolean shortAfterSentence = line.strip().length() < WRAP_MIN && SENTENCE_END.matcher(paragraph).find();
            if (line.isBlank() || ITEM.matcher(line).find() || shortAfterSentence) {
                flushPlain(paragraph, blocks);
            }
            if (!line.isBlank()) {
                paragraph.append(' ').append(line);
            }
            if (line.strip().length() < WRAP_MIN) {
                // a short line ends its paragraph: the last line of one, or a heading or label on its own
                flushPlain(paragraph, blocks);
            }
        }
        flushPlain(paragraph, blocks);
        return blocks;
    }

    private static void flushPlain(StringBuilder paragraph, List<String> blocks) {
        String block = TextNormalizer.collapse(paragraph.toString());
        if (!block.isEmpty()) {
            blocks.add(block);
        }
        paragraph.setLength(0);
    }

    /** Markdown: soft-wrapped lines join into one paragraph; headings and list items stand alone; markers go. */
    static List<String> markdown(String text) {
        List<String> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String raw : HTML_COMMENT.matcher(text).replaceAll("").split("\n")) {
            String line = MD_QUOTE.matcher(raw).replaceFirst("");
            var heading = MD_HEADING.matcher(line);
            var item = MD_ITEM.matcher(line);
            if (line.isBlank() || MD_FENCE.matcher(line).matches() || MD_LINK_DEF.matcher(line).matches()) {
                flush(paragraph, blocks);
            } else if (MD_SETEXT.matcher(line).matches() && paragraph.length() > 0) {
                flush(paragraph, blocks);
            } else if (MD_RULE.matcher(line).matches()) {
                flush(paragraph, blocks);
            } else if (heading.matches()) {
                flush(paragraph, blocks);
                add(heading.group(1), blocks);
            } else if (item.matches()) {
                flush(paragraph, blocks);
                paragraph.append(item.group(1) == null ? "" : item.group(1) + " ").append(item.group(2));
            } else {
                paragraph.append(paragraph.length() > 0 ? " " : "").append(line.strip());
            }
        }
        flush(paragraph, blocks);
        return blocks;
    }

    private static void flush(StringBuilder paragraph, List<String> blocks) {
        if (paragraph.length() > 0) {
            add(paragraph.toString(), blocks);
            paragraph.setLength(0);
        }
    }

    private static void add(String markdown, List<String> blocks) {
        String line = TextNormalizer.collapse(MarkdownInline.strip(markdown));
        if (!line.isEmpty()) {
            blocks.add(line);
        }
    }
}
