package org.readout.annotate;

import org.junit.jupiter.api.Test;
import org.readout.annotate.TimeValue.CalendarDate;
import org.readout.annotate.TimeValue.ClockTime;
import org.readout.annotate.TimeValue.Duration;
import org.readout.annotate.TimeValue.Relative;
import org.readout.annotate.TimeValue.Relative.Unit;

import java.time.DayOfWeek;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemporalTaggerTest {
    private static final TemporalTagger TAGGER = new TemporalTagger();

    static List<TimeMention> tag(String sentence) {
        return TAGGER.tag(new Sentence(0, 0, sentence.length(), sentence));
    }

    /** The one expression in the sentence: its exact words and what it says. */
    static TimeValue only(String sentence, String expected) {
        List<TimeMention> t = tag(sentence);
        assertEquals(1, t.size(), () -> sentence + " -> " + t);
        assertEquals(expected, t.get(0).text());
        assertEquals(sentence.indexOf(expected), t.get(0).start());
        assertEquals(sentence.indexOf(expected) + expected.length(), t.get(0).end());
        return t.get(0).value();
    }

    private static void none(String sentence) {
        assertEquals(List.of(), tag(sentence), sentence);
    }

    @Test
    void aDayAndAMonthWrittenInLowerCaseWithoutAYear() {
        assertEquals(new CalendarDate(null, 12, 17), only("Macron s'est entretenu le 17 décembre avec le président.", "17 décembre"));
        assertEquals(new CalendarDate(null, 12, 12), only("Ha parlato il 12 dicembre con lui.", "12 dicembre"));
        none("Article 5 may apply to the talks.");
        none("Within 5 march orders the troops left.");
        assertEquals(new CalendarDate(null, 6, 6), only("Tunisi, 6 giu. (askanews) – Un buon feeling.", "6 giu"), "an Italian dateline's abbreviation");
        none("The 2 set of talks ended 6 ago.");
    }

    // --- full dates

    @Test
    void monthDayCommaYear() {
        assertEquals(new CalendarDate(2023, 2, 3), only("The ministers met on February 3, 2023 in Tokyo.", "February 3, 2023"));
        assertEquals(new CalendarDate(2023, 9, 25), only("Published September 25,2023", "September 25,2023"), "no space after the comma");
        assertEquals(new CalendarDate(null, 5, 5), only("By May 5,1000 troops had left.", "May 5"), "a number after the comma that is no year");
    }

    @Test
    void aDayJoinedToAMonthInLowerCaseAsRomanceLanguagesWriteIt() {
        assertEquals(new CalendarDate(2023, 5, 5), only("La reunión se celebró el 5 de mayo de 2023 en Brasilia.", "5 de mayo de 2023"));
        assertEquals(new CalendarDate(2023, 10, 17), only("Il colloquio si è svolto il 17 ottobre 2023.", "17 ottobre 2023"));
        assertEquals(new CalendarDate(null, 8, 7), only("A conversa aconteceu em 7 de agosto.", "7 de agosto"), "a day and a month, without a year");
        assertEquals(new CalendarDate(2019, 5, 5), only("They met on the 5th of May 2019.", "5th of May 2019"));
        none("Talks in 5 may not be enough.");
    }

    @Test
    void aDayWithAFullStopBeforeItsMonthAndASpanBeforeALowerCaseMonth() {
        assertEquals(new CalendarDate(2024, 6, 4), only("Das Treffen fand am 4. Juni 2024 in Berlin statt.", "4. Juni 2024"));
        assertEquals(new TimeValue.DateSpan(new CalendarDate(null, 3, 13), new CalendarDate(null, 3, 15)),
                only("La visita se desarrolló del 13-15 de marzo en Madrid.", "13-15 de marzo"), "a span, not its last day");
        assertEquals(new TimeValue.DateSpan(new CalendarDate(2031, 5, 3), new CalendarDate(2031, 5, 4)),
                only("Presidentti tekee vierailun 3.–4. toukokuuta 2031 ja tapaa ministerin.", "3.–4. toukokuuta 2031"),
                "a full stop after each day of a span");
        assertEquals(new TimeValue.DateSpan(new CalendarDate(null, 5, 3), new CalendarDate(null, 5, 4)),
                only("Der Besuch findet am 3.-4. Mai statt.", "3.-4. Mai"));
    }

    @Test
    void aDayFirstAfterItsMarkerAndAMonthDayBeforeAWeekdayOfOneCharacter() {
        assertEquals(new CalendarDate(null, 9, 1), only("Ngày 1-9, hai nhà lãnh đạo đã hội đàm.", "Ngày 1-9"), "day first");
        assertEquals(new CalendarDate(null, 10, 13), only("Sáng 13/10, hai nhà lãnh đạo đã hội đàm.", "Sáng 13/10"), "on the morning of 13 October");
        assertEquals(new CalendarDate(2031, 6, 26), only("Ngày 26/6/2031, hai bộ trưởng đã gặp nhau.", "Ngày 26/6/2031"));
        assertEquals(new CalendarDate(null, 7, 21), only("장관은 7.21.(수) 회담을 가졌다.", "7.21.(수)"), "month first, weekday in brackets");
    }

    @Test
    void aYearFirstDateWithItsTimeAfterASlash() {
        assertEquals(new CalendarDate(2031, 9, 9), only("防衛相会談 2031/09/09/12:44 会談した。", "2031/09/09"));
    }

    @Test
    void aDayAndAMonthsAbbreviationJoinedByDots() {
        assertEquals(new CalendarDate(2024, 2, 15), only("O presidente foi recebido (15.fev.2024) no palácio.", "15.fev.2024"));
        assertEquals(new CalendarDate(null, 10, 3), only("Ele seguirá para Roma (3.out), disse o ministro.", "(3.out)"));
        none("He went 3 out of 4 times, set. 5 was the mar.");
    }

    @Test
    void aDateInsideAWebAddressIsNotRead() {
        none("See https://example.org/news/32425-2024-09-13-a-title and www.example.org/2023/05/06/x for more.");
    }

    @Test
    void monthInCapitals() {
        assertEquals(new CalendarDate(2024, 8, 6), only("Updated: AUGUST 6, 2024", "AUGUST 6, 2024"));
    }

    @Test
    void dayMonthYear() {
        assertEquals(new CalendarDate(2023, 2, 3), only("They met again on 3 February 2023.", "3 February 2023"));
    }

    @Test
    void abbreviatedMonthWithFullStop() {
        assertEquals(new CalendarDate(2018, 1, 28), only("The talks of Jan. 28, 2018 were cordial.", "Jan. 28, 2018"));
    }

    @Test
    void abbreviatedMonthSept() {
        assertEquals(new CalendarDate(2022, 9, 5), only("Signed Sept. 5, 2022 in Seoul.", "Sept. 5, 2022"));
    }

    @Test
    void ordinalSuffixes() {
        assertEquals(new CalendarDate(2023, 3, 1), only("On March 1st, 2023 they met.", "March 1st, 2023"));
        assertEquals(new CalendarDate(2021, 10, 1), only("On the 1st of October 2021 they met.", "1st of October 2021"));
    }

    @Test
    void isoDate() {
        assertEquals(new CalendarDate(2022, 10, 31), only("Updated 2022-10-31 by the ministry.", "2022-10-31"));
    }

    @Test
    void aYearFirstIsFollowedByMonthThenDayWithSlashesOrDots() {
        assertEquals(new CalendarDate(2025, 5, 23), only("2025/05/23 - 08:15", "2025/05/23"));
        assertEquals(new CalendarDate(2024, 9, 6), only("Posted 2024.9.6 by the office.", "2024.9.6"));
        assertTrue(tag("Release 2024.1.2.5 notes").stream().noneMatch(t -> t.value() instanceof CalendarDate),
                "four numbers are a version, not a date");
    }

    @Test
    void isoDateWithImpossibleMonthIsDropped() {
        assertTrue(tag("Reference 2022-13-01 only.").stream().noneMatch(t -> t.text().equals("2022-13-01")));
    }

    @Test
    void numericDateKeepsBothNumbers() {
        assertEquals(new TimeValue.NumericDate(4, 2, 2023), tag("Status: 04/02/2023 3:24 p.m").get(0).value());
        assertEquals("04/02/2023", tag("Status: 04/02/2023 3:24 p.m").get(0).text());
    }

    @Test
    void numericDateWithSingleDigits() {
        assertEquals(new TimeValue.NumericDate(4, 2, 2023), only("Posted 4/2/2023.", "4/2/2023"));
    }

    @Test
    void aNumericDateWithOneReadingIsThatDateAndMayBeWrittenWithHyphens() {
        assertEquals(new TimeValue.CalendarDate(2023, 4, 30), only("received, 30-4-2023, at the palace", "30-4-2023"));
        assertEquals(new TimeValue.CalendarDate(2023, 4, 30), only("on 4/30/2023 they met", "4/30/2023"));
        assertEquals(new TimeValue.NumericDate(4, 5, 2023), only("on 4-5-2023 they met", "4-5-2023"), "two readings are kept");
        none("on 31-13-2023 they met");
    }

    @Test
    void aDateWrittenWithDotsPutsTheDayFirst() {
        assertEquals(new TimeValue.CalendarDate(2023, 12, 14), only("14.12.2023", "14.12.2023"));
        assertEquals(new TimeValue.CalendarDate(2024, 4, 3), only("Warsaw, 3.4.2024. The minister", "3.4.2024"));
        none("release 1.2.2023.5 of the tool");
        assertEquals(new TimeValue.CalendarDate(2022, 4, 5), only("the trilateral meeting (Athens, 05. 04. 2022)", "05. 04. 2022"),
                "a blank after each dot, as Greek and Czech pages write it");
    }

    @Test
    void aYearFirstWithDotsAndBlanksAndAYearGluedToTheTime() {
        assertEquals(new CalendarDate(2022, 2, 1), only("2022. 02. 01. 15:44", "2022. 02. 01"));
        assertEquals(new CalendarDate(2017, 2, 9), only("Asset Publisher 9 February 201712:41 Press release", "9 February 2017"));
        assertTrue(tag("the 9 February 20171 file").stream().noneMatch(t -> t.value() instanceof CalendarDate c && c.year() != null),
                "five digits are no year and a time");
    }

    // --- partial dates

    @Test
    void aWeekdayWithMonthAndDayInBracketsIsThatDay() {
        assertEquals(List.of(new TimeValue.Weekday(java.time.DayOfWeek.TUESDAY), new CalendarDate(null, 10, 17)),
                tag("They met on Tuesday (10/17).").stream().map(TimeMention::value).toList());
        assertEquals("(17/10)", tag("They met on Tuesday (17/10).").get(1).text(), "the weekday stays a mention of its own, to be checked against the day");
        assertEquals(new CalendarDate(null, 8, 21), tag("Pada Kamis (21/8), Perdana Menteri bertemu dengan Menteri Luar Negeri.").get(1).value());
        assertEquals(List.of(), tag("The vote was (21/8) in favour."), "no weekday, no date");
        assertEquals(new TimeValue.Weekday(java.time.DayOfWeek.THURSDAY, 2), only("They spoke this Thursday (2nd) by video.", "Thursday (2nd)"));
        assertEquals(new CalendarDate(2019, 3, 31), only("31 march 2019, 22:50", "31 march 2019"));
        assertEquals(new CalendarDate(2019, 5, 4), only("Posted may 4, 2019 by the desk", "may 4, 2019"));
        assertEquals(List.of(), new TemporalTagger().tag(new Sentence(0, 0, 26, "They may march 20 miles.")), "no date without a year");
        assertEquals(new TimeValue.Weekday(java.time.DayOfWeek.WEDNESDAY, 1), only("They spoke this Wednesday (1), by phone.", "Wednesday (1)"));
        assertEquals(new TimeValue.Weekday(java.time.DayOfWeek.THURSDAY, 16), only("O ministro chegou desta quinta-feira, 16, na residência.", "quinta-feira, 16"));
        assertEquals(new TimeValue.Weekday(java.time.DayOfWeek.THURSDAY), only("On Thursday, 16 people were hurt.", "Thursday"), "a number that counts something");
        assertEquals(new TimeValue.Weekday(java.time.DayOfWeek.MONDAY, 1), only("Os dois presidentes se reúnem na segunda-feira, 1.", "segunda-feira, 1"),
                "the day ends the sentence");
        assertEquals(new TimeValue.Weekday(java.time.DayOfWeek.MONDAY), only("The index rose on Monday, 1.5 per cent up.", "Monday"), "a decimal is no day");
    }

    @Test
    void monthNamesKeptFromAnotherLanguageAreRead() {
        assertEquals(new CalendarDate(2023, 10, 17), only("Date 17 Oktober 2023", "17 Oktober 2023"));
        assertEquals(new CalendarDate(2021, 5, 5), only("Issued on 5 Mei 2021.", "5 Mei 2021"));
    }

    @Test
    void partsOfTheDayOfWritingAreToday() {
        assertEquals(new TimeValue.RelativeDay(0), only("The Prime Minister spoke to the President this evening.", "this evening"));
        assertEquals(new TimeValue.RelativeDay(0), only("They spoke earlier today.", "earlier today"));
        assertEquals(new TimeValue.RelativeDay(0), only("They will speak tonight.", "tonight"));
    }

    @Test
    void aMonthAloneAfterForIsThatMonth() {
        assertEquals(new CalendarDate(null, 9, null), only("A new meeting is scheduled for September.", "for September"));
    }

    @Test
    void monthDayWithoutYear() {
        assertEquals(new CalendarDate(null, 4, 1), only("They will meet on April 1.", "April 1"));
    }

    @Test
    void dayMonthWithoutYear() {
        assertEquals(new CalendarDate(null, 1, 6), only("The visit ended on 6 January.", "6 January"));
    }

    @Test
    void dayOfMonthWithoutYear() {
        assertEquals(new CalendarDate(null, 5, 5), only("On the 5th of May they met.", "5th of May"));
    }

    @Test
    void abbreviatedMonthDayWithoutYear() {
        assertEquals(new CalendarDate(null, 1, 5), only("On Jan. 5 the minister met Mr. Wang.", "Jan. 5"));
    }

    @Test
    void monthDayFollowedByClockIsNotADay() {
        List<TimeMention> t = tag("Doors open May 10:30 sharp.");
        assertTrue(t.stream().noneMatch(x -> x.value() instanceof CalendarDate c && c.day() != null), t.toString());
    }

    @Test
    void impossibleDayIsDropped() {
        assertTrue(tag("On March 45 nothing happened.").stream().noneMatch(t -> t.value() instanceof CalendarDate c && c.day() != null));
    }

    @Test
    void monthAndYear() {
        assertEquals(new CalendarDate(2022, 11, null), only("It happened in November 2022.", "November 2022"));
    }

    @Test
    void lateMonthAndYear() {
        assertEquals(new CalendarDate(2022, 12, null), only("It happened in late December 2022.", "late December 2022"));
    }

    @Test
    void lateMonthWithoutYear() {
        assertEquals(new CalendarDate(null, 12, null), only("He will travel in late December.", "in late December"));
    }

    @Test
    void inMonthWithoutYear() {
        assertEquals(new CalendarDate(null, 5, null), only("They met in May.", "in May"));
        assertEquals(new CalendarDate(null, 3, null), only("Talks stalled since March.", "since March"));
    }

    @Test
    void monthNameAloneIsNotADate() {
        none("March on, said the minister.");
    }

    @Test
    void yearAfterPreposition() {
        assertEquals(new CalendarDate(2019, null, null), only("They spoke in 2019.", "in 2019"));
        assertEquals(new CalendarDate(2020, null, null), only("Ties have improved since 2020.", "since 2020"));
    }

    @Test
    void yearAfterHyphenatedPrefix() {
        assertEquals(new CalendarDate(2021, null, null), only("Talks resumed in mid-2021.", "mid-2021"));
    }

    @Test
    void bareNumberIsNotAYear() {
        none("The delegation had 2019 members.");
    }

    // --- anniversaries

    @Test
    void anniversaryOfATreaty() {
        TimeValue v = only("This marks the 45th anniversary of the 1978 treaty.", "45th anniversary of the 1978");
        assertEquals(new TimeValue.Anniversary(45, 1978), v);
        assertEquals(2023, ((TimeValue.Anniversary) v).year());
    }

    @Test
    void anniversaryOfTheSigningOfTheTreaty() {
        assertEquals(new TimeValue.Anniversary(50, 1972),
                only("the 50th anniversary of the signing of the 1972 communique", "50th anniversary of the signing of the 1972"));
    }

    @Test
    void anniversaryYearArithmetic() {
        assertEquals(2022, new TimeValue.Anniversary(50, 1972).year());
    }

    // --- weekdays and relative days

    @Test
    void everyWeekday() {
        for (DayOfWeek d : DayOfWeek.values()) {
            String name = d.name().charAt(0) + d.name().substring(1).toLowerCase();
            assertEquals(new TimeValue.Weekday(d), only("They met on " + name + ".", name));
        }
    }

    @Test
    void lowerCaseWeekdayIsNotAWeekday() {
        none("They met on monday.");
    }

    @Test
    void today() {
        assertEquals(new TimeValue.RelativeDay(0), only("Sunak spoke today with Macron.", "today"));
    }

    @Test
    void weekdaysAndDaysNamedInOtherLanguages() {
        assertEquals(new TimeValue.Weekday(java.time.DayOfWeek.THURSDAY), only("Los dos líderes conversaron el jueves.", "jueves"));
        assertEquals(new TimeValue.Weekday(java.time.DayOfWeek.THURSDAY), only("Lula falou nesta quinta-feira com Modi.", "quinta-feira"));
        assertEquals(new TimeValue.Weekday(java.time.DayOfWeek.MONDAY), only("Scholz telefonierte am Montag mit Kishida.", "Montag"));
        assertEquals(new TimeValue.Weekday(java.time.DayOfWeek.FRIDAY), only("Meloni ha incontrato Milei venerdì a Roma.", "venerdì"));
        assertEquals(new TimeValue.RelativeDay(-1), only("La presidenta habló ayer con el primer ministro.", "ayer"));
        assertEquals(new TimeValue.RelativeDay(0), only("Der Kanzler trifft heute den Präsidenten.", "heute"));
        assertEquals(new TimeValue.RelativeDay(0), only("El canciller conversó este mediodía con su par.", "este mediodía"));
        assertEquals(new TimeValue.RelativeDay(0), only("Le ministre a reçu ce matin son homologue.", "ce matin"));
        assertEquals(new TimeValue.RelativeDay(0), only("Il ministro ha sentito stamattina il collega.", "stamattina"));
        none("Placido Domingo sang in Santo Domingo.");
    }

    @Test
    void weekdaysInMoreLanguagesAndScripts() {
        assertEquals(new TimeValue.Weekday(DayOfWeek.MONDAY), only("بحث الرئيسان الاثنين آخر التطورات.", "الاثنين"));
        assertEquals(new TimeValue.Weekday(DayOfWeek.THURSDAY), only("Министры провели переговоры в четверг.", "четверг"));
        assertEquals(new TimeValue.Weekday(DayOfWeek.FRIDAY), only("Міністри поговорили в п'ятницю.", "п'ятницю"));
        assertEquals(new TimeValue.Weekday(DayOfWeek.WEDNESDAY), only("Ministrowie rozmawiali w środę.", "środę"));
        assertEquals(new TimeValue.Weekday(DayOfWeek.TUESDAY), only("Menteri bertemu pada Selasa di Jakarta.", "Selasa"));
        assertEquals(new TimeValue.Weekday(DayOfWeek.THURSDAY), only("Bakanlar Perşembe günü görüştü.", "Perşembe"));
        none("Они обсудили окружающую среду.");
    }

    @Test
    void weekdaysInPersianUrduHindiAndSwahili() {
        assertEquals(new TimeValue.Weekday(DayOfWeek.MONDAY), only("دو وزیر روز دوشنبه در تهران دیدار کردند.", "دوشنبه"));
        assertEquals(new TimeValue.Weekday(DayOfWeek.TUESDAY), only("دو وزیر روز سه‌شنبه گفتگو کردند.", "سه‌شنبه"), "not Saturday inside Tuesday");
        assertEquals(new TimeValue.Weekday(DayOfWeek.TUESDAY), only("دو وزیر روز سه شنبه گفتگو کردند.", "سه شنبه"));
        assertEquals(new TimeValue.Weekday(DayOfWeek.SATURDAY), only("دو وزیر شنبه گفتگو کردند.", "شنبه"));
        assertEquals(new TimeValue.Weekday(DayOfWeek.THURSDAY), only("دونوں وزرائے خارجہ نے جمعرات کو ملاقات کی۔", "جمعرات"));
        assertEquals(new TimeValue.Weekday(DayOfWeek.FRIDAY), only("दोनों मंत्रियों ने शुक्रवार को बातचीत की।", "शुक्रवार"));
        none("یہ ہفتہ اہم ہے۔");
        assertEquals(new TimeValue.Weekday(DayOfWeek.SUNDAY), only("Rais aliwasili nchini jana Jumapili jioni.", "Jumapili"));
        assertEquals(new TimeValue.Weekday(DayOfWeek.MONDAY), only("Marais hao walikutana jumatatu mjini Nairobi.", "jumatatu"));
    }

    @Test
    void daysNamedFromThePublicationDayInMoreLanguages() {
        assertEquals(new TimeValue.RelativeDay(-1), only("Menteri Luar Negeri bertemu kemarin di Jakarta.", "kemarin"));
        assertEquals(new TimeValue.RelativeDay(0), only("Bakanlar bugün Ankara'da görüştü.", "bugün"));
        assertEquals(new TimeValue.RelativeDay(-1), only("Ministrowie rozmawiali wczoraj w Warszawie.", "wczoraj"));
        assertEquals(new TimeValue.RelativeDay(0), only("De ministers spraken vandaag in Den Haag.", "vandaag"));
        assertEquals(new TimeValue.RelativeDay(1), only("Les deux présidents se rencontreront demain à Paris.", "demain"));
        none("Der Minister ist hier in Berlin.");
    }

    @Test
    void aWeekdayBesideTodayNamesTheDay() {
        assertEquals(new TimeValue.Weekday(DayOfWeek.MONDAY), only("بحث الرئيس اليوم الإثنين آخر التطورات.", "اليوم الإثنين"));
        assertEquals(new TimeValue.Weekday(DayOfWeek.MONDAY), only("El presidente conversó hoy lunes con su par.", "hoy lunes"));
        assertEquals(new TimeValue.Weekday(DayOfWeek.SUNDAY), only("Los cancilleres se reunieron ayer domingo.", "ayer domingo"));
    }

    @Test
    void aWeekdayChoosesBetweenTheTwoReadingsOfANumericDate() {
        assertEquals(new CalendarDate(2024, 4, 2), only("Menteri dijadwalkan berkunjung pada Selasa, (2/4/2024).", "Selasa, (2/4/2024)"));
        assertEquals(new CalendarDate(2024, 2, 4), only("They met on Sunday 2/4/2024 in Rome.", "Sunday 2/4/2024"));
        assertEquals(new TimeValue.NumericDate(2, 4, 2024), only("They met on Friday 2/4/2024 in Rome.", "Friday 2/4/2024"),
                "a weekday neither reading falls on settles nothing");
    }

    @Test
    void yesterdayAndTomorrow() {
        assertEquals(new TimeValue.RelativeDay(-1), only("They met yesterday.", "yesterday"));
        assertEquals(new TimeValue.RelativeDay(1), only("They meet tomorrow.", "tomorrow"));
    }

    @Test
    void relativeDayIsCaseInsensitive() {
        assertEquals(new TimeValue.RelativeDay(0), only("Today the ministers met.", "Today"));
    }

    @Test
    void todayInsideAWordIsNotToday() {
        none("The todays are numbered.");
    }

    @Test
    void lastMonth() {
        assertEquals(new Relative(Unit.MONTH, -1), only("He visited last month.", "last month"));
    }

    @Test
    void thisWeekend() {
        assertEquals(new Relative(Unit.WEEKEND, 0), only("They will meet this weekend.", "this weekend"));
    }

    @Test
    void otherRelativeExpressions() {
        assertEquals(new Relative(Unit.WEEK, 1), only("They will talk next week.", "next week"));
        assertEquals(new Relative(Unit.YEAR, 0), only("The summit is planned this year.", "this year"));
        assertEquals(new Relative(Unit.WEEK, -1), only("Over the past week they talked.", "past week"));
        assertEquals(new Relative(Unit.MONTH, 1), only("In the coming month they meet.", "coming month"));
    }

    // --- clock times

    @Test
    void hourPm() {
        assertEquals(new ClockTime(22, 0), only("The call began at 10 p.m.", "10 p.m."));
    }

    @Test
    void hourMinutePm() {
        assertEquals(new ClockTime(17, 30), only("The talks started at 5:30 p.m. local time.", "5:30 p.m."));
    }

    @Test
    void aTimeOnlyATwentyFourHourClockWritesIsAClockTime() {
        assertEquals(new ClockTime(15, 15), only("The talks are scheduled at 15:15 [local hour].", "15:15"));
        assertEquals(new ClockTime(9, 30), only("The meeting runs from 09:30.", "09:30"));
        assertEquals(new ClockTime(18, 10), only("On the call, commencing at 18:10 p.m., they spoke.", "18:10 p.m."));
        none("The vote was carried at 10:30 in the chamber.");
        none("The team won 15:13 on the night.");
    }

    @Test
    void amAndPmWithoutDots() {
        assertEquals(new ClockTime(9, 0), only("They met at 9 am sharp", "9 am"));
        assertEquals(new ClockTime(15, 24), only("Status: updated 3:24 p.m", "3:24 p.m"));
    }

    @Test
    void noonAndMidnightHours() {
        assertEquals(new ClockTime(12, 0), only("at 12 p.m.", "12 p.m."));
        assertEquals(new ClockTime(0, 15), only("at 12:15 a.m.", "12:15 a.m."));
        assertEquals(new ClockTime(12, 5), only("The talks ran from 0:05 p.m. for an", "0:05 p.m."), "the hour after noon written as 0");
        none("at 0 p.m.");
    }

    @Test
    void aFirstAndALastClockTime() {
        TimeValue.ClockSpan span = (TimeValue.ClockSpan) only("they met at 11:30-12:00 (local time)", "11:30-12:00");
        assertEquals(new ClockTime(11, 30), span.start());
        assertEquals(30, span.minutes());
        assertEquals(90, ((TimeValue.ClockSpan) only("from 10:00 to 11:30", "10:00 to 11:30")).minutes());
    }

    @Test
    void twentyFourHourClockWithZone() {
        assertEquals(new ClockTime(20, 0), only("The call began at 20:00 JST.", "20:00 JST"));
        assertEquals(new ClockTime(9, 5), only("The call began at 09:05 local time.", "09:05 local time"));
    }

    @Test
    void twentyFourHourClockWithoutZoneIsNotTagged() {
        none("The score was 20:00 at the end.");
    }

    @Test
    void numberWordsInTheMorning() {
        assertEquals(new ClockTime(11, 0), only("They met around eleven in the morning.", "eleven in the morning"));
    }

    @Test
    void numberWordsInTheEvening() {
        assertEquals(new ClockTime(19, 0), only("The dinner began at seven o'clock in the evening.", "seven o'clock in the evening"));
    }

    @Test
    void hourOutOfRangeIsNotAClock() {
        assertTrue(tag("Around 13 p.m. they talked.").stream().noneMatch(t -> t.value() instanceof ClockTime));
    }

    // --- durations

    @Test
    void hyphenatedMinutes() {
        assertEquals(new Duration(50), only("It was a 50-minute call.", "50-minute"));
    }

    @Test
    void approximateMinutes() {
        assertEquals(new Duration(100), only("They spoke for approximately 100 minutes.", "100 minutes"));
    }

    @Test
    void anHour() {
        assertEquals(new Duration(60), only("They talked for an hour.", "an hour"));
    }

    @Test
    void hoursInWordsAndDigits() {
        assertEquals(new Duration(120), only("The talks lasted two hours.", "two hours"));
        assertEquals(new Duration(180), only("for approximately 3 hours starting at noon", "3 hours"));
        assertEquals(new Duration(120), only("Two-hour talks were held.", "Two-hour"));
    }

    @Test
    void aMonthThenAFirstAndALastDayIsASpan() {
        assertEquals(new TimeValue.DateSpan(new TimeValue.CalendarDate(null, 3, 16), new TimeValue.CalendarDate(null, 3, 20)),
                only("will pay an official visit from March 16-20, the ministry said", "March 16-20"));
        assertEquals(new TimeValue.DateSpan(new TimeValue.CalendarDate(2023, 12, 4), new TimeValue.CalendarDate(2023, 12, 6)),
                only("a state visit on Dec. 4–6, 2023", "Dec. 4–6, 2023"));
        assertEquals(new TimeValue.DateSpan(new TimeValue.CalendarDate(null, 6, 21), new TimeValue.CalendarDate(null, 6, 24)),
                only("from June 21 to 24", "from June 21 to 24"));
    }

    @Test
    void daysAVisitLasts() {
        assertEquals(new TimeValue.Days(2), only("his planned two-day visit to the capital", "two-day"));
        assertEquals(new TimeValue.Days(3), only("a 3-day official trip", "3-day"));
        none("They talked for two days.");
    }

    @Test
    void minutesInWords() {
        assertEquals(new Duration(45), only("A forty-five minute meeting.", "forty-five minute"));
        assertEquals(new Duration(30), only("A thirty-minute call.", "thirty-minute"));
    }

    @Test
    void everyNumberWordFromOneToNinetyNine() {
        String[] units = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
        String[] teens = {"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        java.util.Map<String, Integer> words = new java.util.LinkedHashMap<>();
        for (int i = 0; i < units.length; i++) words.put(units[i], i + 1);
        for (int i = 0; i < teens.length; i++) words.put(teens[i], i + 10);
        for (int i = 0; i < tens.length; i++) {
            words.put(tens[i], 20 + 10 * i);
            for (int u = 0; u < units.length; u++) words.put(tens[i] + "-" + units[u], 20 + 10 * i + u + 1);
        }
        assertEquals(99, words.size());
        words.forEach((w, n) -> assertEquals(new Duration(n), only("A " + w + "-minute call.", w + "-minute"), w));
        assertEquals(new Duration(17 * 60), only("The talks lasted Seventeen hours.", "Seventeen hours"));
        assertEquals(new Duration(25), only("A twenty-five-minute call.", "twenty-five-minute"), "not the five of twenty-five");
    }

    // --- several in one sentence, offsets

    @Test
    void severalExpressionsInOrder() {
        String s = "On April 2, commencing at 3:00 p.m. for approximately 90 minutes, the ministers held a telephone talk.";
        List<TimeMention> t = tag(s);
        assertEquals(List.of("April 2", "3:00 p.m.", "90 minutes"), t.stream().map(TimeMention::text).toList());
        assertEquals(List.of(new CalendarDate(null, 4, 2), new ClockTime(15, 0), new Duration(90)),
                t.stream().map(TimeMention::value).toList());
    }

    @Test
    void longerDateWinsOverItsParts() {
        List<TimeMention> t = tag("On February 3, 2023 they met.");
        assertEquals(1, t.size());
        assertEquals(new CalendarDate(2023, 2, 3), t.get(0).value());
    }

    @Test
    void offsetsAreInTheDocumentNotTheSentence() {
        String s = "They met on Friday.";
        List<TimeMention> t = TAGGER.tag(new Sentence(7, 100, 100 + s.length(), s));
        assertEquals(1, t.size());
        assertEquals(7, t.get(0).sentence());
        assertEquals(112, t.get(0).start());
        assertEquals(118, t.get(0).end());
    }

    @Test
    void noTimeExpressions() {
        none("The two ministers concurred on keeping close communication.");
    }

    @Test
    void monthNumbers() {
        String[] names = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December"};
        for (int i = 0; i < 12; i++) {
            assertEquals(i + 1, TemporalTagger.month(names[i]));
            assertEquals(i + 1, TemporalTagger.month(names[i].substring(0, 3)));
        }
        assertEquals(9, TemporalTagger.month("Sept"));
        assertThrows(IllegalArgumentException.class, () -> TemporalTagger.month("Smarch"));
    }

    @Test
    void chineseAndJapaneseDatesEraYearsClockTimesAndDurations() {
        assertEquals(new CalendarDate(2023, 11, 4), only("令和5年11月4日", "令和5年11月4日"));
        assertEquals(new CalendarDate(2019, 5, 1), only("令和元年5月1日", "令和元年5月1日"));
        assertEquals(new CalendarDate(2021, 12, 16), only("2021年12月16日,王毅通电话", "2021年12月16日"));
        assertEquals(new CalendarDate(null, 12, 16), only("12月16日,王毅通电话", "12月16日"));
        assertEquals(new ClockTime(16, 55), only("日本時間同日午後4時55分から", "午後4時55分"));
        assertEquals(new Duration(20), only("約20分間、会談", "20分間"));
    }

    @Test
    void thaiDatesInTheBuddhistEraWithThaiDigitsAndAbbreviatedMonths() {
        assertEquals(new CalendarDate(2022, 5, 26), only("เมื่อวันที่ 26 พฤษภาคม พ.ศ.2565 นายกรัฐมนตรี", "26 พฤษภาคม พ.ศ.2565"));
        assertEquals(new CalendarDate(2025, 8, 14), only("วันที่ 14 สิงหาคม 2568 รัฐมนตรี", "14 สิงหาคม 2568"));
        assertEquals(new TimeValue.DateSpan(new CalendarDate(2024, 7, 8), new CalendarDate(2024, 7, 10)),
                only("ระหว่างวันที่ ๘ - ๑๐ กรกฎาคม ๒๕๖๗ ตามคำเชิญ", "๘ - ๑๐ กรกฎาคม ๒๕๖๗"));
        assertEquals(new CalendarDate(null, 10, 25), only("กรุงเทพฯ 25 ต.ค.-นาย", "25 ต.ค."));
        assertEquals(new CalendarDate(2024, 3, 5), only("5 March 2024", "5 March 2024"), "a Gregorian year is no era's");
    }

    @Test
    void russianDatesWithTheMonthInTheGenitive() {
        assertEquals(new CalendarDate(2024, 3, 15), only("15 марта 2024 года", "15 марта 2024"));
        assertEquals(new CalendarDate(null, 8, 9), only("Мирзиёев 9 августа по инициативе", "9 августа"));
    }

    @Test
    void aRussianOrUkrainianMonthAloneInTheLocativeAfterItsPreposition() {
        assertEquals(new CalendarDate(null, 11, null), only("Встреча состоялась в ноябре в Астане", "в ноябре"));
        assertEquals(new CalendarDate(2023, 11, null), only("Переговоры прошли в ноябре 2023 года", "в ноябре 2023"));
        assertEquals(new CalendarDate(null, 11, null), only("Зустріч відбулася у листопаді", "у листопаді"));
    }

    @Test
    void daysNamedFromThePublicationDayInOtherScripts() {
        assertEquals(new TimeValue.RelativeDay(-1), only("Владимир Путин вчера провел телефонный разговор", "вчера"));
        assertEquals(new TimeValue.RelativeDay(-1), only("昨日、両外相は電話会談を行った", "昨日"));
        assertEquals(new TimeValue.RelativeDay(0), only("التقى الرئيس اليوم نظيره", "اليوم"));
        assertEquals(List.of(), tag("Todays and yesterdays"), "a day's name inside a longer word is no day");
    }

    @Test
    void koreanDates() {
        assertEquals(new CalendarDate(2022, 11, 3), only("박진 장관은 2022년 11월 3일 통화를 갖고", "2022년 11월 3일"));
        assertEquals(new CalendarDate(null, 5, 9), only("5월 9일 만찬", "5월 9일"));
    }

    @Test
    void aDayOfTheMonthAloneInChineseJapaneseOrKorean() {
        assertEquals(new CalendarDate(null, null, 23), only("이재명 대통령이 23일 도쿄에서 정상회담을 했다", "23일"));
        assertEquals(new CalendarDate(null, null, 9), only("外相は9日、電話会談を行った", "9日"));
        assertEquals(new CalendarDate(null, 5, 20), only("5月20日から23日まで来日する", "5月20日"), "the end of a span is not a day of its own");
        none("지난달 24일 일본에서 만났다");
        none("先月9日に会談した");
        none("川普20日就任美國總統以來首度通話");
        none("9日間の日程で訪問する");
    }

    @Test
    void digitsOfOtherScriptsAreReadAsDigits() {
        assertEquals(new CalendarDate(2023, 5, 2), only("بيان صحفي ٢ مايو ٢٠٢٣ عن الوزارة", "٢ مايو ٢٠٢٣"), "Arabic-Indic digits, the text kept as written");
        assertEquals(new CalendarDate(2024, 3, 15), only("Сообщение от ١٥ марта ٢٠٢٤ года", "١٥ марта ٢٠٢٤"));
    }

    @Test
    void monthsOfSouthAsianScriptsAndUrduEvenWhenTheyEndInAVowelSign() {
        assertEquals(new CalendarDate(2025, 1, 4), only("प्रधानमंत्री ने 4 जनवरी 2025 को बैठक की", "4 जनवरी 2025"), "Hindi; 'जनवरी' ends in a vowel sign");
        assertEquals(new CalendarDate(null, 2, 12), only("বৈঠকটি 12 ফেব্রুয়ারি অনুষ্ঠিত হয়", "12 ফেব্রুয়ারি"), "Bengali, no year");
        assertEquals(new CalendarDate(2024, 1, 9), only("அமைச்சர் 9 ஜனவரி 2024 அன்று சந்தித்தார்", "9 ஜனவரி 2024"), "Tamil");
        assertEquals(new CalendarDate(2023, 4, 5), only("وزیر نے 5 اپریل 2023 کو بات کی", "5 اپریل 2023"), "Urdu");
        assertEquals(new CalendarDate(2024, 7, 10), only("10 જુલાઈ 2024ના રોજ બેઠક", "10 જુલાઈ 2024"), "Gujarati: a case ending written on the year");
    }
}
