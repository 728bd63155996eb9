package org.readout.annotate;

import org.readout.clean.CleanDocument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * A cleaned document with its sentences, the known things named in them, and its temporal expressions.
 * Mentions and times are kept in sentence order (then by offset), so that those of one sentence are found by a
 * binary search rather than a scan of the whole document.
 */
public record AnnotatedDocument(CleanDocument document, List<Sentence> sentences, List<Mention> mentions,
                                List<TimeMention> times) {

    public AnnotatedDocument {
        mentions = inSentenceOrder(mentions, Mention::sentence, Mention::start);
        times = inSentenceOrder(times, TimeMention::sentence, TimeMention::start);
    }

    public List<Mention> mentionsIn(int sentence) {
        return ofSentence(mentions, Mention::sentence, sentence);
    }

    public List<Mention> mentionsIn(int sentence, MentionType type) {
        return mentionsIn(sentence).stream().filter(m -> m.type() == type).toList();
    }

    public List<TimeMention> timesIn(int sentence) {
        return ofSentence(times, TimeMention::sentence, sentence);
    }

    /** The index of the sentence that starts at this offset, or -1. */
    public int sentenceStartingAt(int start) {
        int i = firstFrom(sentences, Sentence::start, start);
        return i < sentences.size() && sentences.get(i).start() == start ? i : -1;
    }

    /** The index of the last sentence that starts at or before this offset, or -1. */
    public int sentenceAt(int offset) {
        return firstFrom(sentences, Sentence::start, offset + 1) - 1;
    }

    /** A stable sort: the annotator's order (by offset, then type) is kept within a sentence. */
    private static <T> List<T> inSentenceOrder(List<T> items, ToIntFunction<T> sentence, ToIntFunction<T> start) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingInt(sentence).thenComparingInt(start));
        return List.copyOf(sorted);
    }

    private static <T> List<T> ofSentence(List<T> items, ToIntFunction<T> sentenceOf, int sentence) {
        return items.subList(firstFrom(items, sentenceOf, sentence), firstFrom(items, sentenceOf, sentence + 1));
    }

    /** The index of the first item whose key is {@code key} or more, in a list sorted by that key. */
    private static <T> int firstFrom(List<T> items, ToIntFunction<T> keyOf, int key) {
        int lo = 0;
        int hi = items.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (keyOf.applyAsInt(items.get(mid)) < key) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
