package org.readout.extract;

import org.junit.jupiter.api.Test;
import org.readout.annotate.TimeExpressions;
import org.readout.annotate.TimeValue;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.readout.extract.Docs.extract;
import static org.readout.extract.Docs.only;
import static org.readout.extract.Docs.side;
import static org.readout.extract.Docs.value;

/** One test for each bug the first round of unit tests found, so that none comes back. */
class FixedBugsTest {

    private static int minutes(String text) {
        return ((TimeValue.Duration) TimeExpressions.find(text).stream()
                .filter(t -> t.value() instanceof TimeValue.Duration).findFirst().orElseThrow().value()).minutes();
    }

    @Test
    void durationsInHoursAndMinutes() {
        assertEquals(135, minutes("They talked for two hours and 15 minutes."));
        assertEquals(70, minutes("They talked for an hour and 10 minutes."));
        assertEquals(300, minutes("They talked for five hours."));
    }

    @Test
    void anOccasionWithDigitsInItsName() {
        EngagementReport r = only(extract("o", "2022-11-15",
                "President Joe Biden met President Xi Jinping on Monday on the sidelines of the G20 Bali Summit in Denpasar."));
        assertEquals("G20 Bali Summit", value(r.occasion()));
    }

    @Test
    void aHeadlineOfficeGivesWayToThePersonTheBodyNames() {
        DocumentExtraction x = extract("h", "2023-07-14", """
                Japan-China Foreign Ministers' Meeting

                On July 13, Foreign Minister Yoshimasa Hayashi held a meeting with Wang Yi, Director of the Office of the Central Foreign Affairs Commission, in Jakarta.
                """);
        assertEquals(1, x.engagements().size(), x.engagements().toString());
        EngagementReport r = x.engagements().get(0);
        assertEquals("wang-yi", side(r, "CHN").personId());
        assertEquals(LocalDate.of(2023, 7, 13), value(r.date()));
        assertEquals(2, r.participants().size());
    }

    @Test
    void capitalisedPrepositionsStartDateExpressions() {
        List<TimeValue> values = TimeExpressions.find("In March, the ministers met. Since 2019 they have talked.").stream()
                .map(t -> t.value()).toList();
        assertEquals(List.of(new TimeValue.CalendarDate(null, 3, null), new TimeValue.CalendarDate(2019, null, null)), values);
    }

    @Test
    void aYearlessLeapDayInThePastFindsTheLastLeapYear() {
        assertEquals(LocalDate.of(2024, 2, 29), DateResolver.resolve(new TimeValue.CalendarDate(null, 2, 29),
                LocalDate.of(2025, 1, 10), Tense.PAST));
        assertNull(DateResolver.resolve(new TimeValue.CalendarDate(null, 2, 30), LocalDate.of(2025, 1, 10), Tense.PAST));
    }
}
