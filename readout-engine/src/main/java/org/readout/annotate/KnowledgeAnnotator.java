package org.readout.annotate;

import org.readout.clean.CleanDocument;
import org.readout.knowledge.KnowledgeBase;
import org.readout.knowledge.PhraseIndex;
import org.readout.knowledge.Titles;
import org.readout.knowledge.Tsv;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits sentences with OpenNLP and marks what the knowledge base knows in each: people, countries,
 * places and venues, titles, engagement triggers and status cues, plus temporal expressions.
 * Not thread-safe (OpenNLP's detector is not): use one per thread.
 */
public final class KnowledgeAnnotator implements Annotator {
    private final KnowledgeBase kb;
    private final SentenceSplitter splitter = new SentenceSplitter(abbreviations(), sentenceOpeners());
    private final TemporalTagger temporal = new TemporalTagger();

    public KnowledgeAnnotator(KnowledgeBase kb) {
        this.kb = kb;
    }

    @Override
    public AnnotatedDocument annotate(CleanDocument document) {
        SentenceSplitter.Split split = splitter.splitBounded(document.text());
        List<Sentence> sentences = split.sentences();
        if (split.cut() > 0) {
            document = document.withWarning(split.cut() + " sentence" + (split.cut() == 1 ? "" : "s") + " longer than "
                    + SentenceSplitter.MAX_SENTENCE_CHARS + " characters cut at spaces");
        }
        List<Mention> mentions = new ArrayList<>();
        List<TimeMention> times = new ArrayList<>();
        for (Sentence s : sentences) {
            String folded = PhraseIndex.foldSameLength(s.text());
            List<TimeMention> inSentence = temporal.tag(s);
            // "the afternoon of May 14": a name that is part of a date is no one's; "Hamid Karzai International Airport" names a place
            List<Mention> named = new ArrayList<>();
            for (Mention p : PersonNames.joinAdjacentForms(s, matches(s, withNicknamesBlank(folded, s), kb.people().index(), MentionType.PERSON), kb.cues().patronymicBefore(), kb.cues().patronymicAfter())) {
                if (inSentence.stream().noneMatch(x -> isDate(x) && x.start() <= p.start() && p.end() <= x.end()) && !namesAFacility(s, p)) named.add(p);
            }
            List<Mention> countries = matches(s, folded, kb.countries().index(), MentionType.COUNTRY);
            // "Bộ trưởng Ngoại giao Trung Quốc": a name alone ("Trung") inside a longer country's name ("Trung Quốc", China) is the country's
            named.removeIf(p -> countries.stream().anyMatch(c -> c.start() <= p.start() && p.end() <= c.end() && c.end() - c.start() > p.end() - p.start()));
            named.addAll(countries);
            add(named, s, folded, kb.places().index(), MentionType.PLACE);
            // "at 4 PM": a title inside a time expression is part of the time
            for (Mention found : matches(s, folded, kb.titles().index(), MentionType.TITLE)) {
                Mention t = beforeCountryItEndsIn(s, folded, found, countries);
                if (t != null && inSentence.stream().noneMatch(x -> x.start() < t.end() && t.start() < x.end())) named.add(t);
            }
            named.removeIf(m -> m.type() == MentionType.PERSON && PersonNames.someoneElsesGivenNameBefore(kb, s, m, named, inSentence));
            named.addAll(PersonNames.namesInScript(kb, s, named));
            for (Mention p : PersonNames.namesBySound(kb, s, named)) if (!namesAFacility(s, p)) named.add(p);
            named.addAll(NamesBesideOffices.find(kb, s, named));
            mentions.addAll(named);
            String daysBlank = withDaysBlank(folded, s, inSentence, kb.cues().placeAside());
            List<Mention> triggers = matches(s, daysBlank, kb.lexicon().triggers(), MentionType.TRIGGER);
            // "se reunió en Madrid con", "a rencontré à Paris le": a phrase a place parts, where no other phrase is read
            String placesBlank = withPlacesBlank(daysBlank, s, kb.cues().placeAside());
            if (!placesBlank.equals(daysBlank)) for (Mention t : matches(s, placesBlank, kb.lexicon().triggers(), MentionType.TRIGGER)) {
                if (triggers.stream().noneMatch(o -> o.start() < t.end() && t.start() < o.end())) triggers.add(t);
            }
            mentions.addAll(triggers);
            add(mentions, s, folded, kb.lexicon().cues(), MentionType.CUE);
            times.addAll(inSentence);
        }
        mentions.addAll(SideAbbreviations.find(kb, sentences, mentions));
        mentions.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : a.type().compareTo(b.type()));
        return new AnnotatedDocument(document, List.copyOf(sentences), List.copyOf(mentions), List.copyOf(times));
    }

    /**
     * "President of the Republic of Korea": a title that ends inside a country's name gives way to the name, and is the
     * longest title that ends before it ("President"), or none.
     */
    private Mention beforeCountryItEndsIn(Sentence s, String folded, Mention title, List<Mention> countries) {
        Mention country = countries.stream().filter(c -> title.start() < c.start() && c.start() < title.end() && title.end() < c.end())
                .findFirst().orElse(null);
        if (country == null) return title;
        int from = title.start() - s.start();
        int to = country.start() - s.start();
        PhraseIndex.Match<Titles.Title> longest = null;
        for (PhraseIndex.Match<Titles.Title> m : kb.titles().index().find(s.text().substring(from, to), folded.substring(from, to))) {
            if (m.start() == 0 && (longest == null || m.end() > longest.end())) longest = m;
        }
        return longest == null ? null
                : new Mention(MentionType.TITLE, s.index(), title.start(), title.start() + longest.end(), longest.text(), longest.value());
    }

    private static final int FACILITY_REACH = 40;

    /** A name followed by words of cue kind {@code facility}: a place or body named after someone, not the person. */
    private boolean namesAFacility(Sentence s, Mention person) {
        int from = person.end() - s.start();
        return kb.cues().facilityNext().matcher(s.text().substring(from, Math.min(s.text().length(), from + FACILITY_REACH))).lookingAt();
    }

    private static boolean isDate(TimeMention t) {
        return t.value() instanceof TimeValue.CalendarDate || t.value() instanceof TimeValue.DateSpan;
    }

    /** "se reunió este martes con", "se reunió el 13 de octubre con": the word before a weekday's name or a date (time-words.tsv, kind before-weekday). */
    private static final Pattern BEFORE_DAY = Pattern.compile("(?i)(?<![\\p{L}])(?:" + TemporalTagger.WORDS.beforeWeekday() + ")\\s+$");

    /**
     * "spoke Tuesday with", "met yesterday with", "se reunió este martes con", "s'est entretenu vendredi 29 mars 2024 avec",
     * "reuniu-se, nesta sexta-feira, 21 de Fevereiro, com": a day named inside an engagement phrase, the commas around
     * it and a place named right after it ("se reunió este martes en Madrid con"), do not break it.
     */
    private static String withDaysBlank(String folded, Sentence s, List<TimeMention> times, Pattern placeAside) {
        char[] out = null;
        for (TimeMention t : times) {
            boolean aDate = t.value() instanceof TimeValue.CalendarDate || t.value() instanceof TimeValue.DateSpan;
            if (!(t.value() instanceof TimeValue.Weekday || t.value() instanceof TimeValue.RelativeDay || aDate)) continue;
            if (out == null) out = folded.toCharArray();
            int from = t.start() - s.start();
            if (t.value() instanceof TimeValue.Weekday || aDate) {
                Matcher which = BEFORE_DAY.matcher(folded.substring(Math.max(0, from - 12), from));
                if (which.find()) from = Math.max(0, from - 12) + which.start();
            }
            for (int i = from; i < t.end() - s.start(); i++) out[i] = ' ';
            // "reuniu-se, nesta sexta-feira, 21 de Fevereiro, com": the commas that set a day apart go with it
            blankComma(out, from, -1);
            blankComma(out, t.end() - s.start(), 1);
            // "se reuniu, nesta sexta-feira (19), em Hiroshima, com": the place named with the day goes with it
            Matcher place = placeAside.matcher(s.text().substring(t.end() - s.start()));
            if (place.lookingAt()) for (int i = t.end() - s.start(); i < t.end() - s.start() + place.end(); i++) out[i] = ' ';
        }
        return out == null ? folded : new String(out);
    }

    /** " en Madrid ", ", à Paris, ": a place after a locative word, set off by spaces or commas, made blanks. */
    private static String withPlacesBlank(String folded, Sentence s, Pattern placeAside) {
        Matcher place = placeAside.matcher(s.text());
        char[] out = null;
        while (place.find()) {
            int at = place.start();
            boolean afterAWord = at > 0 && Character.isLetter(s.text().charAt(at - 1));
            char first = s.text().charAt(at);
            if (!afterAWord || !(Character.isWhitespace(first) || first == ',')) continue;
            if (out == null) out = folded.toCharArray();
            for (int i = at; i < place.end(); i++) out[i] = ' ';
        }
        return out == null ? folded : new String(out);
    }

    /** A nickname in quotation marks between a given name and a family name ("Gilberto “Gibo” Teodoro Jr."). */
    private static final Pattern NICKNAME = Pattern.compile("(?<=\\p{Lu}[\\p{L}.'’-]{0,20}\\s)[“\"‘][\\p{Lu}][\\p{L}.'’ -]{0,20}[”\"’](?=\\s+\\p{Lu})");

    /** "Gilberto “Gibo” Teodoro Jr." is read as "Gilberto Teodoro Jr.": the nickname made blanks, the text's length kept. */
    private static String withNicknamesBlank(String folded, Sentence s) {
        Matcher m = NICKNAME.matcher(s.text());
        if (!m.find()) return folded;
        char[] out = folded.toCharArray();
        do {
            for (int i = m.start(); i < m.end(); i++) out[i] = ' ';
        } while (m.find());
        return new String(out);
    }

    /** The comma next to position {@code from} (looking in {@code step}'s direction past spaces), if any, made a space. */
    private static void blankComma(char[] out, int from, int step) {
        int i = step < 0 ? from - 1 : from;
        while (i >= 0 && i < out.length && out[i] == ' ') i += step;
        if (i >= 0 && i < out.length && out[i] == ',') out[i] = ' ';
    }

    private static <T> void add(List<Mention> out, Sentence s, String folded, PhraseIndex<T> index, MentionType type) {
        out.addAll(matches(s, folded, index, type));
    }

    private static <T> List<Mention> matches(Sentence s, String folded, PhraseIndex<T> index, MentionType type) {
        List<Mention> out = new ArrayList<>();
        for (PhraseIndex.Match<T> m : index.find(s.text(), folded)) {
            out.add(new Mention(type, s.index(), s.start() + m.start(), s.start() + m.end(), m.text(), m.value()));
        }
        return out;
    }

    /** {@code readout/annotate/sentence-openers.txt}: the words that open a sentence after an initialism that ends one. */
    static Set<String> sentenceOpeners() {
        Set<String> set = new HashSet<>();
        for (Tsv.Row r : Tsv.load("readout/annotate/", "sentence-openers.txt", null)) set.add(r.get(0));
        return set;
    }

    /** {@code readout/annotate/abbreviations.txt}: the words ending in a full stop after which a sentence does not end. */
    static Set<String> abbreviations() {
        Set<String> set = new HashSet<>();
        for (Tsv.Row r : Tsv.load("readout/annotate/", "abbreviations.txt", null)) set.add(r.get(0));
        return set;
    }
}
