package org.readout.knowledge;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of {@code readout/extract/cues.tsv}, extended or replaced by a user's {@code DIR/cues.tsv} as every
 * knowledge file is, compiled into the patterns the extractors and the cleaner use. Immutable and thread-safe.
 */
public final class Cues {
    static final String RESOURCE_DIR = "readout/extract/";
    static final String FILE = "cues.tsv";
    /** The publishers the cleaner knows, whose rows {@code name agency NAME REGEX} are the news agencies cues read too. */
    static final String OUTLETS_DIR = "readout/clean/";
    static final String OUTLETS = "outlets.tsv";

    private final Pattern negated;
    private final Pattern recalled;
    private final Pattern hedged;
    private final Pattern obligation;
    private final Pattern firstPerson;
    private final Pattern definiteArticleEnding;
    private final Pattern leadingDefiniteArticle;
    private final Set<String> selfPronouns;
    private final Set<String> notSides;
    private final Pattern subjectParticle;
    private final Pattern sideAbbreviation;
    /**
     * Where a cue word may start: not right after a letter or digit of a script that writes spaces between words (a word of
     * Chinese, Japanese or Korean touches the one before it: {@link Scripts#SYLLABIC_CLASS}).
     */
    private static final String WORD_START = "(?<![\\p{L}\\p{N}&&[^" + Scripts.SYLLABIC_CLASS + "]])";
    /** Where a cue word may end: not right before a letter or digit of such a script. */
    private static final String WORD_END = "(?![\\p{L}\\p{N}&&[^" + Scripts.SYLLABIC_CLASS + "]])";
    private final Pattern praiseWord;
    private final Pattern criticismWord;
    private final Pattern intentWord;
    private final Pattern pledgeAfterSide;
    private final Pattern pledgingSubject;
    private final Pattern warningWord;
    private final Pattern newsSign;
    private final Pattern releaseBanner;
    private final Pattern mutualAct;
    private final Pattern jointObjectWord;
    private final Pattern apart;
    private final Pattern group;
    private final Pattern impersonalEnding;
    private final Pattern otherEvent;
    private final Pattern otherEventAfter;
    private final Pattern particleEndingSubject;
    private final Pattern notTheEngagementDate;
    private final Pattern relativeClause;
    private final Pattern tenseBreak;
    private final Pattern patronymicBefore;
    private final Pattern patronymicAfter;
    private final Pattern locative;
    private final Pattern locativeAfter;
    private final Pattern capitalAfterCountry;
    private final Pattern capitalBeforeCountry;
    private final Pattern placeAside;
    private final Pattern sidelines;
    private final Pattern objectBefore;
    private final Pattern originThenAnd;
    private final Pattern jointObject;
    private final Pattern subjectAccused;
    private final Pattern issuer;
    private final Pattern authoredBy;
    private final Pattern authoredByPossessive;
    private final Pattern publisherLine;
    private final Pattern publisherLineOpener;
    private final Pattern otherTimeOpener;
    private final Pattern otherEncounterOpener;
    private final Pattern channelBefore;
    private final Pattern reportChannel;
    private final Pattern reportSource;
    private final Pattern entourage;
    private final Pattern opensOnAPronoun;
    private final Pattern weTogether;
    private final Pattern speakerPronoun;
    private final Pattern wireTag;
    private final Pattern photoCredit;
    private final Pattern opensOnAPersonalPronoun;
    private final Pattern personPronounEnding;
    private final Map<String, String> pronounGender;
    private final Pattern determinerGap;
    private final Pattern joinedAct;
    private final Pattern encounterNoun;
    private final Pattern theEncounterNoun;
    private final Pattern pluperfect;
    private final Pattern sideNoun;
    private final Pattern topicMarker;
    private final Pattern topicNoun;
    private final Pattern encounterTopic;
    private final Pattern subjectlessOpening;
    private final Pattern presentParticiple;
    private final Pattern clauseBreak;
    private final Pattern topicHead;
    private final Pattern arrival;
    private final Pattern quoteAttribution;
    private final Pattern together;
    private final Pattern countedSides;
    private final Pattern asideList;
    private final Pattern clauseOpener;
    private final String nameParticles;
    private final Pattern officeThenName;
    private final Pattern monthFirstZone;
    private final Pattern publishedLabel;
    private final Pattern nowLabel;
    private final Pattern attributedTo;
    private final Pattern articleEnding;
    private final Pattern publishedLabelEnding;
    private final Pattern naming;
    private final String publishedLabels;
    private final Pattern occasionMarker;
    private final Pattern actOccasion;
    private final Pattern otherEncounter;
    private final Pattern notTheHolder;
    private final Pattern participle;
    private final Pattern passiveInside;
    private final Pattern auxiliaryBefore;
    private final Pattern attribution;
    private final Pattern occasionPlace;
    private final Pattern occasionNamed;
    private final Pattern occasionNounNext;
    private final Pattern counterpartJoined;
    private final Pattern counterpartOfSpeaker;
    private final Pattern compoundGap;
    private final Pattern modifiedOffice;
    private final Pattern countryChainGap;
    private final Pattern wordsAfter;
    private final Pattern outletVerbNext;
    private final Pattern facilityNext;
    private final Pattern bodyWordEnd;
    private final Pattern namePrefix;
    private final Pattern stateWord;
    private final Pattern earlierClause;
    private final Pattern actOfAnEarlierTime;
    private final Pattern perfectBefore;
    private final Pattern sender;
    private final Pattern officeThenCountry;
    private final Pattern countryThenOffice;
    private final Pattern tookPlaceAfter;
    private final Pattern wordsAfterOpening;
    private final String counterparts;
    private final Pattern counterpartWord;
    private final String leaders;
    private final Pattern auxiliaryAfter;
    private final Pattern pairJoint;
    private final String honorifics;
    private final Pattern dateLineWord;
    private final Pattern sourceAttribution;

    /** The kinds of cue, the first column of {@code cues.tsv}. */
    private static final Set<String> KINDS = Set.of("negation", "recalled", "hedge", "obligation", "group", "relative-opener",
            "not-engagement-date", "patronymic", "tense-break", "locative", "locative-after", "capital-word", "sidelines", "object-marker", "origin-marker", "joint-object", "issuer", "authored-by", "authored-by-possessive", "article", "publisher-label", "publisher-line-opener", "channel", "arrival", "other-time-opener", "together", "counted-sides", "aside-list", "clause-opener", "name-particle",
            "month-first-zone", "published-label", "now-label", "naming", "occasion-marker", "other-encounter", "not-the-holder", "subject-accused",
            "participle", "auxiliary", "auxiliary-adverb", "counterpart", "office-modifier", "possessive", "leaders",
            "group-office", "attribution", "occasion-place", "occasion-lead", "occasion-name-word", "occasion-noun", "pair-joint",
            "honorific", "date-line-word", "source-attribution", "report-channel", "report-audience", "source-name-word", "entourage", "subject-pronoun", "side-noun", "topic-marker", "topic-noun", "encounter-topic", "topic-head", "participle-ending", "adverb-ending", "we-together", "joined-act", "pluperfect", "determiner", "pronoun", "photo-label", "praise-word", "criticism-word", "intent-word", "first-person", "definite-article", "news-sign", "release-banner", "mutual-act", "mutual-act-unspaced", "apart", "apart-unspaced", "encounter-noun", "conjunction", "words-after", "outlet-verb", "earlier-clause", "took-place", "facility", "impersonal", "other-event", "name-prefix", "not-side", "subject-particle", "side-suffix", "state-word", "future-modal", "pledging-subject", "warning-word", "other-event-after", "genitive", "act-occasion", "perfect-auxiliary", "sender", "body-word");
    /** How many words may stand before the topic-head that names what an encounter was about ("on [shared] priorities"). */
    private static final int TOPIC_HEAD_REACH = 4;
    /** What a {@code pronoun} stands for, its third column: a man, a woman, several; empty for either one. */
    private static final Set<String> PRONOUN_KINDS = Set.of("m", "f", "plural", "self");
    /** Where an {@code auxiliary} is read, its third column. */
    private static final Set<String> AUXILIARY_PLACES = Set.of("before", "after", "inside");

    private Cues(List<Tsv.Row> rows, List<Tsv.Row> outlets) {
        for (Tsv.Row r : rows) {
            if (!KINDS.contains(r.get(0))) throw r.error("no such kind of cue '" + r.get(0) + "' (see the head of the bundled cues.tsv)");
            if (r.get(1).isEmpty()) throw r.error("a cue needs a phrase in the second column");
            if (r.get(0).equals("auxiliary") && (r.list(2).isEmpty() || !AUXILIARY_PLACES.containsAll(r.list(2)))) {
                throw r.error("an auxiliary needs where it is read in the third column: before, after or inside, |-separated");
            }
            if (r.get(0).equals("pronoun") && !r.get(2).isEmpty() && !PRONOUN_KINDS.contains(r.get(2))) {
                throw r.error("a pronoun's third column is m, f, plural, self or empty");
            }
        }
        negated = Pattern.compile("(?i)\\b(?:" + words(rows, "negation") + ")[\\s,]+(?:\\w+[\\s,]+){0,2}$");
        hedged = Pattern.compile("(?i)\\b(?:" + words(rows, "hedge") + ")\\s+(?:\\w+\\s+)?$");
        recalled = Pattern.compile("(?i)\\b(?:" + words(rows, "recalled") + ")\\s+(?:\\w+\\s+)?$");
        obligation = Pattern.compile("(?i)" + WORD_START + "(?:" + words(rows, "obligation") + ")" + WORD_END);
        firstPerson = Pattern.compile("\\b(?:" + capitalisedToo(exact(rows, "first-person")) + ")\\b");
        definiteArticleEnding = Pattern.compile("\\b(?:" + capitalisedToo(exact(rows, "definite-article")) + ")\\s+$");
        leadingDefiniteArticle = Pattern.compile("^(?i:" + words(rows, "definite-article") + ")\\s+");
        praiseWord = Pattern.compile("(?i)" + WORD_START + "(?:" + words(rows, "praise-word") + ")" + WORD_END);
        newsSign = Pattern.compile("(?i)(?<![\\p{L}])(?:" + words(rows, "news-sign") + ")(?![\\p{L}])");
        releaseBanner = Pattern.compile("(?i)(?:" + words(rows, "release-banner") + ")");
        apart = Pattern.compile("(?i)(?<![\\p{L}])(?:" + words(rows, "apart") + ")(?![\\p{L}])|" + exactOrNone(rows, "apart-unspaced"));
        mutualAct = Pattern.compile("(?i)^(?:(?:" + words(rows, "mutual-act") + ")(?![\\p{L}])|" + exactOrNone(rows, "mutual-act-unspaced") + ")");
        criticismWord = Pattern.compile("(?i)" + WORD_START + "(?:" + words(rows, "criticism-word") + ")" + WORD_END);
        intentWord = Pattern.compile("(?i)" + WORD_START + "(?:" + words(rows, "intent-word") + ")" + WORD_END);
        // an adverb by its ending ("formally"), in the file's words
        String adverb = "\\p{L}+(?:" + words(rows, "adverb-ending") + ")";
        String modalAfter = "(?:\\s+(?:" + adverb + "|" + words(rows, "auxiliary-adverb") + "))?\\s+(?:" + words(rows, "future-modal") + ")\\b";
        pledgeAfterSide = Pattern.compile("(?i)^(?:['’]s)?(?:\\s+(?:" + words(rows, "side-noun") + "))?" + modalAfter);
        warningWord = Pattern.compile("(?i)" + WORD_START + "(?:" + words(rows, "warning-word") + ")" + WORD_END);
        pledgingSubject = Pattern.compile("(?i)\\b(?:" + words(rows, "pledging-subject") + ")" + modalAfter);
        // letters of any script around the words, as \b knows only Latin ones ("стороны", "الجانبان")
        group = Pattern.compile(WORD_START + "(?iu:" + Tsv.accentOptionalAlternation(rows, "group") + ")" + WORD_END
                + "|\\b[Tt]he\\s+\\p{Lu}\\p{L}+\\s+and\\s+\\p{Lu}\\p{L}+\\s+(?i:" + words(rows, "group-office") + ")\\b");
        otherEvent = Pattern.compile("(?i)(?<![\\p{L}])(?:" + words(rows, "other-event") + ")\\s+(?=\\p{L})");
        otherEventAfter = Pattern.compile(exactOrNone(ofKind(rows, "other-event-after"), "other-event-after"));
        // a subject particle right after a word of a script that writes it so ("대통령이 ", "首相は"), not inside a word
        particleEndingSubject = Pattern.compile("(?<=[\\p{IsHan}\\p{IsKatakana}\\p{IsHangul}])(?:"
                + exactOrNone(ofKind(rows, "subject-particle"), "subject-particle") + ")(?=\\s|[\\p{IsHan}\\p{IsKatakana}])");
        impersonalEnding = Pattern.compile("(?i)(?<![\\p{L}])(?:" + words(rows, "impersonal") + ")\\s+(?:\\p{L}+\\s+)?$");
        attribution = Pattern.compile("^[^\\p{L}]*(?:" + words(rows, "attribution") + ")\\b");
        notTheEngagementDate = Pattern.compile("(?i)\\b(?:" + words(rows, "not-engagement-date") + ")\\s*$");
        tenseBreak = Pattern.compile(";|\\b(?:" + words(rows, "tense-break") + ")\\b");
        patronymicBefore = Pattern.compile("(?i)(?<![\\p{L}])(?:" + words(rows, "patronymic") + ")\\s+$");
        patronymicAfter = Pattern.compile("(?i)^\\s+(" + words(rows, "patronymic") + ")\\s+\\p{Lu}");
        // "..., who was voted in on Monday, 22 July": the clause goes on over the comma inside its own date
        relativeClause = Pattern.compile(",\\s*(?:" + words(rows, "relative-opener") + ")\\s[^,;:()]*(?:,\\s*)?$");
        // "em Hiroshima", "en el Palacio de la Moncloa": a name in capitals after a locative and perhaps an article, its
        // lower-case particles ("de la") inside it
        String article = "(?:(?i:" + words(rows, "definite-article") + ")\\s+)?";
        placeAside = Pattern.compile("\\s*,?\\s*(?i:" + words(rows, "locative") + ")\\s+" + article + "\\p{Lu}[\\p{L}'’-]*(?:\\s(?:(?:"
                + words(rows, "origin-marker") + ")\\s+" + article + ")?\\p{Lu}[\\p{L}'’-]*){0,3}\\s*,?(?=\\s)");
        List<Tsv.Row> locatives = ofKind(rows, "locative");
        // "in Beijing" and, in a script written without spaces, "在北京"
        Map<Boolean, List<Tsv.Row>> unspaced = locatives.stream()
                .collect(java.util.stream.Collectors.partitioningBy(r -> Scripts.unspaced(r.get(1).charAt(0))));
        locative = Pattern.compile("(?i)(?:(?<![\\p{L}])(?:" + words(unspaced.get(false), "locative")
                + ")\\s+(?:the\\s+)?(?:[\\p{L}]+\\s+capital,?\\s+)?|(?:" + exactOrNone(unspaced.get(true), "locative") + "))$");
        String capitalWord = words(rows, "capital-word");
        capitalAfterCountry = Pattern.compile("(?i)^\\s+(?:" + capitalWord + ")(?![\\p{L}])");
        capitalBeforeCountry = Pattern.compile("(?i)(?<![\\p{L}])(?:" + words(locatives, "locative") + ")\\s+" + article + "(?:" + capitalWord + ")\\s+$");
        // "Doha'da" is in Doha, "Doha'dan" from it
        locativeAfter = Pattern.compile("(?i)^\\s?(?:" + exactOrNone(ofKind(rows, "locative-after"), "locative-after") + ")(?![\\p{IsLatin}])");
        sidelines = Pattern.compile("(?i)\\b(?:" + words(rows, "sidelines") + ")\\b");
        honorifics = exact(rows, "honorific");
        dateLineWord = Pattern.compile("(?i)\\b(?:" + words(rows, "date-line-word") + ")\\b");
        String determiners = words(rows, "determiner");
        List<Tsv.Row> pronouns = ofKind(rows, "pronoun");
        List<Tsv.Row> singular = pronouns.stream().filter(r -> !r.get(2).equals("plural")).toList();
        List<Tsv.Row> gendered = pronouns.stream().filter(r -> r.get(2).equals("m") || r.get(2).equals("f")).toList();
        speakerPronoun = Pattern.compile("\\b(?:" + capitalisedToo(exactOrNone(singular, "pronoun")) + ")\\b");
        opensOnAPersonalPronoun = Pattern.compile("^\\s*(?:" + capitalised(exact(pronouns, "pronoun")) + ")\\b");
        personPronounEnding = Pattern.compile("\\b(?:" + capitalisedToo(exactOrNone(gendered, "pronoun")) + ")\\s+$");
        Map<String, String> genders = new java.util.HashMap<>();
        for (Tsv.Row r : gendered) genders.put(r.get(1).toLowerCase(java.util.Locale.ROOT), r.get(2));
        notSides = ofKind(rows, "not-side").stream().map(r -> r.get(1)).collect(java.util.stream.Collectors.toUnmodifiableSet());
        sideAbbreviation = Pattern.compile("\\p{IsHan}(?:" + exactOrNone(ofKind(rows, "side-suffix"), "side-suffix") + ")");
        subjectParticle = Pattern.compile("^\\s*(?:" + exactOrNone(ofKind(rows, "subject-particle"), "subject-particle") + ")");
        selfPronouns = pronouns.stream().filter(r -> r.get(2).equals("self")).map(r -> r.get(1)).collect(java.util.stream.Collectors.toUnmodifiableSet());
        pronounGender = Map.copyOf(genders);
        determinerGap = Pattern.compile("(?i)\\s+(?:(?:" + determiners + ")\\s+){0,2}");
        List<Tsv.Row> spacedMarkers = rows.stream().filter(r -> !r.get(0).equals("object-marker") || !Scripts.unspaced(r.get(1).charAt(0))).toList();
        List<Tsv.Row> unspacedMarkers = rows.stream().filter(r -> r.get(0).equals("object-marker") && Scripts.unspaced(r.get(1).charAt(0))).toList();
        // "愿同日方一道": a marker of a script without spaces stands right before its object
        objectBefore = Pattern.compile("\\b(?i:" + words(spacedMarkers, "object-marker") + ")\\s+(?:(?:" + determiners + "|and|" + honorifics + "|"
                + "\\p{Lu}[\\p{L}.'’-]*)\\s+){0,5}$" + (unspacedMarkers.isEmpty() ? "" : "|(?:" + exact(unspacedMarkers, "object-marker") + ")$"));
        originThenAnd = Pattern.compile("^(?i:" + words(rows, "origin-marker") + ")\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,3}and\\s");
        jointObject = Pattern.compile("(?i)\\s(?:" + words(rows, "joint-object") + ")\\s+");
        jointObjectWord = Pattern.compile("(?i)(?<![\\p{L}])(?:" + words(rows, "joint-object") + ")(?![\\p{L}])");
        issuer = Pattern.compile("(?i)^(?:['’]s)?\\s+(?:" + words(rows, "issuer") + ")\\b");
        authoredBy = Pattern.compile("(?i)^\\W*(?:\\p{L}+\\s+){0,2}(?:" + words(rows, "authored-by") + ")\\s+");
        authoredByPossessive = Pattern.compile("(?i)^['’]s\\s+(?:\\p{L}+\\s+)?(?:" + words(rows, "authored-by-possessive") + ")\\b");
        publisherLine = Pattern.compile("(?i)^[ \\t]+(?:" + words(rows, "publisher-label") + ")\\.?[ \\t]*(?:\\n|$)");
        publisherLineOpener = Pattern.compile("(?i)[ \\t]*(?:(?:" + words(rows, "publisher-line-opener") + ")[ \\t]*:[ \\t]*)?");
        asideList = Pattern.compile("(?i)\\s*(?:(?:the|a|an|[\\p{L}'’-]+)\\s+){0,2}?(?:" + words(rows, "aside-list") + ")\\b");
        together = Pattern.compile("(?i)\\b(?:" + words(rows, "together") + ")\\b");
        for (Tsv.Row r : rows) {
            if (r.get(0).equals("counted-sides") && !r.get(1).contains(COUNT)) throw r.error("a counted-sides cue needs '" + COUNT + "' where its number stands");
        }
        // digits of a count of people who met, never a number too long to read ("the 12345678901 leaders")
        countedSides = Pattern.compile("(?i)\\b(?:" + words(rows, "counted-sides").replace(Pattern.quote(COUNT), "(\\p{L}+|\\d{1,3})") + ")\\b");
        otherTimeOpener = Pattern.compile("(?i)^\\W*(?:" + words(rows, "other-time-opener") + ")\\s*,");
        quoteAttribution = Pattern.compile("[”\"]\\s*(?:" + words(rows, "attribution") + ")\\b");
        arrival = Pattern.compile("(?i)\\b(?:" + words(rows, "arrival") + ")\\s+(?:the\\s+)?$");
        channelBefore = Pattern.compile("(?i)\\b(?:" + words(rows, "channel") + ")\\s+(?:(?:a|an|the)\\s+)?$");
        otherEncounterOpener = Pattern.compile("(?i)^\\W*(?:" + words(rows, "other-encounter") + ")\\b");
        clauseOpener = Pattern.compile("[,;]|\\b(?i:" + words(rows, "clause-opener") + ")\\b");
        clauseBreak = Pattern.compile("[;:()]|\\b(?i:" + words(rows, "clause-opener") + "|" + words(rows, "relative-opener") + ")\\b");
        nameParticles = words(rows, "name-particle");
        officeThenName = Pattern.compile("\\s{1,2}(?:(?i:" + nameParticles + ")[\\s-])?");
        monthFirstZone = Pattern.compile("\\b(?:" + exact(rows, "month-first-zone") + ")\\b");
        publishedLabels = words(rows, "published-label");
        publishedLabel = Pattern.compile("(?i)^\\s*(?:" + publishedLabels + ")\\s*[:\\-–—]?\\s*$");
        naming = Pattern.compile("^\\s*(?:[‘'“\"]|(?i:" + words(rows, "naming") + ")\\s)");
        // "Published: Wed 16 Feb 2022": a weekday's name may stand between the label and the date
        publishedLabelEnding = Pattern.compile("(?i)(?:^|\\s)(?:" + publishedLabels + ")\\s*[:\\-–—]?\\s*(?:(?-i:\\p{Lu})\\p{L}{2,8}\\.?,?\\s+)?$");
        nowLabel = Pattern.compile("(?i)^\\s*(?:" + words(rows, "now-label") + ")\\s*[:\\-–—]?\\s*$");
        actOccasion = Pattern.compile("(?iu)^[\\s,]*(?:[\\p{L}\\d’'-]+[\\s,]+){0,6}?(?:" + words(rows, "act-occasion") + ")\\s+(?:[\\p{L}\\d’'-]+\\s+){0,3}$");
        occasionMarker = Pattern.compile("(?i)\\b(?:" + words(rows, "occasion-marker") + ")\\s+(?:the\\s+)?(?:[\\p{L}\\d’'-]+\\s+){0,3}$");
        occasionPlace = Pattern.compile("^\\s+(?:" + words(rows, "occasion-place") + ")\\s+(?:the\\s+)?$");
        String nameWord = "[\\p{Lu}\\d][\\p{L}\\d'’.-]*|" + words(rows, "occasion-name-word");
        occasionNamed = Pattern.compile("(?:" + words(rows, "occasion-lead") + ") the ((?:" + nameWord + ")(?:[\\s-]+(?:" + nameWord
                + "))*?\\s+(?i:" + words(rows, "occasion-noun") + "))");
        occasionNounNext = Pattern.compile("^\\s+(?i:" + words(rows, "occasion-noun") + ")\\b");
        String otherEncounterWords = words(rows, "other-encounter");
        otherEncounter = Pattern.compile("(?i)\\b(?:" + otherEncounterWords + ")\\s+(?:(?:" + determiners + ")\\s+)?(?:[\\p{L}'’-]+\\s+){0,2}(?-i:\\p{Ll}+\\s+){0,3}$"
                // "ahead of Swedish President Carl Holm's upcoming visit": the encounter of someone named in full, in the possessive
                + "|\\b(?i:" + otherEncounterWords + ")\\s+(?:\\p{Lu}[\\p{L}.-]*\\s+){0,4}\\p{Lu}[\\p{L}.-]*['’]s\\s+(?:\\p{Ll}+\\s+){0,2}$"
                // "the first meeting since Prime Minister Narendra Modi met": a clause of an earlier time, its subject named in full
                + "|\\b(?i:" + words(rows, "earlier-clause") + ")\\s+(?:[\\p{L}.'’-]+\\s+){1,6}$");
        wordsAfter = Pattern.compile("(?i)\\b(?:" + words(rows, "words-after") + ")\\s+$");
        // "Nepal's Prime Minister", "Japan's and China's", "オマーン国外務大臣", "オーストラリアのウォン外務大臣", "नेपाल के प्रधानमंत्री"
        countryThenOffice = Pattern.compile("^(?:(?:['’]s)?[\\s,\\-–]*(?:and\\s+)?(?:['’]s)?\\s*|国?(?:の[\\p{IsKatakana}ー・]{0,24})?|\\s+(?:"
                + words(rows, "genitive") + ")\\s+)$");
        officeThenCountry = Pattern.compile("^['’]?s?\\s+(?:" + words(rows, "origin-marker") + "|from)\\s+(?:the\\s+)?$");
        String earlierClauseWords = words(rows, "earlier-clause");
        earlierClause = Pattern.compile("(?i)\\b(?:" + earlierClauseWords + ")\\b");
        sender = Pattern.compile("(?iU)(?<![\\p{L}\\p{M}])(?:" + words(rows, "sender") + ")\\s+");
        perfectBefore = Pattern.compile("(?i)\\b(?:" + words(rows, "perfect-auxiliary") + ")\\s+(?:\\p{L}+\\s+)?$");
        actOfAnEarlierTime = Pattern.compile("(?i)\\b(?:" + earlierClauseWords + ")\\s+(?:[^\\s,;:]+\\s+){0,8}$");
        facilityNext = Pattern.compile("(?iU)^\\s+(?:" + words(rows, "facility") + ")");
        bodyWordEnd = Pattern.compile("(?iU)(?<![\\p{L}\\p{M}])(?:" + words(rows, "body-word") + ")$");
        namePrefix = Pattern.compile("(?iU)^(?:" + words(rows, "name-prefix") + ")\\.?$");
        stateWord = Pattern.compile("(?iU)^(?:" + words(rows, "state-word") + ")(?![\\p{L}\\p{M}])");
        outletVerbNext = Pattern.compile("(?i)^\\s+(?:" + words(rows, "outlet-verb") + ")\\b");
        tookPlaceAfter = Pattern.compile("(?i)^[^.;:]{0,80}?\\b(?:" + words(rows, "took-place") + ")\\b");
        wordsAfterOpening = Pattern.compile("(?i)^\\s*(?:" + words(rows, "words-after") + ")\\s+(?:" + words(rows, "other-encounter") + ")\\b");
        notTheHolder = Pattern.compile("(?i)\\b(?:" + words(rows, "not-the-holder") + ")\\s+$");
        subjectAccused = Pattern.compile("(?i)^(?:" + words(rows, "subject-accused") + ")\\b");
        String participles = "\\p{L}+(?:ed|en)|" + words(rows, "participle");
        participle = Pattern.compile("(?i)^(?:" + participles + ")\\b");
        pairJoint = Pattern.compile("(?i)^\\s*(?:" + words(rows, "pair-joint") + ")\\s*(?:the\\s+)?$");
        sourceAttribution = Pattern.compile("(?i)\\b(?:" + words(rows, "source-attribution") + ")\\b");
        String agencies = String.join("|", agencies(outlets));
        wireTag = Pattern.compile("\\((?:" + agencies + ")\\)[ \\t]*(?:[:\\-–—]|\\p{Lu})");
        photoCredit = Pattern.compile("(?:^|[\\s.,(/])\\(?(?:" + agencies + ")\\)?\\.?[ \\t]*$|(?i:\\b(?:" + words(rows, "photo-label") + ")[ \\t]*:)");
        String articles = words(rows, "article");
        attributedTo = Pattern.compile("(?i)\\b(?:" + words(rows, "source-attribution") + ")\\s+(?:(?:" + articles + ")\\s+)?$");
        articleEnding = Pattern.compile("(?i)\\s(?:" + articles + ")\\s+$");
        passiveInside = Pattern.compile("(?i)\\b(?:" + auxiliaries(rows, "inside") + ")\\s+(?:" + adverb + "\\s+)?(?:" + participles + ")\\b");
        auxiliaryBefore = Pattern.compile("(?i)\\b(?:" + auxiliaries(rows, "before") + ")\\s+(?:(?:"
                + words(rows, "auxiliary-adverb") + "|" + adverb + ")\\s+){0,2}$");
        counterparts = words(rows, "counterpart");
        counterpartWord = Pattern.compile("(?iU)(?<![\\p{L}\\p{M}])" + Scripts.ARABIC_PROCLITIC + "?(?:" + counterparts + ")(?![\\p{L}\\p{M}])");
        leaders = words(rows, "leaders");
        String possessives = words(rows, "possessive");
        counterpartJoined = Pattern.compile("(?i)\\s+and\\s+(?:" + possessives + ")\\s+(?:[\\p{L}-]+\\s+){0,3}(?:" + counterparts
                + ")s?,?\\s+(?:(?-i:\\p{Lu})[\\p{L}.'’-]*\\s+){0,3}$");
        counterpartOfSpeaker = Pattern.compile("\\b(?:" + capitalisedToo(possessives) + ")\\s+(?:\\p{L}+\\s+)?(?:" + counterparts + ")\\b");
        // "of Japan and China", "do Brasil e de Angola": a conjunction, then the word of origin again, may join two countries
        countryChainGap = Pattern.compile("^(?:['’]s)?\\s*(?:,|(?:" + words(rows, "conjunction") + ")|,\\s*(?:" + words(rows, "conjunction")
                + "))?\\s*(?:(?:" + words(rows, "origin-marker") + ")\\s+)?(?:the\\s+)?$");
        compoundGap = Pattern.compile("^(?:\\s*(?:\\p{Lu}[\\p{L}.'’-]*|,|the|of))*\\s+(?:" + words(rows, "conjunction") + ")\\s+(?:(?:the|of|" + possessives + "|" + counterparts
                + "|" + words(rows, "office-modifier") + "|\\p{Lu}[\\p{L}.'’-]*)\\s+){0,5}$");
        modifiedOffice = Pattern.compile("(?i)(?<![\\p{L}])(?:" + words(rows, "conjunction") + "|" + determiners + ")\\s+(" + words(rows, "office-modifier") + ")\\s+");
        auxiliaryAfter = Pattern.compile("(?i)^\\s+(?:" + auxiliaries(rows, "after") + ")\\b");
        reportChannel = Pattern.compile("\\s+(?:(?:" + words(rows, "report-channel") + ")\\s+(?:(?:" + determiners + ")\\s+)?[\\p{L}-]+|(?:"
                + words(rows, "report-audience") + "))\\s+(?:on\\s+)?");
        topicNoun = Pattern.compile("(?i)\\b(?:" + words(rows, "topic-noun") + ")\\b(?:\\s+[\\p{L}'’-]+){0,4}\\s+(?:in|at)\\s+(?:the\\s+)?$");
        topicMarker = Pattern.compile("(?i)\\b(?:" + words(rows, "topic-marker") + ")\\s*$");
        subjectlessOpening = Pattern.compile("(?i)^[\\s\"“‘'•*–-]*(?:(?:" + words(rows, "auxiliary-adverb") + "|" + adverb + ")\\s+)?$");
        presentParticiple = Pattern.compile("(?i)^\\p{L}+(?:" + words(rows, "participle-ending") + ")\\b");
        encounterTopic = Pattern.compile("(?i)\\b(?:" + words(rows, "encounter-topic") + ")\\s+");
        topicHead = Pattern.compile("(?i)^(?:[\\p{L}'’-]+\\s+){0," + TOPIC_HEAD_REACH + "}(?:" + words(rows, "topic-head") + ")\\b");
        sideNoun = Pattern.compile("^\\s+(?:" + words(rows, "side-noun") + ")\\b(?!['’]s)");
        opensOnAPronoun = Pattern.compile("^\\W*(?:" + exact(rows, "subject-pronoun") + ")\\b");
        pluperfect = Pattern.compile("(?i)\\b(?:" + words(rows, "pluperfect") + ")\\s+(?:\\w+\\s+)?(?:\\w+ed|" + words(rows, "participle") + ")\\b");
        encounterNoun = Pattern.compile("(?i)\\b(?:" + words(rows, "encounter-noun") + ")\\b");
        theEncounterNoun = Pattern.compile("(?i)\\b(?:" + words(rows, "definite-article") + "|" + words(rows, "possessive")
                + ")\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,6}(?:" + words(rows, "encounter-noun") + ")\\b");
        joinedAct = Pattern.compile("(?i)\\s*,?\\s*\\b(?:" + words(rows, "joined-act") + ")\\s+(?:\\w+\\s+)?$");
        // "We exchanged views on global challenges and agreed to ...": a verb joined by "and" to one "we" did is theirs too
        weTogether = Pattern.compile("(?i)\\b(?:" + words(rows, "we-together") + ")\\s+(?:(?:\\w+\\s+){0,2}|[^.;:“”\"]*\\b(?:" + words(rows, "conjunction") + ")\\s+(?:(?-i:\\p{Ll})\\p{L}*\\s+)?)$");
        entourage = Pattern.compile("(?i)\\b(?:" + words(rows, "entourage") + ")\\b");
        String sourceWord = "(?:\\p{Lu}[\\p{L}.'’-]*|" + words(rows, "source-name-word") + ")";
        reportSource = Pattern.compile("\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.'’-]*(?:\\s+" + sourceWord + "){0,6}(?:\\s+\\([\\p{Lu}.]{2,12}\\))?\\s+(?:on\\s+)?");
    }

    /** The bundled cues with a user's {@code DIR/cues.tsv} (none when {@code userDir} is null). */
    public static Cues load(Path userDir) {
        return new Cues(Tsv.load(RESOURCE_DIR, FILE, userDir), Tsv.load(OUTLETS_DIR, OUTLETS, userDir));
    }

    /** "did not agree", "refused to accept": ends right after a negation and at most two words. */
    public Pattern negated() {
        return negated;
    }

    /** "as agreed": ends right after a word that recalls an earlier act and at most one word. */
    public Pattern recalled() {
        return recalled;
    }

    /** "seem to agree": ends right after a hedge and at most one word. */
    public Pattern hedged() {
        return hedged;
    }

    /** "must", "should": a statement of what someone must do. */
    public Pattern obligation() {
        return obligation;
    }

    /** "I", "we", "our": a sentence in the first person, someone's own words. */
    public Pattern firstPerson() {
        return firstPerson;
    }

    /** "the Prime Minister": the definite article right before an office, which a readout names its own people by. */
    public Pattern definiteArticleEnding() {
        return definiteArticleEnding;
    }

    /** "held separate calls with", "分别同...通电话": one encounter with each counterpart named, not one of them all. */
    public Pattern apart() {
        return apart;
    }

    /** A joint-object word anywhere, whatever stands before it ("the defence partnership ''with Japanese Defense Minister"). */
    public Pattern jointObjectWord() {
        return jointObjectWord;
    }

    /** "discussed", "exchanged views": at the start of a consultation, an act that takes two. */
    public Pattern mutualAct() {
        return mutualAct;
    }

    /** "12/10/2025 | Press release | Distributed by ...": a distributor's banner over a release it reposts, in any language. */
    public Pattern releaseBanner() {
        return releaseBanner;
    }

    /** "in a post on X", "pic.twitter.com", "minutes ago": what news writes and a government's readout does not. */
    public Pattern newsSign() {
        return newsSign;
    }

    /** "a great friend", "an exemplary partnership": words that make a plain statement praise. */
    public Pattern praiseWord() {
        return praiseWord;
    }

    /** A definite article that opens a phrase ("the Secretary"). */
    public Pattern leadingDefiniteArticle() {
        return leadingDefiniteArticle;
    }

    /** "acts of aggression", "a sham referendum": words that make a plain statement criticism. */
    public Pattern criticismWord() {
        return criticismWord;
    }

    /** "wants to further deepen its partnership": words by which one side's plain statement states an intent to cooperate. */
    public Pattern intentWord() {
        return intentWord;
    }

    /**
     * Right after a side's name (from its end): what makes the side the subject of what it will do ("Russia would",
     * "the Japanese side will", "India's government would also").
     */
    public Pattern pledgeAfterSide() {
        return pledgeAfterSide;
    }

    /** What a side will do that makes it a warning ("would respond to any attack"). */
    public Pattern warningWord() {
        return warningWord;
    }

    /** A speaker's own words for their side as the subject of what it will do ("we will", "his country would"). */
    public Pattern pledgingSubject() {
        return pledgingSubject;
    }

    /** "just hours after ": a word (cue kind other-event) after which the clause tells of another event. */
    public Pattern otherEvent() {
        return otherEvent;
    }

    /**
     * After the names of another event, in a language whose words for it follow them ("트럼프 대통령에 이어", after
     * President Trump; "バイデン大統領に続き"): the names between the sentence's subject and these are not the encounter's.
     */
    public Pattern otherEventAfter() {
        return otherEventAfter;
    }

    /** A subject particle ending its word ("대통령이 ", "首相は"): where what follows the subject begins. */
    public Pattern particleEndingSubject() {
        return particleEndingSubject;
    }

    /** "se conversó", "se han felicitado", "si è discusso": the impersonal word (cue kind impersonal), with an auxiliary after it, ending the text. */
    public Pattern impersonalEnding() {
        return impersonalEnding;
    }

    /** " em Hiroshima, ": a place after a locative word (cue kind locative), in capitals, and the comma closing it; read with lookingAt. */
    public Pattern placeAside() {
        return placeAside;
    }

    /** "双方", "西方", "地方": words of a Han character and "方" that name no side, though the character may begin a country's name. */
    public boolean notSide(String word) {
        return notSides.contains(word);
    }

    /** A Han character and a word for "side" after it ("中方", "日方"): a side named by its country's first character. */
    public Pattern sideAbbreviation() {
        return sideAbbreviation;
    }

    /** A particle right after a name that makes it the subject of a Japanese or Korean sentence ("林大臣から", "両首脳は", "대통령은"). */
    public Pattern subjectParticle() {
        return subjectParticle;
    }

    /** "both sides", "the Japanese and Chinese ministers": both sides speaking together. */
    public Pattern group() {
        return group;
    }

    /** "since he took office on": ends right before a date that is of something else. */
    public Pattern notTheEngagementDate() {
        return notTheEngagementDate;
    }

    /** Text ending in a word after which a name is a father's ("bin", "ibn"): the name is part of someone else's. */
    public Pattern patronymicBefore() {
        return patronymicBefore;
    }

    /** " bin Abdullah" right after a name: the patronymic (group 1) of a name that word begins ("Hussein bin Abdullah"). */
    public Pattern patronymicAfter() {
        return patronymicAfter;
    }

    /** A semicolon or a word that opens a clause with a tense of its own ("... is due to be sworn in, but he arrived yesterday"). */
    public Pattern tenseBreak() {
        return tenseBreak;
    }

    /** Text ending inside a relative clause that a comma and a relative pronoun open (", who was voted in on Monday"). */
    public Pattern relativeClause() {
        return relativeClause;
    }

    /** "in", "visiting the Chinese capital,": ends right before the place of the engagement. */
    public Pattern locative() {
        return locative;
    }

    /** " capital" right after a country after a locative ("in the US capital"); read with lookingAt. */
    public Pattern capitalAfterCountry() {
        return capitalAfterCountry;
    }

    /** A locative and a word for a capital right before a country ("nella capitale tunisina", "في العاصمة الإيرانية"). */
    public Pattern capitalBeforeCountry() {
        return capitalBeforeCountry;
    }

    /** "東京で", "경주에서", "बैंकॉक में", "Doha'da": the words right after a place that put the encounter there; read with lookingAt. */
    public Pattern locativeAfter() {
        return locativeAfter;
    }

    /** "on the sidelines of". */
    public Pattern sidelines() {
        return sidelines;
    }

    /** "told the Minister": ends right before a name or side that is an object, not who speaks. */
    public Pattern objectBefore() {
        return objectBefore;
    }

    /** "of Japan and ": an origin marker, a country and "and", from the start of what {@link #objectBefore()} found. */
    public Pattern originThenAnd() {
        return originThenAnd;
    }

    /** " with ": after a consultation, the words that name who it was held with ("discussed with the Qatari authorities"). */
    public Pattern jointObject() {
        return jointObject;
    }

    /** "its missile activities threaten": a criticism that accuses its own subject, from the act's start. */
    public Pattern subjectAccused() {
        return subjectAccused;
    }

    /** "spokesperson said", right after a seat of government or a country: whose account a document is. */
    public Pattern issuer() {
        return issuer;
    }

    /** "Remarks by President X", "Opening remarks by ...": opens a line (after at most two words) that says whose own words the page is. */
    public Pattern authoredBy() {
        return authoredBy;
    }

    /** "'s remarks", "'s opening statement": right after a name, these make the page that person's words (cue kind {@code authored-by-possessive}). */
    public Pattern authoredByPossessive() {
        return authoredByPossessive;
    }

    /** "UK Gov", "Australian Government": the rest of a line, after a country that opens it, that makes the line a publisher's label. */
    public Pattern publisherLine() {
        return publisherLine;
    }

    /** What may stand before the country of a publisher's line: nothing, or a label and a colon ("Press Release: New Zealand Government"). */
    public Pattern publisherLineOpener() {
        return publisherLineOpener;
    }

    /** "between", "with": right after the engagement word of an aside, the words that go on to name who took part in it. */
    public Pattern asideList() {
        return asideList;
    }

    /** "trilateral", "jointly": words that tell one meeting of three sides or more, not one with each. */
    public Pattern together() {
        return together;
    }

    /** Where a {@code counted-sides} cue has its number. */
    private static final String COUNT = "#";

    /** The counts of those who met that the text gives ("the four leaders" is 4), but where {@code aside} says a count is of another encounter. */
    public Set<Integer> countedSides(String text, java.util.function.IntPredicate aside) {
        Set<Integer> out = new java.util.TreeSet<>();
        java.util.regex.Matcher m = countedSides.matcher(text);
        while (m.find()) {
            if (aside.test(m.start())) continue;
            for (int g = 1; g <= m.groupCount(); g++) {
                String n = m.group(g);
                if (n == null) continue;
                Integer value = n.chars().allMatch(Character::isDigit) ? Integer.valueOf(n) : NumberWords.values().get(n.toLowerCase(java.util.Locale.ROOT));
                if (value != null) out.add(value);
            }
        }
        return out;
    }

    /** A closing quotation mark and a verb of saying ("...,” said the Prime Minister"): who is named from there on said it. */
    public Pattern quoteAttribution() {
        return quoteAttribution;
    }

    /** Words right before the country someone reached ("arrived in Armenia"), where an encounter without a named city was held. */
    public Pattern arrival() {
        return arrival;
    }

    /** The end of what stands between a verb of saying and a medium when the medium is how the telling went ("said in a", "told CBC News by"). */
    public Pattern channelBefore() {
        return channelBefore;
    }

    /** What stands between a verb of saying and the day it was said on ("said in a statement on Friday", "told reporters Tuesday"). */
    public Pattern reportChannel() {
        return reportChannel;
    }

    /** "the ongoing war between Israel and Hamas in": a place right after these is what was talked of, not where they met. */
    public Pattern topicNoun() {
        return topicNoun;
    }

    /** What ends a clause inside a sentence, commas aside: a semicolon, a colon, a bracket, a clause-opener or a relative-opener. */
    public Pattern clauseBreak() {
        return clauseBreak;
    }

    /** All a sentence holds before a verb that opens it with no subject ("Also exchanged views on", "Discussed bilateral ties"). */
    public Pattern subjectlessOpening() {
        return subjectlessOpening;
    }

    /** A word in the form of a present participle at the start ("Discussing"), by its ending. */
    public Pattern presentParticiple() {
        return presentParticiple;
    }

    /** Right after an encounter told with the other side, the words that say what it was about ("on", "about"). */
    public Pattern encounterTopic() {
        return encounterTopic;
    }

    /** At the start of what an encounter was about, a noun that heads a topic within a few words ("shared priorities", "bilateral ties"). */
    public Pattern topicHead() {
        return topicHead;
    }

    /** The last word of an act that introduces what it is about ("briefed X on", "informed X about"). */
    public Pattern topicMarker() {
        return topicMarker;
    }

    /** Right after a country's adjective, a word that makes it the side that speaks ("the Chinese side", "the Vietnamese leader"). */
    public Pattern sideNoun() {
        return sideNoun;
    }

    /** A space and at most one determiner: all that may stand between a word and the one it takes ("called another minister"). */
    public Pattern determinerGap() {
        return determinerGap;
    }

    /** A pronoun that stands for one speaker named before ("he", "We"), in either case of its first letter. */
    public Pattern speakerPronoun() {
        return speakerPronoun;
    }

    /** A sentence that opens on a personal pronoun, "They" too, capitalised. */
    public Pattern opensOnAPersonalPronoun() {
        return opensOnAPersonalPronoun;
    }

    /** Text that ends on a pronoun standing for one man or one woman ("... He "), either case of its first letter. */
    public Pattern personPronounEnding() {
        return personPronounEnding;
    }

    /** "I": a pronoun by which the one speaking names themself (cue kind pronoun, third column self), as written. */
    public boolean isSelf(String pronoun) {
        return selfPronouns.contains(pronoun);
    }

    /** "m" for "he", "f" for "she": whom a pronoun may stand for; null when either. */
    public String genderOf(String pronoun) {
        return pronounGender.get(pronoun.toLowerCase(java.util.Locale.ROOT));
    }

    /** Right before an act, a speaker's first person plural ("We discussed", "Prabowo and I agreed"): the act is done with the other side. */
    public Pattern weTogether() {
        return weTogether;
    }

    /** "the conversation", "their 40-minute call": the encounter told, referred back to. */
    public Pattern theEncounterNoun() {
        return theEncounterNoun;
    }

    /** "The call lasted about 45 minutes": the nouns by which a sentence refers back to the encounter told. */
    public Pattern encounterNoun() {
        return encounterNoun;
    }

    /** Right before an act, after an encounter told with the other side ("held talks with Pashinyan and discussed"): the act is done with them. */
    public Pattern joinedAct() {
        return joinedAct;
    }

    /** "Iran had held five rounds of talks": the pluperfect, which tells of a time before the one reported. */
    public Pattern pluperfect() {
        return pluperfect;
    }

    /** "He made these remarks during a meeting with ...": a sentence that opens on a person's pronoun (case-sensitive). */
    public Pattern opensOnAPronoun() {
        return opensOnAPronoun;
    }

    /** "Attendees at the meeting included", "accompanied by": the people named after these are an entourage, not the principals. */
    public Pattern entourage() {
        return entourage;
    }

    /**
     * A source named after a verb of saying, right before the day it said so on ("according to the Ministry of External
     * Affairs (MEA) on Saturday", "said the Foreign Ministry on Friday"); the caller checks that it names no person.
     */
    public Pattern reportSource() {
        return reportSource;
    }

    /** The opening of a phrase that tells of something before or after the sentence's own act ("Following the return of envoys in August, ..."). */
    public Pattern otherEncounterOpener() {
        return otherEncounterOpener;
    }

    /** "Earlier, ...": a sentence so opened tells of another time than the encounter before it. */
    public Pattern otherTimeOpener() {
        return otherTimeOpener;
    }

    /** Commas, semicolons and the words that open a clause of their own. */
    public Pattern clauseOpener() {
        return clauseOpener;
    }

    /** Between an office and the name of its holder: a space, or a particle of the name ("President Al Sisi"). */
    public Pattern officeThenName() {
        return officeThenName;
    }

    /** The lower-case words inside a person's name ("al", "da") as a regex alternation. */
    public String nameParticles() {
        return nameParticles;
    }

    /** Time zones whose writers put the month first in numeric dates. */
    public Pattern monthFirstZone() {
        return monthFirstZone;
    }

    /** Ends the text before a source a news report attributes its facts to ("according to a "). */
    public Pattern attributedTo() {
        return attributedTo;
    }

    /** Ends a text with an article and the space after it ("to attend the ", "on the sidelines of an "). */
    public Pattern articleEnding() {
        return articleEnding;
    }

    /** Finds, right after the one "called" names, a quotation or a word that makes the verb one of naming ("called Modi 'a pioneer'"). */
    public Pattern naming() {
        return naming;
    }

    /** Finds a publication label that ends a line's text before a date ("2 min read Last Updated : "). */
    public Pattern publishedLabelEnding() {
        return publishedLabelEnding;
    }

    /** Matches the whole of a line's text before a date that is the day the page is read, not written ("Today: "). */
    public Pattern nowLabel() {
        return nowLabel;
    }

    /** A whole stretch that is a label dating a page ("Published:"). */
    public Pattern publishedLabel() {
        return publishedLabel;
    }

    /** The labels that date a page, as a case-insensitive regex alternation (lower-cased). */
    public String publishedLabels() {
        return publishedLabels;
    }

    /** "on the sidelines of the": ends right before the summit an encounter was held at. */
    /**
     * What stands between an act and the encounter it was done in: a few words of its object, then one of the
     * {@code act-occasion} words and at most three more ("his invitation during phone talks", "the idea of holding this
     * summit in their first phone call"); matched against the whole stretch.
     */
    public Pattern actOccasion() {
        return actOccasion;
    }

    public Pattern occasionMarker() {
        return occasionMarker;
    }

    /** " in the ", from the end of an occasion's name: what stands before the country or city it was held in. */
    public Pattern occasionPlace() {
        return occasionPlace;
    }

    /** Right after a place, an occasion's last word ("Shangri-La Dialogue", "Raisina Dialogue"): the place is part of its name. */
    public Pattern occasionNounNext() {
        return occasionNounNext;
    }

    /** "at the Raisina Dialogue": group 1 is the name of a meeting an encounter was held at, known or not. */
    public Pattern occasionNamed() {
        return occasionNamed;
    }

    /** After an act told as a noun ("an exchange of views on trade also took place"): the words that say it happened. */
    public Pattern tookPlaceAfter() {
        return tookPlaceAfter;
    }

    /** Between a country and the office word after it that is of it ("Japan's", "नेपाल के प्रधानमंत्री"). */
    public Pattern countryThenOffice() {
        return countryThenOffice;
    }

    /** Between an office word and the country it is of ("Foreign Minister of Japan", "Ministro das Relações Exteriores de Angola"). */
    public Pattern officeThenCountry() {
        return officeThenCountry;
    }

    /** A conjunction whose clause tells of an earlier time ("the first talks since Manalo assumed his post ... on June 30"). */
    public Pattern earlierClause() {
        return earlierClause;
    }

    /** "a message from", "رسالة من": the words after which who sent what a visitor brings is named. */
    public Pattern sender() {
        return sender;
    }

    /** Right before an act, a perfect's auxiliary and at most one word ("has criticized", "has repeatedly urged"). */
    public Pattern perfectBefore() {
        return perfectBefore;
    }

    /**
     * Before an act, an earlier-clause word and at most eight more words with no comma ("40 years since the treaty of
     * friendship was signed", "16 years after first agreeing on it"): the act is of that earlier time.
     */
    public Pattern actOfAnEarlierTime() {
        return actOfAnEarlierTime;
    }

    /** "Mr", "Sheikh", "Comrade": a whole word that stands before a family name and is no given name. */
    public Pattern namePrefix() {
        return namePrefix;
    }

    /** "جمهورية", "المملكة العربية": words for a state that may stand between an office and its country's name, matched at the start. */
    public Pattern stateWord() {
        return stateWord;
    }

    /** Whether capitalised words end with the word of a body's name ("International Cooperation Agency"): no person's name. */
    public boolean endsAsABody(String words) {
        return bodyWordEnd.matcher(words).find();
    }

    /** Right after a person's name: words that make it the name of a place or body ("Hamid Karzai International Airport"). */
    public Pattern facilityNext() {
        return facilityNext;
    }

    /** Right after a one-word name: a verb that makes it the outlet telling the story ("..., Azernews reports"). */
    public Pattern outletVerbNext() {
        return outletVerbNext;
    }

    /** "Macron's words came": what someone said, told as following the encounter after it ("came after a meeting with"). */
    public Pattern wordsAfter() {
        return wordsAfter;
    }

    /** "’s words came after a meeting": a possessor's words placed after the encounter that follows (read after the possessive). */
    public Pattern wordsAfterOpening() {
        return wordsAfterOpening;
    }

    /** "after her telephone": ends right before an engagement word of another encounter. */
    public Pattern otherEncounter() {
        return otherEncounter;
    }

    /** "the next U.S.": ends right before an office that is not its holder's on the day. */
    public Pattern notTheHolder() {
        return notTheHolder;
    }

    /** "held", "discussed": a past participle, from the start. */
    public Pattern participle() {
        return participle;
    }

    /** "was paid", "were duly discussed": an auxiliary and a past participle. */
    public Pattern passiveInside() {
        return passiveInside;
    }

    /** "talks were", "were also": ends right after an auxiliary and at most two adverbs, before a participle. */
    public Pattern auxiliaryBefore() {
        return auxiliaryBefore;
    }

    /** " were" in "Also discussed were": starts with an auxiliary after a participle. */
    public Pattern auxiliaryAfter() {
        return auxiliaryAfter;
    }

    /** " said", ", ” added": starts with a verb that attributes the quotation before it to the name before it. */
    public Pattern attribution() {
        return attribution;
    }

    /** " and his South Korean counterpart Cho ": ends right after a counterpart joined to the name before it. */
    public Pattern counterpartJoined() {
        return counterpartJoined;
    }

    /** "His counterpart", "her Chinese counterpart": the other side of the last one named. */
    public Pattern counterpartOfSpeaker() {
        return counterpartOfSpeaker;
    }

    /** Between two countries an office word names together ("of Japan and China", "Азербайджана, Грузии и Турции"). */
    public Pattern countryChainGap() {
        return countryChainGap;
    }

    /** " Hayashi and his counterpart ", from a speaker to the next: what joins two speakers who act together. */
    public Pattern compoundGap() {
        return compoundGap;
    }

    /** "and visiting", "the visiting": an office's modifier after a conjunction or an article (group 1), which takes no object. */
    public Pattern modifiedOffice() {
        return modifiedOffice;
    }

    /** The words for a counterpart, singular, as a regex alternation (lower case). */
    public String counterparts() {
        return counterparts;
    }

    /** One counterpart word, singular, a whole word, in Arabic script also after a proclitic ("ونظيره", and his counterpart). */
    public Pattern counterpartWord() {
        return counterpartWord;
    }

    /** The words that stand for the leaders of the countries attached to them, as a regex alternation (lower case). */
    public String leaders() {
        return leaders;
    }

    /** An alternation with each word's first letter in capitals ("his" gives "His"). */
    private static String capitalised(String alternation) {
        List<String> out = new java.util.ArrayList<>();
        for (String w : alternation.split("\\|")) {
            int first = w.startsWith("\\Q") ? 2 : 0;
            out.add(w.substring(0, first) + w.substring(first, first + 1).toUpperCase(java.util.Locale.ROOT) + w.substring(first + 1));
        }
        return String.join("|", out);
    }

    /** An alternation of lower-case words with each also capitalised ("his" and "His"). */
    private static String capitalisedToo(String alternation) {
        return alternation + "|" + capitalised(alternation);
    }

    /** The auxiliaries read at one place (before, after, inside), as {@link #words} gives them. */
    private static String auxiliaries(List<Tsv.Row> rows, String place) {
        List<Tsv.Row> read = rows.stream().filter(r -> r.get(0).equals("auxiliary") && r.list(2).contains(place)).toList();
        if (read.isEmpty()) throw new IllegalStateException("cues.tsv has no 'auxiliary' rows read " + place + " a participle");
        return words(read, "auxiliary");
    }

    /** The forms of address before a name ("Mr.", "H.E."), as a case-sensitive regex alternation. */
    public String honorifics() {
        return honorifics;
    }

    /** "Updated", "p.m.": a word a line of the page's date may hold besides its dates and times. */
    public Pattern dateLineWord() {
        return dateLineWord;
    }

    /** "and", "-": the whole stretch between two countries named as a pair ("Canada-Mexico", "India and Australia"). */
    public boolean isPairJoint(String between) {
        return pairJoint.matcher(between).matches();
    }

    /**
     * "New Delhi, March 10 (IANS) New Zealand's ...", "(ANI):": a news agency's name in brackets where a report's dateline
     * ends, the report going on in the same line (not a photo's credit, which ends its line).
     */
    public Pattern wireTag() {
        return wireTag;
    }

    /**
     * "... in Glasgow, Monday, November 1, 2021. AP", "... in Hiroshima - Credit: Ricardo Stuckert/PR": a line that ends with a
     * news agency's name (an agency of outlets.tsv) or holds a photo's label and a colon (cue kind {@code photo-label}) is a
     * photograph's caption.
     */
    public Pattern photoCredit() {
        return photoCredit;
    }

    /** "said", "according to": words that attribute what follows to someone, as the press does line after line. */
    public Pattern sourceAttribution() {
        return sourceAttribution;
    }

    /** The rows of one kind. */
    private static List<Tsv.Row> ofKind(List<Tsv.Row> rows, String kind) {
        return rows.stream().filter(r -> r.get(0).equals(kind)).toList();
    }

    /** The phrases of one kind as a regex alternation, longest first, quoted, inner spaces flexible. */
    private static String words(List<Tsv.Row> rows, String kind) {
        return alternation(rows, kind, true);
    }

    /**
     * As {@link #exact}, but rows the file may well lack (a language without gendered pronouns) give an alternation that
     * matches nothing instead of an error.
     */
    private static String exactOrNone(List<Tsv.Row> rows, String kind) {
        return rows.isEmpty() ? NOTHING : exact(rows, kind);
    }

    /** Each news agency's pattern of {@code outlets.tsv} (its rows {@code name agency NAME REGEX}), as written there: case-insensitive. */
    private static List<String> agencies(List<Tsv.Row> outlets) {
        List<String> out = outlets.stream().filter(r -> r.cells().length > 3 && r.get(0).equals("name") && r.get(1).equals("agency"))
                .map(Cues::agency).toList();
        if (out.isEmpty()) throw new IllegalStateException("outlets.tsv names no news agency ('name<Tab>agency<Tab>NAME<Tab>REGEX')");
        return out;
    }

    private static String agency(Tsv.Row row) {
        try {
            return Pattern.compile("(?i:" + row.get(3) + ")").pattern();
        } catch (java.util.regex.PatternSyntaxException e) {
            throw row.error("a news agency's pattern that is no regex: " + e.getDescription());
        }
    }

    /** A regex that matches nowhere. */
    private static final String NOTHING = "(?!)";

    /** As {@link #words}, keeping the case of the file. */
    private static String exact(List<Tsv.Row> rows, String kind) {
        return alternation(rows, kind, false);
    }

    private static String alternation(List<Tsv.Row> rows, String kind, boolean lowerCase) {
        try {
            return Tsv.alternation(rows, kind, lowerCase);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("cues.tsv has no '" + kind + "' rows", e);
        }
    }
}
