package org.readout.clean;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinesTest {
    @Test
    void words() {
        assertEquals(5, Lines.words("Japan-China talks, U.S. envoy’s visit"));
        assertEquals(0, Lines.words(" - • "));
        assertEquals(7, Lines.words("王毅同所罗门群岛外长通电话"), "thirteen characters written without spaces: a word for every two, rounded up");
        assertEquals(5, Lines.words("上川大臣はJapan-Oman talks"), "three for five characters, then two words");
    }

    @Test
    void prose() {
        assertTrue(Lines.isProse("The two ministers met on Monday and agreed to talk again."));
        assertTrue(Lines.isProse("Foreign Minister Kono: It is necessary to increase pressure on North Korea so that it alters its policy,"));
        assertTrue(Lines.isProse("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty"));
        assertTrue(Lines.isProse("王毅表示,中方愿同所罗门群岛一道,落实两国领导人重要共识,推动两国关系不断向前发展。"));
        assertFalse(Lines.isProse("Ministers Meet in Paris"));
        assertFalse(Lines.isProse("Short sentence."));
        assertFalse(Lines.isProse("Mr. Sunak Meets Mr. Macron in Paris for Talks on Migration"));
    }

    @Test
    void titleLike() {
        assertTrue(Lines.isTitleLike("Storm warnings issued for the northern coast"));
        assertTrue(Lines.isTitleLike("Visas"));
        assertFalse(Lines.isTitleLike("The agenda covers three areas:"));
        assertFalse(Lines.isTitleLike("It ended."));
        assertFalse(Lines.isTitleLike(""));
        assertFalse(Lines.isTitleLike("x".repeat(121)));
    }

    @Test
    void headlineQuestion() {
        assertTrue(Lines.isHeadlineQuestion("Is the ferry strike finally over?"));
        assertFalse(Lines.isHeadlineQuestion("He asked again. Was it over?"));
        assertFalse(Lines.isHeadlineQuestion("Over."));
    }

    @Test
    void titleCase() {
        assertTrue(Lines.isTitleCase("Japan, China Hold Foreign Minister Call Days after NATO Chief's Visit"));
        assertTrue(Lines.isTitleCase("Talks Resume with Envoys"));
        assertFalse(Lines.isTitleCase("Foreign Minister Kamikawa shakes hand with her counterpart"));
        assertFalse(Lines.isTitleCase("Talks"));
    }

    @Test
    void bullets() {
        assertEquals("Recommended", Lines.stripBullet("- Recommended"));
        assertEquals("Take it anywhere", Lines.stripBullet("  • Take it anywhere"));
        assertEquals("1. Item", Lines.stripBullet("1. Item"));
        assertTrue(Lines.isBulletOnly(" - "));
        assertFalse(Lines.isBulletOnly("-a"));
    }

    @Test
    void key() {
        assertEquals("a b", Lines.key("  A \t B "));
    }

    @Test
    void theLowerCaseWordsOfTitleCaseAreThoseOfTitleCaseWordsTxt() {
        for (String w : java.util.List.of("with", "from", "into", "over", "after", "about", "than", "upon", "amid", "onto", "this", "that", "near")) {
            assertTrue(Lines.isTitleCase("Ministers Meet " + w + " Envoys"), w);
        }
        assertFalse(Lines.isTitleCase("Ministers Meet despite Envoys"), "a word the file does not list");
    }
}
