#!/usr/bin/env python3
"""Check the built gazetteers: format, duplicates, cross references, spot checks.

    python3 scripts/gazetteer/check.py        # plain Python, no packages needed

Prints counts and sizes; exits non-zero listing every failed check.
"""
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent.parent / "assets" / "gazetteer"
FILES = {  # name: number of columns
    "countries.tsv": 5, "cities.tsv": 6, "regions.tsv": 5,
    "first_names.txt": 3, "common_words.txt": 3,
}
LIST_COLUMNS = {"countries.tsv": (1, 2), "cities.tsv": (3,), "regions.tsv": (3,),
                "common_words.txt": (2,)}
failures = []


def check(ok, what):
    if not ok:
        failures.append(what)


def load(name):
    raw = (OUT / name).read_bytes()
    text = raw.decode("utf-8")
    lines = text.split("\n")
    check(lines[-1] == "", f"{name}: no final newline")
    lines = lines[:-1]
    check(lines[0].startswith("# "), f"{name}: first line is not a # header")
    body = lines[1:]
    check(body == sorted(body), f"{name}: lines not sorted")
    check(len(body) == len(set(body)), f"{name}: duplicate lines")
    rows = []
    for i, ln in enumerate(body, 2):
        f = ln.split("\t")
        check(len(f) == FILES[name], f"{name}:{i}: {len(f)} columns")
        check(f[0] != "" and f[0] == f[0].strip(), f"{name}:{i}: empty or padded name")
        check(unicodedata.is_normalized("NFC", ln), f"{name}:{i}: not NFC")
        check("’" not in ln, f"{name}:{i}: curly apostrophe")
        for c in LIST_COLUMNS.get(name, ()):
            if f[c]:
                items = f[c].split("|")
                check(all(x and x == x.strip() for x in items), f"{name}:{i}: empty list item")
                check(len(items) == len(set(items)), f"{name}:{i}: repeated list item")
                check(f[0] not in items or c == 2, f"{name}:{i}: name repeated as alias")
        rows.append(f)
    print(f"{name:18} {len(rows):6} rows {len(raw):9,} bytes")
    return rows


countries = load("countries.tsv")
cities = load("cities.tsv")
regions = load("regions.tsv")
names = load("first_names.txt")
words = load("common_words.txt")
total = sum((OUT / n).stat().st_size for n in FILES)
print(f"{'total':18} {'':6}      {total:9,} bytes")

# cross references
country_names = {r[0] for r in countries}
check(len(country_names) == len(countries), "countries: duplicate names")
check(len({r[3] for r in countries}) == len(countries), "countries: duplicate iso2")
for r in cities:
    check(r[1] in country_names, f"cities: unknown country {r[1]!r} ({r[0]})")
    check(r[2].isdigit(), f"cities: population {r[2]!r} ({r[0]})")
    check(r[4] in ("0", "1"), f"cities: capital flag {r[4]!r} ({r[0]})")
for r in regions:
    check(r[2] == "" or r[2] in country_names, f"regions: unknown country {r[2]!r}")
region_names = {r[0] for r in regions if r[1] in ("state", "province", "territory",
                                                   "federal district")}
for r in cities:
    check(r[5] == "" or r[5] in region_names, f"cities: unknown region {r[5]!r}")
capitals = defaultdict(list)
for r in cities:
    if r[4] == "1":
        capitals[r[1]].append(r[0])
no_capital = sorted(r[0] for r in countries if r[4] != "territory" and r[1] not in capitals
                    and r[0] not in capitals)
check(not no_capital, f"sovereign or disputed without a capital row: {no_capital}")
print("countries without a capital row (territories):",
      sorted(r[0] for r in countries if r[0] not in capitals))
ranks = sorted(int(r[1]) for r in names)
check(ranks == list(range(1, len(names) + 1)), "first_names: ranks not 1..N")


# spot checks by hand: (description, predicate)
def country(n):
    return next((r for r in countries if r[0] == n), None)


def city(n, c, **kw):
    return [r for r in cities if r[1] == c and (r[0] == n or n in r[3].split("|"))
            and all(r[{"capital": 4, "region": 5}[k]] == v for k, v in kw.items())]


def region(n, kind=None, c=None):
    return [r for r in regions if (r[0] == n or n in r[3].split("|"))
            and (kind is None or r[1] == kind) and (c is None or r[2] == c)]


def has(row, col, *items):
    return row is not None and set(items) <= set(row[col].split("|"))


name_set = {r[0] for r in names}
word = {r[0]: r for r in words}
SPOT = [
    ("Washington is the US capital city (D.C.)",
     city("Washington", "United States", capital="1", region="District of Columbia")),
    ("Washington is also a US state, alias Wash.", region("Wash.", "state", "United States")),
    ("Georgia is a country", country("Georgia") and country("Georgia")[3] == "GE"),
    ("Georgia is also a US state", region("Georgia", "state", "United States")),
    ("Tbilisi is the capital of Georgia", city("Tbilisi", "Georgia", capital="1")),
    ("United States aliases", has(country("United States"), 1, "U.S.", "US", "USA",
                                  "United States of America", "America")),
    ("United States demonyms", has(country("United States"), 2, "American", "Americans")),
    ("United Kingdom aliases", has(country("United Kingdom"), 1, "Britain", "Great Britain",
                                   "U.K.", "UK")),
    ("United Kingdom demonyms", has(country("United Kingdom"), 2, "British", "Briton",
                                    "Britons")),
    ("South Korea", has(country("South Korea"), 1, "Republic of Korea", "ROK")
     and has(country("South Korea"), 2, "South Korean")),
    ("China / Japan demonyms", has(country("China"), 2, "Chinese")
     and has(country("Japan"), 2, "Japanese")),
    ("Iraqis, Israelis", has(country("Iraq"), 2, "Iraqis")
     and has(country("Israel"), 2, "Israelis")),
    ("Turkey, alias Türkiye", has(country("Turkey"), 1, "Türkiye")),
    ("Netherlands: Holland, Dutch", has(country("Netherlands"), 1, "Holland")
     and has(country("Netherlands"), 2, "Dutch")),
    ("DR Congo alias DRC", has(country("DR Congo"), 1, "DRC")),
    ("Taiwan is disputed, capital Taipei", country("Taiwan")[4] == "disputed"
     and city("Taipei", "Taiwan", capital="1")),
    ("Mumbai alias Bombay, 10M+", [r for r in city("Bombay", "India")
                                   if int(r[2]) > 10_000_000]),
    ("Kyiv alias Kiev, capital", city("Kiev", "Ukraine", capital="1")),
    ("Beijing alias Peking, capital", city("Peking", "China", capital="1")),
    ("New York City alias New York, in New York state",
     city("New York", "United States", region="New York")),
    ("New York is also a state, alias N.Y.", region("N.Y.", "state", "United States")),
    ("Springfield in Illinois, Massachusetts, Missouri",
     len(city("Springfield", "United States")) == 3),
    ("London UK capital; London Ontario not", city("London", "United Kingdom", capital="1")
     and city("London", "Canada", capital="0", region="Ontario")),
    ("Cologne, alias Köln", city("Köln", "Germany") and city("Cologne", "Germany")),
    ("Zurich alias of Zürich", city("Zurich", "Switzerland")),
    ("Ho Chi Minh City alias Saigon", city("Saigon", "Vietnam")),
    ("South Africa: three capitals", all(city(n, "South Africa", capital="1")
                                         for n in ("Pretoria", "Cape Town", "Bloemfontein"))),
    ("Calif. is California", region("Calif.", "state", "United States")),
    ("Ontario and Quebec provinces", region("Ontario", "province", "Canada")
     and region("Québec", "province", "Canada")),
    ("New South Wales, code NSW", [r for r in region("New South Wales", "state", "Australia")
                                   if r[4] == "NSW"]),
    ("Scotland is a UK nation", region("Scotland", "nation", "United Kingdom")),
    ("Middle East, Europe", region("Middle East", "region") and region("Europe", "continent")),
    ("Gaza Strip and West Bank in Palestine", region("Gaza Strip", "territory", "Palestine")
     and region("West Bank", "territory", "Palestine")),
    ("Gaza is also a city", city("Gaza", "Palestine")),
    ("first names: Michael, Mary, Vladimir, Kamala, Keir",
     {"Michael", "Mary", "Vladimir", "Kamala", "Keir"} <= name_set),
    ("no SSA placeholders", not ({"Unknown", "Baby", "Infant"} & name_set)),
    ("common words: the/said level 10", word.get("the", [0, ""])[1] == "10"
     and word.get("said", [0, ""])[1] == "10"),
    ("common words: will is also a name", "name" in word.get("will", ["", "", ""])[2]),
    ("common words: no capitalised entries", all(w == w.lower() for w in word)),
]
for desc, ok in SPOT:
    print(("ok   " if ok else "FAIL ") + desc)
    check(bool(ok), "spot check: " + desc)

if failures:
    print(f"\n{len(failures)} failed:", *failures[:50], sep="\n  ")
    sys.exit(1)
print(f"\nall checks passed ({len(SPOT)} spot checks)")
