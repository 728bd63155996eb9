package org.readout.annotate;

/** One sentence (or headline line) of a document: {@code start}/{@code end} are offsets in the cleaned text. */
public record Sentence(int index, int start, int end, String text) {
    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    /** "Japan, China Hold Foreign Minister Call Days after ...": most words capitalised, as a headline is, where capitalised words are not names. */
    public static boolean isHeadline(String sentence) {
        String[] words = sentence.split("\\s+");
        if (words.length < 4) return false;
        long capitalised = java.util.Arrays.stream(words).filter(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0))).count();
        return capitalised * 10 >= words.length * 7;
    }
}
