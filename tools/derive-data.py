#!/usr/bin/env python3
"""Derive muniplan's bundled data files (Data/) from the reference sources.

Usage:
    python3 tools/derive-data.py [--reference DIR] [--data DIR] [--no-japan]

Writes, under --data (default: Data/ beside this tools/ directory):
    bodies.csv, districts.csv, boundaries.geojson   Fukushima's 59 municipalities
    japan/bodies.csv, japan/districts.csv,
    japan/boundaries.geojson                        every municipality of Japan
    mynumber.csv, japan/mynumber.csv                My Number card issuance per body and date
    LICENSE-japancode.txt                           copied: MIT notice must ship with the data
    japan/measures.toml                             Data/measures.toml made nationwide

Sources (read-only, see the reference README.md):
    japancode-municipalities.json          names, kana, office coordinates, 6-digit codes
    census2020-preliminary-population.csv  2020 census preliminary population (5-digit codes)
    fukushima-districts.csv                Fukushima's regional development bureau districts
    ja-municipality-area.topojson          municipal boundaries (Digital Agency, from MLIT)
    mynumber-card-issuance.csv             My Number card issuance (総務省, via Code for Japan)

Every cross-source join is checked; the script stops with an error on any mismatch
rather than write a data set that is silently wrong. Python 3 standard library only.
"""

import argparse
import csv
import json
import shutil
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_REFERENCE = Path("/work/shared/reference")
DEFAULT_DATA = REPO / "Data"

BODIES_HEADER = ["code", "name", "kana", "romaji", "kind", "district",
                 "population", "latitude", "longitude", "groups"]
DISTRICTS_HEADER = ["name", "romaji", "bureau"]

TOPO_OBJECT = "ja_municipality_area_simplified_1741"
FUKUSHIMA_PREF = "07"

# The plan's item 1(8): the security cloud serves 「県内59市町村及び要望のあった1一部事務組合」.
# The association is not named in the source, so it gets a placeholder id, not a code.
ASSOCIATION_ROW = {
    "code": "assoc-1",
    "name": "要望のあった一部事務組合",
    "kana": "ようぼうのあったいちぶじむくみあい",
    # The reading romanised by the same rules as every body, word by word
    # (要望|の|あった|一部|事務|組合), not the English word "association".
    "romaji": "yobonoattaichibujimukumiai",
    "kind": "association",
    "district": "", "population": "", "latitude": "", "longitude": "", "groups": "",
}
ASSOCIATION_READING = "ようぼう|の|あった|いちぶ|じむ|くみあい"
# In the nationwide file the association belongs to Fukushima, whose item 1(8) names it:
# its district there is the prefecture.
ASSOCIATION_PREFECTURE = "福島県"

# Fukushima's seven 地方振興局 districts, in the order the Prefecture lists them.
# The kana is here only so the romaji converter can be checked against the spelling.
FUKUSHIMA_DISTRICTS = [
    # name, kana, romaji, bureau
    ("県北", "けんぽく", "kenpoku", "県北地方振興局"),
    ("県中", "けんちゅう", "kenchu", "県中地方振興局"),
    ("県南", "けんなん", "kennan", "県南地方振興局"),
    ("会津", "あいづ", "aizu", "会津地方振興局"),
    ("南会津", "みなみあいづ", "minamiaizu", "南会津地方振興局"),
    ("相双", "そうそう", "soso", "相双地方振興局"),
    ("いわき", "いわき", "iwaki", "いわき地方振興局"),
]
FUKUSHIMA_DISTRICT_SIZES = {"県北": 8, "県中": 12, "県南": 9, "会津": 13,
                            "南会津": 4, "相双": 12, "いわき": 1}

# The 47 prefectures in code order (01..47); kana only to check the converter.
PREFECTURES = [
    ("ほっかいどう", "hokkaido"), ("あおもり", "aomori"), ("いわて", "iwate"),
    ("みやぎ", "miyagi"), ("あきた", "akita"), ("やまがた", "yamagata"),
    ("ふくしま", "fukushima"), ("いばらき", "ibaraki"), ("とちぎ", "tochigi"),
    ("ぐんま", "gunma"), ("さいたま", "saitama"), ("ちば", "chiba"),
    ("とうきょう", "tokyo"), ("かながわ", "kanagawa"), ("にいがた", "niigata"),
    ("とやま", "toyama"), ("いしかわ", "ishikawa"), ("ふくい", "fukui"),
    ("やまなし", "yamanashi"), ("ながの", "nagano"), ("ぎふ", "gifu"),
    ("しずおか", "shizuoka"), ("あいち", "aichi"), ("みえ", "mie"),
    ("しが", "shiga"), ("きょうと", "kyoto"), ("おおさか", "osaka"),
    ("ひょうご", "hyogo"), ("なら", "nara"), ("わかやま", "wakayama"),
    ("とっとり", "tottori"), ("しまね", "shimane"), ("おかやま", "okayama"),
    ("ひろしま", "hiroshima"), ("やまぐち", "yamaguchi"), ("とくしま", "tokushima"),
    ("かがわ", "kagawa"), ("えひめ", "ehime"), ("こうち", "kochi"),
    ("ふくおか", "fukuoka"), ("さが", "saga"), ("ながさき", "nagasaki"),
    ("くまもと", "kumamoto"), ("おおいた", "oita"), ("みやざき", "miyazaki"),
    ("かごしま", "kagoshima"), ("おきなわ", "okinawa"),
]

# Named groups from section-4-1.md (the plan names them but does not list members;
# these are the Prefecture's usual definitions).
EVAC12 = ["田村市", "南相馬市", "川俣町", "広野町", "楢葉町", "富岡町",
          "川内村", "大熊町", "双葉町", "浪江町", "葛尾村", "飯舘村"]
HAMADORI15 = EVAC12 + ["いわき市", "相馬市", "新地町"]
# The six Tohoku prefectures and Niigata jointly procure the security cloud (item 1(8)).
TOHOKU7_PREFS = {"02", "03", "04", "05", "06", "07", "15"}

FUKUSHIMA_POPULATION_TOTAL = 1834198
# Bounding box every Fukushima boundary point must fall in (lon, lat).
FUKUSHIMA_BOUNDS = ((139.1, 141.1), (36.7, 38.0))
# Japan, including Okinotorishima (south) and Minamitorishima (east), both in Tokyo.
JAPAN_BOUNDS = ((122.0, 154.5), (20.0, 46.0))


def fail(message):
    sys.exit(f"derive-data: ERROR: {message}")


def warn(message):
    print(f"  warning: {message}")


# --------------------------------------------------------------------------- romaji

_GOJUON = {
    "あ": "a", "い": "i", "う": "u", "え": "e", "お": "o",
    "か": "ka", "き": "ki", "く": "ku", "け": "ke", "こ": "ko",
    "が": "ga", "ぎ": "gi", "ぐ": "gu", "げ": "ge", "ご": "go",
    "さ": "sa", "し": "shi", "す": "su", "せ": "se", "そ": "so",
    "ざ": "za", "じ": "ji", "ず": "zu", "ぜ": "ze", "ぞ": "zo",
    "た": "ta", "ち": "chi", "つ": "tsu", "て": "te", "と": "to",
    "だ": "da", "ぢ": "ji", "づ": "zu", "で": "de", "ど": "do",
    "な": "na", "に": "ni", "ぬ": "nu", "ね": "ne", "の": "no",
    "は": "ha", "ひ": "hi", "ふ": "fu", "へ": "he", "ほ": "ho",
    "ば": "ba", "び": "bi", "ぶ": "bu", "べ": "be", "ぼ": "bo",
    "ぱ": "pa", "ぴ": "pi", "ぷ": "pu", "ぺ": "pe", "ぽ": "po",
    "ま": "ma", "み": "mi", "む": "mu", "め": "me", "も": "mo",
    "や": "ya", "ゆ": "yu", "よ": "yo",
    "ら": "ra", "り": "ri", "る": "ru", "れ": "re", "ろ": "ro",
    "わ": "wa", "ゐ": "i", "ゑ": "e", "を": "o", "ん": "n", "ゔ": "vu",
    # small vowels and kana standing alone (rare; handled so they never pass silently)
    "ぁ": "a", "ぃ": "i", "ぅ": "u", "ぇ": "e", "ぉ": "o", "ゎ": "wa",
}

# Stems of the i-row kana that combine with small ゃ/ゅ/ょ (きゃ kya, しゃ sha, ...).
_YOON_STEMS = {
    "き": "ky", "ぎ": "gy", "し": "sh", "じ": "j", "ち": "ch", "ぢ": "j",
    "に": "ny", "ひ": "hy", "び": "by", "ぴ": "py", "み": "my", "り": "ry",
}
_DIGRAPHS = {stem_kana + small: stem + vowel
             for stem_kana, stem in _YOON_STEMS.items()
             for small, vowel in (("ゃ", "a"), ("ゅ", "u"), ("ょ", "o"))}
# Loan-sound combinations with small vowels (not in current names, but total coverage
# is cheaper than a surprise later).
_DIGRAPHS.update({
    "しぇ": "she", "じぇ": "je", "ちぇ": "che",
    "ふぁ": "fa", "ふぃ": "fi", "ふぇ": "fe", "ふぉ": "fo",
    "てぃ": "ti", "でぃ": "di", "とぅ": "tu", "どぅ": "du",
    "うぃ": "wi", "うぇ": "we", "うぉ": "wo", "つぁ": "tsa",
})


def _syllables(kana):
    """Split hiragana into romanised syllables; っ is returned as the marker 'Q'."""
    out, i = [], 0
    while i < len(kana):
        pair = kana[i:i + 2]
        if pair in _DIGRAPHS:
            out.append((pair, _DIGRAPHS[pair]))
            i += 2
        elif kana[i] == "っ":
            out.append(("っ", "Q"))
            i += 1
        elif kana[i] in _GOJUON:
            out.append((kana[i], _GOJUON[kana[i]]))
            i += 1
        else:
            raise ValueError(f"cannot romanise {kana[i]!r} in {kana!r}")
    return out


# Word boundaries the kana alone does not show. A long vowel is one vowel sound within a
# word; where two words meet (瀬戸 + 内: せと + うち) the vowels are two sounds and both are
# written: setouchi, not setochi. Each entry is the name, its kanji split into the words,
# and the reading split at the same place; the source of each split is the kanji of the
# name itself (one word per kanji or compound, each with its own reading). The script
# checks that both splits join back to the name and japancode's reading, and that every
# entry is used, so a renamed body cannot leave a stale rule behind.
WORD_BOUNDARIES = {
    "瀬戸内市": ("瀬戸|内", "せと|うち"),
    "瀬戸内町": ("瀬戸|内", "せと|うち"),
    "山ノ内町": ("山ノ|内", "やまの|うち"),
    "輪之内町": ("輪之|内", "わの|うち"),
    "小海町": ("小|海", "こ|うみ"),
    "滝上町": ("滝|上", "たきの|うえ"),
    "豊浦町": ("豊|浦", "とよ|うら"),
    "琴浦町": ("琴|浦", "こと|うら"),
    "勝浦市": ("勝|浦", "かつ|うら"),
    "勝浦町": ("勝|浦", "かつ|うら"),
    "那智勝浦町": ("那智勝|浦", "なちかつ|うら"),
    "松浦市": ("松|浦", "まつ|うら"),
    "豊岡市": ("豊|岡", "とよ|おか"),
    "豊丘村": ("豊|丘", "とよ|おか"),
    "広尾町": ("広|尾", "ひろ|お"),
    "西之表市": ("西之|表", "にしの|おもて"),
    "曽於市": ("曽|於", "そ|お"),
    # 佐那河内村 (さなごうち) is issue 16's 19th name, and stays sanagochi: 河内 is one word
    # (こうち, as in 河内国), so its おう is a long vowel, not two words meeting.
    # Not in issue 16's list, found by the same reading: 真 + 岡 (も + おか).
    "真岡市": ("真|岡", "も|おか"),
    # 箕 + 面 (みの + お). Debatable: the city itself writes Minoh; the rule gives minoo.
    "箕面市": ("箕|面", "みの|お"),
}


def kana_to_romaji(kana):
    """Modified Hepburn, lower-case ASCII, no macrons/apostrophes/hyphens.

    Long vowels collapse: おお→o, おう→o, うう→u (also after ょ/ゅ: きょう→kyo).
    えい and いい stay as written. ん is always n. っ doubles the next consonant,
    and before ch it is t (っち→tch). A "|" marks a word boundary (WORD_BOUNDARIES):
    nothing collapses across it, each word is romanised on its own.
    """
    if "|" in kana:
        return "".join(kana_to_romaji(word) for word in kana.split("|"))
    sylls = _syllables(kana)
    out = []
    lengthened = False  # the previous vowel already absorbed one lengthening kana
    for idx, (k, roman) in enumerate(sylls):
        if roman == "Q":
            if idx + 1 >= len(sylls) or sylls[idx + 1][1][0] in "aiueon":
                raise ValueError(f"っ not followed by a consonant in {kana!r}")
            nxt = sylls[idx + 1][1]
            out.append("t" if nxt.startswith("ch") else nxt[0])
            lengthened = False
            continue
        prev = out[-1] if out else ""
        if not lengthened and k in ("う", "お") and prev.endswith("o"):
            lengthened = True       # おう / おお → o
            continue
        if not lengthened and k == "う" and prev.endswith("u"):
            lengthened = True       # うう → u
            continue
        out.append(roman)
        lengthened = False
    result = "".join(out)
    if not result.isascii() or not result.isalpha() or not result.islower():
        raise ValueError(f"romaji {result!r} for {kana!r} is not plain lower-case ASCII")
    return result


# Suffix readings per kind, longest first so ちょう is tried before a bare name ending.
_SUFFIX_KANA = {"city": ["し"], "town": ["ちょう", "まち"],
                "village": ["むら", "そん"], "ward": ["く"]}
_KIND_BY_SUFFIX = {"市": "city", "町": "town", "村": "village", "区": "ward"}


def kind_of(name):
    kind = _KIND_BY_SUFFIX.get(name[-1])
    if kind is None:
        fail(f"cannot tell the kind of {name!r} from its suffix")
    return kind


def strip_suffix_kana(name, kana, kind):
    for suffix in _SUFFIX_KANA[kind]:
        if kana.endswith(suffix) and len(kana) > len(suffix):
            return kana[:-len(suffix)]
    fail(f"reading {kana!r} of {name!r} ({kind}) does not end in {_SUFFIX_KANA[kind]}")


def check_romaji_rules():
    """Fixed expectations, so a converter change that breaks a spelling fails loudly."""
    cases = {
        # the brief's required list (reading without suffix)
        "ひのえまた": "hinoemata", "あいづわかまつ": "aizuwakamatsu",
        "こおりやま": "koriyama", "こおり": "kori", "みなみそうま": "minamisoma",
        "あいづばんげ": "aizubange", "いいたて": "iitate", "てんえい": "tenei",
        "おおくま": "okuma", "しんち": "shinchi", "しょうわ": "showa",
        # the rules themselves
        "そうま": "soma", "しもごう": "shimogo", "にしごう": "nishigo",
        "ばんだい": "bandai", "さかした": "sakashita", "さっぽろ": "sapporo",
        "はっちょう": "hatcho", "ゆうばり": "yubari", "ちゅうおう": "chuo",
        "じょうえつ": "joetsu", "ぢ": "ji", "づ": "zu", "ふくしま": "fukushima",
        "とうおん": "toon", "しんじゅく": "shinjuku",
        # word boundaries (WORD_BOUNDARIES): no collapse across them
        "せと|うち": "setouchi", "かつ|うら": "katsuura", "そ|お": "soo",
        "にしの|おもて": "nishinoomote", "こ|うみ": "koumi",
    }
    for name, kana, romaji, _ in FUKUSHIMA_DISTRICTS:
        cases[kana] = romaji
    for kana, romaji in PREFECTURES:
        cases[kana] = romaji
    cases[ASSOCIATION_READING] = ASSOCIATION_ROW["romaji"]
    if ASSOCIATION_READING.replace("|", "") != ASSOCIATION_ROW["kana"]:
        fail("ASSOCIATION_READING does not match the association's kana")
    bad = [(k, kana_to_romaji(k), want) for k, want in cases.items()
           if kana_to_romaji(k) != want]
    if bad:
        fail("romaji converter mismatches (kana, got, want): " + repr(bad))


# --------------------------------------------------------------------------- codes

def check_digit(code5):
    """全国地方公共団体コード check digit: (11 - (6d1+5d2+4d3+3d4+2d5) mod 11) mod 10."""
    s = sum(w * int(d) for w, d in zip((6, 5, 4, 3, 2), code5))
    return str((11 - s % 11) % 10)


def full_code(code5):
    if len(code5) != 5 or not code5.isdigit():
        fail(f"bad 5-digit code {code5!r}")
    return code5 + check_digit(code5)


# --------------------------------------------------------------------------- sources

def load_japancode(ref):
    """Municipality rows keyed by 6-digit code; designated cities' ward rows dropped.

    japancode lists a designated city (札幌市) and its wards (札幌市 中央区); ward rows
    have a space in the name. Tokyo's special wards (千代田区) are bodies and stay.
    """
    rows = json.loads((ref / "japancode-municipalities.json").read_text(encoding="utf-8"))
    bodies, prefectures = {}, {}
    for r in rows:
        code6 = r["lgcode"].zfill(6)
        if check_digit(code6[:5]) != code6[5]:
            fail(f"japancode lgcode {r['lgcode']} ({r['city']}) has a bad check digit")
        pref_code = r["pid"].zfill(2)
        if code6[:2] != pref_code:
            fail(f"japancode {r['city']}: pid {r['pid']} does not match code {code6}")
        prefectures.setdefault(pref_code, r["pref"])
        if prefectures[pref_code] != r["pref"]:
            fail(f"japancode: two names for prefecture {pref_code}")
        if " " in r["city"]:
            continue
        if code6 in bodies:
            fail(f"japancode: duplicate code {code6}")
        bodies[code6] = r
    return bodies, prefectures


def load_census(ref):
    """Population by 5-digit code; '' where the source cell is empty. The file has a BOM."""
    with open(ref / "census2020-preliminary-population.csv", encoding="utf-8-sig",
              newline="") as f:
        return {r["area_code"]: (r["area_name"], r["population"]) for r in csv.DictReader(f)}


def load_fukushima_districts(ref):
    with open(ref / "fukushima-districts.csv", encoding="utf-8", newline="") as f:
        return {r["code"]: (r["name"], r["district"]) for r in csv.DictReader(f)}


# --------------------------------------------------------------------------- bodies

def population_of(code6, name, census):
    """Census population as a string. Empty source cell → '0' only for a body the
    census counted as empty (双葉町, no residents in 2020); any other gap fails."""
    entry = census.get(code6[:5])
    if entry is None:
        fail(f"no census row for {code6} {name}")
    census_name, pop = entry
    if census_name != name:
        fail(f"census name {census_name!r} differs from {name!r} for {code6}")
    if pop == "":
        if code6 == "075469":
            print(f"  note: {name} {code6} has no census count (no residents in 2020): writing 0")
            return "0"
        fail(f"census population missing for {code6} {name}")
    if not pop.isdigit():
        fail(f"census population {pop!r} for {code6} {name} is not a number")
    return pop


_USED_BOUNDARIES = set()


def reading_with_boundaries(name, stem):
    """The reading without its suffix, with "|" where WORD_BOUNDARIES puts a boundary."""
    entry = WORD_BOUNDARIES.get(name)
    if entry is None:
        return stem
    kanji, kana = entry
    if kanji.replace("|", "") != name[:-1] or kana.replace("|", "") != stem:
        fail(f"WORD_BOUNDARIES[{name!r}] = {entry!r} does not match the name and reading {stem!r}")
    if kanji.count("|") != kana.count("|"):
        fail(f"WORD_BOUNDARIES[{name!r}]: the kanji and the kana split in different places")
    _USED_BOUNDARIES.add(name)
    return kana


def check_boundaries_used():
    unused = set(WORD_BOUNDARIES) - _USED_BOUNDARIES
    if unused:
        fail(f"WORD_BOUNDARIES names no body: {sorted(unused)}")


def body_row(code6, jc, census, district, groups):
    name = jc["city"]
    kind = kind_of(name)
    kana = jc["citykana"]
    return {
        "code": code6,
        "name": name,
        "kana": kana,
        "romaji": kana_to_romaji(reading_with_boundaries(name, strip_suffix_kana(name, kana, kind))),
        "kind": kind,
        "district": district,
        "population": population_of(code6, name, census),
        "latitude": f"{jc['lat']:.6f}",
        "longitude": f"{jc['lng']:.6f}",
        "groups": " ".join(groups),
    }


def fukushima_groups(name):
    groups = []
    if name in EVAC12:
        groups.append("evac12")
    if name in HAMADORI15:
        groups.append("hamadori15")
    return groups


def check_groups(rows):
    names = {r["name"] for r in rows}
    for gid, members, size in (("evac12", EVAC12, 12), ("hamadori15", HAMADORI15, 15)):
        if len(set(members)) != size:
            fail(f"group {gid} has {len(set(members))} members, expected {size}")
        missing = set(members) - names
        if missing:
            fail(f"group {gid} names unknown bodies: {sorted(missing)}")
        tagged = sum(1 for r in rows if gid in r["groups"].split())
        if tagged != size:
            fail(f"group {gid} tagged on {tagged} rows, expected {size}")


def build_fukushima_bodies(ref, japancode, census):
    districts = load_fukushima_districts(ref)
    if len(districts) != 59:
        fail(f"fukushima-districts.csv has {len(districts)} rows, expected 59")
    counts = Counter(d for _, d in districts.values())
    if counts != Counter(FUKUSHIMA_DISTRICT_SIZES):
        fail(f"district sizes {dict(counts)} differ from {FUKUSHIMA_DISTRICT_SIZES}")

    # The 5-digit code is the base; the check digit is computed, then must agree with
    # both the district file and japancode's lgcode.
    rows = []
    for code_in_file, (name, district) in districts.items():
        code6 = full_code(code_in_file[:5])
        if code6 != code_in_file:
            fail(f"fukushima-districts.csv: {name} code {code_in_file} != computed {code6}")
        jc = japancode.get(code6)
        if jc is None:
            fail(f"japancode has no row with lgcode {code6.lstrip('0')} for {name}")
        if jc["city"] != name:
            fail(f"japancode name {jc['city']!r} differs from {name!r} for {code6}")
        rows.append(body_row(code6, jc, census, district, fukushima_groups(name)))
    rows.sort(key=lambda r: r["code"])

    jc_fukushima = {c for c in japancode if c.startswith(FUKUSHIMA_PREF)}
    if jc_fukushima != {r["code"] for r in rows}:
        fail("japancode's Fukushima municipalities differ from fukushima-districts.csv")

    total = sum(int(r["population"]) for r in rows)
    if total != FUKUSHIMA_POPULATION_TOTAL:
        fail(f"Fukushima population sums to {total}, expected {FUKUSHIMA_POPULATION_TOTAL}")
    census_pref = census.get("07000")
    if census_pref is None or int(census_pref[1]) != total:
        fail("Fukushima population does not match the census prefecture row 07000")
    check_groups(rows)

    dups = romaji_duplicates(rows + [ASSOCIATION_ROW])
    if dups:
        for romaji, names in dups.items():
            print(f"  romaji duplicate: {romaji}: {', '.join(names)}")
        fail("romaji must be unique in the Fukushima data set")
    return rows + [dict(ASSOCIATION_ROW)]


def build_japan_bodies(japancode, prefectures, census):
    rows = []
    for code6, jc in sorted(japancode.items()):
        pref_code = code6[:2]
        groups = fukushima_groups(jc["city"]) if pref_code == FUKUSHIMA_PREF else []
        if pref_code in TOHOKU7_PREFS:
            groups.append("tohoku7")
        rows.append(body_row(code6, jc, census, prefectures[pref_code], groups))

    kinds = Counter(r["kind"] for r in rows)
    wards = [r for r in rows if r["kind"] == "ward"]
    if len(wards) != 23 or any(not r["code"].startswith("131") for r in wards):
        fail("expected exactly Tokyo's 23 special wards (131xx) with kind 'ward'")
    print(f"  japan: {len(rows)} municipalities: " +
          ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))

    # Population: each prefecture's bodies must add up to its census row, and the
    # whole to the national row, or a designated city or ward was double-counted/lost.
    by_pref = Counter()
    for r in rows:
        by_pref[r["code"][:2]] += int(r["population"])
    for pref_code, total in sorted(by_pref.items()):
        census_total = int(census[pref_code + "000"][1])
        if total != census_total:
            fail(f"prefecture {pref_code} bodies sum to {total}, census says {census_total}")
    national = int(census["00000"][1])
    if sum(by_pref.values()) != national:
        fail(f"bodies sum to {sum(by_pref.values())}, census national total {national}")
    print(f"  japan: population total {national} matches the census national row")

    check_groups([r for r in rows if r["code"].startswith(FUKUSHIMA_PREF)])
    tohoku = sum(1 for r in rows if "tohoku7" in r["groups"].split())
    print(f"  japan: tohoku7 has {tohoku} bodies")

    dups = romaji_duplicates(rows + [ASSOCIATION_ROW])
    print(f"  japan: {len(dups)} romaji spellings are shared by more than one body "
          f"({sum(len(v) for v in dups.values())} bodies) — allowed nationwide")
    return rows + [dict(ASSOCIATION_ROW, district=ASSOCIATION_PREFECTURE)]


def romaji_duplicates(rows):
    seen = {}
    for r in rows:
        seen.setdefault(r["romaji"], []).append(f"{r['name']} {r['code']}")
    return {k: v for k, v in seen.items() if len(v) > 1}


# --------------------------------------------------------------------------- TopoJSON

def load_topology(ref):
    topo = json.loads((ref / "ja-municipality-area.topojson").read_text(encoding="utf-8"))
    scale = topo["transform"]["scale"]
    translate = topo["transform"]["translate"]
    # Arcs are quantized and delta-encoded: each position after the first is an offset.
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * scale[0] + translate[0], y * scale[1] + translate[1]))
        arcs.append(points)
    return topo["objects"][TOPO_OBJECT]["geometries"], arcs


def stitch_ring(arc_indexes, arcs):
    """Join arcs into one ring; ~i means arc i reversed; each later arc's first point
    repeats the previous arc's last point and is dropped."""
    ring = []
    for i in arc_indexes:
        points = arcs[i] if i >= 0 else arcs[~i][::-1]
        ring.extend(points if not ring else points[1:])
    if ring[0] != ring[-1]:
        raise ValueError("ring is not closed")
    return ring


def decode_geometry(geom, arcs):
    if geom["type"] == "Polygon":
        return {"type": "Polygon",
                "coordinates": [stitch_ring(r, arcs) for r in geom["arcs"]]}
    if geom["type"] == "MultiPolygon":
        return {"type": "MultiPolygon",
                "coordinates": [[stitch_ring(r, arcs) for r in poly] for poly in geom["arcs"]]}
    fail(f"unexpected geometry type {geom['type']}")


def polygons_of(geometry):
    return (geometry["coordinates"] if geometry["type"] == "MultiPolygon"
            else [geometry["coordinates"]])


def point_in_geometry(lon, lat, geometry):
    """Even-odd ray cast over all rings (holes included)."""
    inside = False
    for poly in polygons_of(geometry):
        for ring in poly:
            for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
                if (y1 > lat) != (y2 > lat):
                    if lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
                        inside = not inside
    return inside


def signed_area(ring):
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:])) / 2


def build_features(geometries, arcs, bodies, pref_filter, bounds):
    """One feature per body, in code order; checks codes, names, coverage, bounds."""
    by_code = {r["code"]: r for r in bodies if r["kind"] != "association"}
    features = {}
    for g in geometries:
        p = g["properties"]
        if p["is_hoppo_city"]:
            continue  # the six Northern Territories villages are not in the data set
        if pref_filter and p["prefecture_code"] != pref_filter:
            continue
        code = p["lg_code"]
        body = by_code.get(code)
        if body is None:
            fail(f"boundary {code} {p['city_name']} has no bodies.csv row")
        if p["city_name"] != body["name"]:
            fail(f"boundary name {p['city_name']!r} differs from {body['name']!r} ({code})")
        if code in features:
            fail(f"two boundaries for {code}")
        features[code] = decode_geometry(g, arcs)
    missing = set(by_code) - set(features)
    if missing:
        fail(f"no boundary for {sorted(missing)}")

    # Bounding box over every point, checked against the expected region.
    xs = [x for geom in features.values() for poly in polygons_of(geom)
          for ring in poly for x, _ in ring]
    ys = [y for geom in features.values() for poly in polygons_of(geom)
          for ring in poly for _, y in ring]
    bbox = (min(xs), min(ys), max(xs), max(ys))
    print(f"  boundaries: {len(features)} features, bbox lon {bbox[0]:.5f}..{bbox[2]:.5f}, "
          f"lat {bbox[1]:.5f}..{bbox[3]:.5f}")
    (lon_lo, lon_hi), (lat_lo, lat_hi) = bounds
    if not (lon_lo <= bbox[0] and bbox[2] <= lon_hi and lat_lo <= bbox[1] and bbox[3] <= lat_hi):
        fail(f"boundary points fall outside lon {lon_lo}..{lon_hi}, lat {lat_lo}..{lat_hi}")

    # Winding is reported, not changed: the brief asks for the geometry as the topology has it.
    winding = Counter()
    for geom in features.values():
        for poly in polygons_of(geom):
            winding["outer ccw" if signed_area(poly[0]) > 0 else "outer cw"] += 1
            for hole in poly[1:]:
                winding["hole ccw" if signed_area(hole) > 0 else "hole cw"] += 1
    print("  boundaries: rings " + ", ".join(f"{k} {n}" for k, n in sorted(winding.items())))

    # Office coordinates (japancode) should lie inside the body's own boundary; a miss
    # is reported, not fixed (coastal offices can fall just outside a simplified coast).
    outside = [c for c, geom in features.items()
               if not point_in_geometry(float(by_code[c]["longitude"]),
                                        float(by_code[c]["latitude"]), geom)]
    for c in outside[:30]:
        b = by_code[c]
        holder = next((o for o, geom in features.items()
                       if point_in_geometry(float(b["longitude"]), float(b["latitude"]), geom)),
                      None)
        where = f"inside {by_code[holder]['name']} {holder}" if holder else "in no boundary"
        warn(f"office point of {b['name']} {c} ({b['latitude']}, {b['longitude']}) "
             f"is outside its boundary, {where}")
    if len(outside) > 30:
        warn(f"... and {len(outside) - 30} more office points outside their boundary")
    print(f"  boundaries: {len(outside)} office points outside their own boundary")
    return [(code, by_code[code]["name"], features[code]) for code in sorted(features)]


# --------------------------------------------------------------------------- card series

MYNUMBER_FILE = "mynumber-card-issuance.csv"
MYNUMBER_HEADER = ["code", "date", "population", "cards"]


def load_mynumber(ref):
    """The Ministry's card issuance per municipality and date, checked for one row per pair."""
    with open(ref / MYNUMBER_FILE, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    seen = Counter((r["code"], r["date"]) for r in rows)
    twice = [key for key, n in seen.items() if n > 1]
    if twice:
        fail(f"{MYNUMBER_FILE}: {len(twice)} code/date pairs appear twice, e.g. {twice[0]}")
    return rows


def build_mynumber(rows, bodies):
    """The series of the bodies with a numeric code, in code then date order: cards and the
    population they are counted against (the rate is cards / population, recomputed on load)."""
    codes = {b["code"] for b in bodies if b["code"].isdigit()}
    picked = [r for r in rows if r["code"] in codes]
    missing = codes - {r["code"] for r in picked}
    if missing:
        fail(f"{MYNUMBER_FILE}: no series for {sorted(missing)[:5]}")
    dates = sorted({r["date"] for r in rows})
    per_code = Counter(r["code"] for r in picked)
    short = [c for c, n in per_code.items() if n != len(dates)]
    if short:
        fail(f"{MYNUMBER_FILE}: {len(short)} bodies lack some of the {len(dates)} dates, e.g. {short[0]}")
    out = [{"code": r["code"], "date": r["date"], "population": r["population"], "cards": r["cards"]}
           for r in sorted(picked, key=lambda r: (r["code"], r["date"]))]
    cards = sum(int(r["cards"]) for r in out if r["date"] == dates[-1])
    people = sum(int(r["population"]) for r in out if r["date"] == dates[-1])
    print(f"  mynumber: {len(codes)} bodies x {len(dates)} dates, {dates[-1]}: {100 * cards / people:.1f}%")
    return out


# --------------------------------------------------------------------------- writers

def write_csv(path, header, rows):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=header, lineterminator="\n",
                           quoting=csv.QUOTE_MINIMAL)
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {path} ({len(rows)} rows)")


def _coords_json(value):
    """Coordinates as JSON with every number at exactly 5 decimals (stable diffs)."""
    if isinstance(value, tuple):
        return f"[{value[0]:.5f},{value[1]:.5f}]"
    return "[" + ",".join(_coords_json(v) for v in value) + "]"


def write_geojson(path, features):
    """A FeatureCollection with one feature per line, so diffs show which body changed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = ['{"type":"FeatureCollection","features":[']
    for i, (code, name, geom) in enumerate(features):
        props = json.dumps({"code": code, "name": name}, ensure_ascii=False,
                           separators=(",", ":"))
        line = ('{"type":"Feature","properties":' + props +
                ',"geometry":{"type":"' + geom["type"] + '","coordinates":' +
                _coords_json(geom["coordinates"]) + "}}")
        lines.append(line + ("," if i < len(features) - 1 else ""))
    lines.append("]}")
    text = "\n".join(lines) + "\n"
    json.loads(text)  # must parse as JSON
    path.write_text(text, encoding="utf-8")
    print(f"wrote {path} ({len(features)} features, {len(text.encode()) // 1024} KiB)")


# --------------------------------------------------------------------------- measures

JAPAN_MEASURES_HEADER = """\
# GENERATED by tools/derive-data.py from Data/measures.toml: edit that file, not this one.
#
# The measure catalogue of Data/measures.toml (Fukushima, 第４-１ 市町村支援・連携, FY2022),
# applied to every municipality of Japan: the same items, measures, KPIs and goals, with
# Tokyo's special wards (kind ward) eligible wherever municipalities are. The KPIs carry
# NO targets: the source's are Fukushima's own (targets_of), not nationwide ones, and the
# notes and conflicts about them are left out; the KPI texts are still the source's words.
# This data set is for questions at national or multi-prefecture scale, e.g. the security
# cloud that the six Tohoku prefectures and Niigata procure together. Districts are the
# prefectures.
"""


def japan_measures(text):
    """Data/measures.toml's text, made nationwide line by line (see JAPAN_MEASURES_HEADER)."""
    body = text[text.index("[dataset]"):]
    out, skip_comment = [], False
    for line in body.split("\n"):
        if line.startswith("name = \"福島県 第４-１"):
            line = 'name = "全国 — 第４-１ measures (Fukushima FY2022) applied nationwide"'
        elif line == 'prefecture = "福島県"':
            line = 'prefecture = "全国"'
        elif line.startswith("# Distances in the need score") or line.startswith("# in for the prefectural office"):
            continue  # the centre's comment: no centre nationwide
        elif line.startswith("centre = ") or line.startswith("target = "):
            continue
        elif line.startswith(("note = ", "note_ja = ", "conflict = ", "conflict_ja = ")):
            continue  # both speak of Fukushima's targets, which are left out
        elif line.startswith("eligible = ") and '"village"' in line:
            line = line.replace('"village"', '"village", "ward"')
        out.append(line)
    return JAPAN_MEASURES_HEADER + "\n" + "\n".join(out)


def write_japan_measures(data):
    source = REPO / "Data" / "measures.toml"
    text = japan_measures(source.read_text(encoding="utf-8"))
    if any(key in text for key in ("target = ", "centre = ", "conflict = ", "conflict_ja = ")):
        fail("japan/measures.toml would still carry a target, a centre or a conflict between targets")
    path = data / "japan" / "measures.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    print(f"wrote {path} (from {source.name})")


# --------------------------------------------------------------------------- main

def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", type=Path, default=DEFAULT_REFERENCE,
                        help=f"reference data directory (default {DEFAULT_REFERENCE})")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA,
                        help="output directory (default: Data/ in the repository)")
    parser.add_argument("--no-japan", action="store_true",
                        help="skip the nationwide data set in DATA/japan/")
    args = parser.parse_args()
    ref, data = args.reference, args.data

    check_romaji_rules()
    japancode, prefectures = load_japancode(ref)
    census = load_census(ref)
    geometries, arcs = load_topology(ref)

    print("Fukushima:")
    bodies = build_fukushima_bodies(ref, japancode, census)
    features = build_features(geometries, arcs, bodies, FUKUSHIMA_PREF, FUKUSHIMA_BOUNDS)
    write_csv(data / "bodies.csv", BODIES_HEADER, bodies)
    write_csv(data / "districts.csv", DISTRICTS_HEADER,
              [{"name": n, "romaji": r, "bureau": b} for n, _, r, b in FUKUSHIMA_DISTRICTS])
    write_geojson(data / "boundaries.geojson", features)
    mynumber = load_mynumber(ref)
    write_csv(data / "mynumber.csv", MYNUMBER_HEADER, build_mynumber(mynumber, bodies))

    if not args.no_japan:
        print("Japan:")
        if len(prefectures) != 47:
            fail(f"japancode has {len(prefectures)} prefectures, expected 47")
        japan = build_japan_bodies(japancode, prefectures, census)
        features = build_features(geometries, arcs, japan, None, JAPAN_BOUNDS)
        write_csv(data / "japan" / "bodies.csv", BODIES_HEADER, japan)
        write_csv(data / "japan" / "districts.csv", DISTRICTS_HEADER,
                  [{"name": prefectures[f"{i:02d}"], "romaji": romaji,
                    "bureau": prefectures[f"{i:02d}"]}
                   for i, (_, romaji) in enumerate(PREFECTURES, start=1)])
        write_geojson(data / "japan" / "boundaries.geojson", features)
        check_boundaries_used()
        write_japan_measures(data)
        write_csv(data / "japan" / "mynumber.csv", MYNUMBER_HEADER, build_mynumber(mynumber, japan))

    licence = data / "LICENSE-japancode.txt"
    shutil.copyfile(ref / "japancode-LICENSE.txt", licence)
    print(f"wrote {licence}")


if __name__ == "__main__":
    main()
