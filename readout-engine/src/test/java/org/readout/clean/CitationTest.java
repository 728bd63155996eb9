package org.readout.clean;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A citation line: a quoted title, then a full date with a month's English name (the first name of its row in months.tsv). */
class CitationTest {
    @Test
    void everyMonthsEnglishNameEndsACitation() {
        for (String month : List.of("January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December")) {
            String line = "Doe, Jane. \u201cMinisters Talk Past Each Other.\u201d The Widget Review, " + month + " 7, 2023.";
            assertEquals(line, Citation.find(List.of("Recommended", line)), month);
        }
        assertNull(Citation.find(List.of("Doe, Jane. \u201cMinisters Talk Past Each Other.\u201d The Widget Review, Feb 7, 2023.")),
                "an abbreviation is no full date");
        assertNull(Citation.find(List.of("Doe, Jane. \u201cMinisters Talk Past Each Other.\u201d The Widget Review, Februar 7, 2023.")),
                "nor another language's name");
    }
}
