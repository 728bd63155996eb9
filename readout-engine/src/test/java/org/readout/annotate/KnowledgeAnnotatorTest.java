package org.readout.annotate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.clean.CleanDocument;
import org.readout.clean.DocumentKind;
import org.readout.knowledge.Countries;
import org.readout.knowledge.KnowledgeBase;
import org.readout.knowledge.Lexicon;
import org.readout.knowledge.People;
import org.readout.knowledge.Place;
import org.readout.knowledge.Titles;
import org.readout.source.SourceMeta;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KnowledgeAnnotatorTest {
    private static final KnowledgeBase KB = KnowledgeBase.bundled();
    private static final KnowledgeAnnotator ANNOTATOR = new KnowledgeAnnotator(KB);

    private static final String PHONE_TALK = """
            Japan-China Foreign Ministers’ Telephone Talk
            April 2, 2023

            On April 2, commencing at 3:00 p.m. for approximately 90 minutes, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a telephone talk with H.E. Mr. Qin Gang, State Councilor and Minister of Foreign Affairs of the People’s Republic of China. The overview is as follows.
            1. At the outset, Minister Hayashi expressed serious concern over the detention of a Japanese national in Beijing.
            2. The two ministers concurred on keeping close communication.
            """;

    static CleanDocument doc(String id, String text) {
        return new CleanDocument(id, "test/" + id, text, null, null, DocumentKind.OFFICIAL, "en", SourceMeta.EMPTY);
    }

    private static AnnotatedDocument annotate(String text) {
        return ANNOTATOR.annotate(doc("d1", text));
    }

    private static List<String> texts(List<Mention> mentions, MentionType type) {
        return mentions.stream().filter(m -> m.type() == type).map(Mention::text).toList();
    }

    private static Mention first(AnnotatedDocument a, MentionType type, String text) {
        return a.mentions().stream().filter(m -> m.type() == type && m.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " '" + text + "' in " + a.mentions()));
    }

    @Test
    void anAcronymTitleIsATitleButNotInsideATime() {
        AnnotatedDocument a = annotate("Japanese FM Yoshimasa Hayashi met the PM at 4 PM on Friday.");
        assertEquals(List.of("FM", "PM"), texts(a.mentions(), MentionType.TITLE));
    }

    @Test
    void aNameThatIsPartOfADateIsNoOnes() {
        AnnotatedDocument a = annotate("In the afternoon of May 14, the ministers met. Prime Minister May said she welcomed them.");
        assertEquals(List.of("May"), texts(a.mentions(), MentionType.PERSON));
        assertTrue(first(a, MentionType.PERSON, "May").start() > a.document().text().indexOf("Prime"));
    }

    @Test
    void aFrenchCountryAdjectiveAfterAnOfficeNamesItsCountry() {
        AnnotatedDocument a = annotate("Le ministre marocain a reçu son homologue sénégalaise à Rabat.");
        assertEquals(List.of("marocain", "sénégalaise", "Rabat"), texts(a.mentions(), MentionType.COUNTRY));
    }

    @Test
    void theArabicPressNamesOfAmericaAndBritainGiveTheirAdjectives() {
        AnnotatedDocument a = annotate("استقبل وزير الدفاع الأميركي نظيره. وأكد السفير البريطاني ذلك.");
        assertEquals(List.of("USA", "GBR"), a.mentions().stream().filter(m -> m.type() == MentionType.COUNTRY)
                .map(m -> m.as(org.readout.knowledge.Countries.Ref.class).iso3()).toList());
    }

    @Test
    void aNicknameInQuotationMarksInsideANameIsPartOfIt() {
        AnnotatedDocument a = annotate("Defense Secretary Gilberto “Gibo” Teodoro Jr. met his counterpart. He said \"Yes\" Teodoro agreed.");
        assertEquals(List.of("Gilberto “Gibo” Teodoro Jr.", "Teodoro"), texts(a.mentions(), MentionType.PERSON));
    }

    @Test
    void aNameThatNamesAPlaceIsNoOnes() {
        AnnotatedDocument a = annotate("Akar said Hamid Karzai International Airport must stay open. Hamid Karzai welcomed it. "
                + "Akar, Hamid Karzai Uluslararası Havalimanının güvenliğini anlattı.");
        assertEquals(List.of("Akar", "Hamid Karzai", "Akar"), texts(a.mentions(), MentionType.PERSON));
    }

    @Test
    void keepsTheDocument() {
        CleanDocument d = doc("d1", "The ministers met.");
        assertSame(d, ANNOTATOR.annotate(d).document());
    }

    @Test
    void anOverlongSentenceIsCutAndTheDocumentSaysSo() {
        AnnotatedDocument a = annotate("Norland and Sudmark talked about quotas and fees and ".repeat(200));
        assertEquals(6, a.sentences().size());
        assertEquals(List.of("1 sentence longer than 2000 characters cut at spaces"), a.document().warnings());
        assertEquals(List.of(), annotate(PHONE_TALK).document().warnings());
    }

    @Test
    void emptyDocument() {
        AnnotatedDocument a = annotate("");
        assertTrue(a.sentences().isEmpty());
        assertTrue(a.mentions().isEmpty());
        assertTrue(a.times().isEmpty());
    }

    @Test
    void sentencesOfAReadout() {
        AnnotatedDocument a = annotate(PHONE_TALK);
        assertEquals(List.of(
                "Japan-China Foreign Ministers’ Telephone Talk",
                "April 2, 2023",
                "On April 2, commencing at 3:00 p.m. for approximately 90 minutes, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a telephone talk with H.E. Mr. Qin Gang, State Councilor and Minister of Foreign Affairs of the People’s Republic of China.",
                "The overview is as follows.",
                "1. At the outset, Minister Hayashi expressed serious concern over the detention of a Japanese national in Beijing.",
                "2. The two ministers concurred on keeping close communication."),
                a.sentences().stream().map(Sentence::text).toList());
    }

    @Test
    void everyMentionIndexesIntoTheText() {
        AnnotatedDocument a = annotate(PHONE_TALK);
        assertTrue(a.mentions().size() >= 15, a.mentions().toString());
        for (Mention m : a.mentions()) {
            assertEquals(PHONE_TALK.substring(m.start(), m.end()), m.text(), m.toString());
            Sentence s = a.sentences().get(m.sentence());
            assertTrue(s.start() <= m.start() && m.end() <= s.end(), m.toString());
        }
    }

    @Test
    void everyTimeIndexesIntoTheText() {
        AnnotatedDocument a = annotate(PHONE_TALK);
        assertEquals(4, a.times().size(), a.times().toString());
        for (TimeMention t : a.times()) {
            assertEquals(PHONE_TALK.substring(t.start(), t.end()), t.text(), t.toString());
            Sentence s = a.sentences().get(t.sentence());
            assertTrue(s.start() <= t.start() && t.end() <= s.end(), t.toString());
        }
    }

    @Test
    void timesOfAReadout() {
        AnnotatedDocument a = annotate(PHONE_TALK);
        assertEquals(List.of("April 2, 2023", "April 2", "3:00 p.m.", "90 minutes"),
                a.times().stream().map(TimeMention::text).toList());
        assertEquals(List.of(1, 2, 2, 2), a.times().stream().map(TimeMention::sentence).toList());
        assertEquals(new TimeValue.CalendarDate(2023, 4, 2), a.times().get(0).value());
    }

    @Test
    void peopleOfAReadout() {
        AnnotatedDocument a = annotate(PHONE_TALK);
        assertEquals(List.of("HAYASHI Yoshimasa", "Qin Gang", "Hayashi"), texts(a.mentions(), MentionType.PERSON));
        Mention hayashi = first(a, MentionType.PERSON, "HAYASHI Yoshimasa");
        People.NameForm f = hayashi.as(People.NameForm.class);
        assertTrue(f.full());
        assertEquals("yoshimasa-hayashi", f.candidates().get(0).id());
        assertFalse(first(a, MentionType.PERSON, "Hayashi").as(People.NameForm.class).full());
    }

    @Test
    void countriesOfAReadout() {
        AnnotatedDocument a = annotate(PHONE_TALK);
        assertEquals(List.of("Japan", "China", "Japan", "People’s Republic of China", "Japanese", "Beijing"),
                texts(a.mentions(), MentionType.COUNTRY));
        assertEquals(new Countries.Ref("CHN", Countries.Form.NAME), first(a, MentionType.COUNTRY, "People’s Republic of China").value());
        assertEquals(new Countries.Ref("JPN", Countries.Form.ADJECTIVE), first(a, MentionType.COUNTRY, "Japanese").value());
        assertEquals(new Countries.Ref("CHN", Countries.Form.CAPITAL), first(a, MentionType.COUNTRY, "Beijing").value());
    }

    @Test
    void titlesOfAReadout() {
        AnnotatedDocument a = annotate(PHONE_TALK);
        assertEquals(List.of("Foreign Ministers", "Minister for Foreign Affairs", "State Councilor", "Minister of Foreign Affairs"),
                texts(a.mentions(), MentionType.TITLE));
        assertEquals(new Titles.Title("foreign minister", null), first(a, MentionType.TITLE, "Minister for Foreign Affairs").value());
        assertEquals(new Titles.Title("state councilor", null), first(a, MentionType.TITLE, "State Councilor").value());
    }

    @Test
    void triggersOfAReadout() {
        AnnotatedDocument a = annotate(PHONE_TALK);
        assertEquals(List.of("Telephone Talk", "telephone talk"), texts(a.mentions(), MentionType.TRIGGER));
        assertEquals(new Lexicon.Trigger("phone", "talk"), first(a, MentionType.TRIGGER, "telephone talk").value());
    }

    @Test
    void cuesOfAReadout() {
        AnnotatedDocument a = annotate(PHONE_TALK);
        assertEquals(List.of("held", "concurred"), texts(a.mentions(), MentionType.CUE));
        assertEquals(new Lexicon.Cue("held"), first(a, MentionType.CUE, "held").value());
    }

    @Test
    void placesOfAReadout() {
        AnnotatedDocument a = annotate(PHONE_TALK);
        assertEquals(List.of("Beijing"), texts(a.mentions(), MentionType.PLACE));
        Place beijing = first(a, MentionType.PLACE, "Beijing").as(Place.class);
        assertEquals("CHN", beijing.country());
        assertTrue(!beijing.venue());
    }

    @Test
    void venueIsAPlaceWithItsCity() {
        AnnotatedDocument a = annotate("The two leaders met at the Élysée Palace on Friday.");
        Place p = first(a, MentionType.PLACE, "Élysée Palace").as(Place.class);
        assertEquals(new Place("Paris", "FRA", Long.MAX_VALUE, true), p);
    }

    @Test
    void mentionsAreSortedByStartThenType() {
        AnnotatedDocument a = annotate(PHONE_TALK);
        for (int i = 1; i < a.mentions().size(); i++) {
            Mention prev = a.mentions().get(i - 1);
            Mention cur = a.mentions().get(i);
            assertTrue(prev.start() < cur.start() || prev.start() == cur.start() && prev.type().compareTo(cur.type()) <= 0,
                    prev + " / " + cur);
        }
    }

    @Test
    void sameWordsCanBeSeveralKindsOfMention() {
        AnnotatedDocument a = annotate("The ministers met in Beijing.");
        Mention met = first(a, MentionType.TRIGGER, "met");
        Mention cue = first(a, MentionType.CUE, "met");
        assertEquals(met.start(), cue.start());
        int i = a.mentions().indexOf(met);
        int j = a.mentions().indexOf(cue);
        assertTrue(i < j, "TRIGGER sorts before CUE at one offset");
        assertEquals(first(a, MentionType.COUNTRY, "Beijing").start(), first(a, MentionType.PLACE, "Beijing").start());
    }

    @Test
    void accentsInTheTextAreKeptInMentions() {
        String text = "President Alberto Fernández met President Emmanuel Macron at the Elysee.";
        AnnotatedDocument a = annotate(text);
        assertEquals(List.of("Alberto Fernández", "Emmanuel Macron"), texts(a.mentions(), MentionType.PERSON));
        for (Mention m : a.mentions()) assertEquals(text.substring(m.start(), m.end()), m.text());
    }

    @Test
    void curlyApostropheFormsAreFound() {
        AnnotatedDocument a = annotate("China’s top diplomat Wang Yi spoke by phone with Japan’s foreign minister.");
        assertEquals(List.of("China", "Japan"), texts(a.mentions(), MentionType.COUNTRY));
        assertEquals(List.of("top diplomat", "foreign minister"), texts(a.mentions(), MentionType.TITLE));
        assertEquals(List.of("spoke by phone"), texts(a.mentions(), MentionType.TRIGGER));
    }

    @Test
    void unrealCueBeforeTrigger() {
        AnnotatedDocument a = annotate("Hayashi did not meet Qin Gang in Jakarta.");
        assertEquals(new Lexicon.Cue("unreal"), first(a, MentionType.CUE, "did not meet").value());
        assertEquals(first(a, MentionType.CUE, "did not meet").end(), first(a, MentionType.TRIGGER, "meet").end());
    }

    @Test
    void plannedCues() {
        AnnotatedDocument a = annotate("Prime Minister Kishida is scheduled to hold a summit meeting with President Xi.");
        assertEquals(List.of("scheduled", "to hold"), texts(a.mentions(), MentionType.CUE));
        assertEquals(List.of("summit meeting"), texts(a.mentions(), MentionType.TRIGGER));
    }

    @Test
    void mentionsInSentenceFilters() {
        AnnotatedDocument a = annotate(PHONE_TALK);
        assertTrue(a.mentionsIn(2).stream().allMatch(m -> m.sentence() == 2));
        assertEquals(List.of("HAYASHI Yoshimasa", "Qin Gang"), a.mentionsIn(2, MentionType.PERSON).stream().map(Mention::text).toList());
        assertTrue(a.mentionsIn(3).isEmpty());
        assertTrue(a.mentionsIn(99).isEmpty());
    }

    @Test
    void timesInSentenceFilters() {
        AnnotatedDocument a = annotate(PHONE_TALK);
        assertEquals(3, a.timesIn(2).size());
        assertEquals(List.of("April 2, 2023"), a.timesIn(1).stream().map(TimeMention::text).toList());
        assertTrue(a.timesIn(5).isEmpty());
    }

    @Test
    void mentionCastsItsValue() {
        Mention m = first(annotate(PHONE_TALK), MentionType.COUNTRY, "Japanese");
        assertEquals("JPN", m.as(Countries.Ref.class).iso3());
        assertThrows(ClassCastException.class, () -> m.as(Place.class));
    }

    @Test
    void listsAreImmutable() {
        AnnotatedDocument a = annotate(PHONE_TALK);
        assertThrows(UnsupportedOperationException.class, () -> a.mentions().clear());
        assertThrows(UnsupportedOperationException.class, () -> a.sentences().clear());
        assertThrows(UnsupportedOperationException.class, () -> a.times().clear());
    }

    @Test
    void annotatorIsReusable() {
        AnnotatedDocument first = annotate(PHONE_TALK);
        AnnotatedDocument second = annotate(PHONE_TALK);
        assertEquals(first.mentions(), second.mentions());
        assertEquals(first.sentences(), second.sentences());
        assertEquals(first.times(), second.times());
    }

    @Test
    void mentionsAcrossManySentencesKeepDocumentOffsets() {
        String text = "Headline about nothing\nSome filler sentence. Another filler sentence. Then Antony Blinken met Wang Yi in Bangkok.";
        AnnotatedDocument a = annotate(text);
        Mention blinken = first(a, MentionType.PERSON, "Antony Blinken");
        assertEquals(text.indexOf("Antony Blinken"), blinken.start());
        assertEquals(3, blinken.sentence());
        Mention bangkok = first(a, MentionType.PLACE, "Bangkok");
        assertEquals(text.indexOf("Bangkok"), bangkok.start());
        assertEquals("THA", bangkok.as(Place.class).country());
    }

    @Test
    void aQuotedNicknameBeforeTheFamilyNameNamesThePersonInFull() {
        AnnotatedDocument a = annotate("President Rodrigo “Digong” Duterte held talks with a visiting delegation.");
        List<Mention> persons = a.mentions().stream().filter(m -> m.type() == MentionType.PERSON).toList();
        assertEquals(1, persons.size(), persons.toString());
        People.NameForm form = persons.get(0).as(People.NameForm.class);
        assertTrue(form.full());
        assertEquals("rodrigo-duterte", form.candidates().get(0).id());
        assertEquals("Rodrigo “Digong” Duterte", persons.get(0).text(), "the nickname between the given name and the family name is part of it");
    }

    @Test
    void aFamilyNameThatAHyphenatedGivenNameFollowsIsSomeoneElses() {
        AnnotatedDocument a = annotate("Presidential spokesman Kang Min-seok said Moon welcomed the call.");
        assertEquals(List.of("Moon"), texts(a.mentions(), MentionType.PERSON), "the spokesman is not Kang Kyung-wha");
        assertEquals(List.of("Kang", "Moon"), texts(annotate("Kang said Moon welcomed the call.").mentions(), MentionType.PERSON));
    }

    @Test
    void aFamilyNameRightAfterBinIsAFathersInsideSomeoneElsesName() {
        assertEquals(List.of(), texts(annotate("Sayyid Tariq bin Hamad al Harthy held talks on Wednesday.").mentions(), MentionType.PERSON),
                "Hamad is his father, not the King of Bahrain");
        assertEquals(List.of("Hamad"), texts(annotate("Hamad held talks on Wednesday.").mentions(), MentionType.PERSON));
        assertEquals(List.of(), texts(annotate("Hussein bin Talal held talks on Wednesday.").mentions(), MentionType.PERSON),
                "a family name before a 'bin' its holder's name lacks there is someone else's given name");
    }

    @Test
    void aFamilyNameInCyrillicOrGreekIsKnownByItsSoundsButNotAGivenNameOrACity() {
        AnnotatedDocument a = annotate("Премьер Кириакос Мицотакис встретился в Ереване с Сикорским.");
        List<Mention> persons = a.mentions().stream().filter(m -> m.type() == MentionType.PERSON).toList();
        assertEquals(List.of("Кириакос Мицотакис", "Сикорским"), persons.stream().map(Mention::text).toList(),
                "the full name as people.tsv spells it, a declined family name by its sounds, not Yerevan");
        assertEquals("kyriakos-mitsotakis", persons.get(0).as(People.NameForm.class).candidates().get(0).id());
        assertEquals("radoslaw-sikorski", persons.get(1).as(People.NameForm.class).candidates().get(0).id());
        assertEquals(List.of("Μητσοτάκης"), texts(annotate("Ο Γιώργος Μητσοτάκης μίλησε.").mentions(), MentionType.PERSON));
    }

    @Test
    void aFamilyNameAfterAnotherGivenNameIsSomeoneElses() {
        assertEquals(List.of(), texts(annotate("The delegation laid flowers at the grave of the poet Rustam Aliyev in Baku.").mentions(), MentionType.PERSON),
                "Rustam is not the President's given name");
        assertEquals(List.of("Aliyev"), texts(annotate("The delegation was received by President Aliyev in Baku.").mentions(), MentionType.PERSON));
        assertEquals(List.of("Aliyev"), texts(annotate("The delegation was received by Mr Aliyev in Baku.").mentions(), MentionType.PERSON));
        assertEquals(List.of("Aliyev"), texts(annotate("The delegation said on Tuesday Aliyev would receive them.").mentions(), MentionType.PERSON));
        assertEquals(List.of("Saied"), texts(annotate("Tunisia's leaders, including President Kaies Saied, met her.").mentions(), MentionType.PERSON),
                "Kaies sounds as Kais does");
        assertEquals(List.of("Erdogan", "Aliyev"), texts(annotate("Erdogan Meets Rustam Aliyev In Baku For Talks").mentions(), MentionType.PERSON),
                "a headline's capitals are no given names");
    }

    @Test
    void twoPeopleSideBySideStayTwo() {
        AnnotatedDocument a = annotate("The talks between Duterte and Widodo ended.");
        assertEquals(List.of("Duterte", "Widodo"), texts(a.mentions(), MentionType.PERSON));
    }

    @Test
    void aDayNamedInsideAnEngagementPhraseDoesNotBreakIt() {
        AnnotatedDocument a = annotate("Prime Minister Kishida spoke Tuesday with the visiting delegation.");
        assertEquals("spoke Tuesday with", texts(a.mentions(), MentionType.TRIGGER).get(0));
        assertEquals(1, a.times().size(), "the day is still a time");
    }

    @Test
    void aTitleEndingInsideACountrysNameGivesWayToTheName() {
        AnnotatedDocument alone = annotate("The President of the Republic received the envoy.");
        assertEquals(List.of("President of the Republic"), texts(alone.mentions(), MentionType.TITLE));
        AnnotatedDocument named = annotate("The President of the Republic of Korea received the envoy.");
        assertEquals(List.of("President"), texts(named.mentions(), MentionType.TITLE));
        assertEquals(List.of("Republic of Korea"), texts(named.mentions(), MentionType.COUNTRY));
    }

    @Test
    void aChineseSideIsTheNamedCountryWhoseNameBeginsWithItsCharacter() {
        AnnotatedDocument a = annotate("王毅同新西兰外长和南非外长会谈。中方愿同新方加强合作,支持全球南方。");
        assertEquals(List.of("CHN", "NZL"), a.mentions().stream().filter(m -> m.type() == MentionType.COUNTRY && m.text().endsWith("方"))
                .map(m -> m.as(org.readout.knowledge.Countries.Ref.class).iso3()).toList(), "Wang Yi names China, 新西兰 New Zealand; '南方' (the South) is not South Africa's side");
        AnnotatedDocument both = annotate("中方愿同新方加强合作。新西兰和新加坡的外长在场。");
        assertEquals(List.of(), texts(both.mentions(), MentionType.COUNTRY).stream().filter(t -> t.equals("新方")).toList(),
                "'新' begins New Zealand and Singapore, both named: nobody's side");
        assertEquals(List.of(), texts(annotate("中方愿同各方加强合作。").mentions(), MentionType.COUNTRY), "no country named: no side");
    }

    @Test
    void traditionalChineseIsLookedUpInItsSimplifiedForm() {
        AnnotatedDocument a = annotate("國家主席習近平會見澳大利亞總理阿爾巴尼斯。");
        assertEquals(List.of("習近平", "阿爾巴尼斯"), texts(a.mentions(), MentionType.PERSON), "people.tsv spells them 习近平, 阿尔巴尼斯");
        assertEquals(List.of("澳大利亞"), texts(a.mentions(), MentionType.COUNTRY));
        assertEquals("习近平会见", org.readout.knowledge.PhraseIndex.foldSameLength("習近平會見"), "one character for one: offsets hold");
    }

    @Test
    void aMiddleInitialTheKnownNameLacksIsSkipped() {
        assertEquals(List.of("Marco A. Rubio"), texts(annotate("Secretary Marco A. Rubio spoke with the minister.").mentions(), MentionType.PERSON));
        assertEquals(List.of("أنتوني ج. بلينكن"), texts(annotate("تحدث وزير الخارجية أنتوني ج. بلينكن اليوم مع نظيره.").mentions(), MentionType.PERSON),
                "people.tsv writes him 'أنتوني بلينكن'");
    }

    @Test
    void aNameWithoutShortVowelsAfterItsOfficeAndCountryIsKnownByItsConsonants(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("people.tsv"), "tomas-durnovak\tTomas Durnovak\tDurnovak\tSVK\tforeign minister\t2031-01-01\t\t\tm\n"
                + "nadim-elmarsa\tNadim Elmarsa\tElmarsa\tSVK\tforeign minister\t2029-01-01\t2031-01-01\t\tm\n"
                + "jan-abd-ollahyar\tJan Abd-Ollahyar\tAbd-Ollahyar\tSVK\tforeign minister\t2027-01-01\t2029-01-01\t\tm\n");
        KnowledgeAnnotator annotator = new KnowledgeAnnotator(KnowledgeBase.load(dir));
        List<Mention> after = annotator.annotate(doc("a1", "بحث وزير الخارجية السلوفاكي توماس دورنوفاك مع نظيره العلاقات.")).mentions();
        assertEquals(List.of("توماس دورنوفاك"), texts(after, MentionType.PERSON), "the title, its country, the given and family names");
        assertEquals("tomas-durnovak", after.stream().filter(m -> m.type() == MentionType.PERSON).findFirst().orElseThrow()
                .as(People.NameForm.class).candidates().get(0).id());
        assertEquals(List.of("دورنوفاك"), texts(annotator.annotate(doc("a2", "اتصل نظيره السلوفاكي، السيد دورنوفاك، بالوزير.")).mentions(),
                MentionType.PERSON), "a counterpart word, a comma and an honorific before it");
        assertEquals(List.of("دورنوفاك"), texts(annotator.annotate(doc("a3", "التقى وزير خارجية سلوفاكيا دورنوفاك بالوفد.")).mentions(),
                MentionType.PERSON), "the office before its country with no article");
        assertEquals(List.of(), texts(annotator.annotate(doc("a4", "بحث وزير الخارجية الكيني توماس دورنوفاك العلاقات.")).mentions(),
                MentionType.PERSON), "no one of that country is written so");
        assertEquals(List.of(), texts(annotator.annotate(doc("a5", "التقى الوفد توماس دورنوفاك في المساء.")).mentions(),
                MentionType.PERSON), "no office before it");
        assertEquals(List.of(), texts(annotator.annotate(doc("a6", "بحث وزير الدفاع السلوفاكي توماس دورنوفاك العلاقات.")).mentions(),
                MentionType.PERSON), "he never held that office");
        assertEquals(List.of(), texts(annotator.annotate(doc("a7", "وصل وزير الخارجية السلوفاكي المرسى الجديد.")).mentions(),
                MentionType.PERSON), "a word with the article is no foreign name, though its consonants are Elmarsa's");
        assertEquals(List.of("دورنوفاك"), texts(annotator.annotate(doc("a8", "تحدث توماس دورنوفاك، وزير الخارجية السلوفاكي، مع الوفد.")).mentions(),
                MentionType.PERSON), "the family name right before its office and country");
        assertEquals(List.of("دورنوفاك"), texts(annotator.annotate(doc("a9", "التقى وزير خارجية جمهورية سلوفاكيا دورنوفاك بالوفد.")).mentions(),
                MentionType.PERSON), "a word for the state before the country's name");
        assertEquals(List.of("دورنوفاك"), texts(annotator.annotate(doc("a10", "بحث الوزير ونظيره السلوفاكي دورنوفاك العلاقات.")).mentions(),
                MentionType.PERSON), "a counterpart word with a proclitic");
        assertEquals(List.of("جان عبد اللهيار"), texts(annotator.annotate(doc("a11", "بحث وزير الخارجية السلوفاكي جان عبد اللهيار العلاقات.")).mentions(),
                MentionType.PERSON), "a word with the article inside the name");
        assertEquals(List.of("دورنوفاك"), texts(annotator.annotate(doc("a12", "تحدث الوفد و دورنوفاك وزير الخارجية السلوفاكي.")).mentions(),
                MentionType.PERSON), "a word of one letter is no part of a name");
    }

    @Test
    void aKnownGivenNameBeforeAFamilyNameSpelledAnotherWayThatSoundsAlikeIsThatPerson(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("people.tsv"), "tomas-durnovak\tTomas Durnovak\tDurnovak\tSVK\tforeign minister\t2021-01-01\t\t\tm\n");
        KnowledgeAnnotator annotator = new KnowledgeAnnotator(KnowledgeBase.load(dir));
        List<Mention> found = annotator.annotate(doc("s1", "Le ministre Tomas Durnowak a rencontré son homologue.")).mentions();
        assertEquals(List.of("Tomas Durnowak"), texts(found, MentionType.PERSON), "w is read as v");
        assertEquals(List.of("Tomáš Dúrnovák"), texts(annotator.annotate(doc("s2", "Minister Tomáš Dúrnovák spoke.")).mentions(), MentionType.PERSON),
                "accents aside");
        assertEquals(List.of(), texts(annotator.annotate(doc("s3", "Minister Tomas Darnowak spoke.")).mentions(), MentionType.PERSON),
                "another vowel, another name");
        assertEquals(List.of(), texts(annotator.annotate(doc("s4", "Minister Pavol Durnowak spoke.")).mentions(), MentionType.PERSON),
                "another given name, someone else");
    }
}
