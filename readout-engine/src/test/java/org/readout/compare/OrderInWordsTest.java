package org.readout.compare;

import org.junit.jupiter.api.Test;
import org.readout.link.LinkedDocument;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.readout.compare.Built.compare;
import static org.readout.compare.Built.row;
import static org.readout.compare.Built.rowIds;
import static org.readout.compare.Built.said;

/** Where each account takes up each issue, as a place among its issues: "2nd of 3". */
class OrderInWordsTest {
    static final LinkedDocument JPN = Built.jpnReadout();
    static final LinkedDocument CHN = Built.chnReadout();

    @Test
    void eachAccountsPlacesCountItsOwnIssuesInTheOrderOfItsText() {
        String list = "Minister Hayashi expressed serious concerns regarding the situations in Hong Kong and in the South China Sea.";
        Comparison c = compare(List.of(JPN, CHN),
                said(JPN, 0, list, "expressed serious concerns", "JPN", "ACCUSE", "south-china-sea"),
                said(JPN, 0, list, "expressed serious concerns", "JPN", "ACCUSE", "hong-kong"),
                said(JPN, 200, "Minister Hayashi expressed the importance of peace and stability across the Taiwan Strait.",
                        "expressed the importance", "JPN", null, "taiwan"),
                said(CHN, 0, "Qin Gang asked Japan to act prudently on the Taiwan question.", "asked Japan", "CHN", "REQUEST", "taiwan"));
        assertEquals(List.of(3, 1), c.issues(), "Japan's readout takes up three issues, China's one");
        assertEquals(List.of(1, 0), row(c, "hong-kong").order(), "Hong Kong is named first in the sentence");
        assertEquals(List.of(2, 0), row(c, "south-china-sea").order());
        assertEquals(List.of(3, 1), row(c, "taiwan").order());
        assertEquals("3rd of 3", c.place(row(c, "taiwan"), 0));
        assertEquals("1st of 1", c.place(row(c, "taiwan"), 1));
        assertNull(c.place(row(c, "hong-kong"), 1), "China's readout does not take it up");
        assertEquals(List.of("hong-kong", "taiwan", "south-china-sea"), rowIds(c),
                "rows by the earliest place any account gives them, then by label");
    }

    @Test
    void ordinalsInEnglish() {
        assertEquals(List.of("1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "101st", "111th"),
                List.of(1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111).stream().map(Ordinals::of).toList());
    }
}
