package org.readout.extract;

import org.readout.annotate.AnnotatedDocument;
import org.readout.annotate.Mention;
import org.readout.annotate.MentionType;
import org.readout.annotate.Sentence;
import org.readout.clean.DocumentKind;
import org.readout.knowledge.Countries;
import org.readout.knowledge.KnowledgeBase;
import org.readout.knowledge.People;
import org.readout.knowledge.Person;
import org.readout.knowledge.PhraseIndex;
import org.readout.knowledge.Titles;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whose own account an official document is: the country whose government issued it, wherever it
 * was republished. In order: the document says so ("A Downing Street spokesperson said"); the
 * address is a government's site; the publisher is a government body that names its country
 * ("Ministry of Foreign Affairs of Japan"); or the voice: a government's readout names its own
 * people bare ("Foreign Minister Hayashi held a call with Chinese Foreign Minister Qin Gang"), so the
 * one participant of the lead report named without a country is the issuer's. Null for any other
 * document, or when nothing settles it.
 */
final class IssuerFinder {
    /** How far from a name a country word still marks it ("Chinese Foreign Minister Qin Gang", "Wang Yi, Foreign Minister of China"). */
    private static final int MARK_WINDOW = 60;
    /**
     * Before a name, farther than {@link #MARK_WINDOW} when only a long office stands between ("China's Director of the Office of
     * the ... Commission and Foreign Minister Wang Yi"), with no one else named and no encounter told there.
     */
    private static final int MARK_WINDOW_BEFORE = 110;
    /** An e-mail address's or a web address's host. */
    private static final Pattern ADDRESS = Pattern.compile("(?:[\\w.+-]+@|https?://|\\bwww\\.)((?:[\\w-]+\\.)+[a-zA-Z]{2,})");

    private final KnowledgeBase kb;

    /** What may stand between a country word and the name it marks: no clause break, or a comma and an honorific or a short word. */
    private final Pattern markBefore;

    IssuerFinder(KnowledgeBase kb) {
        this.kb = kb;
        // "the United States (US) Secretary for Defence Mr. Lloyd Austin": the country's abbreviation in brackets may follow it;
        // "NAIROBI, Kenya - The Cabinet Secretary": a dash with blanks around it ends a dateline, whose country marks no one
        this.markBefore = Pattern.compile("(?:\\s*\\(\\p{Lu}[\\p{Lu}.]{1,5}\\))?(?:(?!\\s[-\u2013\u2014]\\s)[^,;:()])*"
                + "(?:,\\s*(?:\\S{0,6}\\s*|(?:(?:" + kb.cues().honorifics() + ")\\s+)+(?:\\p{Lu}[\\p{L}.]*\\s+)?))?");
    }

    Sourced<String> issuer(AnnotatedDocument doc, List<EngagementReport> reports) {
        if (doc.document().kind() != DocumentKind.OFFICIAL) return null;
        Sourced<String> declared = declared(doc);
        if (declared != null) return declared;
        if (reports.isEmpty()) return null;
        Sourced<String> voice = byVoice(doc, reports);
        return voice != null ? voice : byOrder(doc, reports.get(0));
    }

    /** The side a document says it speaks for ("UK Gov"), else whose people it names bare (its own, or its country's press), or null. */
    String voice(AnnotatedDocument doc, List<EngagementReport> reports) {
        if (reports.isEmpty()) return null;
        Sourced<String> said = ParticipantFinder.issuerSaid(doc, kb.cues());
        if (said != null) return said.value();
        Sourced<String> v = byVoice(doc, reports);
        return v == null ? null : v.value();
    }

    /**
     * The government a document speaks for as far as it says so itself, before its engagements are read:
     * in its words (any document), or by its address or publisher (an official one).
     */
    Sourced<String> declared(AnnotatedDocument doc) {
        Sourced<String> said = ParticipantFinder.issuerSaid(doc, kb.cues());
        if (said != null || doc.document().kind() != DocumentKind.OFFICIAL) return said;
        String id = doc.document().id();
        String url = doc.document().meta() == null ? null : doc.document().meta().url();
        String byAddress = kb.governmentSites().countryOf(url).orElse(null);
        if (byAddress != null) return Sourced.of(byAddress, new Evidence(id, -1, -1, url));
        Sourced<String> byAuthor = byAuthor(doc);
        if (byAuthor != null) return byAuthor;
        Sourced<String> byContact = byContact(doc);
        if (byContact != null) return byContact;
        String byPublisher = soleCountry(doc.document().outlet());
        return byPublisher == null ? null : Sourced.of(byPublisher, new Evidence(id, -1, -1, doc.document().outlet()));
    }

    /**
     * "Remarks by President Cyril Ramaphosa, Germany Official Visit": a line at the head that says whose words the page is
     * ({@link PageAuthor}) and whose authors only ever held office for one country is that country's own account.
     */
    private Sourced<String> byAuthor(AnnotatedDocument doc) {
        PageAuthor author = PageAuthor.of(doc, kb.cues()).orElse(null);
        if (author == null) return null;
        Set<String> countries = new TreeSet<>();
        for (Mention m : author.people()) countries.addAll(m.as(People.NameForm.class).countries());
        return countries.size() == 1 ? Sourced.of(countries.iterator().next(), Evidence.of(doc, author.line())) : null;
    }

    /** The one government whose addresses an official page gives for contact ("E-mail: media@presidency.gov.za", "www.mofa.go.jp"). */
    private Sourced<String> byContact(AnnotatedDocument doc) {
        String text = doc.document().text();
        Set<String> found = new TreeSet<>();
        Evidence first = null;
        for (Matcher m = ADDRESS.matcher(text); m.find(); ) {
            String country = kb.governmentSites().countryOf("https://" + m.group(1)).orElse(null);
            if (country == null) continue;
            found.add(country);
            if (first == null) first = new Evidence(doc.document().id(), m.start(), m.end(), m.group());
        }
        return found.size() == 1 ? Sourced.of(found.iterator().next(), first) : null;
    }

    private String soleCountry(String text) {
        if (text == null) return null;
        Set<String> found = new TreeSet<>();
        for (PhraseIndex.Match<Countries.Ref> m : kb.countries().index().find(text)) found.add(m.value().iso3());
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /**
     * The first sentence that names two sides' participants of the reports, from the top of the page down
     * to the lead report's own sentences: the one side named bare there (or called by a bare title: "The Prime
     * Minister spoke to the Prime Minister of India"), if exactly one is. Later sentences
     * name both sides bare once introduced; a headline that names both bare leaves it to the sentence after it.
     */
    private Sourced<String> byVoice(AnnotatedDocument doc, List<EngagementReport> reports) {
        List<Participant> people = reports.stream().flatMap(r -> r.participants().stream()).toList();
        int headings = ParticipantFinder.headingsEnd(doc);
        for (Sentence s : voiceSentences(doc, reports.get(0))) {
            boolean headline = Sentence.isHeadline(s.text()) || s.text().equals(doc.document().title())
                    || s.index() < headings;
            Set<String> named = new TreeSet<>();
            Set<String> bare = new TreeSet<>();
            for (Participant p : people) {
                if (p.country() == null || p.name() == null) continue;
                if (p.inferred()) {
                    // "The Prime Minister spoke to the Prime Minister of India": the office holder a bare title stands for
                    if (bareTitleOf(doc, s, p)) {
                        named.add(p.country());
                        bare.add(p.country());
                    }
                    continue;
                }
                Mention name = nameOf(doc, s, p);
                if (name == null) continue;
                named.add(p.country());
                if (!marked(doc, s, name)) bare.add(p.country());
            }
            if (named.size() < 2) continue;
            if (bare.size() == 1) return Sourced.of(bare.iterator().next(), Evidence.of(doc, s));
            if (!headline) return null;
        }
        return null;
    }

    /** Whether the sentence holds the participant's office as a title that no country marks ("The Prime Minister spoke to ..."). */
    private boolean bareTitleOf(AnnotatedDocument doc, Sentence s, Participant p) {
        for (Mention t : doc.mentionsIn(s.index(), MentionType.TITLE)) {
            Titles.Title title = t.as(Titles.Title.class);
            if (title.country() == null && p.role() != null && p.role().equals(title.role()) && !marked(doc, s, t)) return true;
        }
        return false;
    }

    /** The sentences before the lead report's first one, then the report's own. */
    private static List<Sentence> voiceSentences(AnnotatedDocument doc, EngagementReport lead) {
        List<Sentence> out = new ArrayList<>();
        int first = lead.evidence().stream().mapToInt(Evidence::start).min().orElse(-1);
        for (Sentence s : doc.sentences()) if (s.start() < first) out.add(s);
        for (Evidence ev : lead.evidence()) {
            Sentence s = sentenceAt(doc, ev.start());
            if (s != null && !out.contains(s)) out.add(s);
        }
        return out;
    }

    /**
     * Both sides marked ("the President of X had a call with the President of Y"): a government names its
     * own country first where it pairs the two ("between X and Y", "the X-Y partnership"), so the first pair
     * of the lead report's two countries in the page names the issuer first.
     */
    private Sourced<String> byOrder(AnnotatedDocument doc, EngagementReport lead) {
        Set<String> sides = lead.countries();
        if (sides.size() != 2) return null;
        for (Pair p : pairs(doc)) {
            if (sides.contains(p.first()) && sides.contains(p.second())) return Sourced.of(p.first(), Evidence.of(doc, p.sentence()));
        }
        return null;
    }

    /** The countries the page names as a pair with {@code side} ("between the UK and India", "the India-UK roadmap"). */
    Set<String> partners(AnnotatedDocument doc, String side) {
        Set<String> out = new TreeSet<>();
        for (Pair p : pairs(doc)) {
            if (p.first().equals(side)) out.add(p.second());
            if (p.second().equals(side)) out.add(p.first());
        }
        return out;
    }

    private record Pair(String first, String second, Sentence sentence) {
    }

    /**
     * Two countries named next to each other as a pair (cue kind {@code pair-joint}), by name or adjective, in the page's
     * order; a capital is no side of a pair ("ASTANA – US Secretary of State ..." is a dateline).
     */
    private List<Pair> pairs(AnnotatedDocument doc) {
        List<Pair> out = new ArrayList<>();
        String text = doc.document().text();
        for (Sentence s : doc.sentences()) {
            List<Mention> countries = doc.mentionsIn(s.index(), MentionType.COUNTRY);
            for (int i = 0; i + 1 < countries.size(); i++) {
                Mention a = countries.get(i);
                Mention b = countries.get(i + 1);
                String first = iso3(a);
                String second = iso3(b);
                if (first == null || second == null || first.equals(second) || a.end() > b.start()) continue;
                if (isCapital(a) || isCapital(b) || !kb.cues().isPairJoint(text.substring(a.end(), b.start()))) continue;
                out.add(new Pair(first, second, s));
            }
        }
        return out;
    }

    private static boolean isCapital(Mention m) {
        return m.value() instanceof Countries.Ref ref && ref.form() == Countries.Form.CAPITAL;
    }

    private static String iso3(Mention m) {
        return m.value() instanceof Countries.Ref ref ? ref.iso3() : null;
    }

    private static Sentence sentenceAt(AnnotatedDocument doc, int start) {
        for (Sentence s : doc.sentences()) if (s.start() == start) return s;
        return null;
    }

    /** The mention of a participant in a sentence: the name in full, or the name the press uses alone (the knowledge base's family name). */
    private Mention nameOf(AnnotatedDocument doc, Sentence s, Participant p) {
        String family = p.personId() == null ? p.name()
                : kb.people().get(p.personId()).map(Person::family).orElse(p.name());
        String foldedFamily = PhraseIndex.foldSameLength(family);
        String foldedName = PhraseIndex.foldSameLength(p.name());
        for (Mention m : doc.mentionsIn(s.index(), MentionType.PERSON)) {
            // "习近平", "岸田文雄": a name in another script is the participant's when the knowledge says it may be that person
            if (m.value() instanceof People.NameForm form && form.mayBe(p.personId())) return m;
            String said = PhraseIndex.foldSameLength(m.text());
            if (said.contains(foldedFamily) || foldedName.contains(said)) return m;
        }
        return null;
    }

    /**
     * A country word shortly before the name, not cut off by a clause break ("Prime Minister of Italy, Ms.
     * Giorgia Meloni", "King of Jordan, His Majesty King Abdullah II" and "the United States' Secretary of State, Antony Blinken" still are), or "of COUNTRY" or ", COUNTRY's" right after it ("Wang Yi, Foreign Minister of China", "Putin of Russia",
     * "Hayashi, Japan's Minister for Foreign Affairs").
     */
    private boolean marked(AnnotatedDocument doc, Sentence s, Mention name) {
        String text = doc.document().text();
        for (Mention c : doc.mentionsIn(s.index(), MentionType.COUNTRY)) {
            if (c.end() <= name.start() && marksFromBefore(doc, s, c.end(), name.start())) return true;
            if (c.start() >= name.end() && c.start() - name.end() <= MARK_WINDOW
                    && text.substring(name.end(), c.start()).matches("(?:,[^;:()]*\\b|\\s+)of\\s+(?:the\\s+)?|,\\s*(?:the\\s+)?")
                    && !acted(doc, s, name.end(), c.start())) return true;
        }
        return false;
    }

    /** A country word ending at {@code from} that marks the name starting at {@code to}: near it, or farther past a long office only. */
    private boolean marksFromBefore(AnnotatedDocument doc, Sentence s, int from, int to) {
        if (to - from > MARK_WINDOW_BEFORE || !markBefore.matcher(doc.document().text().substring(from, to)).matches()) return false;
        return to - from <= MARK_WINDOW || !acted(doc, s, from, to) && !anotherNameBetween(doc, s, from, to);
    }

    /** Whether someone is named between a country word and a name. */
    private static boolean anotherNameBetween(AnnotatedDocument doc, Sentence s, int from, int to) {
        for (Mention m : doc.mentionsIn(s.index(), MentionType.PERSON)) if (m.start() >= from && m.end() <= to) return true;
        return false;
    }

    /** A trigger between a name and a country ("Mark Carney, spoke with the President of Brazil"): the country is the other side's. */
    private static boolean acted(AnnotatedDocument doc, Sentence s, int from, int to) {
        for (Mention t : doc.mentionsIn(s.index(), MentionType.TRIGGER)) if (t.start() >= from && t.end() <= to) return true;
        return false;
    }
}
