package org.readout.extract;

import org.junit.jupiter.api.Test;
import org.readout.knowledge.Occasions;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
}
