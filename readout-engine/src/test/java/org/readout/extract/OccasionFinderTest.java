package org.readout.extract;

import org.junit.jupiter.api.Test;
import org.readout.knowledge.Occasions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Encounters held at recurring summits, from the occasions knowledge (issue 9). */
class OccasionFinderTest {
    private static final OccasionFinder FINDER = new OccasionFinder(Docs.KB.occasions(), Docs.KB.cues());

    private static OccasionFinder.Found find(String text, String day) {
        var doc = Docs.annotate("d", null, text);
        return FINDER.find(doc, doc.sentences().get(0), day == null ? null : LocalDate.parse(day), position -> false);
    }

    @Test
    void anEditionNamedInFull() {
        OccasionFinder.Found f = find("The two leaders met on the sidelines of the G20 summit in Osaka.", null);
        assertEquals("G20 Osaka Summit", f.name());
        assertEquals("Osaka", f.edition().city());
        assertEquals(LocalDate.of(2019, 6, 28), f.edition().start());
    }

    @Test
    void aSeriesIsToldByTheDay() {
        assertEquals("79th session of the UN General Assembly",
                find("The Prime Minister met the President at UNGA this afternoon.", "2024-09-26").name());
        assertEquals("UNGA", find("The Prime Minister met the President at UNGA this afternoon.", null).name(),
                "without a day, only the words");
        assertNull(find("The Prime Minister met the President at UNGA this afternoon.", null).edition());
    }

    @Test
    void theRegionalSummitsAndForumsOfTheSecondPassAreKnownByTheirGenericNames() {
        assertEquals("6th BIMSTEC Summit", find("The two leaders met on the sidelines of the BIMSTEC summit in Bangkok.", "2025-04-04").name());
        assertEquals("4th BIMSTEC Summit", find("The two leaders met on the sidelines of the BIMSTEC summit.", "2018-08-31").name());
        assertEquals("Bangkok", find("The two leaders met on the sidelines of the BIMSTEC summit.", "2025-04-04").edition().city());
    }

    @Test
    void theMinisterialsOfTheThirdPassAreKnownByTheirGenericNames() {
        OccasionFinder.Found osce = find("The foreign ministers held talks on the sidelines of the OSCE Ministerial Council.", "2024-12-05");
        assertEquals("31st OSCE Ministerial Council", osce.name());
        assertEquals("Valletta", osce.edition().city());
        assertEquals("Brussels", find("The defence ministers met on the margins of the NATO Defence Ministers' Meeting.", "2023-06-15")
                .edition().city());
        assertEquals("MYS", find("The two ministers met on the sidelines of the ADMM-Plus.", "2025-11-01").edition().country());
    }

    @Test
    void aNameThatIsNotWhereTheyMetIsNoOccasion() {
        assertNull(find("The ministers discussed ASEAN and the G20 agenda on Monday.", "2019-06-28"));
    }

    @Test
    void anUndatedMeetingAtASummitIsDatedByItsWeekdayAndPlacedInItsCity() {
        EngagementReport r = Docs.only(Docs.extract("d", null,
                "Prime Minister Justin Trudeau met President Enrique Peña Nieto on Sunday on the sidelines of the G20 summit in Antalya."));
        assertEquals("G20 Antalya Summit", Docs.value(r.occasion()));
        assertEquals("Antalya", Docs.value(r.location()).place());
        assertEquals(LocalDate.of(2015, 11, 13), r.clue().notBefore());
        assertEquals(LocalDate.of(2015, 11, 18), r.clue().notAfter());
        assertEquals(Occasions.MARGIN_DAYS, 2);
    }

    @Test
    void theCountryItWasHeldInIsAfterTheWordsOfCuesTsv(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        String held = "The two leaders met on the sidelines of the G20 summit hosted by India.";
        assertNull(find(held, "2023-09-09").country());
        assertEquals("IND", find("The two leaders met on the sidelines of the G20 summit in India.", "2023-09-09").country());
        Files.writeString(dir.resolve("cues.tsv"), "occasion-place\thosted by\n");
        var mine = new OccasionFinder(Docs.KB.occasions(), org.readout.knowledge.Cues.load(dir));
        var doc = Docs.annotate("d", null, held);
        assertEquals("IND", mine.find(doc, doc.sentences().get(0), LocalDate.parse("2023-09-09"), position -> false).country());
    }

    @Test
    void aMeetingTheKnowledgeBaseDoesNotKnowIsNamedByTheWordsOfCuesTsv(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        var cues = Docs.KB.cues();
        String dialogue = "Hayashi met Wang Yi at the Conference on Interaction and Confidence-Building Measures summit on Monday.";
        var m = cues.occasionNamed().matcher(dialogue);
        assertTrue(m.find());
        assertEquals("Conference on Interaction and Confidence-Building Measures summit", m.group(1),
                "lower-case name words ('on', 'and') inside, a noun at the end");
        String colloquium = "Hayashi met Wang Yi on the sidelines of the Tokyo Colloquium on Monday.";
        assertTrue(!cues.occasionNamed().matcher(colloquium).find());
        Files.writeString(dir.resolve("cues.tsv"), "occasion-noun\tcolloquium\noccasion-lead\tin the margins of\n");
        var mine = org.readout.knowledge.Cues.load(dir).occasionNamed();
        var c = mine.matcher(colloquium);
        assertTrue(c.find());
        assertEquals("Tokyo Colloquium", c.group(1));
        var margins = mine.matcher("Hayashi met Wang Yi in the margins of the Tokyo Colloquium.");
        assertTrue(margins.find());
        assertEquals("Tokyo Colloquium", margins.group(1));
    }

    @Test
    void theOneEditionThatBeganWhileTheParticipantsHeldOfficeIsTheOccasion(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("people.tsv"), "anna-berg\tAnna Berg\tBerg\tNOR\thead of government\t2014-01-01\t2020-01-01\t\tf\n"
                + "jan-kowal\tJan Kowal\tKowal\tPOL\thead of government\t2015-06-01\t2020-01-01\t\tm\n");
        Files.writeString(dir.resolve("occasions.tsv"), "harbour-2012\tHarbour Summit\t2012 Harbour Summit\t\t2012-05-10\t2012-05-11\tOslo\tNOR\tsearch:x\n"
                + "harbour-2016\tHarbour Summit\t2016 Harbour Summit\t\t2016-05-12\t2016-05-13\tOslo\tNOR\tsearch:x\n");
        Files.writeString(dir.resolve("occasion-series.tsv"), "Harbour Summit\tHarbour Summit\n");
        var pipeline = Readouts.pipeline(dir);
        var r = Readouts.process(pipeline, "h1.txt", "Prime Minister Anna Berg met Prime Minister Jan Kowal on the sidelines of the "
                + "Harbour Summit in Oslo on Friday.").extraction().engagements().get(0);
        assertEquals("2016 Harbour Summit", r.occasion().value(), "only the 2016 edition began while both were in office");
        assertTrue(r.clue().admits(LocalDate.of(2016, 5, 13)), "the Friday of the summit's days: " + r.clue());
        assertTrue(!r.clue().admits(LocalDate.of(2012, 5, 11)), "not the Friday of the other edition");
        var alone = Readouts.process(pipeline, "h2.txt", "Prime Minister Anna Berg spoke at the Harbour Summit in Oslo on Friday.")
                .extraction().engagements();
        assertTrue(alone.isEmpty() || alone.get(0).occasion() == null || !alone.get(0).occasion().value().startsWith("2016"),
                "one participant known: the edition stays unknown");
    }
}
