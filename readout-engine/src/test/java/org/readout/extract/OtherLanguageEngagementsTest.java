package org.readout.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.readout.extract.Docs.countries;
import static org.readout.extract.Docs.extract;
import static org.readout.extract.Docs.only;
import static org.readout.extract.Docs.side;
import static org.readout.extract.Docs.value;

/** Encounters told in Spanish, Catalan, Portuguese, Italian, French, German, Turkish, Dutch, Polish, Romanian, Indonesian, Japanese, Chinese, Korean, Russian, Kazakh, Greek, Arabic and Hindi: engagement words and country names of those languages. */
class OtherLanguageEngagementsTest {

    /** The one report of {@code text}, on a page of {@code published}, between {@code sides} (sorted). */
    private static EngagementReport between(List<String> sides, String id, String published, String text, String why) {
        EngagementReport r = only(extract(id, published, text));
        assertEquals(sides, countries(r), why);
        return r;
    }

    /** The one encounter of the text, between these sides, in this format. */
    private static EngagementReport between(List<String> sides, String format, String id, String published, String text, String why) {
        EngagementReport r = between(sides, id, published, text, why);
        assertEquals(format, value(r.format()), why);
        return r;
    }

    @Test
    void germanSlovakAndSwedishWordsForCallsAndMeetings() {
        between(List.of("CZE", "SVK"), "phone", "de", "2025-01-08", "Während ihres Telefongesprächs am Dienstag sprachen der slowakische "
                + "Außenminister Juraj Blanár und der tschechische Außenminister Jan Lipavský über die Zusammenarbeit.", "a German noun's genitive");
        between(List.of("CZE", "SVK"), "in_person", "sk", "2025-02-18", "Minister Juraj Blanár sa stretol v Prahe s ministrom Janom Lipavským.",
                "'sa' before the verb, a Slovak instrumental");
        between(List.of("CZE", "SVK"), "in_person", "sk-om", "2025-02-18", "Minister Jan Lipavský chce so slovenským partnerom Jurajom Blanárom "
                + "rokovať počas jeho návštevy v Prahe.", "'návštev*', the Slovak instrumental '-om'");
        between(List.of("AUT", "FIN"), "in_person", "sv", "2024-02-08", "Utrikesminister Elina Valtonen träffar Österrikes utrikesminister "
                + "Alexander Schallenberg i Wien.", "Swedish present tense");
    }

    @Test
    void aMeetingWithWordsBetweenTheVerbAndTheNoun() {
        EngagementReport r = only(extract("es", "2026-02-05", "El canciller de Bolivia, Fernando Aramayo, sostuvo este miércoles una "
                + "reunión oficial con el secretario de Estado de Estados Unidos, Marco Rubio, en Washington."));
        assertEquals(List.of("BOL", "USA"), countries(r));
        assertEquals("in_person", value(r.format()));
        EngagementReport it = only(extract("it", "2025-09-23", "Il Presidente Giorgia Meloni ha avuto un incontro con il Presidente del Paraguay, Santiago Peña."));
        assertEquals(List.of("ITA", "PRY"), countries(it));
    }

    @Test
    void aPlaceNamedInsideTheWordsOfAMeeting() {
        EngagementReport r = only(extract("es-place", "2024-05-06", "El presidente del Gobierno, Pedro Sánchez, se reunió en Madrid con "
                + "el presidente francés, Emmanuel Macron."));
        assertEquals(List.of("ESP", "FRA"), countries(r));
        assertEquals("Madrid", value(r.location()).place());
        EngagementReport fr = only(extract("fr-place", "2024-05-06", "Le président Emmanuel Macron s'est entretenu à Paris avec "
                + "le chef du gouvernement espagnol Pedro Sánchez."));
        assertEquals(List.of("ESP", "FRA"), countries(fr));
    }

    @Test
    void aCatalanMeetingAndItsHeadOfGovernment() {
        EngagementReport r = only(extract("ca", "2023-07-06", "El president del Govern, Pedro Sánchez, s’ha reunit amb el president "
                + "de França, Emmanuel Macron, el 5 de juliol de 2023."));
        assertEquals(List.of("ESP", "FRA"), countries(r));
        assertEquals("in_person", value(r.format()));
        assertEquals(java.time.LocalDate.of(2023, 7, 5), value(r.date()));
        assertEquals("head of government", r.participants().stream().filter(p -> "ESP".equals(p.country())).findFirst().orElseThrow().role(),
                "'president del Govern' is Spain's head of government, not a head of state");
        EngagementReport call = only(extract("ca2", "2023-07-06", "El president del Govern, Pedro Sánchez, ha mantingut una conversa "
                + "telefònica amb el president de França, Emmanuel Macron."));
        assertEquals("phone", value(call.format()));
    }

    @Test
    void aRussianMeetingToComeAndABilateralDiscussion() {
        EngagementReport r = only(extract("ru", "2017-11-10", "Президент России Владимир Путин встретится с президентом Армении "
                + "Сержем Саргсяном 15 ноября в Москве."));
        assertEquals(List.of("ARM", "RUS"), countries(r));
        assertEquals("planned", value(r.status()));
        EngagementReport d = only(extract("ru2", "2023-05-05", "Президент Казахстана Касым-Жомарт Токаев провел сегодня двустороннюю "
                + "дискуссию с президентом Украины Владимиром Зеленским."));
        assertEquals(List.of("KAZ", "UKR"), countries(d));
    }

    @Test
    void theNamesRussianNewsGivesCountriesBesideTheirOfficialOnes() {
        // "Молдовы" (of Moldova), not only "Молдавии": the office names its holder
        EngagementReport r = only(extract("ru3", "2025-05-22", "Президент Молдовы провела переговоры с президентом Украины "
                + "Владимиром Зеленским в Кишиневе."));
        assertEquals(List.of("MDA", "UKR"), countries(r));
    }

    @Test
    void twoWhoCameTogetherInGerman() {
        EngagementReport r = only(extract("de", "2023-07-11", "Am Vorabend des Gipfels ist der türkische Präsident Recep Tayyip Erdogan "
                + "mit dem schwedischen Ministerpräsidenten Ulf Kristersson in Vilnius zusammengetroffen."));
        assertEquals(List.of("SWE", "TUR"), countries(r));
        assertEquals("in_person", value(r.format()));
    }

    @Test
    void callingWelcomingAndTalksBetweenTwoSides() {
        EngagementReport called = only(extract("fr", "2019-12-20", "Emmanuel Macron a appelé le nouveau président algérien, "
                + "Abdelmadjid Tebboune, pour le féliciter."));
        assertEquals(List.of("DZA", "FRA"), countries(called));
        assertEquals("phone", value(called.format()));
        assertTrue(extract("fr2", "2019-12-20", "Emmanuel Macron a appelé à la retenue.").engagements().isEmpty(),
                "'a appelé à': calling for, with no one called");
        EngagementReport onThePhone = only(extract("fr3", "2020-12-19", "Ce samedi 19 décembre, le président Abdelmadjid Tebboune s'est "
                + "entretenu au téléphone avec son homologue français Emmanuel Macron."));
        assertEquals("phone", value(onThePhone.format()));
        assertEquals(java.time.LocalDate.of(2020, 12, 19), value(onThePhone.date()));
        EngagementReport welcomed = only(extract("es", "2018-07-06", "El primer ministro de Jamaica, Andrew Holness, dio la bienvenida "
                + "al presidente de Cuba, Miguel Díaz-Canel, en Montego Bay."));
        assertEquals(List.of("CUB", "JAM"), countries(welcomed));
        EngagementReport between = only(extract("de", "2023-03-18", "Das Gespräch zwischen Bundeskanzler Olaf Scholz und dem "
                + "japanischen Ministerpräsidenten Fumio Kishida fand in Tokio statt."));
        assertEquals(List.of("DEU", "JPN"), countries(between));
    }

    @Test
    void germanCountryAdjectivesWithTheirEndingsAndASummitMeeting() {
        // "saudischen": the adjective "saudisch" with its ending names the counterpart's country
        EngagementReport counterpart = only(extract("de3", "2025-03-10",
                "Außenminister Marco Rubio führte am Sonntag ein Gespräch mit seinem saudischen Amtskollegen."));
        assertEquals(List.of("SAU", "USA"), countries(counterpart));
        EngagementReport summit = only(extract("de4", null, "Am 18. März 2023 fand in Tokyo ein japanisch-deutsches Gipfeltreffen "
                + "zwischen Premierminister KISHIDA Fumio und Bundeskanzler Olaf SCHOLZ statt."));
        assertEquals(List.of("DEU", "JPN"), countries(summit));
        assertEquals(java.time.LocalDate.of(2023, 3, 18), value(summit.date()));
    }

    @Test
    void germanTitlesInTheirCasesAndTheVerbsThatTakeAGuest() {
        // "den japanischen Ministerpräsidenten": the declined title brings the guest near enough to "empfing"
        EngagementReport received = only(extract("de", null,
                "Bundeskanzler Olaf Scholz empfing den japanischen Ministerpräsidenten Fumio Kishida im Bundeskanzleramt."));
        assertEquals(List.of("DEU", "JPN"), countries(received));
        EngagementReport meets = only(extract("de2", "2024-07-12",
                "Bundeskanzler Olaf Scholz trifft am Freitag den japanischen Ministerpräsidenten Fumio Kishida zu politischen Gesprächen in Berlin."));
        assertEquals(List.of("DEU", "JPN"), countries(meets));
        assertEquals(java.time.LocalDate.of(2024, 7, 12), value(meets.date()));
    }

    @Test
    void aCountryNamedInTheLanguageOfThePageSettlesWhoseOfficeHolderANameIs() {
        // "Pedro Sánchez" is Spain's head of government and, from 2025, Colombia's defence minister: "España" says which
        EngagementReport r = only(extract("es", null,
                "El Presidente Carlos Alvarado recibió al Presidente del Gobierno de España, Pedro Sánchez, en San José."));
        assertEquals(List.of("CRI", "ESP"), countries(r));
    }

    @Test
    void aTurkishVideoConferenceAndAMeetingWithTheNameSuffixed() {
        EngagementReport video = only(extract("tr-video", "2020-10-05", "Cumhurbaşkanı Recep Tayyip Erdoğan, Almanya Başbakanı Angela Merkel ile bir "
                + "video konferans görüşmesi gerçekleştirdi."));
        assertEquals(List.of("DEU", "TUR"), countries(video));
        assertEquals("video", value(video.format()));
        EngagementReport met = only(extract("tr-met", "2020-10-05", "Cumhurbaşkanı Erdoğan, Başbakan Merkel'le görüştü."));
        assertEquals(List.of("DEU", "TUR"), countries(met), "'Merkel'le görüştü': talked with Merkel");
    }

    @Test
    void aTurkishVisit() {
        EngagementReport visit = between(List.of("RUS", "TUR"), "tr-visit", "2021-09-29", "Cumhurbaşkanı Recep Tayyip Erdoğan, Rusya Devlet Başkanı Vladimir "
                + "Putin'in daveti üzerine çalışma ziyareti kapsamında Rusya'ya geldi.", "'ziyareti kapsamında': within a visit");
        assertEquals("visit", visit.kind());
        between(List.of("AZE", "TUR"), "tr-visit2", "2021-09-29", "Cumhurbaşkanı Erdoğan, Azerbaycan'ı ziyaret etti ve "
                + "Azerbaycan Cumhurbaşkanı İlham Aliyev ile görüştü.", "'ziyaret etti': visited");
    }

    @Test
    void aGuestReceivedWithACeremonyInTurkishAndVisitsInIndonesianAndPolish() {
        EngagementReport received = between(List.of("SOM", "TUR"), "in_person", "tr-ceremony", "2025-12-30", "Cumhurbaşkanı Recep Tayyip Erdoğan, "
                + "Somali Cumhurbaşkanı Hasan Şeyh Mahmud'u Dolmabahçe'de resmi törenle karşıladı.", "'resmi törenle karşıladı': welcomed with a ceremony");
        assertEquals(2, received.participants().size(), "'Hasan' alone is no one's family name");
        between(List.of("IDN", "MYS"), "in_person", "id-visit", "2024-02-05", "Presiden Joko Widodo melakukan kunjungan kenegaraan ke Malaysia "
                + "dan bertemu dengan Perdana Menteri Anwar Ibrahim di Putrajaya.", "'bertemu dengan': met with");
        between(List.of("LTU", "POL"), "in_person", "pl-visit", "2025-09-08", "Prezydent Karol Nawrocki złożył wizytę w Wilnie, gdzie będzie "
                + "rozmawiał z prezydentem Litwy Gitanasem Nausėdą.", "'będzie rozmawiał z': will talk with");
    }

    @Test
    void aTurkishCallAndTalksWithTheirTitlesCountriesAndMonths() {
        EngagementReport call = only(extract("tr", "2024-09-02", "Cumhurbaşkanı Recep Tayyip Erdoğan, Azerbaycan Cumhurbaşkanı "
                + "İlham Aliyev ile telefonda görüştü."));
        assertEquals(List.of("AZE", "TUR"), countries(call));
        assertEquals("phone", value(call.format()));
        EngagementReport talks = only(extract("tr2", null, "10 Mayıs 2024 tarihinde Azerbaycan Dışişleri Bakanı Jeyhun Bayramov ile "
                + "Ermenistan Dışişleri Bakanı Ararat Mirzoyan arasında görüşmeler gerçekleştirildi."));
        assertEquals(List.of("ARM", "AZE"), countries(talks));
        assertEquals(java.time.LocalDate.of(2024, 5, 10), value(talks.date()));
    }

    @Test
    void aDutchCallToldWithTheVerbAtTheEnd() {
        EngagementReport r = only(extract("nl", "2025-08-23", "Premier Dick Schoof heeft zaterdag met president Volodymyr Zelensky "
                + "van Oekraïne gebeld."));
        assertEquals(List.of("NLD", "UKR"), countries(r));
        assertEquals("phone", value(r.format()));
    }

    @Test
    void theWordThatSaysWhichWeekdayDoesNotBreakTheEngagementPhrase() {
        EngagementReport r = only(extract("este", "2025-11-18", "El canciller Mario Lubetkin se reunió este martes con su par, Pablo Quirno."));
        assertEquals(List.of("ARG", "URY"), countries(r));
        assertEquals(java.time.LocalDate.of(2025, 11, 18), value(r.date()));
    }

    @Test
    void aWeekdayAfterItsPrepositionInsideAPolishPhrase() {
        EngagementReport r = only(extract("pl-w", "2025-01-24", "Minister Radosław Sikorski rozmawiał w czwartek z sekretarzem stanu Marco Rubio."));
        assertEquals(List.of("POL", "USA"), countries(r));
        assertEquals(java.time.LocalDate.of(2025, 1, 23), value(r.date()));
    }

    @Test
    void baltikAndSouthSlavicWordsOfMeetingWithTheNamesInTheirCases() {
        EngagementReport lt = only(extract("lt", null, "Vilniuje ministras Gabrielius Landsbergis susitiko su valstybės sekretoriumi Antony Blinkenu."));
        assertEquals(List.of("LTU", "USA"), countries(lt));
        assertEquals("in_person", value(lt.format()));
        EngagementReport sl = only(extract("sl", null, "Premier Robert Golob je po srečanju s premierjem Andrejem Plenkovićem dejal, da je sodelovanje dobro."));
        assertEquals(List.of("HRV", "SVN"), countries(sl));
    }

    @Test
    void aDateInsideTheEngagementPhraseDoesNotBreakIt() {
        EngagementReport es = only(extract("es-date", null, "El presidente Gustavo Petro se reunió el 13 de octubre de 2024 con el "
                + "presidente Luiz Inácio Lula da Silva."));
        assertEquals(List.of("BRA", "COL"), countries(es));
        assertEquals(java.time.LocalDate.of(2024, 10, 13), value(es.date()));
        EngagementReport fr = only(extract("fr-date", null, "Le président Emmanuel Macron s'est entretenu vendredi 29 mars 2024 avec "
                + "le président Bassirou Diomaye Faye."));
        assertEquals(List.of("FRA", "SEN"), countries(fr));
        EngagementReport pt = only(extract("pt-date", null, "O presidente Lula se reuniu em 5 de maio de 2023 com o presidente Gustavo Petro."));
        assertEquals(java.time.LocalDate.of(2023, 5, 5), value(pt.date()));
    }

    @Test
    void indonesianMeetingsAndCallsWithTheirTitles() {
        EngagementReport met = only(extract("id", "2023-06-06", "Menteri Luar Negeri Retno Marsudi bertemu dengan Menteri Luar Negeri "
                + "Australia Penny Wong di Jakarta."));
        assertEquals(List.of("AUS", "IDN"), countries(met));
        assertEquals("in_person", value(met.format()));
        EngagementReport call = only(extract("id2", "2023-06-06", "Menlu Retno Marsudi melakukan pembicaraan telepon dengan Menlu "
                + "Australia Penny Wong."));
        assertEquals("phone", value(call.format()));
    }

    @Test
    void aCallReceivedFromAnOfficeNamedInTheLanguageOfThePage() {
        EngagementReport es = only(extract("es", "2025-06-03", "El canciller chileno Alberto van Klaveren recibió una llamada del "
                + "secretario de Estado de Estados Unidos, Marco Rubio."));
        assertEquals(List.of("CHL", "USA"), countries(es));
        assertEquals("phone", value(es.format()));
        EngagementReport fr = only(extract("fr", "2022-04-18", "Le Président Abdelmadjid Tebboune a reçu une communication téléphonique "
                + "de son homologue russe, Vladimir Poutine."));
        assertEquals(List.of("DZA", "RUS"), countries(fr));
        assertEquals("phone", value(fr.format()));
    }

    @Test
    void japaneseAndChineseReadoutsWrittenWithoutSpaces() {
        EngagementReport ja = only(extract("ja", null, "令和5年3月3日\n3月3日、林芳正外務大臣は、オーストラリアのウォン外務大臣と電話会談を行いました。"));
        assertEquals(List.of("AUS", "JPN"), countries(ja));
        assertEquals("phone", value(ja.format()));
        assertEquals(java.time.LocalDate.of(2023, 3, 3), value(ja.date()));
        assertEquals("held", value(ja.status()));
        EngagementReport zh = only(extract("zh", null, "2021年12月16日,王毅同澳大利亚外长通电话。"));
        assertEquals(List.of("AUS", "CHN"), countries(zh));
        assertEquals("phone", value(zh.format()));
        EngagementReport planned = only(extract("ja2", "2024-05-10", "岸田文雄首相は5月20日、サウジアラビアの首相と会談する予定です。"));
        assertEquals("planned", value(planned.status()));
        assertEquals(List.of("JPN", "SAU"), countries(planned));
    }

    @Test
    void aFamilyNameAloneBeforeItsTitleInJapanese() {
        // no day anywhere: "石破" is the only head of government of that name, which the title after it says he is
        EngagementReport r = only(extract("ja3", null, "石破首相は、韓国の李在明大統領と電話で会談し、両国関係について意見を交換した。"));
        assertEquals(List.of("JPN", "KOR"), countries(r));
        assertEquals("phone", value(r.format()));
        assertEquals("Shigeru Ishiba", side(r, "JPN").name());
        EngagementReport foreign = only(extract("ja4", "2023-05-10", "岸田首相は、バイデン大統領と会談した。"));
        assertEquals(List.of("JPN", "USA"), countries(foreign), "a foreign leader's family name in katakana");
        EngagementReport korean = only(extract("ko2", "2025-06-09", "이재명 대통령은 이시바 총리와 전화 통화를 했다."));
        assertEquals(List.of("JPN", "KOR"), countries(korean), "'이시바 총리': the family name in Hangul, its title after a blank");
    }

    @Test
    void leadersOfOtherContinentsNamedInHangulKanaAndHan() {
        between(List.of("BRA", "CHN"), "phone", "ko-lula", "2024-05-10", "룰라 대통령은 시진핑 주석과 전화 통화를 했다.",
                "'룰라': Lula as the Korean press writes him");
        between(List.of("CHN", "PHL"), "in_person", "zh-marcos", "2023-01-04", "國家主席習近平在北京與菲律賓總統馬可仕舉行會談。",
                "'馬可仕': Marcos as the Taiwan press writes him");
    }

    @Test
    void aCountryNamedAsTheTaiwanPressNamesIt() {
        between(List.of("CHN", "VUT"), "in_person", "zh-hant-vut", "2024-07-12", "7月12日下午，國家主席習近平在北京人民大會堂會見來華進行正式訪問的萬那杜總理。",
                "'萬那杜總理': Vanuatu's prime minister, in office that day");
    }

    @Test
    void aFamilyNameAloneInCyrillicTakenFromTheFullNameInCyrillic() {
        EngagementReport call = only(extract("ru3", "2026-02-16", "В понедельник Путин и Токаев провели телефонный разговор."));
        assertEquals(List.of("KAZ", "RUS"), countries(call), "'Владимир Путин' in people.tsv makes 'Путин' alone his family name");
        assertEquals("phone", value(call.format()));
        EngagementReport visit = only(extract("ru4", "2026-02-16", "Владимир Путин совершит государственный визит в Казахстан по приглашению Касым-Жомарта Токаева."));
        assertEquals("planned", value(visit.status()), "'совершит': will make");
    }

    @Test
    void aGreekCallWithItsWeekdayAndFamilyNamesKnownByTheirSounds() {
        EngagementReport call = only(extract("el", "2024-05-08", "Τηλεφωνική επικοινωνία είχαν τη Δευτέρα ο Πρωθυπουργός Κυριάκος Μητσοτάκης "
                + "και ο Πρόεδρος Νίκος Χριστοδουλίδης."));
        assertEquals(List.of("CYP", "GRC"), countries(call));
        assertEquals("phone", value(call.format()));
        assertEquals(java.time.LocalDate.of(2024, 5, 6), value(call.date()), "the Monday before the day of writing");
    }

    @Test
    void russianReadoutsWithTheirWordsInflected() {
        EngagementReport call = only(extract("ru", null, "Президент России Владимир Путин провел телефонный разговор с Президентом "
                + "Казахстана Касым-Жомартом Токаевым 15 марта 2024 года."));
        assertEquals(List.of("KAZ", "RUS"), countries(call));
        assertEquals("phone", value(call.format()));
        assertEquals(java.time.LocalDate.of(2024, 3, 15), value(call.date()));
        EngagementReport office = only(extract("ru2", null, "15 марта 2024 года Шавкат Мирзиёев созвонился с премьер-министром Японии."));
        assertEquals(List.of("JPN", "UZB"), countries(office), "the title's country follows it in the genitive");
        EngagementReport three = only(extract("ru3", null, "15 марта 2024 года главы МИД Азербайджана, Грузии и Турции провели встречу в Баку."));
        assertEquals(List.of("AZE", "GEO", "TUR"), countries(three));
    }

    @Test
    void anArabicCallWithTheCounterpartsCountryAfterIt() {
        EngagementReport call = only(extract("ar", null, "بحث الرئيس الروسي فلاديمير بوتين، يوم 18 أبريل 2022، في محادثة هاتفية مع نظيره الجزائري قضايا الساعة."));
        assertEquals(List.of("DZA", "RUS"), countries(call));
        assertEquals("phone", value(call.format()));
        assertEquals(java.time.LocalDate.of(2022, 4, 18), value(call.date()));
        EngagementReport spoke = only(extract("ar2", null, "تحدث وزير الخارجية أنتوني بلينكن يوم ٢ مايو ٢٠٢٣ مع وزير الخارجية المصري سامح شكري."));
        assertEquals(List.of("EGY", "USA"), countries(spoke), "'تحدث مع': spoke with");
        assertEquals("phone", value(spoke.format()));
        assertEquals(java.time.LocalDate.of(2023, 5, 2), value(spoke.date()), "a date in Arabic-Indic digits");
    }

    @Test
    void aSpanishAdjectiveAfterTheOfficeItQualifies() {
        EngagementReport r = only(extract("es-adj", "2023-06-06", "El canciller Alberto van Klaveren se reunió con su homólogo peruano en Lima."));
        assertEquals(List.of("CHL", "PER"), countries(r));
        EngagementReport pt = only(extract("pt-adj", "2023-06-06", "O presidente Lula recebeu o primeiro-ministro japonês em Brasília."));
        assertEquals(List.of("BRA", "JPN"), countries(pt));
    }

    @Test
    void aHindiCallWithItsNamesAndCountries() {
        EngagementReport r = only(extract("hi", "2024-07-05", "प्रधानमंत्री श्री नरेन्द्र मोदी ने आज रूसी संघ के राष्ट्रपति व्लादिमीर पुतिन से "
                + "टेलीफोन पर बातचीत की।"));
        assertEquals(List.of("IND", "RUS"), countries(r));
        assertEquals("phone", value(r.format()));
    }

    @Test
    void aPortugueseMeetingWithItsDaySetApartByCommas() {
        EngagementReport r = only(extract("pt-day", null, "No cumprimento da sua agenda em Joanesburgo, o Ministro das Relações Exteriores de Angola "
                + "reuniu-se, nesta sexta-feira, 21 de Fevereiro, com o seu homólogo do Japão, Takeshi Iwaya."));
        assertEquals(List.of("AGO", "JPN"), countries(r), "'de Angola' is the office's country; 'No' opens the sentence, no one's name");
        assertEquals(java.time.DayOfWeek.FRIDAY, r.clue().weekday(), "the weekday goes with the day and month it names");
        assertEquals(Integer.valueOf(21), r.clue().day());
        EngagementReport dated = only(extract("pt-day2", "2025-02-21", "No cumprimento da sua agenda em Joanesburgo, o ministro Takeshi Iwaya "
                + "reuniu-se com o seu homólogo de Angola."));
        assertEquals(List.of("AGO", "JPN"), countries(dated), "a family name of two letters alone ('No') is no one in office that day");
    }

    @Test
    void thePlainNounOfAMeetingAndTheVerbsOfTwoWhoMet() {
        EngagementReport noun = only(extract("pt4", "2021-02-26", "O presidente Joe Biden terá uma reunião virtual junto ao presidente "
                + "mexicano, Andrés Manuel López Obrador, na segunda-feira."));
        assertEquals(List.of("MEX", "USA"), countries(noun));
        EngagementReport met = only(extract("fr4", "2023-06-07", "Emmanuel Macron et Olaf Scholz se sont rencontrés à Paris."));
        assertEquals(List.of("DEU", "FRA"), countries(met));
        assertEquals("in_person", value(met.format()));
    }

    @Test
    void presentAndPassiveFormsOfMeetingAndReceiving() {
        assertEquals(List.of("BRA", "CHN"), countries(only(extract("pt1", "2023-04-14", "O presidente Lula foi recebido pelo presidente Xi Jinping em Pequim."))));
        assertEquals(List.of("BRA", "CHN"), countries(only(extract("pt2", "2023-04-14", "Xi Jinping recebe Lula em Pequim."))));
        assertEquals(List.of("BRA", "CHN"), countries(only(extract("pt3", "2023-04-14", "Lula se reúne com o presidente Xi Jinping nesta sexta-feira."))));
        assertEquals(List.of("ESP", "MAR"), countries(only(extract("fr1", "2025-10-23", "Bourita s'entretient avec José Manuel Albares à Paris."))));
    }

    @Test
    void aDeputyPrimeMinisterWhoIsAlsoForeignMinisterIsTheForeignMinister() {
        EngagementReport zh = between(List.of("CHN", "NZL"), "zh-dpm", "2023-12-20", "外交部长王毅12月19日应约同新西兰副总理兼外长通电话。", "a call");
        assertEquals("foreign minister", side(zh, "NZL").role(), "'副总理兼外长', not the premier inside '副总理'");
        EngagementReport ko = between(List.of("KOR", "VNM"), "ko-dpm", "2025-08-07", "조현 외교부 장관은 2025년 8월 6일 베트남 부총리 겸 외교장관과 "
                + "전화 통화를 가졌다.", "a call");
        assertEquals("foreign minister", side(ko, "VNM").role());
    }

    @Test
    void aSultanAndAnIndonesianVisit() {
        between(List.of("IRN", "OMN"), "ar-sultan", "2025-04-12", "استقبل سلطان عمان هيثم بن طارق في مسقط اليوم وزير الخارجية الإيراني عباس عراقجي.",
                "the Sultan of Oman, named after his office and country");
        between(List.of("IDN", "JPN"), "in_person", "id-visit", "2023-05-06", "Presiden Joko Widodo menyambut kunjungan Perdana Menteri "
                + "Jepang Fumio Kishida di Istana Bogor pada 5 Mei 2023.", "'kunjungan', a visit");
    }

    @Test
    void whoSendsTheMessageAVisitorBringsIsNotAtTheEncounter() {
        between(List.of("IRN", "OMN"), "en-message", "2022-12-28", "Sultan Haitham bin Tariq received Iranian Foreign Minister "
                + "Hossein Amir-Abdollahian in Muscat on Wednesday, who delivered a message from President Ebrahim Raisi.", "Raisi sent the message");
        between(List.of("IRN", "OMN"), "ar-message", "2025-04-12", "استقبل سلطان عمان هيثم بن طارق في مسقط اليوم وزير الخارجية الإيراني "
                + "عباس عراقجي الذي سلمه رسالة من الرئيس مسعود بزشكيان.", "the president sent the letter");
    }

    @Test
    void aCountrysNameRightAfterTheOfficeIsItsCountry() {
        between(List.of("JPN", "VNM"), "vi-office", "2020-10-20", "Thủ tướng Nhật Bản đã hội đàm với Thủ tướng Nguyễn Xuân Phúc tại Hà Nội.",
                "'Thủ tướng Nhật Bản': the prime minister of Japan");
        between(List.of("IDN", "JPN"), "id-office", "2023-05-06", "Menteri Luar Negeri Jepang bertemu dengan Menteri Luar Negeri "
                + "Retno Marsudi di Jakarta pada 5 Mei 2023.", "'Jepang', Japan in Indonesian, after the office");
    }

    @Test
    void aKoreanCallWithItsParticles() {
        EngagementReport r = only(extract("ko", null, "박진 외교부 장관은 2022년 11월 3일 하야시 요시마사 일본 외무대신과 통화를 가졌다."));
        assertEquals(List.of("JPN", "KOR"), countries(r));
        assertEquals("phone", value(r.format()));
        assertEquals(java.time.LocalDate.of(2022, 11, 3), value(r.date()));
        EngagementReport summit = only(extract("ko3", "2024-05-26", "윤석열 대통령은 기시다 후미오 일본 총리와 약 50분간 한일 정상회담을 가졌다."));
        assertEquals(List.of("JPN", "KOR"), countries(summit), "'정상회담': summit talks, one word");
    }

    @Test
    void anItalianMeetingToComeIsPlanned() {
        for (String text : List.of("Il presidente Giorgia Meloni incontrerà il presidente del Paraguay, Santiago Peña, a Roma.",
                "Oltre al vertice, \"ci sarà anche un incontro\" tra Giorgia Meloni e Santiago Peña, ha detto il portavoce.")) {
            EngagementReport r = only(extract("it-planned", "2025-09-20", text));
            assertEquals(List.of("ITA", "PRY"), countries(r), text);
            assertEquals("planned", value(r.status()), text);
        }
    }

    @Test
    void aKoreanSummitScheduledOrToBeHeldIsPlanned() {
        for (String text : List.of("윤석열 대통령은 다음 주 서울에서 기시다 후미오 일본 총리와 정상회담을 가질 예정이다.",
                "윤석열 대통령은 다음 주 서울에서 기시다 후미오 일본 총리와 정상회담을 가집니다.")) {
            EngagementReport r = only(extract("ko-planned", "2024-05-20", text));
            assertEquals(List.of("JPN", "KOR"), countries(r));
            assertEquals("planned", value(r.status()), text);
        }
    }

    @Test
    void polishMeetingsCallsAndVisitsWithTheNamesDeclined() {
        EngagementReport met = only(extract("pl1", "2024-05-10", "Premier Donald Tusk spotkał się z prezydentem Emmanuelem Macronem w Warszawie."));
        assertEquals(List.of("FRA", "POL"), countries(met), "'z Emmanuelem Macronem': the name in the instrumental");
        EngagementReport call = only(extract("pl2", "2023-05-10", "Minister Zbigniew Rau odbył rozmowę telefoniczną z sekretarzem stanu USA Antonym Blinkenem."));
        assertEquals(List.of("POL", "USA"), countries(call));
        assertEquals("phone", value(call.format()));
        EngagementReport planned = only(extract("pl3", "2024-02-09", "Premier Donald Tusk spotka się w poniedziałek z kanclerzem Olafem Scholzem."));
        assertEquals(List.of("DEU", "POL"), countries(planned));
        assertEquals("planned", value(planned.status()), "'spotka się': will meet");
    }

    @Test
    void aRomanianMeeting() {
        EngagementReport r = only(extract("ro", "2022-06-15", "Președintele Klaus Iohannis s-a întâlnit cu președintele Emmanuel Macron la București."));
        assertEquals(List.of("FRA", "ROU"), countries(r));
    }

    @Test
    void officeHoldersAndTalksNamedInArabicAndInTraditionalChinese() {
        EngagementReport call = only(extract("ar", "2025-10-11", "أجرى وزير الخارجية بدر عبد العاطي اتصالا هاتفيا مع وزير الخارجية الأمريكي ماركو روبيو."));
        assertEquals(List.of("EGY", "USA"), countries(call));
        EngagementReport video = only(extract("zh", "2025-09-11", "美國國防部長赫格塞斯9日與中國國防部長董軍視訊通話。"));
        assertEquals(List.of("CHN", "USA"), countries(video));
        EngagementReport talks = only(extract("zh2", "2024-11-16", "中國國家主席習近平15日在利馬與日本首相石破茂會晤。"));
        assertEquals(List.of("CHN", "JPN"), countries(talks));
    }

    @Test
    void aStrategicDialogueHeldAndAGuestReceivedInChinese() {
        EngagementReport dialogue = only(extract("zh3", "2022-12-21", "本報12月21日電 20日,外長王毅同澳大利亞外長黃英賢在北京舉行戰略對話。"));
        assertEquals(List.of("AUS", "CHN"), countries(dialogue));
        assertEquals(java.time.LocalDate.of(2022, 12, 20), value(dialogue.date()), "'20日' under a dispatch of the 21st");
        EngagementReport received = only(extract("zh4", "2022-12-22", "外长王毅在北京接见到访的澳大利亚外长黄英贤。"));
        assertEquals(List.of("AUS", "CHN"), countries(received));
        assertEquals("in_person", value(received.format()));
    }

    @Test
    void theOfficesOfTwoCountriesInThePlural() {
        EngagementReport r = only(extract("es2", "2025-08-22", "Los cancilleres de Colombia y Perú se reunieron este jueves en Bogotá."));
        assertEquals(List.of("COL", "PER"), countries(r));
        assertTrue(r.participants().stream().allMatch(p -> "foreign minister".equals(p.role())));
        assertEquals(java.time.LocalDate.of(2025, 8, 21), value(r.date()));
        EngagementReport pt = only(extract("pt2", "2025-08-22", "Os presidentes do Brasil e de Angola se reuniram nesta quinta-feira em Luanda."));
        assertEquals(List.of("AGO", "BRA"), countries(pt), "the word of origin again after 'e'");
    }

    @Test
    void namesAsThePressOfOtherScriptsWritesThem() {
        EngagementReport ar = only(extract("ar2", "2024-06-06", "بحث سيرجي لافروف في اتصال هاتفي مع وانج يي يوم 5 يونيو الوضع في المنطقة."));
        assertEquals(List.of("CHN", "RUS"), countries(ar), "the Egyptian spelling of Wang Yi; June ('يونيو') is nobody's name");
        EngagementReport ru = only(extract("ru5", "2024-06-06", "Лавров и Блинкен провели телефонный разговор."));
        assertEquals(List.of("RUS", "USA"), countries(ru), "'Блинкен' alone");
        EngagementReport el = only(extract("el2", "2024-06-06", "Ο Μητσοτάκης συναντήθηκε με τον Ερντογάν στην Άγκυρα."));
        assertEquals(List.of("GRC", "TUR"), countries(el), "'Ερντογάν' alone");
    }

    @Test
    void aKazakhCallWithBothNamesBeforeTheVerbAndADayInTheLocative() {
        EngagementReport call = only(extract("kk", "2024-12-27", "Қасым-Жомарт Тоқаев Ильхам Әлиевпен 27 желтоқсанда телефон арқылы сөйлесті."));
        assertEquals(List.of("AZE", "KAZ"), countries(call), "Tokayev, then Ilham (not Heydar) Aliyev with the ending -пен");
        assertEquals("phone", value(call.format()));
        assertEquals(java.time.LocalDate.of(2024, 12, 27), value(call.date()));
        EngagementReport undated = only(extract("kk2", null, "Владимир Путин Ильхам Әлиевпен телефон арқылы сөйлесті."));
        assertEquals(List.of("AZE", "RUS"), countries(undated), "on an undated page the given name tells Ilham from Heydar Aliyev");
        assertTrue(extract("kk3", null, "Владимир Путин Әлиевпен телефон арқылы сөйлесті.").engagements().isEmpty(),
                "without it, and without a day, either Aliyev");
    }

    @Test
    void anUzbekCallAndTheCrownPrinceAndTheForeignMinisterOfOtherLanguages() {
        EngagementReport uz = between(List.of("RUS", "UZB"), "uz", "2021-07-24", "Ўзбекистон Республикаси Президенти Шавкат Мирзиёев Россия Федерацияси "
                + "Президенти Владимир Путин билан телефон орқали мулоқот қилди.", "'телефон орқали мулоқот қилди': spoke by telephone");
        assertEquals("phone", value(uz.format()));
        between(List.of("RUS", "SAU"), "fr-cp", "2024-11-13", "Le prince héritier saoudien et le président russe Vladimir Poutine "
                + "ont discuté lors d'une conversation téléphonique.", "'prince héritier' (crown prince) and its country's adjective");
        between(List.of("CHN", "SAU"), "zh-fm", "2021-07-15", "7月15日,国务委员兼外长王毅在塔什干会见沙特外交大臣。", "'沙特' (Saudi) and '外交大臣' (foreign minister)");
    }

    @Test
    void aCounterpartNamedByTheAdjectiveOfItsCountryInPolishAndRussian() {
        between(List.of("DEU", "POL"), "pl-odp", "2024-05-10", "Premier Donald Tusk rozmawiał telefonicznie z niemieckim odpowiednikiem.", "'z niemieckim odpowiednikiem': with the German counterpart");
        between(List.of("CHN", "RUS"), "ru-koll", "2024-04-09", "Министр иностранных дел России Сергей Лавров провел переговоры "
                + "с китайским коллегой в Пекине.", "'с китайским коллегой': with the Chinese colleague");
        between(List.of("POL", "UKR"), "pl-office", "2024-05-10", "Premier Donald Tusk spotkał się z ukraińskim premierem w Warszawie.", "'z ukraińskim premierem': with the Ukrainian prime minister");
    }

    @Test
    void aNameAfterTheOfficeASpokespersonSpeaksForIsTheSpokespersons() {
        EngagementReport r = only(extract("ru-peskov", "2025-09-28", "В ноябре ожидается приезд в Россию президента Казахстана "
                + "Касым-Жомарта Токаева с государственным визитом, сообщил пресс-секретарь российского президента Иван Сидоров."));
        assertTrue(r.participants().stream().noneMatch(p -> p.name().contains("Сидоров")), "the press secretary is no party: " + r.participants());
    }

    @Test
    void namesBeforeAKoreanOrJapaneseWordForAfterAreOfAnotherEncounter() {
        between(List.of("JPN", "KOR"), "ko-after", "2022-05-12", "윤석열 대통령이 조 바이든 미국 대통령, 시진핑 중국 국가 주석에 이어 기시다 후미오 일본 총리와 통화했다.", "'... 국가 주석에 이어': after Biden and Xi ('국가', state, is no subject), then the call with Kishida");
        between(List.of("JPN", "KOR"), "ja-after", "2022-05-12", "岸田首相はバイデン米大統領に続き、尹錫悦韓国大統領と電話会談を行った。", "'バイデン米大統領に続き': after Biden");
    }

    @Test
    void namesAsPolishAndFrenchTransliterateThem() {
        EngagementReport pl = between(List.of("RUS", "SAU"), "pl-names", "2025-03-13", "Następca tronu Arabii Saudyjskiej Mohammed bin Salman "
                + "rozmawiał telefonicznie z Władimirem Putinem.", "'Władimirem Putinem': Vladimir Putin, in Polish and its instrumental");
        assertTrue(pl.participants().stream().anyMatch(p -> "Vladimir Putin".equals(p.name())), pl.participants()::toString);
        EngagementReport fr = between(List.of("RUS", "SAU"), "fr-names", "2025-03-13", "Le prince Mohammed bin Salmane et Vladimir Poutine "
                + "ont discuté lors d'une conversation téléphonique.", "'Salmane': Salman as French writes it");
        assertTrue(fr.participants().stream().anyMatch(p -> "Mohammed bin Salman".equals(p.name())), fr.participants()::toString);
    }

    @Test
    void anUrduNameSetWithoutTheSpaceAfterALetterThatJoinsNone() {
        EngagementReport r = between(List.of("IRN", "PAK"), "ur-closed", "2025-09-02", "وزیراعظم شہبازشریف نے ایرانی صدر مسعود پزشکیان سے ملاقات کی۔",
                "'شہبازشریف': Shehbaz Sharif, the space after 'ز' left out");
        assertTrue(r.participants().stream().anyMatch(p -> "Shehbaz Sharif".equals(p.name())), r.participants()::toString);
    }

    @Test
    void thaiReadoutsWrittenWithoutSpacesBetweenWords() {
        EngagementReport call = between(List.of("IND", "THA"), "phone", "th-call", "2025-10-04",
                "เมื่อวันที่ 3 ตุลาคม 2568 นายอนุทิน ชาญวีรกูล นายกรัฐมนตรี หารือทางโทรศัพท์กับนายนเรนทรา โมดี นายกรัฐมนตรีอินเดีย",
                "names inside runs of letters ('กับนายนเรนทรา โมดี'), with 'นาย' (Mr) before them");
        assertEquals(java.time.LocalDate.of(2025, 10, 3), value(call.date()), "2568 of the Buddhist era is 2025");
        EngagementReport met = between(List.of("CHN", "THA"), "in_person", "th-met", "2024-07-10",
                "นายมาริษ เสงี่ยมพงษ์ รัฐมนตรีว่าการกระทรวงการต่างประเทศ พบหารือกับนายหวัง อี้ ณ กรุงปักกิ่ง เมื่อวันที่ 9 กรกฎาคม 2567",
                "a meeting ('พบหารือ') of the foreign ministers");
        assertEquals("Beijing", value(met.location()).place(), "'ณ กรุงปักกิ่ง': at the capital Beijing");
    }

    @Test
    void aChineseMinisterByTheSinoVietnameseReadingOfHisName() {
        between(List.of("CHN", "VNM"), "phone", "vi-sino", "2024-04-17",
                "Ngày 16/4, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã điện đàm với Bộ trưởng Ngoại giao Trung Quốc Vương Nghị.",
                "'Vương Nghị': Wang Yi as Vietnamese reads the characters of his name");
    }

    @Test
    void anOfficeAfterItsCountryAndAGenitiveWord() {
        between(List.of("IND", "NPL"), "hi-genitive", "2025-03-14", "भारत के विदेश मंत्री ने 12 मार्च 2025 को काठमांडू में नेपाल के प्रधानमंत्री से मुलाकात की।",
                "'नेपाल के प्रधानमंत्री': Nepal's prime minister, whoever held the office that day");
        between(List.of("NPL", "PAK"), "ur-genitive", "2025-03-14", "پاکستان کے وزیر خارجہ نے 12 مارچ 2025 کو نیپال کے وزیر اعظم سے ملاقات کی۔",
                "Urdu: 'نیپال کے وزیر اعظم', Nepal's prime minister");
    }

    @Test
    void theScriptsOfIndiaAreReadThroughDevanagarisLayout() {
        EngagementReport gu = between(List.of("IND", "KEN"), "gu-brahmic", "2024-07-11", "પ્રધાનમંત્રી નરેન્દ્ર મોદીએ 10 જુલાઈ 2024ના રોજ કેન્યાના રાષ્ટ્રપતિ સાથે બેઠક કરી હતી.",
                "Gujarati: Modi as 'मोदी' is written, with its case ending; Kenya's president on that day");
        assertEquals(java.time.LocalDate.of(2024, 7, 10), value(gu.date()), "'2024ના': the year with its case ending");
        between(List.of("IND", "NPL"), "bn-brahmic", "2025-03-13", "ভারতের পররাষ্ট্রমন্ত্রী 12 মার্চ 2025 তারিখে নেপালের প্রধানমন্ত্রীর সঙ্গে বৈঠক করেন।",
                "Bengali: India's foreign minister and Nepal's prime minister, the minister written as Nepali writes it");
    }
}
