package org.readout.extract;

import org.readout.annotate.AnnotatedDocument;
import org.readout.annotate.Mention;
import org.readout.annotate.MentionType;
import org.readout.annotate.Sentence;
import org.readout.knowledge.Cues;
import org.readout.knowledge.People;
import org.readout.knowledge.Person;

import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A government's readout republished on a news site, an agency's wire or an aggregator reads as news to the
 * cleaner, but keeps its voice: it names its own side's people bare, calls everyone by office ("Minister
 * Gallant", "Mr Lavrov", "the Prime Minister"), never by family name alone ("Modi said", "Iwaya and Cho"), and
 * attributes next to nothing to anyone ("according to", "told reporters"), and carries no news agency's dateline.
 * Given a page that names one side bare (its voice), this tells whether the rest of it reads as that government's own
 * account.
 */
final class RepublishedReadout implements Predicate<AnnotatedDocument> {
    /** A release may quote its own minister once ("Mr Peters says"); news attributes line after line. */
    static final int MAX_ATTRIBUTIONS = 1;
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\S+)\\s+$");
    /** "\u201cWe will not waver,\u201d the Prime Minister said": a quotation's attribution is news's way of telling it. */
    private static final Pattern QUOTATION_END = Pattern.compile("[\u201d\"]\\s*$");

    private final Cues cues;

    RepublishedReadout(Cues cues) {
        this.cues = cues;
    }

    /** How far into a page its dateline may end. */
    static final int DATELINE_WITHIN = 400;

    @Override
    public boolean test(AnnotatedDocument doc) {
        return attributions(doc) <= MAX_ATTRIBUTIONS && !namesAnyoneByFamilyNameAlone(doc) && !wireDateline(doc)
                && !cues.newsSign().matcher(doc.document().text()).find();
    }

    /** "New Delhi, March 10 (IANS) ...": a news agency's report, however much it reads like a readout. */
    private boolean wireDateline(AnnotatedDocument doc) {
        String text = doc.document().text();
        return cues.wireTag().matcher(text.substring(0, Math.min(text.length(), DATELINE_WITHIN))).find();
    }

    private int attributions(AnnotatedDocument doc) {
        String text = doc.document().text();
        Matcher m = cues.sourceAttribution().matcher(text);
        int n = 0;
        while (n <= MAX_ATTRIBUTIONS && m.find()) if (!narratesItsOwnPerson(doc, text, m.start())) n++;
        return n;
    }

    /**
     * "the Prime Minister said that", "He said": a readout tells what its own people said by their office alone, or by a
     * pronoun; news names a source ("the Kremlin said", "Sharif said", "according to") and attributes quotations.
     */
    private boolean narratesItsOwnPerson(AnnotatedDocument doc, String text, int verb) {
        if (cues.personPronounEnding().matcher(text.substring(Math.max(0, verb - 8), verb)).find()) return true;
        // the office right before the verb, with nothing but blanks between: in the verb's sentence or ending the one before
        int at = doc.sentenceAt(verb);
        for (int i = Math.max(0, at - 1); i <= at; i++) {
            for (Mention t : doc.mentionsIn(i, MentionType.TITLE)) {
                if (t.end() > verb || !text.substring(t.end(), verb).isBlank()) continue;
                String before = text.substring(Math.max(0, t.start() - 12), t.start());
                Matcher article = cues.definiteArticleEnding().matcher(before);
                return article.find() && !QUOTATION_END.matcher(before.substring(0, article.start())).find();
            }
        }
        return false;
    }

    /**
     * A family name refers back to someone the page named in full; one that never was ("Climate Action and Green Energy")
     * is a word that happens to be someone's name.
     */
    private static boolean namesAnyoneByFamilyNameAlone(AnnotatedDocument doc) {
        String text = doc.document().text();
        int headings = ParticipantFinder.headingsEnd(doc);
        Set<Person> inFull = NamedInFull.in(doc);
        for (Mention m : doc.mentions()) {
            if (m.type() != MentionType.PERSON || !(m.value() instanceof People.NameForm form) || form.full()) continue;
            if (m.sentence() < headings || form.candidates().stream().noneMatch(inFull::contains)) continue;
            Sentence s = doc.sentences().get(m.sentence());
            Matcher before = WORD_BEFORE.matcher(text.substring(Math.max(s.start(), m.start() - 40), m.start()));
            // "Minister Gallant", "Mr Lavrov", "President Lula": an office or honorific right before the name
            if (before.find() && Character.isUpperCase(before.group(1).codePointAt(0))) continue;
            return true;
        }
        return false;
    }
}
