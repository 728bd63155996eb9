#!/usr/bin/env python3
"""Validate (and optionally re-sort) people.tsv.

Usage:
    python3 check_people.py [path/to/people.tsv] [--sort] [--overlaps] [--gaps] [--vacant]

Checks every non-comment row for: 9 tab-separated fields (a 10th, `source`, is optional), a valid id slug,
parsable dates with start <= end, a role from the vocabulary, a 3-letter
upper-case country code, gender m/f, and id consistency (one id => one
name/family/gender). --sort rewrites the file sorted by country, role
(vocabulary order) and start date, keeping the leading comment block.
--overlaps lists holders of the same office whose terms overlap (these are
usually deliberate: acting holders during a suspension, dual monarchies...).
--gaps lists offices left empty for more than 60 days between two holders the
file knows (a missing term, or a vacancy to confirm). --vacant lists offices whose every known term has
ended: the holder after the last one is missing.
Exit status is 1 if any error was found.
"""
import re
import sys
from collections import defaultdict
from datetime import date

ROLES = ["head of state", "head of government", "foreign minister", "defence minister"]
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
CC_RE = re.compile(r"^[A-Z]{3}$")


def parse_date(s):
    return date.fromisoformat(s) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s) else None


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    path = args[0] if args else "people.tsv"
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()

    header, rows, errors = [], [], []
    for n, line in enumerate(lines, 1):
        if line.startswith("#") and not rows:
            header.append(line)
            continue
        if line.startswith("#"):
            continue  # comment further down: allowed, dropped by --sort
        if not line.strip():
            errors.append(f"line {n}: empty line")
            continue
        f = line.split("\t")
        if len(f) not in (9, 10):
            errors.append(f"line {n}: {len(f)} fields instead of 9 (or 10 with a source): {line!r}")
            continue
        pid, name, family, cc, role, start, end, aliases, gender = f[:9]
        if not ID_RE.match(pid):
            errors.append(f"line {n}: bad id {pid!r}")
        if not name.strip() or not family.strip():
            errors.append(f"line {n}: empty name or family")
        if name != name.strip() or family != family.strip() or aliases != aliases.strip():
            errors.append(f"line {n}: stray whitespace")
        if not CC_RE.match(cc):
            errors.append(f"line {n}: bad country {cc!r}")
        if role not in ROLES:
            errors.append(f"line {n}: bad role {role!r}")
        sd = parse_date(start)
        if sd is None:
            errors.append(f"line {n}: bad start date {start!r}")
        ed = None
        if end:
            ed = parse_date(end)
            if ed is None:
                errors.append(f"line {n}: bad end date {end!r}")
        if sd and ed and sd > ed:
            errors.append(f"line {n}: start {start} after end {end}")
        if gender not in ("m", "f"):
            errors.append(f"line {n}: bad gender {gender!r}")
        if aliases:
            parts = aliases.split("|")
            if any(not p.strip() for p in parts):
                errors.append(f"line {n}: empty alias in {aliases!r}")
        rows.append((n, f, sd))

    by_id = defaultdict(set)
    for n, f, _ in rows:
        by_id[f[0]].add((f[1], f[2], f[8]))
    for pid, vals in sorted(by_id.items()):
        if len(vals) > 1:
            errors.append(f"id {pid!r} used with different name/family/gender: {sorted(vals)}")

    seen = set()
    for n, f, _ in rows:
        key = tuple(f[:7])
        if key in seen:
            errors.append(f"line {n}: duplicate row {f[:7]}")
        seen.add(key)

    if "--overlaps" in argv:
        offices = defaultdict(list)
        for n, f, sd in rows:
            ed = parse_date(f[6]) if f[6] else date.max
            if sd:
                offices[(f[3], f[4])].append((sd, ed, f[0], n))
        for (cc, role), terms in sorted(offices.items()):
            terms.sort()
            for i in range(len(terms)):
                for j in range(i + 1, len(terms)):
                    a, b = terms[i], terms[j]
                    if b[0] < a[1] and a[2] != b[2]:
                        print(f"overlap {cc} {role}: {a[2]} {a[0]}..{a[1]} / {b[2]} {b[0]}..{b[1]}")

    if "--gaps" in argv:
        offices = defaultdict(list)
        for n, f, sd in rows:
            if sd:
                offices[(f[3], f[4])].append((sd, parse_date(f[6]) if f[6] else date.max, f[0]))
        for (cc, role), terms in sorted(offices.items()):
            terms.sort()
            covered = terms[0][1]
            for sd, ed, pid in terms[1:]:
                if (sd - covered).days > 60:
                    print(f"gap {cc} {role}: {covered}..{sd} before {pid}")
                covered = max(covered, ed)

    if "--vacant" in argv:
        # an office whose every known term has ended: its present holder (or the one after the last) is missing
        offices = defaultdict(list)
        for n, f, sd in rows:
            if sd:
                offices[(f[3], f[4])].append((parse_date(f[6]) if f[6] else date.max, f[0]))
        for (cc, role), terms in sorted(offices.items()):
            last_end, pid = max(terms)
            if last_end != date.max:
                print(f"vacant {cc} {role}: nobody after {pid} (ended {last_end})")

    for e in errors:
        print("ERROR", e)

    counts = defaultdict(int)
    for _, f, _ in rows:
        counts[f[3]] += 1
    print(f"{len(rows)} rows, {len(by_id)} distinct people, {len(counts)} countries")
    print(" ".join(f"{c}:{counts[c]}" for c in sorted(counts)))

    if "--sort" in argv and not errors:
        order = {r: i for i, r in enumerate(ROLES)}
        rows.sort(key=lambda r: (r[1][3], order[r[1][4]], r[1][5], r[1][6] or "9999", r[1][0]))
        with open(path, "w", encoding="utf-8") as fh:
            for h in header:
                fh.write(h + "\n")
            for _, f, _ in rows:
                fh.write("\t".join(f) + "\n")
        print("sorted and rewritten:", path)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
