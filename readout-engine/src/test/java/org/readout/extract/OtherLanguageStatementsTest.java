package org.readout.extract;

import org.junit.jupiter.api.Test;
import org.readout.pipeline.ProcessedDocument;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.readout.extract.Readouts.in;

/** Acts told in Spanish, Portuguese, Italian, French, German, Russian and Arabic: the rows of diplomatic-patterns.tsv and cues.tsv for them. */
class OtherLanguageStatementsTest {

    /** The one statement of {@code type} read from the sentence opening with {@code start}. */
    private static StatementReport typed(ProcessedDocument d, String start, String type) {
        List<StatementReport> found = in(d, start);
        return found.stream().filter(s -> type.equals(s.type())).findFirst()
                .orElseThrow(() -> new AssertionError(start + " has no " + type + ": " + found));
    }

    private static List<String> countries(StatementReport s) {
        return s.speakers().stream().map(x -> x.country()).sorted().toList();
    }

    @Test
    void spanish() {
        ProcessedDocument d = Readouts.process("es.txt", """
                El presidente de Chile, Gabriel Boric, conversó telefónicamente el 7 de agosto de 2025 con su homólogo de Brasil, Luiz Inácio Lula da Silva.
                Ambos mandatarios destacaron la importancia de fortalecer la relación bilateral.
                Boric agradeció a Lula por su apoyo.
                Los presidentes conversaron sobre la situación regional.
                Boric y Lula acordaron reunirse en septiembre.
                """);
        assertEquals(List.of("BRA", "CHL"), countries(typed(d, "Ambos mandatarios destacaron", "AGREE")), "a position both stress together");
        StatementReport thanks = typed(d, "Boric agradeció", "SUPPORT");
        assertEquals(List.of("CHL"), countries(thanks));
        assertEquals("BRA", thanks.target());
        assertEquals(List.of("BRA", "CHL"), countries(typed(d, "Los presidentes conversaron", "CONSULT")));
        assertEquals(List.of("BRA", "CHL"), countries(typed(d, "Boric y Lula acordaron", "AGREE")), "'y' joins the two names");
    }

    @Test
    void aRomanceVerbMatchesInItsCompoundTensesAndParticiples() {
        ProcessedDocument d = Readouts.process("es2.txt", """
                El canciller de Chile, Alberto van Klaveren, se reunió el 7 de agosto de 2025 con su homólogo de Brasil, Mauro Vieira, en Brasilia.
                Los dos cancilleres han abordado la cooperación en materia de energía renovable.
                Vieira se comprometió a seguir cooperando con Chile en la lucha contra el crimen organizado.
                """);
        assertEquals(List.of("BRA", "CHL"), countries(typed(d, "Los dos cancilleres han abordado", "CONSULT")), "'abordar^': 'han abordado'");
        assertEquals(List.of("BRA"), countries(typed(d, "Vieira se comprometió", "AGREE")), "'comprometer^': 'comprometió'");
    }

    @Test
    void aGroupWordMatchesWithoutItsAccents() {
        ProcessedDocument fr = Readouts.process("fr2.txt", """
                Le président Emmanuel Macron s'est entretenu avec le chancelier allemand Friedrich Merz le 7 août 2025.
                Les chefs d'Etat ont évoqué la situation au Proche-Orient.
                """);
        assertEquals(List.of("DEU", "FRA"), countries(typed(fr, "Les chefs d'Etat", "CONSULT")), "'chefs d'état' written 'chefs d'Etat'");
    }

    @Test
    void anOfficeNamesItsHolderByItsArticleOrTheCountryAfterIt() {
        ProcessedDocument d = Readouts.process("es3.txt", """
                El canciller de Perú, Javier González-Olaechea, conversó el 6 de abril de 2024 con el canciller de Chile, Alberto van Klaveren.
                El canciller peruano agradeció a Chile su apoyo en la cumbre regional.
                El canciller de Perú expresó su satisfacción por el diálogo.
                """);
        assertEquals(List.of("PER"), countries(typed(d, "El canciller peruano", "SUPPORT")), "the adjective after the office");
        assertEquals(List.of("PER"), countries(typed(d, "El canciller de Perú", "SUPPORT")), "the country after 'de'");
    }

    @Test
    void aSubjectLeftUnsaidIsTheLastSpeakerAndAnImpersonalActBothSides() {
        ProcessedDocument d = Readouts.process("es4.txt", """
                El presidente de Chile, Gabriel Boric, conversó telefónicamente el 7 de agosto de 2025 con su homólogo de Brasil, Luiz Inácio Lula da Silva.
                Boric agradeció a Lula por su apoyo en la cumbre regional.
                Además, expresó su satisfacción por el avance del corredor bioceánico.
                También se conversó sobre la situación en Venezuela y la migración.
                """);
        assertEquals(List.of("CHL"), countries(typed(d, "Además, expresó", "SUPPORT")), "the subject of the sentence before");
        assertEquals(List.of("BRA", "CHL"), countries(typed(d, "También se conversó", "CONSULT")), "'se' makes it impersonal");
    }

    @Test
    void portugueseItalianFrenchAndGerman() {
        ProcessedDocument pt = Readouts.process("pt.txt", """
                O presidente Luiz Inácio Lula da Silva conversou por telefone em 7 de agosto de 2025 com o primeiro-ministro da Índia, Narendra Modi.
                Os dois líderes trocaram impressões sobre a situação global.
                Lula e Modi concordaram em ampliar o comércio.
                """);
        assertEquals(List.of("BRA", "IND"), countries(typed(pt, "Os dois líderes trocaram", "CONSULT")));
        assertEquals(List.of("BRA", "IND"), countries(typed(pt, "Lula e Modi concordaram", "AGREE")), "'e' joins the two names");

        ProcessedDocument it = Readouts.process("it.txt", """
                Il Presidente del Consiglio, Giorgia Meloni, ha avuto il 7 agosto 2025 un colloquio telefonico con il Primo Ministro del Giappone, Fumio Kishida.
                I due leader hanno discusso delle principali questioni internazionali.
                Meloni ha ringraziato Kishida per il sostegno.
                """);
        assertEquals(List.of("ITA", "JPN"), countries(typed(it, "I due leader", "CONSULT")), "the 'I' of 'I due leader' is no English pronoun");
        assertEquals("JPN", typed(it, "Meloni ha ringraziato", "SUPPORT").target());

        ProcessedDocument fr = Readouts.process("fr.txt", """
                Le président Emmanuel Macron s'est entretenu avec le chancelier allemand Friedrich Merz le 7 août 2025.
                Les deux dirigeants ont exprimé leur vive inquiétude devant la situation.
                Macron a condamné les attaques.
                """);
        assertEquals(List.of("DEU", "FRA"), countries(typed(fr, "Les deux dirigeants", "ACCUSE")));
        assertTrue(in(fr, "Macron a condamné").stream().anyMatch(s -> "111".equals(s.cameo())), in(fr, "Macron a condamné").toString());

        ProcessedDocument de = Readouts.process("de.txt", """
                Bundeskanzler Friedrich Merz telefonierte am 7. August 2025 mit dem französischen Präsidenten Emmanuel Macron.
                Merz dankte Macron für die gute Zusammenarbeit.
                Die beiden Politiker besprachen die Lage in der Ukraine.
                """);
        assertEquals("FRA", typed(de, "Merz dankte", "SUPPORT").target());
        assertEquals(List.of("DEU", "FRA"), countries(typed(de, "Die beiden Politiker", "CONSULT")));
    }

    @Test
    void russian() {
        ProcessedDocument d = Readouts.process("ru.txt", """
                Президент России Владимир Путин провел телефонный разговор с Президентом Казахстана Касым-Жомартом Токаевым 15 марта 2024 года.
                Владимир Путин поблагодарил Касым-Жомарта Токаева за поддержку.
                Касым-Жомарт Токаев и Владимир Путин обсудили вопросы торговли.
                """);
        StatementReport thanks = typed(d, "Владимир Путин поблагодарил", "SUPPORT");
        assertEquals(List.of("RUS"), countries(thanks));
        assertEquals(List.of("KAZ", "RUS"), countries(typed(d, "Касым-Жомарт Токаев и", "CONSULT")), "'и' joins the two names");
    }

    @Test
    void arabicWithTheVerbBeforeItsSubject() {
        ProcessedDocument d = Readouts.process("ar.txt", """
                بحث الرئيس الروسي فلاديمير بوتين، يوم 18 أبريل 2022، في محادثة هاتفية مع نظيره الجزائري قضايا الساعة.
                رحب الرئيس فلاديمير بوتين بتطور العلاقات الثنائية.
                اتفق الرئيسان على مواصلة الاتصالات.
                """);
        assertEquals(List.of("RUS"), countries(typed(d, "رحب الرئيس", "SUPPORT")), "the subject after the verb");
        assertEquals(List.of("DZA", "RUS"), countries(typed(d, "اتفق الرئيسان", "AGREE")), "the two presidents");
    }
}
