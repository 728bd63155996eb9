package org.readout.annotate;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;
import org.readout.knowledge.Scripts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines first (a headline or a list item is never glued to the next line; a Chinese or Japanese full stop ends a
 * sentence as a line does, and a page of those scripts wrapped at a fixed width is joined again), then OpenNLP's English
 * sentence model inside each line, then a repair: the model splits after abbreviations such as
 * "H.E." or "Jan.", which are joined back to the sentence they belong to. A sentence longer than
 * {@link #MAX_SENTENCE_CHARS} (a page without full stops) is cut at spaces into pieces no longer than that.
 */
final class SentenceSplitter {
    /** The extractors' work on a sentence grows faster than its length; real sentences stay well below this. */
    static final int MAX_SENTENCE_CHARS = 2000;

    /** The sentences, and how many over-long ones were cut. */
    record Split(List<Sentence> sentences, int cut) {
    }

    private static final String MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    /** The full stops of Chinese and Japanese, which the English model does not know. */
    private static final String FULL_STOPS = "。！？";
    /** A line of a script without spaces at least this long that a break ends mid-sentence was wrapped at a fixed width. */
    private static final int WRAPPED_LINE = 20;
    private static final Pattern LAST_WORD = Pattern.compile("(\\S+)\\s*$");
    private static final SentenceModel SHARED = loadModel();

    private final SentenceDetectorME detector = new SentenceDetectorME(SHARED);
    private final Set<String> abbreviations;
    private final Set<String> openers;

    SentenceSplitter(Set<String> abbreviations) {
        this(abbreviations, Set.of());
    }

    /** {@code openers}: words that start a sentence after an initialism ("the U.S. I paid"), where one does end. */
    SentenceSplitter(Set<String> abbreviations, Set<String> openers) {
        this.abbreviations = abbreviations;
        this.openers = openers;
    }

    private static SentenceModel loadModel() {
        try (InputStream in = SentenceSplitter.class.getClassLoader().getResourceAsStream(MODEL)) {
            if (in == null) throw new IllegalStateException("OpenNLP sentence model not on the classpath: " + MODEL);
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Sentence> split(String text) {
        return splitBounded(text).sentences();
    }

    /**
     * The lines, each cut after a Chinese or Japanese full stop ("。"); a break between two characters of those scripts
     * that ends a line of {@link #WRAPPED_LINE} characters or more does not end the line ("...同来华\n进行国事访问的...").
     */
    static List<int[]> lines(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        int physical = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                boolean wrapped = i - physical >= WRAPPED_LINE && i > 0 && i + 1 < n
                        && Scripts.unspaced(text.charAt(i - 1)) && Scripts.unspaced(text.charAt(i + 1));
                physical = i + 1;
                if (wrapped) continue;
                if (i > start) out.add(new int[]{start, i});
                start = i + 1;
            } else if (FULL_STOPS.indexOf(c) >= 0 && (i + 1 >= n || FULL_STOPS.indexOf(text.charAt(i + 1)) < 0)) {
                out.add(new int[]{start, i + 1});
                start = i + 1;
            }
        }
        if (start < n) out.add(new int[]{start, n});
        return out;
    }

    Split splitBounded(String text) {
        List<int[]> spans = new ArrayList<>();
        for (int[] line : lines(text)) {
            String l = text.substring(line[0], line[1]);
            if (l.isBlank()) continue;
            int[] prev = null;
            for (int[] se : splitAfterInitialisms(l, detector.sentPosDetect(l))) {
                int start = line[0] + se[0];
                int end = line[0] + se[1];
                if (prev != null && (endsWithAbbreviation(text.substring(prev[0], prev[1])) && !opensAfterAnInitialism(text, prev, start, end)
                        || endsMidSentence(text.substring(prev[0], prev[1])) || startsLowerCase(text, start, end)
                        || dayBeforeItsMonth(text.substring(prev[0], prev[1]), text.substring(start, end)))) {
                    prev[1] = end;
                    continue;
                }
                prev = new int[]{start, end};
                spans.add(prev);
            }
        }
        List<Sentence> out = new ArrayList<>(spans.size());
        int cut = 0;
        for (int[] s : spans) {
            int a = s[0], b = s[1];
            while (a < b && Character.isWhitespace(text.charAt(a))) a++;
            while (b > a && Character.isWhitespace(text.charAt(b - 1))) b--;
            if (b - a > MAX_SENTENCE_CHARS) cut++;
            while (b - a > MAX_SENTENCE_CHARS) {
                int space = text.lastIndexOf(' ', a + MAX_SENTENCE_CHARS);
                int end = space > a ? space : a + MAX_SENTENCE_CHARS;
                out.add(new Sentence(out.size(), a, end, text.substring(a, end)));
                a = end;
                while (a < b && Character.isWhitespace(text.charAt(a))) a++;
            }
            if (a < b) out.add(new Sentence(out.size(), a, b, text.substring(a, b)));
        }
        return new Split(out, cut);
    }

    private boolean endsWithAbbreviation(String sentence) {
        Matcher m = LAST_WORD.matcher(sentence);
        if (!m.find()) return false;
        String w = m.group(1);
        if (abbreviations.contains(w.toLowerCase(java.util.Locale.ROOT))) return true;
        return INITIALISM.matcher(w).find();
    }

    private static final Pattern FIRST_WORD = Pattern.compile("^\\s*(\\p{L}+)\\b");

    /** The model's spans, each cut again where an initialism ends a sentence before a word that opens one ("the U.S. I paid"). */
    private List<int[]> splitAfterInitialisms(String line, Span[] spans) {
        List<int[]> out = new ArrayList<>(spans.length);
        for (Span s : spans) {
            int from = s.getStart();
            Matcher m = INITIALISM_THEN_WORD.matcher(line).region(s.getStart(), s.getEnd());
            while (m.find()) {
                if (!openers.contains(m.group(2)) || abbreviations.contains(m.group(1).toLowerCase(java.util.Locale.ROOT))) continue;
                out.add(new int[]{from, m.end(1)});
                from = m.start(2);
            }
            out.add(new int[]{from, s.getEnd()});
        }
        return out;
    }

    private static final Pattern INITIALISM_THEN_WORD = Pattern.compile("(?<![\\p{L}.])((?:\\p{Lu}\\.){2,3})\\s+(\\p{Lu}\\p{L}*)\\b");

    private boolean opensAfterAnInitialism(String text, int[] prev, int start, int end) {
        Matcher last = LAST_WORD.matcher(text.substring(prev[0], prev[1]));
        if (!last.find() || abbreviations.contains(last.group(1).toLowerCase(java.util.Locale.ROOT))
                || !INITIALISM.matcher(last.group(1)).find()) return false;
        Matcher first = FIRST_WORD.matcher(text.substring(start, end));
        return first.find() && openers.contains(first.group(1));
    }

    /** "U.S.", "J.", and a letter of a script without capitals alone with its full stop ("أنتوني ج. بلينكن": a middle initial). */
    private static final Pattern INITIALISM = Pattern.compile("(?:^|[^\\p{L}])(?:\\p{Lu}\\.){1,3}$|(?:^|[^\\p{L}])\\p{Lu}\\.\\p{Lu}$|(?:^|[^\\p{L}])\\p{Lo}\\.$");

    /**
     * "Ferdinand Marcos Jr., President of ...": no sentence ends with a comma or a semicolon, nor inside a parenthesis it
     * opened ("commencing at 9:00p.m.(Japan").
     */
    private static boolean endsMidSentence(String sentence) {
        String t = sentence.strip();
        return t.endsWith(",") || t.endsWith(";") || t.lastIndexOf('(') > t.lastIndexOf(')');
    }

    private static final Pattern ENDS_WITH_A_DAY = Pattern.compile("(?<![\\d.])\\d{1,2}\\.\\s*$");

    /**
     * "am 1. August", "Warschau, 1. August (dpa)": a day written with its full stop before the month's name ends no sentence
     * (a sentence that ends in a number before one that opens with a month, "won by 11. August was", is joined wrongly).
     */
    private static boolean dayBeforeItsMonth(String sentence, String next) {
        if (!ENDS_WITH_A_DAY.matcher(sentence).find()) return false;
        Matcher first = FIRST_WORD.matcher(next);
        return first.find() && TemporalTagger.isMonth(first.group(1));
    }

    /** No English sentence starts with a lower-case word: the model split inside one. */
    private static boolean startsLowerCase(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) return Character.isLowerCase(c);
            if (!Character.isWhitespace(c)) return false;
        }
        return false;
    }
}
