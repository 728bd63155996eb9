package org.readout.extract;

import org.junit.jupiter.api.Test;
import org.readout.pipeline.ProcessedDocument;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.readout.extract.Readouts.HAYASHI;
import static org.readout.extract.Readouts.QIN;
import static org.readout.extract.Readouts.WANG;
import static org.readout.extract.Readouts.byVerb;
import static org.readout.extract.Readouts.in;
import static org.readout.extract.Readouts.only;

/** CAMEO codes, PLOVER types and modes, and Goldstein values of the acts readouts report. */
class StatementCodingTest {
    private static final ProcessedDocument JPN_CALL = Readouts.fixture("call-jpn.txt");
    private static final ProcessedDocument CHN_CALL = Readouts.fixture("call-chn.txt");
    private static final ProcessedDocument BEIJING = Readouts.fixture("meeting-beijing.txt");
    private static final ProcessedDocument BALI = Readouts.fixture("meeting-bali.txt");

    @Test
    void aConcernIsDisapprovalAccuse110() {
        for (StatementReport s : in(JPN_CALL, "1. Minister Hayashi expressed serious concerns")) {
            assertEquals("ACCUSE", s.type());
            assertEquals("disapprove", s.mode());
            assertEquals("110", s.cameo());
            assertEquals(-2.0, s.goldstein());
            assertEquals("expressed serious concerns", s.verb());
        }
        StatementReport grave = byVerb(CHN_CALL, "Qin Gang expressed grave concern", "expressed grave concern");
        assertEquals("fukushima-water", grave.issue().id());
        assertEquals("ACCUSE", grave.type());
        assertEquals("110", grave.cameo());
        assertEquals("expressed grave concern", grave.verb());
    }

    @Test
    void recognisedEffortsAValuedPartnerExchangedViewsAndATweetedQuote() {
        ProcessedDocument d = Readouts.process("more-acts.txt", """
                Foreign Minister Yoshimasa Hayashi held a telephone call with Foreign Minister Qin Gang on April 2, 2023.
                Minister Hayashi recognized China's efforts to reopen flights between the two countries.
                Minister Hayashi said China is one of Japan's most valued partners.
                Views were exchanged on the situation in the region.
                Both ministers spoke of the region.
                "Japan strongly supports the peace process in the region," Minister Hayashi tweeted after the call.
                """);
        StatementReport recognized = only(d, "Minister Hayashi recognized");
        assertEquals("SUPPORT", recognized.type());
        assertEquals("CHN", recognized.target());
        assertEquals("SUPPORT", only(d, "Minister Hayashi said China is one").type(), "'valued' is a word of praise");
        StatementReport views = only(d, "Views were exchanged");
        assertEquals("CONSULT", views.type());
        assertEquals(2, views.speakers().size(), "exchanged by the two sides, no one named");
        assertEquals(List.of(HAYASHI), only(d, "\"Japan strongly supports").speakers(), "a post's words are its author's");
    }

    @Test
    void aQuotationWithNoActStillGivesItsAuthorTheFloor() {
        ProcessedDocument d = Readouts.process("tweet.txt", """
                Foreign Minister Yoshimasa Hayashi held a telephone call with Foreign Minister Qin Gang on April 2, 2023.
                The two ministers expressed satisfaction with the progress of the relationship.
                "Had a good conversation with my counterpart this evening," Minister Hayashi tweeted after the call.
                "We expressed serious concern about the situation in the region," he said.
                """);
        assertEquals(List.of(HAYASHI), only(d, "\"We expressed serious concern").speakers(), "'he' is the one who tweeted, not both sides");
        ProcessedDocument chained = Readouts.process("chained.txt", """
                Foreign Minister Yoshimasa Hayashi held a telephone call with Foreign Minister Qin Gang on April 2, 2023.
                "We exchanged views on global challenges and agreed to further enhance our cooperation," Minister Hayashi said.
                """);
        StatementReport agreed = in(chained, "\"We exchanged views").stream().filter(x -> "AGREE".equals(x.type())).findFirst().orElseThrow();
        assertEquals(2, agreed.speakers().size(), "'we ... and agreed': the two sides agreed, as they exchanged views");
    }

    @Test
    void whatASaidOrAReiteratedCarriesCodesTheAct() {
        ProcessedDocument d = Readouts.process("carried.txt", """
                Foreign Minister Yoshimasa Hayashi held a telephone call with Foreign Minister Qin Gang on April 2, 2023.
                Minister Hayashi said the seizure of the vessel represented a flagrant violation of international law.
                Minister Hayashi reiterated his condemnation of the missile launches.
                Minister Qin Gang underlined the destabilizing role of outside powers in the region.
                Minister Qin Gang said it was most regrettable that the talks had stalled.
                Minister Hayashi reiterated to Minister Qin Gang Japan's long-standing demand for the return of the detained citizens.
                Minister Qin Gang reiterated his appreciation of Japan's relief efforts.
                Minister Hayashi reiterated Japan's request for China's cooperation in lifting the import measures.
                """);
        assertTrue(in(d, "Minister Hayashi said the seizure").stream().anyMatch(s -> "111".equals(s.cameo())));
        assertTrue(in(d, "Minister Hayashi reiterated his condemnation").stream().anyMatch(s -> "111".equals(s.cameo())));
        assertTrue(in(d, "Minister Qin Gang underlined").stream().anyMatch(s -> "ACCUSE".equals(s.type())));
        assertTrue(in(d, "Minister Qin Gang said it was most regrettable").stream().anyMatch(s -> "110".equals(s.cameo())));
        assertTrue(in(d, "Minister Hayashi reiterated to Minister Qin Gang").stream().anyMatch(s -> "REQUEST".equals(s.type())));
        assertTrue(in(d, "Minister Qin Gang reiterated his appreciation").stream().anyMatch(s -> "051".equals(s.cameo())));
        assertTrue(in(d, "Minister Hayashi reiterated Japan's request").stream().anyMatch(s -> "REQUEST".equals(s.type())),
                "a request reiterated is still a request");
    }

    @Test
    void agreeingOnOrInvitingToAnEncounterStillToComeIsAnActOfThisOne() {
        ProcessedDocument d = Readouts.process("to-come.txt", """
                Foreign Minister Yoshimasa Hayashi held a telephone call with Foreign Minister Qin Gang on April 2, 2023.
                The two ministers agreed to meet in person at the earliest opportunity.
                Minister Hayashi extended an invitation to Minister Qin Gang to visit Japan.
                """);
        List<StatementReport> agreed = in(d, "The two ministers agreed to meet");
        assertTrue(agreed.stream().anyMatch(s -> "AGREE".equals(s.type()) && s.engagementOrdinal() == 0), agreed::toString);
        List<StatementReport> invited = in(d, "Minister Hayashi extended an invitation");
        assertTrue(invited.stream().anyMatch(s -> s.engagementOrdinal() == 0 && "026".equals(s.cameo()) && "REQUEST".equals(s.type())
                && "CHN".equals(s.target())), "an invitation appeals to the other side to meet: " + invited);
    }

    @Test
    void oneSidesOptimismAboutWhatTheTwoWillDoIsAnAgreement() {
        ProcessedDocument d = Readouts.process("optimism.txt", """
                Foreign Minister Yoshimasa Hayashi held a telephone call with Foreign Minister Qin Gang on April 2, 2023.
                Minister Hayashi looked forward to receiving Minister Qin Gang in Tokyo at the earliest opportunity.
                """);
        List<StatementReport> hoped = in(d, "Minister Hayashi looked forward");
        assertTrue(hoped.stream().anyMatch(s -> "013".equals(s.cameo()) && "AGREE".equals(s.type())), hoped::toString);
    }

    @Test
    void aPlainStatementOfCommitmentOrKeennessStatesAnIntentToCooperate() {
        ProcessedDocument d = Readouts.process("intent.txt", """
                Foreign Minister Yoshimasa Hayashi held a telephone call with Foreign Minister Qin Gang on April 2, 2023.
                Minister Hayashi emphasized Japan's commitment to the dialogue between the two countries.
                Minister Qin Gang reiterated his keenness to visit Japan in the near future.
                """);
        assertCoded(d, "030", "AGREE", "Minister Hayashi emphasized", "Minister Qin Gang reiterated");
    }

    @Test
    void aPlainStatementOfDelightOrOfStandingWithTheOtherSidePraises() {
        ProcessedDocument d = Readouts.process("praise.txt", """
                Foreign Minister Yoshimasa Hayashi held a telephone call with Foreign Minister Qin Gang on April 2, 2023.
                Minister Hayashi said he was delighted with the progress of the talks.
                Minister Qin Gang said China stands with Japan in the recovery from the earthquake.
                """);
        assertCoded(d, "051", "SUPPORT", "Minister Hayashi said", "Minister Qin Gang said");
    }

    @Test
    void theImportanceOfTheTiesPraisesAndADeterminationToGoOnStatesAnIntent() {
        ProcessedDocument d = Readouts.process("evaluated.txt", """
                Foreign Minister Yoshimasa Hayashi held a telephone call with Foreign Minister Qin Gang on April 2, 2023.
                Minister Hayashi highlighted the importance of the relationship for the peace of the region.
                Minister Qin Gang underlined China's determination to widen the exchanges between the two peoples.
                """);
        assertCoded(d, "051", "SUPPORT", "Minister Hayashi highlighted");
        assertCoded(d, "030", "AGREE", "Minister Qin Gang underlined");
    }

    @Test
    void touchedOnTackledAndPaidAttentionToAreConsultationsOfBothSides() {
        ProcessedDocument d = Readouts.process("encounter-subject.txt", """
                Foreign Minister Yoshimasa Hayashi held talks with Foreign Minister Qin Gang in Beijing on April 2, 2023.
                Talks also touched on developments of the fisheries issue.
                The meeting also tackled the developments in the energy market.
                The sides also paid attention to joint research projects.
                """);
        for (String opening : List.of("Talks also touched", "The meeting also tackled", "The sides also paid")) {
            List<StatementReport> said = in(d, opening);
            assertTrue(said.stream().anyMatch(s -> "CONSULT".equals(s.type()) && s.speakers().size() == 2), opening + ": " + said);
        }
    }

    @Test
    void whomOneCongratulatesOrThanksIsNoSpeakerOfWhatFollows() {
        ProcessedDocument d = Readouts.process("object-of-praise.txt", """
                Foreign Minister Yoshimasa Hayashi held a telephone call with Foreign Minister Qin Gang on April 2, 2023.
                Minister Hayashi congratulated Professor Qin Gang on his appointment and lauded his contribution to the relationship.
                He expressed condolences over the floods in the south of China.
                """);
        for (String opening : List.of("Minister Hayashi congratulated", "He expressed condolences")) {
            List<StatementReport> said = in(d, opening);
            assertTrue(!said.isEmpty() && said.stream().allMatch(s -> s.speakers().equals(List.of(HAYASHI))), opening + ": " + said);
        }
    }

    private static void assertCoded(ProcessedDocument d, String cameo, String type, String... openings) {
        for (String opening : openings) {
            List<StatementReport> said = in(d, opening);
            assertTrue(said.stream().anyMatch(s -> cameo.equals(s.cameo()) && type.equals(s.type())), said::toString);
        }
    }

    @Test
    void aRenewedInvitationARefusalToRecogniseAndSharedInformationAreCoded() {
        ProcessedDocument d = Readouts.process("renewed.txt", """
                Foreign Minister Yoshimasa Hayashi held a telephone call with Foreign Minister Qin Gang on April 2, 2023.
                Minister Hayashi reiterated his invitation to Minister Qin Gang to visit Japan this summer.
                Minister Hayashi said that Japan will not recognize the results of the sham votes in the occupied regions.
                The two ministers shared information about the steps taken in their countries against the pandemic.
                """);
        assertTrue(in(d, "Minister Hayashi reiterated his invitation").stream().anyMatch(s -> "REQUEST".equals(s.type()) && "026".equals(s.cameo())),
                () -> in(d, "Minister Hayashi reiterated his invitation").toString());
        assertTrue(in(d, "Minister Hayashi said that Japan will not").stream().anyMatch(s -> "REJECT".equals(s.type())),
                () -> in(d, "Minister Hayashi said that Japan will not").toString());
        assertTrue(in(d, "The two ministers shared information").stream().anyMatch(s -> "CONSULT".equals(s.type())),
                () -> in(d, "The two ministers shared information").toString());
    }

    @Test
    void aSpeakersFirstPersonPluralConsultationOrAgreementIsBothSides() {
        ProcessedDocument d = Readouts.process("we.txt", """
                Foreign Minister Yoshimasa Hayashi held talks with Foreign Minister Qin Gang in Beijing on April 2, 2023.
                "We discussed the next steps for the fisheries agreement," Hayashi told reporters after the talks.
                "Minister Qin and I agreed to open a hotline between the two coast guards," he said.
                "We will defend the rules-based order," Hayashi said.
                """);
        for (String start : List.of("\"We discussed the next steps", "\"Minister Qin and I agreed")) {
            List<StatementReport> found = in(d, start);
            assertTrue(found.stream().anyMatch(s -> s.speakers().stream().map(Speaker::country).collect(java.util.stream.Collectors.toSet())
                    .equals(java.util.Set.of("CHN", "JPN"))), start + ": " + found);
        }
        assertTrue(in(d, "\"We will defend").stream().allMatch(s -> s.speakers().stream().map(Speaker::country).toList().equals(List.of("JPN"))),
                "a stance in the first person plural stays the speaker's own");
    }

    @Test
    void aConsultationJoinedToTheEncounterWithTheOtherSideIsHeldWithThem() {
        ProcessedDocument d = Readouts.process("joined.txt", """
                On April 2, 2023, Foreign Minister Yoshimasa Hayashi held a telephone call with Foreign Minister Qin Gang and discussed the fisheries agreement.
                Minister Hayashi later discussed the fisheries agreement with the press.
                """);
        List<StatementReport> joined = in(d, "On April 2, 2023");
        assertTrue(joined.stream().anyMatch(s -> "CONSULT".equals(s.type()) && s.speakers().size() == 2), joined::toString);
        assertTrue(in(d, "Minister Hayashi later discussed").stream().noneMatch(s -> s.speakers().size() == 2),
                "no encounter with the other side told before it");
    }

    @Test
    void anActWhoseTopicIsAnotherEncounterIsAnActOfThisOne() {
        ProcessedDocument d = Readouts.process("topic.txt", """
                Foreign Minister Yoshimasa Hayashi held a telephone call with Foreign Minister Qin Gang on April 2, 2023.
                On Ukraine, Minister Hayashi updated Minister Qin Gang on his recent visit to Kyiv.
                """);
        List<StatementReport> updated = in(d, "On Ukraine, Minister Hayashi updated");
        assertTrue(updated.stream().anyMatch(s -> "CONSULT".equals(s.type()) && s.engagementOrdinal() == 0), updated::toString);
    }

    @Test
    void whoSpeaksWhenTheTextNamesASideByItsOfficeOrTwoTogether() {
        ProcessedDocument d = Readouts.process("sides.txt", """
                Foreign Minister Yoshimasa Hayashi met Foreign Minister Qin Gang in Beijing on April 2, 2023 to discuss the East China Sea.
                The Chinese minister urged Japan to lift the export controls.
                The Foreign Minister of China congratulated Foreign Minister Hayashi on his re-election.
                "Minister Qin and I have agreed to meet again this year," Hayashi said.
                """);
        java.util.function.Function<String, java.util.Set<String>> sides = start -> in(d, start).stream()
                .flatMap(st -> st.speakers().stream().map(Speaker::country)).collect(java.util.stream.Collectors.toSet());
        assertEquals(java.util.Set.of("JPN", "CHN"), sides.apply("Foreign Minister Yoshimasa Hayashi met"), "talks an encounter was held for");
        assertEquals(java.util.Set.of("CHN"), sides.apply("The Chinese minister urged"), "a country's adjective and an office word");
        assertEquals(java.util.Set.of("CHN"), sides.apply("The Foreign Minister of China"), "an office and the country after it");
        assertEquals(java.util.Set.of("JPN", "CHN"), sides.apply("\"Minister Qin and I"), "the one quoted and the one named with 'and I'");
        ProcessedDocument parties = Readouts.process("parties.txt", """
                Foreign Minister Yoshimasa Hayashi held a telephone call with Foreign Minister Qin Gang on April 2, 2023.
                The interlocutors discussed cooperation in countering hybrid threats.
                """);
        assertEquals(2, in(parties, "The interlocutors discussed").get(0).speakers().size(), "'the interlocutors' are both sides");
    }

    @Test
    void strongCallForLiftingImportRestrictionsIsADemand() {
        StatementReport s = only(JPN_CALL, "2. Minister Hayashi strongly called for the prompt lifting");
        assertEquals("REQUEST", s.type());
        assertEquals("yield", s.mode());
        assertEquals("1054", s.cameo());
        assertTrue(s.cameo().startsWith("10"), "a demand is CAMEO 10x");
        assertEquals(-5.0, s.goldstein());
        assertEquals("food-import-restrictions", s.issue().id());
        assertEquals("strongly called for the prompt lifting", s.verb());
        assertEquals(List.of(HAYASHI), s.speakers());
        assertEquals("CHN", s.target());
    }

    @Test
    void urgedToStopIsAnAppealThatPloverCodesAsRequest() {
        StatementReport grave = byVerb(CHN_CALL, "Qin Gang expressed grave concern", "expressed grave concern");
        StatementReport urged = byVerb(CHN_CALL, "Qin Gang expressed grave concern", "urged Japan to stop");
        assertEquals("025", urged.cameo());
        assertTrue(urged.cameo().startsWith("02"), "an appeal is CAMEO 02x");
        assertEquals("REQUEST", urged.type(), "02x is PLOVER REQUEST through plover-supplement.txt");
        assertNull(urged.mode());
        assertEquals(-0.3, urged.goldstein());
        assertEquals("fukushima-water", urged.issue().id());
        assertEquals(List.of(QIN), urged.speakers());
        assertEquals("JPN", urged.target());
        assertEquals(grave.evidence(), urged.evidence());
        assertEquals(2, in(CHN_CALL, "Qin Gang expressed grave concern").size(), "a concern and a request in one sentence");

        for (StatementReport s : in(BEIJING, "The Chinese side urged Japan to stop")) {
            assertEquals("025", s.cameo());
            assertEquals("REQUEST", s.type());
            assertEquals("urged Japan to stop", s.verb());
        }
    }

    @Test
    void concurredAndAgreedAreAgree() {
        StatementReport concurred = only(JPN_CALL, "4. The two ministers concurred");
        assertEquals("AGREE", concurred.type());
        assertEquals("036", concurred.cameo());
        assertEquals(4.0, concurred.goldstein());
        assertEquals("concurred on continuing close communication", concurred.verb());
        assertEquals("dialogue-mechanisms", concurred.issue().id());

        StatementReport agreed = only(CHN_CALL, "The two sides agreed to maintain communication");
        assertEquals("AGREE", agreed.type());
        assertEquals("030", agreed.cameo());
        assertEquals(4.0, agreed.goldstein());
        assertEquals("agreed to", agreed.verb());
        assertEquals("dialogue-mechanisms", agreed.issue().id());
    }

    @Test
    void pledgedIsAgree() {
        StatementReport s = only(BEIJING, "Hayashi and Qin pledged");
        assertEquals("AGREE", s.type());
        assertEquals("030", s.cameo());
        assertEquals("people-to-people", s.issue().id());
    }

    @Test
    void gratitudeIsSupport051() {
        StatementReport s = only(JPN_CALL, "5. Minister Hayashi expressed his gratitude");
        assertEquals("SUPPORT", s.type());
        assertEquals("051", s.cameo());
        assertEquals(3.4, s.goldstein());
        assertEquals("expressed his gratitude", s.verb());
        assertEquals("CHN", s.target());
        assertEquals("safety-of-nationals", s.issue().id());
    }

    @Test
    void exchangedViewsIsConsult040() {
        StatementReport s = only(BEIJING, "The two ministers exchanged views");
        assertEquals("CONSULT", s.type());
        assertEquals("040", s.cameo());
        assertEquals(1.0, s.goldstein());
        assertEquals("exchanged views", s.verb());
        assertEquals("ukraine-war", s.issue().id());
        assertEquals(2, s.speakers().size());
        assertNull(s.target());
    }

    @Test
    void thanksGoToTheOtherSideNotToACountryWhoseAdjectiveDescribesWhatTheyAreFor() {
        ProcessedDocument d = afterTheCall("""
                Minister Qin Gang thanked Minister Hayashi for the support since the beginning of the Russian blockade.
                Minister Qin Gang praised Russia for the fisheries talks.
                Minister Hayashi thanked the Korean side for the maritime consultations.
                """);
        assertEquals("JPN", only(d, "Minister Qin Gang thanked").target(), "'Russian' only says whose blockade");
        assertEquals("RUS", only(d, "Minister Qin Gang praised").target(), "a country named is still praised");
        assertEquals("KOR", only(d, "Minister Hayashi thanked").target(), "'the Korean side' names a side");
    }

    @Test
    void condemningTheDprksLaunchTargetsTheDprk() {
        List<StatementReport> condemned = in(BALI, "Secretary Blinken condemned the missile launch by the DPRK");
        assertFalse(condemned.isEmpty());
        for (StatementReport s : condemned) {
            assertEquals("ACCUSE", s.type());
            assertEquals("111", s.cameo());
            assertEquals(-2.0, s.goldstein());
            assertEquals("condemned", s.verb());
            assertEquals("PRK", s.target(), "the launcher, not the other side of the meeting");
            assertEquals("USA", s.speakers().get(0).country());
        }
        assertEquals("dprk-nuclear-missile", condemned.get(0).issue().id());
    }

    @Test
    void sayingWhatTheOtherSideMustDoIsARequest() {
        StatementReport s = only(BALI, "Wang Yi said the United States must abandon its containment of China");
        assertEquals(List.of(WANG), s.speakers());
        assertEquals("USA", s.target());
        assertEquals("REQUEST", s.type());
        assertEquals("020", s.cameo(), "an obligation turns the plain 'said' (010) into an appeal");
        assertEquals(3.0, s.goldstein());
        assertEquals("said", s.verb());
        assertEquals("strategic-competition", s.issue().id());
        assertEquals("containment of China", s.wording());
    }

    @Test
    void aPlainStatementHasNoPloverType() {
        StatementReport s = only(JPN_CALL, "3. Minister Hayashi explained");
        assertNull(s.type());
        assertNull(s.mode());
        assertEquals("010", s.cameo());
        assertEquals(0.0, s.goldstein());
        assertEquals("explained", s.verb());
    }

    @Test
    void aPlainStatementBothSidesMakeTogetherIsAnAgreement() {
        ProcessedDocument d = Readouts.process("joint.txt", Readouts.PM_MEETS_PM + "Both leaders underlined the importance of resuming the "
                + "trade negotiations at an early date.");
        StatementReport s = only(d, "Both leaders underlined");
        assertEquals(2, s.speakers().size());
        assertEquals("AGREE", s.type());
        assertEquals("030", s.cameo());
    }

    @Test
    void aNegatedAgreementIsNotAnAgreement() {
        String sentence = "Minister Hayashi did not agree to the Chinese proposal";
        assertTrue(BEIJING.document().text().contains(sentence));
        assertEquals(List.of(), in(BEIJING, sentence));

        ProcessedDocument affirmed = Readouts.process("beijing-agreed.txt", BEIJING_OPENING
                + "Minister Hayashi agreed to the Chinese proposal on the Senkaku Islands.\n");
        StatementReport control = only(affirmed, "Minister Hayashi agreed to the Chinese proposal");
        assertEquals("AGREE", control.type(), "without 'not' the same words are an agreement");
        assertEquals("030", control.cameo());
    }

    @Test
    void aNegationSetOffByCommasFromItsActStillNegatesIt() {
        ProcessedDocument d = Readouts.process("beijing-however.txt", BEIJING_OPENING
                + "Minister Hayashi did not, however, commit to a date for the fisheries talks.\n");
        assertEquals(List.of(), in(d, "did not, however, commit"));
    }

    @Test
    void anIntentToCooperateToldInReportedSpeechIsAnAgreement() {
        assertEachCodedAs("AGREE", "Minister Hayashi said Japan would cooperate with China on the fisheries question.",
                "Minister Qin Gang said China was ready to resume the maritime consultations.");
    }

    @Test
    void aCountrysSupportThatRemainsFirmIsSupport() {
        assertEachCodedAs("SUPPORT", "Minister Hayashi underlined that Japan’s support for the fisheries agreement remains unwavering.",
                "Minister Qin Gang said China's commitment to the maritime consultations is firm.");
    }

    @Test
    void supportUnderlinedAndSolidarityConveyedAreSupport() {
        assertEachCodedAs("SUPPORT", "Minister Hayashi underlined Japan’s support for the fisheries agreement.",
                "Minister Qin Gang conveyed that China stands in full solidarity with the people of the affected region.");
    }

    @Test
    void congratulationsExpressedAreSupport() {
        assertEachCodedAs("SUPPORT", "Minister Hayashi expressed his appreciations and congratulations to Minister Qin Gang on the fisheries agreement.");
    }

    @Test
    void aCommitmentToSupportingOrToAnothersDefenceIsSupport() {
        assertEachCodedAs("SUPPORT", "Minister Hayashi reiterated Japan’s commitment to supporting the fisheries agreement.",
                "Minister Qin Gang reaffirmed China's commitment to the region's security.");
    }

    @Test
    void notedWithAppreciationIsPraise() {
        assertEachCodedAs("SUPPORT", "Minister Hayashi noted with appreciation the progress of the fisheries consultations.");
    }

    @Test
    void termingSomethingUnfairIsCriticism() {
        assertEachCodedAs("ACCUSE", "Minister Qin Gang termed the ban on fisheries imports unfair and unjustified.");
    }

    @Test
    void developmentsExplainedAndAVisionPresentedAreABriefing() {
        assertEachCodedAs("CONSULT", "Minister Hayashi explained recent developments in the fisheries consultations.",
                "Minister Qin Gang presented China's vision for the maritime consultations.");
    }

    @Test
    void aPlainStatementOfOneSideThatWantsToDeepenTiesOrWorkTogetherStatesAnIntentToCooperate() {
        assertEachCodedAs("AGREE", "Minister Hayashi said Japan wants to further deepen its fisheries partnership with China.",
                "Minister Qin Gang said he looked forward to both countries working together on the maritime consultations.");
        assertEachCodedAs("AGREE", "Minister Hayashi reiterated Japan's willingness to continue the fisheries talks.");
        ProcessedDocument es = Readouts.process("es.txt", "El canciller Yoshimasa Hayashi sostuvo una conversación telefónica con el "
                + "canciller Qin Gang el 2 de abril de 2023.\nEl canciller Hayashi reiteró la voluntad de Japón de continuar las consultas.\n");
        assertType("AGREE", es, "El canciller Hayashi reiteró");
        ProcessedDocument plain = afterTheCall("Minister Hayashi said the fisheries talks would resume in May.\n");
        assertTrue(in(plain, "Minister Hayashi said the").stream().anyMatch(st -> "010".equals(st.cameo())),
                "no word of intent: a plain statement " + in(plain, "Minister Hayashi said the"));
    }

    @Test
    void aPlainStatementOfWhatTheSpeakersOwnSideWillDoStatesAnIntent() {
        assertEachCodedAs("AGREE", "Minister Hayashi said Japan would not allow its ports to be used for the harbour raids.",
                "Minister Qin Gang said the Chinese side will speed up the maritime consultations.",
                "Minister Hayashi said his country would do its best in the fisheries talks.",
                "\"We will keep you informed of the fisheries talks,\" Minister Qin Gang said.",
                "Minister Qin Gang stated that China will press forward with the maritime consultations, noting the importance of the fisheries talks.");
        ProcessedDocument framed = afterTheCall("\"I will exchange views on the fisheries talks,\" Minister Hayashi said.\n");
        assertTrue(in(framed, "\"I will exchange").stream().noneMatch(st -> "AGREE".equals(st.type())),
                "the act the words tell is the statement, the saying only its frame: " + in(framed, "\"I will exchange"));
        ProcessedDocument other = afterTheCall("Minister Hayashi said China would resume the fisheries talks in May.\n");
        assertTrue(in(other, "Minister Hayashi said China").stream().anyMatch(st -> "010".equals(st.cameo())),
                "the other side's future is no intent of the speaker: a plain statement " + in(other, "Minister Hayashi said China"));
    }

    @Test
    void aViewSharedOnWhatToDoIsBothSidesAgreementAndPleasureIsPraise() {
        ProcessedDocument d = afterTheCall("""
                The Ministers shared the view on continuing to strengthen the fisheries talks.
                Minister Qin Gang expressed his pleasure at the progress of the maritime consultations.
                """);
        StatementReport shared = only(d, "The Ministers shared");
        assertEquals("AGREE", shared.type());
        assertEquals(2, shared.speakers().size());
        assertEquals("SUPPORT", only(d, "Minister Qin Gang expressed").type());
    }

    @Test
    void aConsultationThatTakesTwoToldOfOneSideIsBothSidesButABriefingIsOne() {
        ProcessedDocument d = afterTheCall("""
                Minister Hayashi discussed the fisheries talks and the detained national.
                Minister Qin exchanged views on the East China Sea.
                Minister Hayashi briefed Minister Qin on the fisheries talks.
                Minister Hayashi discussed with reporters the harbour raids.
                """);
        assertEquals(2, only(d, "Minister Hayashi discussed the").speakers().size());
        assertEquals(2, only(d, "Minister Qin exchanged").speakers().size());
        assertEquals(1, only(d, "Minister Hayashi briefed").speakers().size(), "a briefing is one side's");
        assertEquals(1, only(d, "Minister Hayashi discussed with").speakers().size(), "held with someone else");
    }

    @Test
    void aPlainStatementThatOnlyPraisesOrOnlyCriticisesDoesSo() {
        assertEachCodedAs("SUPPORT", "Minister Hayashi said China remains a valuable partner and a great friend of Japan.");
        assertEachCodedAs("SUPPORT", "Minister Hayashi said China is an irreplaceable partner for Japan.",
                "Minister Qin Gang said Japan is a key partner for the fisheries talks.");
        assertEachCodedAs("SUPPORT", "Minister Hayashi said the fisheries partnership with China is rock-solid.",
                "Minister Qin Gang said the two countries share common values in the fisheries talks.");
        assertEachCodedAs("SUPPORT", "Minister Hayashi reiterated Japan's support for China's role in the fisheries talks.");
        assertEachCodedAs("SUPPORT", "Minister Hayashi said the fisheries partnership with China is stronger than ever.",
                "Minister Qin Gang said the fisheries accord was a historic breakthrough.");
        assertEachCodedAs("ACCUSE", "The missile launches were irresponsible and a provocation, Minister Hayashi said.");
        assertEachCodedAs("ACCUSE", "Minister Hayashi said the harbour raids were war crimes and a threat to the region.",
                "Minister Qin Gang said the interference in the fisheries talks had to stop.");
        ProcessedDocument both = afterTheCall("Minister Hayashi said the talks were excellent but the detention remained unacceptable.\n");
        assertTrue(in(both, "Minister Hayashi said the").stream().anyMatch(st -> "010".equals(st.cameo())),
                "praise and criticism together: a plain statement " + in(both, "Minister Hayashi said the"));
    }

    @Test
    void exchangesOfOpinionsExplanationsIssuesReviewedConfirmedCommitmentsAndSharedSadness() {
        assertEachCodedAs("CONSULT",
                "The two ministers held an exchange of opinions on the regional situation.",
                "Minister Qin gave explanations based on China's positions.",
                "Minister Hayashi outlined his vision for the fisheries talks.");
        assertEachCodedAs("AGREE", "The two ministers confirmed their commitment to enhancing bilateral relations.");
        ProcessedDocument d = afterTheCall("""
                A range of issues pertaining to maritime cooperation were reviewed.
                The ministers shared their shock and sadness at the loss of the former ambassador.
                Minister Hayashi passed on his deepest condolences to the families of the victims.
                Minister Hayashi voiced hope that the talks would resume soon.
                """);
        StatementReport reviewed = only(d, "A range of issues");
        assertEquals("CONSULT", reviewed.type());
        assertEquals(2, reviewed.speakers().size(), "reviewed by the two sides, no one named");
        StatementReport sadness = only(d, "The ministers shared their");
        assertEquals("018", sadness.cameo(), "a condolence the two sides share is no agreement between them");
        assertEquals("SUPPORT", sadness.type(), "sympathy is verbal support (plover-supplement.txt)");
        assertEquals("018", only(d, "Minister Hayashi passed on").cameo());
        assertEquals("SUPPORT", only(d, "Minister Hayashi passed on").type());
        assertTrue(in(d, "Minister Hayashi voiced hope").stream().anyMatch(st -> "020".equals(st.cameo())), in(d, "Minister Hayashi voiced hope").toString());
    }

    @Test
    void briefingsSharedIntentsRespectAndExpectationsHeldOut() {
        assertEachCodedAs("CONSULT",
                "Minister Hayashi apprised Minister Qin about the latest developments in the region.",
                "Minister Qin introduced the details of the situation in the province.",
                "Minister Qin showcased China's efforts in facilitating calm.",
                "Both sides also shared perspectives on regional and global issues.",
                "During the call, attention was also paid to the upcoming summits.");
        assertEachCodedAs("AGREE",
                "The two ministers resolved to continue working closely together.",
                "The two ministers shared the intention to coordinate closely.",
                "Minister Hayashi wished to further deepen the strategic partnership.");
        assertEachCodedAs("SUPPORT",
                "Minister Hayashi showed his respect for China's role in the talks.",
                "Minister Qin assured Minister Hayashi of China's continued support.");
        assertEachCodedAs("REQUEST", "Minister Qin held out expectations that the two sides will allow urgent visits.");
    }

    @Test
    void theDuoHappinessWelcomeAndSorrows() {
        ProcessedDocument d = afterTheCall("""
                The duo agreed on the need to work together for the progress of both countries.
                Both the leaders expressed happiness that the two countries worked closely.
                Minister Hayashi expressed his welcome to Minister Qin.
                Minister Qin expressed his deep sorrows over the recent floods in Japan.
                """);
        StatementReport duo = only(d, "The duo agreed");
        assertEquals("AGREE", duo.type());
        assertEquals(2, duo.speakers().size(), "'the duo' is both sides");
        StatementReport happy = only(d, "Both the leaders expressed");
        assertEquals("SUPPORT", happy.type());
        assertEquals(2, happy.speakers().size());
        assertEquals("SUPPORT", only(d, "Minister Hayashi expressed his welcome").type());
        assertEquals("018", only(d, "Minister Qin expressed his deep sorrows").cameo());
    }

    /** Each line, told after the call, is coded {@code type}: a statement read from it (found by its first four words) has that type. */
    private static void assertEachCodedAs(String type, String... lines) {
        ProcessedDocument d = afterTheCall(String.join("\n", lines) + "\n");
        for (String line : lines) assertType(type, d, String.join(" ", java.util.Arrays.copyOf(line.split(" "), 4)));
    }

    /** An invented readout of a call of April 2, 2023, then {@code lines}. */
    private static ProcessedDocument afterTheCall(String lines) {
        return Readouts.process("call.txt",
                "Foreign Minister Yoshimasa Hayashi held a telephone call with Foreign Minister Qin Gang on April 2, 2023.\n" + lines);
    }

    private static void assertType(String type, ProcessedDocument d, String start) {
        assertTrue(in(d, start).stream().anyMatch(s -> type.equals(s.type())), start + ": " + in(d, start));
    }

    private static final String BEIJING_OPENING = """
            Press Releases

            Japan-China Foreign Ministers' Meeting

            April 2, 2023

            On April 2, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a meeting with Mr. Qin Gang, Minister of Foreign Affairs of the People's Republic of China, in Beijing.

            """;

    @Test
    void anAgreementRecalledFromEarlierIsNotCoded() {
        List<StatementReport> found = in(BEIJING, "Minister Hayashi stated that, as agreed at the summit in Bangkok");
        assertEquals(1, found.size(), found.toString());
        StatementReport s = found.get(0);
        assertEquals("stated", s.verb());
        assertEquals("010", s.cameo());
        assertNull(s.type());
        assertEquals(List.of(HAYASHI), s.speakers());
    }

    @Test
    void everyCodedStatementHasItsGoldsteinValue() {
        for (ProcessedDocument d : List.of(JPN_CALL, CHN_CALL, BEIJING, BALI)) {
            for (StatementReport s : d.extraction().statements()) {
                assertTrue(s.cameo() != null && s.cameo().matches("\\d{3,4}"), s.toString());
                assertTrue(s.goldstein() != null && s.goldstein() >= -10 && s.goldstein() <= 10, s.toString());
            }
        }
    }
}
