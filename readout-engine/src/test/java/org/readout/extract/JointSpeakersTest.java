package org.readout.extract;

import org.junit.jupiter.api.Test;
import org.readout.pipeline.ProcessedDocument;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.readout.extract.Readouts.only;

/** Both sides speaking together, on an invented readout. */
class JointSpeakersTest {
    private static final ProcessedDocument TALKS = Readouts.process("joint.txt", """
            Foreign ministers meet in Seoul

            SEOUL — Foreign Minister Takeshi Iwaya held talks with Foreign Minister Cho Tae-yul on Monday, January 13, 2025.
            Iwaya and his South Korean counterpart Cho Tae-yul reaffirmed maintaining close cooperation between the two countries.
            The foreign ministers also discussed North Korea.
            Later, Iwaya praised his counterpart Cho Tae-yul for his leadership.
            """);

    private static List<String> speakers(StatementReport s) {
        return s.speakers().stream().map(Speaker::country).sorted().toList();
    }

    @Test
    void aCounterpartJoinedToTheSubjectSpeaksWithIt() {
        assertEquals(List.of("JPN", "KOR"), speakers(only(TALKS, "Iwaya and his South Korean counterpart")));
    }

    @Test
    void talksToldAsTheSubjectOfTheirOwnSentenceAreBothSidesConsultation() {
        ProcessedDocument d = Readouts.process("talks-subject.txt", """
                Leaders talk

                TOKYO, April 5, 2023 - Prime Minister Fumio Kishida held talks with President Yoon Suk Yeol in Tokyo on Wednesday.
                The two sides had in-depth, candid and friendly discussions.
                Their discussions focused mainly on the supply of semiconductors.
                Furthermore, the discussions included the prospects for tourism.
                Views were also exchanged on the situation in the region.
                Other issues discussed included fisheries.
                """);
        for (String said : List.of("The two sides had in-depth", "Their discussions focused mainly",
                "Furthermore, the discussions included", "Views were also exchanged", "Other issues discussed included")) {
            StatementReport s = only(d, said);
            assertEquals(List.of("JPN", "KOR"), speakers(s), said);
            assertEquals("040", s.cameo(), said);
        }
    }

    @Test
    void aConsultationThatTakesTwoInAnotherLanguageIsBothSides() {
        ProcessedDocument d = Readouts.process("mutual-es.txt", """
                Reunión en Madrid

                MADRID, 3 de mayo de 2023 - El presidente Pedro Sánchez ha recibido este miércoles en el Palacio de la Moncloa al presidente de Brasil, Luiz Inácio Lula da Silva.
                Sánchez discutió el acuerdo comercial entre la UE y Mercosur.
                """);
        assertEquals(List.of("BRA", "ESP"), speakers(only(d, "Sánchez discutió")));
    }

    @Test
    void aCounterpartNamedBetweenCommasStillSpeaksWithTheSubject() {
        ProcessedDocument d = Readouts.process("apposition.txt", """
                Defence ministers meet

                TOKYO, April 5, 2023 - Defence Minister Yasukazu Hamada held talks with Defence Minister Richard Marles in Tokyo on Wednesday.
                Hamada and his Australian counterpart, Richard Marles, agreed to bolster defence cooperation.
                """);
        assertEquals(List.of("AUS", "JPN"), speakers(only(d, "Hamada and his Australian counterpart, Richard Marles")));
    }

    @Test
    void theHostOfAVisitJoinedToTheSubjectSpeaksWithIt() {
        ProcessedDocument d = Readouts.process("host.txt", """
                President visits Tokyo

                TOKYO, April 5, 2023 - Prime Minister Fumio Kishida held talks with President Yoon Suk Yeol in Tokyo on Wednesday.
                Yoon and his host also spoke about the supply of semiconductors.
                """);
        assertEquals(List.of("JPN", "KOR"), speakers(only(d, "Yoon and his host")));
    }

    @Test
    void aConsultationWithTheOtherSideAfterItsObjectIsBothSides() {
        ProcessedDocument d = Readouts.process("with.txt", """
                Leaders talk

                TOKYO, April 5, 2023 - Prime Minister Fumio Kishida held talks with President Yoon Suk Yeol in Tokyo on Wednesday.
                Kishida discussed mutual issues with Yoon, including the supply of semiconductors.
                Kishida discussed cooperation with India in the field of shipping.
                """);
        assertEquals(List.of("JPN", "KOR"), speakers(only(d, "Kishida discussed mutual issues")));
        assertEquals(List.of("JPN"), speakers(only(d, "Kishida discussed cooperation")), "a third country after the object is no side of the talks");
    }

    @Test
    void aPluralOfficeIsBothSides() {
        assertEquals(List.of("JPN", "KOR"), speakers(only(TALKS, "The foreign ministers also discussed")));
    }

    @Test
    void aNewlyElectedLeaderJoinedToTheSubjectSpeaksWithIt() {
        ProcessedDocument d = Readouts.process("new.txt", """
                Leaders talk

                Japanese Prime Minister Fumio Kishida and newly elected British Prime Minister Keir Starmer agreed on Saturday, July 6, 2024, \
                to promote security cooperation in a telephone call.
                """);
        assertEquals(List.of("GBR", "JPN"), speakers(only(d, "Japanese Prime Minister Fumio Kishida and newly elected")));
    }

    @Test
    void twoOfficesAfterOneArticleAreBothSides() {
        ProcessedDocument d = Readouts.process("offices.txt", """
                PM call with President of Mexico: 3 March 2025

                Prime Minister Keir Starmer of the United Kingdom spoke to President Claudia Sheinbaum of Mexico this afternoon.
                The Prime Minister and President agreed to continue working together on trade.
                The Prime Minister and President Sheinbaum welcomed the progress of the talks.
                """);
        assertEquals(List.of("GBR", "MEX"), speakers(only(d, "The Prime Minister and President agreed")));
        assertEquals(List.of("GBR", "MEX"), speakers(only(d, "The Prime Minister and President Sheinbaum")), "the office a name follows is the name's");
    }

    @Test
    void anOfficeThePageGivesAParticipantBeforeTheNameNamesThem() {
        ProcessedDocument d = Readouts.process("titled.txt", """
                Defence ministers meet in Tokyo: 5 September 2025

                Deputy Prime Minister and Minister for Defence Richard Marles met Japanese Defence Minister Gen Nakatani in Tokyo on 5 September 2025.
                The Deputy Prime Minister welcomed Japan's decision to deepen defence cooperation with Australia.
                The principals reaffirmed their commitment to a free and open Indo-Pacific region.
                """);
        assertEquals(List.of("AUS"), speakers(only(d, "The Deputy Prime Minister welcomed")), "his first office, named in the first sentence");
        assertEquals(List.of("AUS", "JPN"), speakers(only(d, "The principals reaffirmed")));
    }

    @Test
    void theFirstPersonOfAMinistersOwnSiteIsWhoeverHeldTheOfficeThatDay() throws Exception {
        String text = """
                Meeting with China's Foreign Minister

                Today I met with China's State Councilor and Minister of Foreign Affairs, Wang Yi, in Bali.
                I raised Australia's concerns about a range of trade and consular issues.
                """;
        ProcessedDocument d = Readouts.pipeline().process(new org.readout.source.RawDocument("site/release.txt", "release.txt",
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8), new org.readout.source.SourceMeta(
                "https://www.foreignminister.gov.au/minister/media-release/meeting-china", null, java.time.LocalDate.of(2022, 7, 8), null, null)));
        EngagementReport met = d.extraction().engagements().get(0);
        assertEquals(List.of("Penny Wong", "Wang Yi"), met.participants().stream().map(Participant::name).sorted().toList(),
                "foreignminister.gov.au speaks for Australia's foreign minister (government-sites.tsv kind voice)");
        assertEquals(List.of("AUS"), speakers(only(d, "I raised")), "'I' in the release: its author");
        ProcessedDocument elsewhere = Readouts.process("elsewhere.txt", text);
        assertTrue(elsewhere.extraction().engagements().isEmpty(), "on another site no one says whose 'I' it is");
    }

    @Test
    void theFirstWordOfAnOfficeThePageGaveAParticipantNamesThemWithItsArticle() {
        ProcessedDocument d = Readouts.process("secretary.txt", """
                Readout of a call: 15 April 2024

                Secretary of Defense Lloyd J. Austin III spoke with Kuwaiti Minister of Defense Sheikh Fahad Yousef Saud Al-Sabah on 15 April 2024.
                The Secretary reaffirmed the strong bilateral defense partnership between the United States and Kuwait.
                """);
        assertEquals(List.of("USA"), speakers(only(d, "The Secretary reaffirmed")), "'The Secretary': the Secretary of Defense named before");
    }

    @Test
    void aPersonsCountryAfterOfDoesNotMakeWhoIsJoinedToThePersonAnObject() {
        ProcessedDocument d = Readouts.process("origin.txt", """
                Ministers meet in Canberra

                On Monday, March 2, 2026, Foreign Minister Penny Wong of Australia held talks with Foreign Minister Sugiono of Indonesia in Canberra.
                Foreign Minister Penny Wong of Australia and Indonesian Foreign Minister Sugiono concurred that the two countries will deepen cooperation on fisheries.
                """);
        assertEquals(List.of("AUS", "IDN"), speakers(only(d, "Foreign Minister Penny Wong of Australia and Indonesian")));
    }

    @Test
    void anOfficeIsHeldByTheOneNamedRightAfterItPastAParticleOfTheName() {
        ProcessedDocument d = Readouts.process("particle.txt", """
                Leaders speak by phone

                King Abdullah II of Jordan and Egyptian President Abdel Fattah el-Sisi held a phone call on Tuesday, March 4, 2025.
                The King and President Al Sisi stressed the need to reopen the border crossings.
                """);
        assertEquals(List.of("EGY", "JOR"), speakers(only(d, "The King and President Al Sisi")));
    }

    @Test
    void aMonarchCalledHisMajestyIsTheHeadOfStateWhoSpeaks() {
        ProcessedDocument d = Readouts.process("majesty.txt", """
                King receives Prime Minister

                AMMAN — King Abdullah II received Spanish Prime Minister Pedro Sánchez in Amman on Monday, June 9, 2025.
                His Majesty praised Spain's position on the reconstruction of the port.
                """);
        assertEquals(List.of("JOR"), speakers(only(d, "His Majesty praised")));
    }

    @Test
    void twoOfficesInLowerCaseAfterOneArticleAreBothSides() {
        ProcessedDocument d = Readouts.process("lower.txt", """
                Chancellor visits Israel

                JERUSALEM — Prime Minister Naftali Bennett received German Chancellor Olaf Scholz in Jerusalem on Tuesday, March 2, 2022.
                The prime minister and chancellor also discussed COVID-19 and vaccination.
                """);
        assertEquals(List.of("DEU", "ISR"), speakers(only(d, "The prime minister and chancellor")));
    }

    @Test
    void theAmirIsAHeadOfState() {
        ProcessedDocument d = Readouts.process("amir.txt", """
                Amir receives Prime Minister

                DOHA — Emir Tamim bin Hamad Al Thani received Spanish Prime Minister Pedro Sánchez in Doha on Wednesday, April 3, 2024.
                His Highness the Amir and the Prime Minister of Spain stressed the need to reopen the crossings.
                """);
        assertEquals(List.of("ESP", "QAT"), speakers(only(d, "His Highness the Amir and the Prime Minister of Spain")));
    }

    @Test
    void aConsultationWithTheOtherSideNamedRightAfterItIsBothSides() {
        ProcessedDocument d = Readouts.process("with.txt", """
                Prime Minister visits Doha

                DOHA — Prime Minister Pedro Sánchez met Emir Tamim bin Hamad Al Thani in Doha on Wednesday, April 3, 2024.
                Sánchez discussed with the Qatari authorities the reopening of the crossings.
                Sánchez also discussed the fisheries agreement.
                """);
        assertEquals(List.of("ESP", "QAT"), speakers(only(d, "Sánchez discussed with the Qatari authorities")));
        assertEquals(List.of("ESP", "QAT"), speakers(only(d, "Sánchez also discussed")),
                "a discussion takes two: in the report of a two-sided encounter, with the other side");
    }

    @Test
    void aConsultationInACallWithTheOtherSideIsBothSides() {
        ProcessedDocument d = Readouts.process("in-a-call.txt", """
                Prime Minister Pedro Sánchez spoke with Emir Tamim bin Hamad Al Thani on Wednesday, April 3, 2024.
                Sánchez discussed in a phone call with Emir Tamim bin Hamad Al Thani regional issues of mutual concern.
                """);
        assertEquals(List.of("ESP", "QAT"), speakers(only(d, "Sánchez discussed in a phone call")), "the call is where they discussed, not the act");
    }

    @Test
    void aCounterpartAfterTheVerbIsStillItsObject() {
        StatementReport s = only(TALKS, "Later, Iwaya praised");
        assertEquals(List.of("JPN"), speakers(s));
        assertEquals("KOR", s.target());
    }

    @Test
    void aConsultationRightAfterTheEncounterToldInAnAsideIsHeldWithTheOtherSide() {
        ProcessedDocument d = Readouts.process("aside-call.txt", """
                Leaders speak by phone

                June 4, 2022

                King Abdullah II, in a phone call on Saturday with President Emmanuel Macron, discussed bilateral ties.
                """);
        StatementReport discussed = Readouts.in(d, "King Abdullah II, in a phone call").stream()
                .filter(st -> st.cameo().startsWith("04")).findFirst().orElseThrow();
        assertEquals(List.of("FRA", "JOR"), speakers(discussed));
    }

    @Test
    void aConsultationInAParticipleAfterTheTalksWithTheOtherSideIsHeldWithThem() {
        ProcessedDocument d = Readouts.process("participle.txt", """
                Ministers meet

                June 26, 2025

                Defence Minister Rajnath Singh on Thursday held talks with his Russian counterpart Andrey Belousov, focusing on regional security.
                Later, Singh met reporters, focusing on the visit.
                """);
        StatementReport focused = Readouts.in(d, "Defence Minister Rajnath Singh on Thursday").stream()
                .filter(st -> st.cameo().startsWith("04")).findFirst().orElseThrow();
        assertEquals(List.of("IND", "RUS"), speakers(focused), "the talks with Belousov focused on it");
        assertTrue(Readouts.in(d, "Later, Singh met reporters").stream().allMatch(st -> speakers(st).equals(List.of("IND"))),
                "met reporters: no encounter with the other side before the participle");
    }

    @Test
    void theOfOfAnOfficesNameMarksNoObject() {
        ProcessedDocument d = Readouts.process("office-of.txt", """
                Ministers speak

                March 6, 2025

                Marco Rubio held a phone call with Mauro Vieira on Thursday.
                Secretary of State Marco Rubio and Mauro Vieira agreed to expand trade.
                """);
        assertEquals(List.of("BRA", "USA"), speakers(only(d, "Secretary of State Marco Rubio and")), "Vieira is joined to Rubio, not an object of 'of'");
    }

    @Test
    void aVisitingOfficeJoinedByAndIsNoObjectOfAVisit() {
        ProcessedDocument d = Readouts.process("visiting.txt", """
                Ministers meet

                July 5, 2022

                Mongolian Foreign Minister Batmunkh Battsetseg and visiting Russian Foreign Minister Sergei Lavrov agreed on Tuesday to expand trade.
                """);
        assertEquals(List.of("MNG", "RUS"), speakers(only(d, "Mongolian Foreign Minister Batmunkh")), "'and visiting' modifies Lavrov's office");
    }

    @Test
    void anActToldAsANounThatTookPlaceIsBothSides() {
        ProcessedDocument d = Readouts.process("took-place.txt", """
                Presidents speak by phone

                June 4, 2022

                President Ilham Aliyev made a phone call to President Kassym-Jomart Tokayev today.
                In a telephone conversation, an exchange of views on transit cooperation also took place.
                """);
        assertEquals(List.of("AZE", "KAZ"), speakers(only(d, "In a telephone conversation, an exchange of views")));
    }

    @Test
    void aConsultationInTheFirstPersonPluralThatNoOneNamedHoldsIsBothSides() {
        ProcessedDocument d = Readouts.process("we.txt", """
                Leaders meet in Canberra

                June 4, 2022

                Prime Minister Anthony Albanese and President Yoon Suk Yeol held a meeting in Canberra on Tuesday. A report quoted officials saying that trade will be a key area of discussions. They also said that a new mine was likely to figure in the talks.

                "Had fruitful discussions with President Yoon. His passion for football is commendable. We discussed regional issues and our shared priorities. We also agreed to deepen trade," Albanese posted.
                """);
        assertEquals(List.of("AUS", "KOR"), speakers(only(d, "We discussed regional issues")));
    }

    /** A leaders' call told in its first line, then {@code line}. */
    private static ProcessedDocument phoneCallThen(String line) {
        return Readouts.process("call.txt", """
                Leaders speak by phone

                June 4, 2022

                Prime Minister Anthony Albanese spoke by phone with President Yoon Suk Yeol on Saturday.
                """ + line + "\n");
    }

    @Test
    void aConsultationThatOpensItsSentenceWithNoSubjectIsBothSides() {
        ProcessedDocument d = phoneCallThen("Also discussed regional security and the supply of critical minerals.");
        assertEquals(List.of("AUS", "KOR"), speakers(only(d, "Also discussed regional security")));
    }

    @Test
    void aParticipleOpeningItsSentenceHasItsSubjectAfterTheComma() {
        ProcessedDocument d = phoneCallThen("Discussing critical minerals, officials said Korea would invest in new mines.");
        assertTrue(Readouts.in(d, "Discussing critical minerals").stream().noneMatch(st -> speakers(st).size() == 2),
                Readouts.in(d, "Discussing critical minerals").toString());
    }

    @Test
    void threeLeadersCountedTogetherAreAllThreeSides() {
        ProcessedDocument d = Readouts.process("three.txt", """
                Leaders meet in Cairo

                June 4, 2022

                President Abdel Fattah al-Sisi hosted Prime Minister Naftali Bennett and Crown Prince Mohamed bin Zayed in Sharm el-Sheikh on Tuesday.
                The three leaders discussed energy and food security.
                """);
        assertEquals(List.of("ARE", "EGY", "ISR"), speakers(only(d, "The three leaders discussed")));
    }
}
