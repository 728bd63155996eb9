package org.readout.clean;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Full dates as invented pages write them, in several languages and numeric orders. */
class DateTextTest {
    private static final LocalDate LATEST = LocalDate.of(2026, 12, 3);
    private static final LocalDate DAY = LocalDate.of(2023, 3, 14);

    private static LocalDate first(String text, DateText.Order order) {
        DateText.Found f = DateText.first(text, order, LATEST);
        return f == null ? null : f.date();
    }

    private static LocalDate first(String text) {
        return first(text, DateText.Order.UNKNOWN);
    }

    @Test
    void numbersAndNamesInManyLanguages() {
        for (String text : List.of("2023-03-14", "Posted 2023/03/14 09:12", "14.03.2023", "14.3.23, 10:15 Uhr", "14-03-2023",
                "14 | 03 | 2023", "14. März 2023", "Tuesday, March 14th, 2023", "Mar. 14, 2023", "14 March 2023", "le 14 mars 2023",
                "14 de marzo de 2023", "14 marzo 2023", "14 maart 2023", "14 marca 2023", "14 martie 2023", "2023年3月14日",
                "2023년 3월 14일", "14 марта 2023")) {
            assertEquals(DAY, first(text), text);
        }
    }

    @Test
    void slashesAreReadInTheOrderGivenWhenTheNumbersDoNotSettleIt() {
        assertEquals(DAY, first("14/03/2023"), "14 is no month");
        assertEquals(DAY, first("03/14/2023"), "14 is no month");
        assertNull(first("03/04/2023"), "either order");
        assertEquals(LocalDate.of(2023, 4, 3), first("03/04/2023", DateText.Order.DAY_FIRST));
        assertEquals(LocalDate.of(2023, 3, 4), first("03/04/2023", DateText.Order.MONTH_FIRST));
        assertEquals(LocalDate.of(2023, 4, 3), first("03.04.2023", DateText.Order.MONTH_FIRST), "dots put the day first");
        assertNull(first("03/04/23", DateText.Order.DAY_FIRST), "a year in two digits only with dots");
    }

    @Test
    void notDatesOfAPage() {
        assertNull(first("31.02.2023"), "no such day");
        assertNull(first("14. März 1994"), "before the web had pages to date");
        assertNull(DateText.first("14 March 2027", DateText.Order.UNKNOWN, LATEST), "after the latest day");
        assertNull(first("March 2023"), "a month is no day");
        assertNull(first("version 1.2.3"));
        assertNull(first("Tel. 030 14 03 2023"));
        assertNull(first("14 Marchand 2023"), "a month's name is a whole word");
    }

    @Test
    void everyDateInOrderWithWhereItIs() {
        List<DateText.Found> all = DateText.all("Updated 15 March 2023, first published 14.03.2023", DateText.Order.UNKNOWN, LATEST);
        assertEquals(2, all.size());
        assertEquals(LocalDate.of(2023, 3, 15), all.get(0).date());
        assertEquals(DAY, all.get(1).date());
        assertEquals("14.03.2023", "Updated 15 March 2023, first published 14.03.2023".substring(all.get(1).start(), all.get(1).end()));
    }

    @Test
    void attributeValues() {
        assertEquals(DAY, DateText.value("2023-03-14T23:30:00-05:00", DateText.Order.MONTH_FIRST, LATEST), "the day as written, no shift");
        assertEquals(DAY, DateText.value("20230314", DateText.Order.MONTH_FIRST, LATEST));
        assertEquals(DAY, DateText.value("03/14/2023 11:43:42 PM", DateText.Order.MONTH_FIRST, LATEST));
        assertNull(DateText.value("1678751999", DateText.Order.MONTH_FIRST, LATEST), "a count of seconds is not read");
        assertNull(DateText.value("", DateText.Order.MONTH_FIRST, LATEST));
    }
}
