#!/usr/bin/env python3
"""Adds the names of office holders as the press of other scripts writes them (people-scripts/*.tsv) to people.tsv.

Each row of people-scripts/*.tsv: id, lang, full, family, confidence. The full name becomes an alias of every row of
that person in people.tsv, the family name alone one more family form ("Lavrov|Лавров"). Idempotent: a form already
there is not added twice. A family form that is also a country or place name of the knowledge base is left out and
reported, as is one in Han, kana or Hangul written inside such a name ("ハン" in "ハンガリー"), one in the Arabic script of fewer than four letters or that with an ending spells a place or a month
("يون" + "يو": June). A full name whose last word would be taken for the family name alone where the row leaves that out
(a common word) goes in marked "=" as a whole name only. Usage: python3 tools/knowledge-build/merge_script_names.py [--check]
"""
import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KB = HERE.parent.parent / "readout-engine/src/main/resources/readout/knowledge"
SHORTEST_DERIVED_FAMILY = 4
# People.WHOLE_ONLY: an alias that is a whole name only, whose last word is not taken for the family name alone
WHOLE_ONLY = "="


def forms_in(*paths):
    """Every '|'-separated form of every cell of these knowledge files, comments left out."""
    forms = set()
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("#"):
                continue
            for cell in line.split("\t"):
                forms.update(form.strip() for form in cell.split("|"))
    return forms


def place_names():
    return forms_in(KB / "countries.tsv", KB / "places.tsv")


ANNOTATE = KB.parent / "annotate"
ARABIC_SUFFIX_LETTERS = "اىةتنهويئےں"
SHORTEST_ARABIC_FAMILY = 4


def unspaced(form):
    """Han, kana or Hangul: scripts the engine reads without spaces between words."""
    return any("\u3040" <= c <= "\u30ff" or "\u4e00" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af" for c in form)


def arabic(form):
    return any("\u0600" <= c <= "\u06ff" for c in form)


def calendar_words():
    """Month and weekday names ("يونيو", June), which an Arabic name with an ending may spell ("يون" + "يو")."""
    return forms_in(ANNOTATE / "months.tsv", ANNOTATE / "weekdays.tsv")


def spells_another_word(fam, words):
    """Whether an Arabic-script family name, with up to two of the endings the engine reads past, is such a word."""
    return any(w.startswith(fam) and len(w) - len(fam) <= 2 and all(c in ARABIC_SUFFIX_LETTERS for c in w[len(fam):])
               for w in words)


def latin_names():
    """Each person's Latin name and family name alone, as people.tsv gives them."""
    out = {}
    for line in (KB / "people.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        cells = line.split("\t")
        out.setdefault(cells[0], (cells[1], cells[2].split("|")[0]))
    return out


def derives_family(latin, name):
    """Whether People.familiesInOtherScripts takes the last word of this full name for the family name alone."""
    if latin is None:
        return False
    words, script = latin[0].split(), name.split()
    inflecting = any("\u0400" <= c <= "\u04ff" or "\u0600" <= c <= "\u06ff" or "\u0900" <= c <= "\u097f" for c in script[-1])
    return (inflecting and len(words) >= 2 and words[-1] == latin[1] and len(script) == len(words)
            and len(script[-1]) >= SHORTEST_DERIVED_FAMILY)


def main():
    check = "--check" in sys.argv
    places = place_names()
    calendar = calendar_words()
    latin = latin_names()
    full, family = {}, {}
    for f in sorted((HERE / "people-scripts").glob("*.tsv")):
        with open(f, encoding="utf-8") as fh:
            for line, row in enumerate(csv.DictReader(fh, delimiter="\t"), start=2):
                if any(row.get(k) is None for k in ("id", "lang", "full", "family")) or not row["id"].strip():
                    sys.exit(f"{f.name}:{line}: a row needs id, lang, full and family (tab-separated, family may be empty)")
                pid = row["id"].strip()
                fam = row["family"].strip()
                name = row["full"].strip()
                # people.tsv takes the last word of a full name in another script as the family name alone
                # (People.familiesInOtherScripts): where the compiler left the family out as a common word
                # ("رئيسي", main; "शरीफ", noble), the full name goes in marked as a whole name only ("=शहबाज शरीफ")
                if name and (fam or not derives_family(latin.get(pid), name)):
                    full.setdefault(pid, []).append(name)
                elif name:
                    full.setdefault(pid, []).append(WHOLE_ONLY + name)
                if fam and fam in places:
                    print(f"left out: {pid} family '{fam}' is a place or country name", file=sys.stderr)
                elif fam and unspaced(fam) and any(fam in p for p in places if unspaced(p)):
                    # Chinese, Japanese and Korean are read without spaces: "ハン" would be found inside "ハンガリー" (Hungary)
                    print(f"left out: {pid} family '{fam}' is written inside a place or country name", file=sys.stderr)
                elif fam and arabic(fam) and (len(fam) < SHORTEST_ARABIC_FAMILY or spells_another_word(fam, places | calendar)):
                    print(f"left out: {pid} family '{fam}': too short, or with an ending a place or a month", file=sys.stderr)
                elif fam:
                    family.setdefault(pid, []).append(fam)
    path = KB / "people.tsv"
    out, added = [], 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            out.append(line)
            continue
        cells = line.split("\t")
        pid = cells[0]
        fams = cells[2].split("|")
        for f in family.get(pid, []):
            if f not in fams:
                fams.append(f)
                added += 1
        cells[2] = "|".join(fams)
        while len(cells) < 8:
            cells.append("")
        aliases = [a for a in cells[7].split("|") if a]
        for a in full.get(pid, []):
            if a not in aliases and a != cells[1]:
                aliases.append(a)
                added += 1
        cells[7] = "|".join(aliases)
        out.append("\t".join(cells))
    if check:
        print(f"{added} forms to add")
        sys.exit(1 if added else 0)
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"{added} forms added")


if __name__ == "__main__":
    main()
