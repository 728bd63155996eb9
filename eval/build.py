#!/usr/bin/env python3
"""Builds the blind evaluation set's two halves from the annotators' sets.

Input (outside the repository, default ../../blind from this folder, i.e. /work/blind beside the
checkout): <SET>/gold.json and <SET>/sources.tsv for a set being added, and <SET>/pages/ for every
set whose pages were saved (or saved again: see README.md).
Output: eval/split.tsv (which half each page is in; kept stable once written), eval/sources.tsv
(set, file, half, url, query, rank) and eval/<half>/gold.json; a set without its gold.json beside the
pages keeps what these files already hold for it. Every page present under <SET>/pages/ is copied
with its sidecar to ../blind/<half>/, ready for `readout ingest`.

Documents that share an engagement (reported or mentioned) stay in one half, so that no encounter is
seen on both sides of the split; components alternate between the halves within each set.
"""
import csv
import json
import re
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BLIND = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parent.parent / "blind"
SETS = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T", "U", "V", "W", "X", "Y", "Z", "AA", "AB", "AC", "AD", "AE", "AF", "AG", "AH", "AI", "AJ", "AK", "AL", "AM", "AN", "AO", "AP", "AQ", "AR", "AS", "AT", "AU", "AV", "AW", "AX", "AY", "AZ", "BA", "BB", "BC", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BK", "BL", "BM", "BN", "BO", "BP", "BQ", "BR", "BS", "BT", "BU", "BV", "BW", "BX", "BY", "BZ", "CA", "CB", "CC", "CD", "CE", "CF", "CG", "CH", "CI", "CJ", "CK", "CL", "CM", "CN", "CO", "CP", "CQ", "CR", "CS", "CT", "CU", "CV", "CW", "CX", "CY", "CZ", "DA", "DB", "DC", "DD"]
# Sets annotated after a test half had been scored: every page of these is in a later test half.
LATER_TEST = {"E": "test2", "F": "test2", "G": "test2", "H": "test3", "I": "test3", "J": "test3", "K": "test4", "L": "test4", "M": "test4",
              "N": "test5", "O": "test5", "P": "test5", "Q": "test6", "R": "test6", "S": "test6",
              "T": "test7", "U": "test7", "V": "test7",
              "W": "test8", "X": "test8", "Y": "test8",
              "Z": "test9", "AA": "test9", "AB": "test9",
              "AC": "test10", "AD": "test10", "AE": "test11", "AF": "test11",
              "AG": "test12", "AH": "test12", "AI": "test13", "AJ": "test13",
              "AK": "test14", "AL": "test14", "AM": "test15", "AN": "test15",
              "AO": "test16", "AP": "test16",
              "AQ": "test17", "AR": "test17", "AS": "test18", "AT": "test18",
              "AU": "test19", "AV": "test19",
              "AW": "test20", "AX": "test20",
              "AY": "test21", "AZ": "test21",
              "BA": "test22", "BB": "test22",
              "BC": "test23", "BD": "test23",
              "BE": "test24", "BF": "test24",
              "BG": "test25", "BH": "test25",
              "BI": "test26", "BJ": "test26", "BK": "test27", "BL": "test27", "BM": "test28", "BN": "test28", "BO": "test29", "BP": "test29", "BQ": "test30", "BR": "test30", "BS": "test31", "BT": "test31", "BU": "test32", "BV": "test32", "BW": "test33", "BX": "test33", "BY": "test34", "BZ": "test34", "CA": "test35", "CB": "test35", "CC": "test36", "CD": "test36", "CE": "test37", "CF": "test37", "CG": "test38", "CH": "test38", "CI": "test39", "CJ": "test39", "CK": "test40", "CL": "test40", "CM": "test41", "CN": "test41", "CO": "test42", "CP": "test42", "CQ": "test43", "CR": "test43", "CS": "test44", "CT": "test44", "CU": "test45", "CV": "test45", "CW": "test46", "CX": "test46", "CY": "test47", "CZ": "test47", "DA": "test48", "DB": "test48", "DC": "test49", "DD": "test49"}
HALVES = ("tune", "test", "test2", "test3", "test4", "test5", "test6", "test7", "test8", "test9", "test10", "test11", "test12", "test13", "test14", "test15", "test16", "test17", "test18", "test19", "test20", "test21", "test22", "test23", "test24", "test25", "test26", "test27", "test28", "test29", "test30", "test31", "test32", "test33", "test34", "test35", "test36", "test37", "test38", "test39", "test40", "test41", "test42", "test43", "test44", "test45", "test46", "test47", "test48", "test49")


def components(gold):
    parent = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for d in gold["documents"]:
        for e in d.get("primary", []) + d.get("mentions", []):
            parent[find("doc:" + d["file"])] = find("eng:" + e)
    groups = {}
    for d in gold["documents"]:
        groups.setdefault(find("doc:" + d["file"]), []).append(d["file"])
    return sorted(sorted(g) for g in groups.values())


def split(sets):
    path = HERE / "split.tsv"
    halves = {}
    if path.exists():
        with open(path) as f:
            halves = {(r["set"], r["file"]): r["half"] for r in csv.DictReader(f, delimiter="\t")}
    for name, gold in sets.items():
        if any(key[0] == name for key in halves):
            continue
        if name in LATER_TEST:
            for d in gold["documents"]:
                halves[(name, d["file"])] = LATER_TEST[name]
            continue
        sizes = {"tune": 0, "test": 0}
        for group in components(gold):
            half = "tune" if sizes["tune"] <= sizes["test"] else "test"
            sizes[half] += len(group)
            for file in group:
                halves[(name, file)] = half
    with open(path, "w", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["set", "file", "half"])
        for (name, file), half in sorted(halves.items()):
            w.writerow([name, file, half])
    return halves


def set_of(name):
    """The set a page file (AB07.txt) or an engagement id (AB-E3) belongs to."""
    return re.match(r"[A-Z]+", name).group(0)


def kept(half, rebuilt):
    """What eval/<half>/gold.json holds for the sets that are not being rebuilt."""
    path = HERE / half / "gold.json"
    gold = json.loads(path.read_text()) if path.exists() else {}
    out = {"corpus": f"readout-blind-{half}", "note": "Blind evaluation set, half " + half + "; see eval/README.md."}
    out["documents"] = [d for d in gold.get("documents", []) if set_of(d["file"]) not in rebuilt]
    for kind in ("engagements", "optional_engagements"):
        out[kind] = [e for e in gold.get(kind, []) if set_of(e["id"]) not in rebuilt]
    out["statements"] = [s for s in gold.get("statements", []) if set_of(s["doc"]) not in rebuilt]
    return out


def load_latin():
    out = {}
    for line in (HERE / "latin-families.tsv").read_text().splitlines():
        if line and not line.startswith("#"):
            script, latin = line.split("\t")
            out[script] = latin
    return out


LATIN = load_latin()


def latin_families(engagement):
    """A family name written in the page's script ('Путин'), or in one language's own Latin spelling ('bin Selman'),
    becomes the spelling of latin-families.tsv."""
    for p in engagement.get("participants", []):
        family = p.get("family") or ""
        if not family or (re.search(r"[A-Za-z]", family) and family not in LATIN):
            continue
        if family not in LATIN:
            sys.exit(f"{engagement['id']}: family name {family!r} has no Latin spelling in latin-families.tsv")
        p["family_as_written"] = family
        p["family"] = LATIN[family]


def main():
    sets = {s: json.loads((BLIND / s / "gold.json").read_text()) for s in SETS if (BLIND / s / "gold.json").exists()}
    halves = split(sets)
    out = {h: kept(h, sets) for h in HALVES}
    with open(HERE / "sources.tsv") as f:
        rows = [[r["set"], r["file"], r["half"], r["url"], r["query"], r["rank"]]
                for r in csv.DictReader(f, delimiter="\t") if r["set"] not in sets]
    for name, gold in sets.items():
        half_of_engagement = {}
        for d in gold["documents"]:
            h = halves[(name, d["file"])]
            out[h]["documents"].append(d)
            for e in d.get("primary", []) + d.get("mentions", []):
                half_of_engagement[e] = h
        for kind in ("engagements", "optional_engagements"):
            for e in gold.get(kind, []):
                latin_families(e)
                if e["id"] in half_of_engagement:
                    out[half_of_engagement[e["id"]]][kind].append(e)
        for s in gold["statements"]:
            # a page wrapped at a fixed width breaks a phrase across lines: the engine reads the line break as a space
            s["terms"] = [re.sub(r"\s+", " ", t) for t in s["terms"]]
            out[halves[(name, s["doc"])]]["statements"].append(s)
        with open(BLIND / name / "sources.tsv") as f:
            for r in csv.DictReader(f, delimiter="\t"):
                rows.append([name, r["file"], halves[(name, r["file"])], r["url"], r["query"], r.get("rank", "")])
    for name, file, half, *_ in rows:
        for p in (BLIND / name / "pages").glob(file + "*"):
            target = BLIND / half
            target.mkdir(exist_ok=True)
            shutil.copy(p, target / p.name)
    for h, gold in out.items():
        (HERE / h).mkdir(exist_ok=True)
        (HERE / h / "gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n")
        print(f"{h}: {len(gold['documents'])} pages, {len(gold['engagements'])} engagements, {len(gold['statements'])} statements")
    with open(HERE / "sources.tsv", "w", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["set", "file", "half", "url", "query", "rank"])
        w.writerows(sorted(rows))


if __name__ == "__main__":
    main()
