package org.readout.extract;

import org.junit.jupiter.api.Test;
import org.readout.pipeline.ProcessedDocument;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.readout.extract.Readouts.in;

/** Acts told in Spanish, Portuguese, Italian, French, German, Polish, Indonesian, Vietnamese, Turkish, Russian, Arabic, Urdu, Hindi, Chinese, Japanese and Korean: the rows of diplomatic-patterns.tsv and cues.tsv for them. */
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
    void whatTheTalksCentredOnAndWhatWasReviewedInSpanish() {
        ProcessedDocument d = Readouts.process("es-centro.txt", """
                El presidente Gabriel Boric se reunió el 3 de mayo de 2023 en Lima con la presidenta de Perú, Dina Boluarte.
                La conversación se desarrolló en un clima cordial y se centró en asuntos clave de la agenda bilateral.
                Por su parte, Boric informó que se evaluaron mecanismos para fortalecer la cooperación.
                """);
        assertEquals(List.of("CHL", "PER"), countries(typed(d, "La conversación se desarrolló", "CONSULT")), "the talks' own subject: both sides");
        typed(d, "Por su parte, Boric informó", "CONSULT");
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
    void anAdverbBeforeWhatWasDiscussedAndGratitudeExpressedOrConfidenceReiterated() {
        ProcessedDocument d = Readouts.process("es-adverbio.txt", """
                El canciller de Chile, Alberto van Klaveren, se reunió el 3 de mayo de 2023 en Brasilia con el canciller de Brasil, Mauro Vieira.
                Ambos cancilleres dialogaron ampliamente acerca de la cooperación fronteriza.
                Van Klaveren expresó su profundo agradecimiento por la hospitalidad brasileña.
                Vieira reiteró su confianza en el diálogo bilateral.
                """);
        assertEquals(List.of("BRA", "CHL"), countries(typed(d, "Ambos cancilleres dialogaron", "CONSULT")), "an adverb between the verb and what it was about");
        assertEquals(List.of("CHL"), countries(typed(d, "Van Klaveren expresó", "SUPPORT")));
        assertEquals(List.of("BRA"), countries(typed(d, "Vieira reiteró", "SUPPORT")));
    }

    @Test
    void aPassiveWithItsParticipleFirstOrLastAndWillOrOppositionExpressed() {
        ProcessedDocument d = Readouts.process("de-es.txt", """
                Außenministerin Annalena Baerbock traf am 4. März 2024 in Warschau den polnischen Außenminister Radosław Sikorski.
                Besprochen wurden außerdem die Beitrittsprozesse der Ukraine.
                Außerdem wurden die Lieferketten ausführlich besprochen.
                """);
        typed(d, "Besprochen wurden", "CONSULT");
        typed(d, "Außerdem wurden", "CONSULT");
        ProcessedDocument e = Readouts.process("es-voluntad.txt", """
                El canciller de Chile, Alberto van Klaveren, se reunió el 3 de mayo de 2023 en Brasilia con el canciller de Brasil, Mauro Vieira.
                Ambos cancilleres han tratado el plan de integración.
                Vieira expresó su oposición a las sanciones unilaterales.
                Los cancilleres manifestaron su vocación de continuar trabajando juntos.
                """);
        assertEquals(List.of("BRA", "CHL"), countries(typed(e, "Ambos cancilleres han tratado", "CONSULT")), "after 'han', 'tratado' is the verb");
        assertEquals(List.of("BRA"), countries(typed(e, "Vieira expresó su oposición", "ACCUSE")));
        assertEquals(List.of("BRA", "CHL"), countries(typed(e, "Los cancilleres manifestaron", "AGREE")), "a vocation to go on working together: intent");
    }

    @Test
    void polish() {
        ProcessedDocument d = Readouts.process("pl.txt", """
                Minister spraw zagranicznych Radosław Sikorski spotkał się 4 marca 2025 r. w Warszawie z sekretarzem stanu USA Marco Rubio.
                Obaj ministrowie omówili sytuację bezpieczeństwa w regionie.
                Sikorski podziękował Rubio za wsparcie dla wschodniej flanki.
                Rubio wyraził zaniepokojenie sytuacją na granicy.
                Sikorski i Rubio uzgodnili kolejne spotkanie w kwietniu.
                """);
        assertEquals(List.of("POL", "USA"), countries(typed(d, "Obaj ministrowie omówili", "CONSULT")), "'obaj ministrowie' are both sides");
        StatementReport thanks = typed(d, "Sikorski podziękował", "SUPPORT");
        assertEquals(List.of("POL"), countries(thanks));
        assertEquals("USA", thanks.target());
        assertEquals(List.of("USA"), countries(typed(d, "Rubio wyraził zaniepokojenie", "ACCUSE")));
        assertEquals(List.of("POL", "USA"), countries(typed(d, "Sikorski i Rubio uzgodnili", "AGREE")), "'i' joins the two names");
    }

    @Test
    void indonesian() {
        ProcessedDocument d = Readouts.process("id.txt", """
                Menteri Luar Negeri Sugiono bertemu dengan Menteri Luar Negeri Australia Penny Wong di Jakarta pada 12 Mei 2025.
                Kedua menteri membahas kerja sama maritim.
                Sugiono mengapresiasi dukungan Australia bagi pendidikan.
                Sugiono dan Wong sepakat memperkuat kemitraan strategis.
                """);
        assertEquals(List.of("AUS", "IDN"), countries(typed(d, "Kedua menteri membahas", "CONSULT")));
        assertEquals(List.of("IDN"), countries(typed(d, "Sugiono mengapresiasi", "SUPPORT")));
        assertEquals(List.of("AUS", "IDN"), countries(typed(d, "Sugiono dan Wong sepakat", "AGREE")), "'dan' joins the two names");
    }

    @Test
    void vietnamese() {
        ProcessedDocument d = Readouts.process("vi.txt", """
                Ngày 10 tháng 3 năm 2024, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội đàm với Bộ trưởng Ngoại giao Australia Penny Wong tại Hà Nội.
                Hai bên thảo luận về hợp tác kinh tế.
                Bộ trưởng Bùi Thanh Sơn cảm ơn Australia đã hỗ trợ Việt Nam.
                Hai Bộ trưởng nhất trí tăng cường trao đổi đoàn.
                """);
        assertEquals(List.of("AUS", "VNM"), countries(typed(d, "Hai bên thảo luận", "CONSULT")), "'hai bên' are both sides");
        assertEquals(List.of("VNM"), countries(typed(d, "Bộ trưởng Bùi Thanh Sơn cảm ơn", "SUPPORT")));
        assertEquals(List.of("AUS", "VNM"), countries(typed(d, "Hai Bộ trưởng nhất trí", "AGREE")));
    }

    @Test
    void turkish() {
        ProcessedDocument d = Readouts.process("tr.txt", """
                Dışişleri Bakanı Hakan Fidan, 5 Haziran 2025 tarihinde Ankara'da Avustralya Dışişleri Bakanı Penny Wong ile görüştü.
                Görüşmede iki bakan ikili ilişkileri ele aldı.
                Fidan bölgedeki saldırıları kınadı.
                Bakanlar ticaretin artırılması konusunda mutabık kaldı.
                """);
        assertEquals(List.of("AUS", "TUR"), countries(typed(d, "Görüşmede iki bakan", "CONSULT")), "'iki bakan' are both sides");
        assertEquals(List.of("TUR"), countries(typed(d, "Fidan bölgedeki", "ACCUSE")));
        assertEquals(List.of("AUS", "TUR"), countries(typed(d, "Bakanlar ticaretin", "AGREE")));
    }

    @Test
    void portugueseMinistersAndTheVerbsOfTheirReadouts() {
        ProcessedDocument d = Readouts.process("pt.txt", """
                O ministro das Relações Exteriores do Brasil, Mauro Vieira, reuniu-se em 7 de agosto de 2025 com o chanceler do Chile, Alberto van Klaveren.
                Os ministros avaliaram o andamento do corredor bioceânico.
                Vieira salientou a importância da integração regional.
                Van Klaveren congratulou-se com a realização da cúpula.
                Os dois ministros manifestaram interesse em ampliar a cooperação em energia.
                Ambos reafirmaram o propósito de aprofundar a relação bilateral.
                """);
        assertEquals(List.of("BRA", "CHL"), countries(typed(d, "Os ministros avaliaram", "CONSULT")), "'os ministros' are both, 'avaliar^' a review");
        assertEquals(List.of("BRA"), countries(in(d, "Vieira salientou").get(0)));
        assertEquals(List.of("CHL"), countries(typed(d, "Van Klaveren congratulou-se", "SUPPORT")));
        assertEquals(List.of("BRA", "CHL"), countries(typed(d, "Os dois ministros manifestaram", "AGREE")), "an interest in cooperating: intent");
        assertEquals(List.of("BRA", "CHL"), countries(typed(d, "Ambos reafirmaram", "AGREE")), "reaffirmed the purpose");
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
    void theHeadOfDiplomacyIsTheForeignMinister() {
        ProcessedDocument d = Readouts.process("pt2.txt", """
                O chanceler do Peru, Javier González-Olaechea, conversou em 6 de abril de 2024 com o chanceler do Chile, Alberto van Klaveren.
                O chefe da diplomacia chilena agradeceu ao Peru o apoio na cúpula regional.
                """);
        assertEquals(List.of("CHL"), countries(typed(d, "O chefe da diplomacia chilena", "SUPPORT")), "'chefe da diplomacia' and the adjective after it");
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
    void whatASideSaysSomeoneMustDoIsARequestInEachLanguage() {
        ProcessedDocument ru = Readouts.process("ru-must.txt", """
                Президент России Владимир Путин провел телефонный разговор с Президентом Казахстана Касым-Жомартом Токаевым 15 марта 2024 года.
                Владимир Путин подчеркнул, что стороны должны сохранить транзит зерна.
                """);
        assertEquals(List.of("RUS"), countries(typed(ru, "Владимир Путин подчеркнул", "REQUEST")), "'должны' (must) between Cyrillic letters");
        ProcessedDocument zh = Readouts.process("zh-must.txt", """
                2024年11月15日,国家主席习近平在利马同日本首相石破茂会晤。
                习近平强调,双方应当妥善处理分歧。
                """);
        assertEquals(List.of("CHN"), countries(typed(zh, "习近平强调", "REQUEST")), "'应当' (should) inside a run of Han characters");
        ProcessedDocument es = Readouts.process("es-must.txt", """
                El presidente Gabriel Boric conversó telefónicamente el 7 de agosto de 2025 con su homólogo de Brasil, Luiz Inácio Lula da Silva.
                Boric subrayó que la integración regional debe avanzar.
                """);
        assertEquals(List.of("CHL"), countries(typed(es, "Boric subrayó", "REQUEST")), "'debe' (must)");
    }

    @Test
    void arabicWithTheVerbBeforeItsSubject() {
        ProcessedDocument d = Readouts.process("ar.txt", """
                بحث الرئيس الروسي فلاديمير بوتين، يوم 18 أبريل 2022، في محادثة هاتفية مع نظيره الجزائري قضايا الساعة.
                رحب الرئيس فلاديمير بوتين بتطور العلاقات الثنائية.
                اتفق الرئيسان على مواصلة الاتصالات.
                وناقش الرئيسان الوضع في المنطقة.
                """);
        assertEquals(List.of("RUS"), countries(typed(d, "رحب الرئيس", "SUPPORT")), "the subject after the verb");
        assertEquals(List.of("DZA", "RUS"), countries(typed(d, "اتفق الرئيسان", "AGREE")), "the two presidents");
        assertEquals(List.of("DZA", "RUS"), countries(typed(d, "وناقش الرئيسان", "CONSULT")), "'و' (and) joined to the verb");
    }

    @Test
    void arabicVerbsWithTheirCliticsAndWithOrWithoutHamza() {
        ProcessedDocument d = Readouts.process("ar-clitics.txt", """
                بحث الرئيس الروسي فلاديمير بوتين، يوم 18 أبريل 2022، في محادثة هاتفية مع نظيره الجزائري قضايا الساعة.
                وأشاد الرئيس فلاديمير بوتين بدور الجزائر في المنطقة.
                واعرب الرئيس فلاديمير بوتين عن تقديره لجهود الجزائر.
                وتباحث الرئيسان في قضايا الطاقة.
                """);
        assertEquals(List.of("RUS"), countries(typed(d, "وأشاد الرئيس", "SUPPORT")), "'و' (and) before the verb, clitics.tsv");
        assertEquals(List.of("RUS"), countries(typed(d, "واعرب الرئيس", "SUPPORT")),
                "written without hamza; the subject right after the verb, inside the act that runs to 'تقديره', not Algeria after it");
        assertEquals(List.of("DZA", "RUS"), countries(typed(d, "وتباحث الرئيسان", "CONSULT")));
    }

    @Test
    void urduAndHindiSubjectsMarkedByTheirParticleBeforeTheVerbAtTheEnd() {
        ProcessedDocument ur = Readouts.process("ur.txt", """
                نئی دہلی، 12 مئی 2024، وزیراعظم جناب نریندر مودی نے آج نیپال کے وزیراعظم پشپ کمل دہل کے ساتھ ٹیلی فون پر بات چیت کی۔
                دونوں رہنماؤں نے تجارت اور توانائی کے شعبوں میں تعاون پر تبادلہ خیال کیا۔
                """);
        assertEquals(List.of("IND"), countries(typed(ur, "نئی دہلی", "CONSULT")), "'نے' marks Modi, though Dahal is named nearer the verb");
        assertEquals(List.of("IND", "NPL"), countries(typed(ur, "دونوں رہنماؤں", "CONSULT")), "the two leaders");
        ProcessedDocument hi = Readouts.process("hi.txt", """
                नई दिल्ली, 12 मई 2024: प्रधानमंत्री नरेंद्र मोदी ने आज नेपाल के प्रधानमंत्री पुष्प कमल दहल के साथ टेलीफोन पर बातचीत की।
                प्रधानमंत्री मोदी ने नेपाल के लोगों को बधाई दी।
                """);
        StatementReport greeting = typed(hi, "प्रधानमंत्री मोदी ने", "SUPPORT");
        assertEquals(List.of("IND"), countries(greeting), "'ने' after Modi; 'नेपाल' only begins with it");
        assertEquals("NPL", greeting.target());
    }

    @Test
    void praiseAndIntentInTheWordsOfOtherLanguages() {
        ProcessedDocument es = Readouts.process("es.txt", """
                Madrid, 5 de mayo de 2024
                El presidente del Gobierno, Pedro Sánchez, se reunió con el presidente francés, Emmanuel Macron, en Madrid.
                Sánchez subrayó que Francia es un socio clave para España.
                """);
        assertEquals(List.of("ESP"), countries(typed(es, "Sánchez subrayó", "SUPPORT")), "praise-word 'socio clave'");
        ProcessedDocument de = Readouts.process("de.txt", """
                Berlin, 5. Mai 2024
                Bundeskanzler Olaf Scholz traf in Berlin den französischen Präsidenten Emmanuel Macron.
                Scholz betonte, Frankreich sei ein wichtiger Partner Deutschlands.
                """);
        assertEquals(List.of("DEU"), countries(typed(de, "Scholz betonte", "SUPPORT")), "praise-word 'wichtiger Partner'");
    }

    @Test
    void chineseSidesNamedByTheFirstCharacterOfTheirCountry() {
        ProcessedDocument d = Readouts.process("zh.txt", """
                2024年11月15日,国家主席习近平在利马同日本首相石破茂会晤。
                习近平表示,中方愿同日方一道,推动两国关系稳定发展。
                中方支持日方办好世博会。
                习近平指出,日本是中国的好伙伴。
                中方愿意同日方密切沟通,欢迎日方企业来华投资。
                双方同意保持高层交往。
                中方将把日本纳入免签国家范围,希望日方提供更多便利。
                石破茂表示,西方和全球南方的合作很重要,日方希望双方加强人文交流。
                """);
        StatementReport intent = typed(d, "习近平表示", "AGREE");
        assertEquals(List.of("CHN"), countries(intent), "'中方' is China's side; '同日方': Japan's side is whom it works with");
        assertEquals("JPN", intent.target());
        assertEquals(List.of("CHN"), countries(typed(d, "中方支持", "SUPPORT")), "a sentence of thirteen characters is read");
        assertEquals(List.of("CHN"), countries(typed(d, "习近平指出", "SUPPORT")), "praise-word '好伙伴' inside a run of Han characters");
        assertEquals(List.of("CHN"), countries(typed(d, "中方愿意同日方", "SUPPORT")), "Japan's side after '同' is an object, not who welcomes");
        assertEquals(List.of("CHN", "JPN"), countries(typed(d, "双方同意", "AGREE")));
        assertEquals(List.of("CHN"), countries(typed(d, "中方将把日本", "REQUEST")), "Japan after '把' is an object, not who hopes");
        StatementReport hope = typed(d, "石破茂表示", "REQUEST");
        assertEquals(List.of("JPN"), countries(hope), "'西方' (the West) is nobody's side; '日方' is Japan's");
    }

    @Test
    void japaneseSpeakersMarkedByTheirParticle() {
        ProcessedDocument d = Readouts.process("ja.txt", """
                2023年11月16日、岸田総理大臣は、習近平国家主席と会談を行いました。
                冒頭、岸田総理大臣から、習近平国家主席の訪問を歓迎する旨述べました。
                両首脳は、意思疎通を強化していくことで一致しました。
                """);
        StatementReport welcome = typed(d, "冒頭、岸田総理大臣から", "SUPPORT");
        assertEquals(List.of("JPN"), countries(welcome), "'から' marks who speaks, though Xi is named nearer the verb");
        assertEquals(List.of("CHN", "JPN"), countries(typed(d, "両首脳は", "AGREE")));
    }

    @Test
    void koreanSpeakersAndActs() {
        ProcessedDocument d = Readouts.process("ko.txt", """
                윤석열 대통령은 2023년 3월 16일 도쿄에서 기시다 총리와 정상회담을 가졌다.
                양 정상은 안보 협력을 강화하기로 합의했다.
                두 정상은 인적 교류도 활성화해 나가기로 했다.
                """);
        assertEquals(List.of("JPN", "KOR"), countries(typed(d, "양 정상은", "AGREE")), "'합의' inside '합의했다'");
        assertEquals(List.of("JPN", "KOR"), countries(typed(d, "두 정상은", "AGREE")), "'나가기로 했다': decided to go on");
    }
}
