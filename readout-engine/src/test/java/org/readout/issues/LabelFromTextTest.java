package org.readout.issues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelFromTextTest {

    private static final IssueTagger TAGGER = IssueTagger.bundled();

    private static String label(String clause) {
        Optional<String> l = TAGGER.labelFromText(clause);
        assertTrue(l.isPresent(), "no label for: " + clause);
        assertTrue(l.get().split("\\s+").length <= 8, l.get());
        return l.get();
    }

    private static void noLabel(String clause) {
        assertEquals(Optional.empty(), TAGGER.labelFromText(clause), clause);
    }

    @Test
    void nounPhraseAfterCalledFor() {
        assertEquals("early release of a detained employee", label("called for the early release of a detained employee"));
        assertEquals("prompt return of the seized fishing boat", label("The ambassador called for the prompt return of the seized fishing boat."));
    }

    @Test
    void strongTopicWordsComeFirst() {
        assertEquals("recent surge in cyberattacks on hospitals",
                label("The minister voiced strong concern over the recent surge in cyberattacks on hospitals, and asked for a joint inquiry."));
        assertEquals("reopening of the consulate in Osaka",
                label("Regarding the reopening of the consulate in Osaka, the two sides agreed to continue talks."));
        assertEquals("fishing quotas in the Pacific",
                label("Over the past year, the two countries have disagreed about fishing quotas in the Pacific."));
        assertEquals("protection of shipping lanes",
                label("The talks, held on Friday, focused on cooperation with regard to the protection of shipping lanes."));
    }

    @Test
    void issueOfAndDeterminersAreDropped() {
        assertEquals("unpaid wages for seasonal workers", label("He raised the issue of unpaid wages for seasonal workers."));
        assertEquals("visa backlog", label("They talked about the visa backlog and agreed to meet again."));
    }

    @Test
    void calledOnSomeoneToDoSomething() {
        assertEquals("lift the ban on beef imports", label("They called on the Chinese side to lift the ban on beef imports."));
        assertEquals("exercise restraint", label("The envoy called on both parties to exercise restraint."));
        assertEquals("renewed efforts to reduce tensions", label("She called for renewed efforts to reduce tensions."),
                "no actor before \"to\": the noun phrase itself");
    }

    @Test
    void longPhrasesAreCutBeforeAPreposition() {
        assertEquals("recent decision by the port authorities",
                label("Both sides exchanged views concerning the recent decision by the port authorities to suspend all cargo flights between the two cities."));
        assertEquals("immediate lifting of import restrictions",
                label("He called for the immediate lifting of import restrictions on Japanese food products."));
    }

    @Test
    void quotesAreDroppedAndPunctuationEndsThePhrase() {
        assertEquals("so-called historical grievances",
                label("The spokesperson spoke at length concerning the \u201cso-called historical grievances\u201d; no reply came."));
        assertEquals("mutual recognition of driving licences",
                label("They agreed on the mutual recognition of driving licences (a long-standing request)."));
    }

    @Test
    void timesAndSetPhrasesAreNotTopics() {
        noLabel("The ministers met on Monday in Geneva.");
        noLabel("They met for the first time on the sidelines of the summit.");
        noLabel("The call lasted about 90 minutes.");
        noLabel("On behalf of the government, she thanked the hosts.");
        noLabel("");
        noLabel("   ");
        noLabel(null);
        assertEquals("return of cultural artefacts",
                label("For the first time, the two sides talked about the return of cultural artefacts."));
    }

    @Test
    void aUsersWordsExtendTheBundledOnes(@TempDir Path dir) throws IOException {
        String clause = "expressed concern apropos the fishing dispute near the islands";
        noLabel(clause);
        Files.writeString(dir.resolve("label-words.tsv"), "strong\tapropos\nender\tnear\n");
        IssueTagger user = IssueTaxonomy.load(dir).tagger();
        assertEquals(Optional.of("fishing dispute"), user.labelFromText(clause));
        assertEquals(Optional.of("early release of a detained employee"), user.labelFromText("called for the early release of a detained employee"),
                "the bundled words stay");
    }
}
