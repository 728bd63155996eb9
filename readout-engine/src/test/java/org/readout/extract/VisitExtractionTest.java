package org.readout.extract;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.readout.extract.Docs.d;
import static org.readout.extract.Docs.side;
import static org.readout.extract.Docs.value;

/** A visit held, and a visit announced before it. */
class VisitExtractionTest {
    private static final EngagementReport HELD = Docs.only(Docs.extract("visit", "2023-04-03", Docs.fixture("visit.txt")));
    private static final EngagementReport PLANNED = Docs.only(Docs.extract("announce", "2023-03-30",
            Docs.fixture("announced-visit.txt")));

    @Test
    void theCountryAGuestArrivedInIsWhereTheyMetWhenNoCityIsNamed() {
        EngagementReport r = Docs.only(Docs.extract("a", "2024-03-25", "Prime Minister Fumio Kishida hosted Prime Minister Anthony Albanese, "
                + "who has arrived in Japan on an official visit."));
        assertEquals(new Location(null, "JPN"), value(r.location()));
        EngagementReport call = Docs.only(Docs.extract("b", "2024-03-25", "Prime Minister Fumio Kishida, who has arrived in Japan from Europe, "
                + "held a telephone call with Prime Minister Anthony Albanese."));
        assertNull(call.location(), "a call has no place");
    }

    @Test
    void aVisitToACountryNobodyOfWhichIsNamedIsWithThatCountryUnnamed() {
        EngagementReport r = Docs.only(Docs.extract("unnamed-host", "2019-09-02", "The Prime Minister of Fiji, Frank Bainimarama, "
                + "will visit Australia from 12 to 17 September as a guest of government."));
        assertEquals(Set.of("AUS", "FJI"), Set.copyOf(Docs.countries(r)));
        Participant host = r.participants().stream().filter(p -> "AUS".equals(p.country())).findFirst().orElseThrow();
        assertNull(host.name(), "the text names no one of the host side");
        assertNull(host.role(), "nor their office");
        assertEquals(List.of(), Docs.extract("named-host", "2019-09-02", "Frank Bainimarama will visit Australia next week. "
                + "He will meet Prime Minister Scott Morrison in Canberra.").engagements().stream()
                .flatMap(e -> e.participants().stream()).filter(p -> p.name() == null).toList(), "a host named on the page is who the guest meets");
    }

    @Test
    void aVisitToOneCountryTakesNothingFromAVisitToAnother() {
        EngagementReport r = Docs.only(Docs.extract("two-visits", "2025-11-12", "Indonesian President Prabowo Subianto and Australian "
                + "Prime Minister Anthony Albanese announced the pact during the Indonesian leader's first state visit to Australia.\n"
                + "Albanese will visit Indonesia in January to sign the treaty."));
        assertEquals(Set.of("AUS", "IDN"), Docs.countries(r).stream().collect(java.util.stream.Collectors.toSet()));
        assertNull(r.clue().month(), "January is the month of Albanese's own visit to Indonesia");
    }

    @Test
    void aHostWhoWillWelcomeOrHostAGuestAnnouncesAVisit() {
        EngagementReport r = Docs.only(Docs.extract("w", "2022-10-14", "Prime Minister Anthony Albanese will welcome the Prime Minister "
                + "of Japan, Fumio Kishida, to Australia on 22 October."));
        assertEquals("planned", value(r.status()));
        assertEquals("visit", r.kind());
        assertEquals(java.time.LocalDate.of(2022, 10, 22), value(r.date()));
        EngagementReport hosted = Docs.only(Docs.extract("h", "2022-10-14", "President Joe Biden is set to host Prime Minister Fumio Kishida "
                + "at the White House on Friday."));
        assertEquals("planned", value(hosted.status()));
        assertEquals(Set.of("JPN", "USA"), Set.copyOf(hosted.participants().stream().map(Participant::country).toList()));
        assertEquals(java.util.List.of(), Docs.extract("c", "2023-06-04", "Prime Minister Pham Minh Chinh chaired a welcome ceremony "
                + "for his Australian counterpart Anthony Albanese in Hanoi.").engagements().stream()
                .filter(e -> "planned".equals(value(e.status()))).toList(), "a welcome ceremony is no announcement");
    }

    @Test
    void aPlaceIsWhereTheWordsOfEachLanguageBeforeOrAfterItPutTheEncounter() {
        assertEachPlacedIn(
                "Le président Emmanuel Macron s'est entretenu jeudi à Paris avec le président sénégalais Bassirou Diomaye Faye.", "Paris",
                "Presiden Prabowo Subianto mengadakan pertemuan bilateral dengan Presiden Xi Jinping di Beijing pada Sabtu.", "Beijing",
                "国家主席习近平在北京会见俄罗斯总统普京。", "Beijing",
                "石破茂首相は、ソウルで韓国の李在明大統領と会談した。", "Seoul",
                "이재명 대통령은 경주에서 시진핑 중국 국가주석과 정상회담을 했다.", "Gyeongju",
                "Cumhurbaşkanı Erdoğan, Doha'da Katar Emiri Şeyh Tamim bin Hamad ile görüştü.", "Doha",
                "प्रधानमंत्री नरेंद्र मोदी ने बैंकॉक में नेपाल के प्रधानमंत्री केपी शर्मा ओली से मुलाकात की।", "Bangkok",
                "التقى الرئيس عبد الفتاح السيسي في القاهرة رئيس الوزراء الإثيوبي آبي أحمد.", "Cairo",
                "Владимир Путин провёл переговоры с Касым-Жомартом Токаевым в Москве.", "Moscow",
                "石破茂首相は、首相官邸で韓国の李在明大統領と会談した。", "Tokyo",
                "Министр иностранных дел Украины Андрей Сибига посетит Варшаву, где встретится с Радославом Сикорским.", "Warsaw",
                "El presidente del Gobierno, Pedro Sánchez, llegó a Rabat para reunirse con el rey Mohamed VI.", "Rabat",
                "O presidente Lula se reuniu com o presidente de Portugal, Marcelo Rebelo de Sousa, no Palácio do Planalto.", "Brasília",
                "La presidente del Consiglio Giorgia Meloni ha incontrato il presidente Kais Saied al Palazzo di Cartagine.", "Tunis");
    }

    /** Texts and cities in turn: each text tells one encounter, held in the city after it. */
    private static void assertEachPlacedIn(String... textsAndCities) {
        for (int i = 0; i < textsAndCities.length; i += 2) {
            String text = textsAndCities[i];
            List<EngagementReport> found = Docs.extract("p", "2025-03-05", text).engagements();
            assertEquals(1, found.size(), text);
            assertEquals(textsAndCities[i + 1], found.get(0).location() == null ? null : value(found.get(0).location()).place(), text);
        }
    }

    @Test
    void aCityNamedInTheLatinLettersOfAnotherLanguageIsThatCity() {
        assertEachPlacedIn(
                "O primeiro-ministro Luís Montenegro reuniu-se em Lisboa com o presidente francês Emmanuel Macron.", "Lisboa",
                "El presidente del Gobierno, Pedro Sánchez, se reunió en Pekín con el presidente Xi Jinping.", "Pekín");
        assertEachPlacedIn("Antes de acudir a la reunión de ministros de la UE en Copenhague, la ministra de Defensa, Margarita Robles, "
                + "ha visitado a su homólogo alemán en Berlín.", "Berlin");
    }

    @Test
    void aCapitalNamedByItsCountryIsThatCountrysCapital() {
        assertEachPlacedIn(
                "Foreign Minister Hakan Fidan met Secretary of State Marco Rubio in the US capital on Wednesday.", "Washington",
                "La presidente del Consiglio Giorgia Meloni ha incontrato nella capitale tunisina il presidente Kais Saied.", "Tunis",
                "التقى وزير الخارجية هاكان فيدان في العاصمة الإيرانية وزير الخارجية عباس عراقجي.", "Tehran");
    }

    @Test
    void anEncounterThePagePlacesNowhereIsInItsDatelinesCityWhenThatIsInOneSidesCountry() {
        EngagementReport r = Docs.only(Docs.extract("d", "2025-03-05", "Talks in the capital\nNEW DELHI, March 4 (Wire) – Visiting German "
                + "Foreign Minister Johann Wadephul met Prime Minister Narendra Modi on Tuesday."));
        assertEquals(new Location("New Delhi", "IND"), value(r.location()));
        EngagementReport inBerlin = Docs.only(Docs.extract("b", "2025-03-05", "NEW DELHI, March 4 (Wire) – Prime Minister Narendra Modi "
                + "met Foreign Minister Johann Wadephul in Berlin on Tuesday."));
        assertEquals(new Location("Berlin", "DEU"), value(inBerlin.location()), "the sentence's place comes first");
        EngagementReport elsewhere = Docs.only(Docs.extract("l", "2025-03-05", "LONDON, March 4 (Wire) – Prime Minister Narendra Modi "
                + "met Foreign Minister Johann Wadephul on Tuesday."));
        assertNull(elsewhere.location(), "London is in neither side's country");
        EngagementReport call = Docs.only(Docs.extract("c", "2025-03-05", "NEW DELHI, March 4 (Wire) – Prime Minister Narendra Modi "
                + "held a phone call with Foreign Minister Johann Wadephul on Tuesday."));
        assertNull(call.location(), "a call has no place");
        for (EngagementReport fromHome : Docs.extract("h", "2025-03-05", "NEW DELHI, March 4 (Wire) – Defence Minister Rajnath Singh "
                + "reached Tashkent, Uzbekistan on an official visit on Tuesday. On the first day, Rajnath Singh held bilateral meetings with his "
                + "Uzbek counterpart Bakhodir Kurbanov and Belarusian Defence Minister Viktor Khrenin.").engagements()) {
            assertEquals(false, fromHome.location() != null && "IND".equals(value(fromHome.location()).country()),
                    "a page that names a city of another country may have been written from home");
        }
    }

    @Test
    void aVisitToldBeforeTheSummitItWasForPlacesTheSummit() {
        EngagementReport r = Docs.only(Docs.extract("v", "2024-05-10", "On May 9, 2024, Prime Minister Fumio Kishida visited Ottawa, Canada. "
                + "Prime Minister Kishida held a summit meeting with Prime Minister Justin Trudeau."));
        assertEquals(new Location("Ottawa", "CAN"), value(r.location()));
        assertEquals(java.time.LocalDate.of(2024, 5, 9), value(r.date()));
    }

    @Test
    void thePlaceNearestTheEncounterIsWhereItWasHeld() {
        EngagementReport r = Docs.only(Docs.extract("near", "2023-12-05", "President Lula and Chancellor Olaf Scholz agreed on the "
                + "need for a truce in Gaza as they held talks in Berlin on Monday, December 4, 2023."));
        assertEquals(new Location("Berlin", "DEU"), value(r.location()));
    }

    @Test
    void heldVisitIsReported() {
        assertEquals("reports", HELD.relation());
        assertEquals("held", value(HELD.status()));
    }

    @Test
    void heldVisitKindAndFormat() {
        assertEquals("visit", HELD.kind());
        assertEquals("in_person", value(HELD.format()));
    }

    @Test
    void heldVisitPlace() {
        assertEquals(new Location("Beijing", "CHN"), value(HELD.location()));
    }

    @Test
    void heldVisitDateTimeAndDuration() {
        assertEquals(d("2023-04-02"), value(HELD.date()));
        assertEquals("15:30", value(HELD.localTime()));
        assertEquals(180, value(HELD.durationMinutes()));
    }

    @Test
    void heldVisitParticipants() {
        assertEquals(Set.of("JPN", "CHN"), HELD.countries());
        assertEquals("yoshimasa-hayashi", side(HELD, "JPN").personId());
        assertEquals("qin-gang", side(HELD, "CHN").personId());
        assertEquals("foreign minister", side(HELD, "CHN").role());
    }

    @Test
    void heldVisitHasNoOccasion() {
        assertNull(HELD.occasion());
    }

    @Test
    void announcedVisitIsPlanned() {
        assertEquals("planned", value(PLANNED.status()));
    }

    @Test
    void announcedVisitIsAnnounced() {
        assertEquals("announces", PLANNED.relation());
    }

    @Test
    void announcedVisitDateIsTheNextFirstOfApril() {
        assertEquals(d("2023-04-01"), value(PLANNED.date()));
    }

    @Test
    void announcedVisitPlaceAndKind() {
        assertEquals(new Location("Beijing", "CHN"), value(PLANNED.location()));
        assertEquals("visit", PLANNED.kind());
        assertEquals("in_person", value(PLANNED.format()));
    }

    @Test
    void announcedVisitParticipants() {
        assertEquals("yoshimasa-hayashi", side(PLANNED, "JPN").personId());
        assertEquals("qin-gang", side(PLANNED, "CHN").personId());
    }

    @Test
    void statusEvidenceIsTheSentenceWithTheCue() {
        assertEquals(true, PLANNED.status().evidence().text().contains("will visit Beijing"));
    }

    @Test
    void visitToTheOtherSideWithAVenue() {
        EngagementReport r = Docs.only(Docs.extract("venue", "2023-03-11", Docs.fixture("venue.txt")));
        assertEquals(new Location("Paris", "FRA"), value(r.location()));
        assertEquals(d("2023-03-10"), value(r.date()), "Friday before the publication day");
        assertEquals("summit", r.kind());
        assertEquals("emmanuel-macron", side(r, "FRA").personId());
        assertEquals("head of state", side(r, "FRA").role());
        assertEquals("rishi-sunak", side(r, "GBR").personId());
        assertEquals("head of government", side(r, "GBR").role());
    }
}
