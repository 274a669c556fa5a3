"""Actor knowledge base built from the Phoenix/PETRARCH2 dictionaries (MIT).

The dictionaries use the TABARI format: a name line in capitals with ``_`` for spaces,
``+ALIAS`` lines, and ``[CODE date-range]`` lines (see petrarch2's
``docs/source/dictionaries.rst``). :func:`build_rows` reads them; the project ships the
result as ``data/actors.tsv.gz`` (one row per phrase and code) and :class:`ActorKB`
loads that compact form at run time, so no user needs the original files.
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path

from newswire.datafiles import read_pairs, read_rows

KB_FILE = "actors.tsv.gz"

# Three-letter CAMEO sector/role codes (CAMEO manual, ch. 3 "Actor codes").
SECTORS = {
    "GOV", "MIL", "COP", "JUD", "LEG", "ELI", "PTY", "OPP", "REB", "INS", "SEP", "CVL",
    "MED", "BUS", "EDU", "HLH", "REF", "AGR", "ENV", "LAB", "CRM", "UAF", "SPY", "IGO",
    "NGO", "NGM", "MNC", "IMG", "RAD", "HRI", "REL", "CHR", "MOS", "PRO", "DEV",
}


@dataclass(frozen=True, slots=True)
class KBEntry:
    """One dictionary phrase with one code valid over a date range."""

    phrase: str  # lower case, single spaces
    code: str  # e.g. BLRGOV, IGOUNO, ~COP (an agent: sector only)
    start: date | None
    end: date | None
    kind: str  # country | actor | org | group | agent
    canonical: str  # the dictionary's head name for the phrase, title-cased

    def valid_on(self, day: date | None) -> bool:
        if day is None:
            return True
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


def _phrase(raw: str) -> str:
    raw = raw.split("#", 1)[0].strip().strip("+").strip()
    raw = re.sub(r"\{.*?\}", "", raw)
    return re.sub(r"\s+", " ", raw.replace("_", " ")).strip().lower()


def _tabari_date(token: str) -> date | None:
    token = token.strip()
    if not token.isdigit():
        return None
    try:
        if len(token) == 8:
            return date(int(token[:4]), int(token[4:6]), int(token[6:]))
        if len(token) == 6:
            yy = int(token[:2])
            # TABARI two-digit years; the 2014 files use 00-29 for this century.
            year = 2000 + yy if yy < 30 else 1900 + yy
            return date(year, int(token[2:4]), int(token[4:]))
    except ValueError:
        return None
    return None


def _date_range(spec: str) -> tuple[date | None, date | None]:
    spec = spec.strip()
    if not spec:
        return None, None
    if spec.startswith(">"):
        return _tabari_date(spec[1:]), None
    if spec.startswith("<"):
        return None, _tabari_date(spec[1:])
    if "-" in spec:
        a, b = spec.split("-", 1)
        return _tabari_date(a), _tabari_date(b)
    return None, None


_CODE = re.compile(r"\[([~A-Z0-9]+)\s*([^\]]*)\]")

Coded = tuple[str, date | None, date | None]


def _superseded(codes: list[Coded]) -> list[Coded]:
    """A country's codes in succession: an open-ended code ends where a later one begins.
    The files mistype some "<" as ">" (Turkmenistan is ``[USRTKM >911016]`` beside
    ``[TKM >911221]``), which would keep a Soviet republic Soviet today."""
    out = []
    for code, start, end in codes:
        if start is not None and end is None:
            later = [s for c, s, _ in codes if c != code and s is not None and s > start]
            if later:
                end = min(later)
        out.append((code, start, end))
    return out


def _title(phrase: str) -> str:
    if len(phrase) <= 4 and " " not in phrase:
        return phrase.upper()  # acronyms: NATO, UN, EU
    return " ".join(w.capitalize() for w in phrase.split())


def parse_actor_file(lines: Iterable[str], kind: str) -> Iterator[KBEntry]:
    """Parse a TABARI ``.actors`` file: blocks of name, aliases and codes."""
    names: list[str] = []
    codes: list[tuple[str, date | None, date | None]] = []

    def flush() -> Iterator[KBEntry]:
        if names and codes:
            canonical = _title(names[0])
            # A block whose first line is a country (bare 3-letter code) is a country.
            block_kind = kind
            if kind == "country" and not any(len(c) == 3 for c, _, _ in codes):
                block_kind = "actor"
            dated = codes if block_kind != "country" else _superseded(codes)
            for n in names:
                for c, s, e in dated:
                    yield KBEntry(n, c, s, e, block_kind, canonical)

    for raw in lines:
        line = raw.rstrip("\n")
        body = line.split("#", 1)[0]
        if not body.strip():
            continue
        stripped = body.strip()
        if stripped.startswith("["):
            for m in _CODE.finditer(stripped):
                s, e = _date_range(m.group(2))
                codes.append((m.group(1), s, e))
            continue
        if stripped.startswith("+"):
            # an alias may carry its own code on the same line
            alias = _phrase(_CODE.sub("", stripped))
            if alias:
                names.append(alias)
            continue
        # a new head name line: flush the previous block
        yield from flush()
        names, codes = [], []
        head = _phrase(_CODE.sub("", stripped))
        if head:
            names.append(head)
        for m in _CODE.finditer(stripped):
            s, e = _date_range(m.group(2))
            codes.append((m.group(1), s, e))
    yield from flush()


_SUBST = re.compile(r"^!(\w+)!\s*=\s*(.+)$")


def parse_agents_file(lines: Iterable[str]) -> Iterator[KBEntry]:
    """Parse ``Phoenix.agents.txt``: generic agents such as POLICE [~COP]."""
    subst: dict[str, list[str]] = {}
    for raw in lines:
        body = raw.split("#", 1)[0].strip()
        if not body:
            continue
        m = _SUBST.match(body)
        if m:
            subst[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        cm = _CODE.search(body)
        if not cm:
            continue
        code = cm.group(1)
        name_part = body[: cm.start()]
        plurals = re.findall(r"\{(.*?)\}", name_part)
        name_part = re.sub(r"\{.*?\}", "", name_part).strip()
        variants = [name_part]
        for key, words in subst.items():
            token = f"!{key}!"
            if token in name_part:
                variants = [v.replace(token, w) for v in variants for w in words]
        for p in plurals:
            if p.strip():
                variants.append(p.strip())
        for v in variants:
            ph = _phrase(v)
            if not ph:
                continue
            yield KBEntry(ph, code, None, None, "agent", _title(ph))
            if not ph.endswith("s") and not plurals:
                # PETRARCH adds regular plurals itself; so do we.
                yield KBEntry(ph + "s", code, None, None, "agent", _title(ph))


def build_rows(phoenix_dir: Path) -> list[KBEntry]:
    """Read the Phoenix dictionaries in ``phoenix_dir`` into KB entries."""
    files = {
        "Phoenix.Countries.actors.txt": "country",
        "Phoenix.International.actors.txt": "org",
        "Phoenix.MilNonState.actors.txt": "group",
    }
    rows: list[KBEntry] = []
    for name, kind in files.items():
        with open(phoenix_dir / name, encoding="utf-8", errors="replace") as fh:
            rows.extend(parse_actor_file(fh, kind))
    with open(phoenix_dir / "Phoenix.agents.txt", encoding="utf-8", errors="replace") as fh:
        rows.extend(parse_agents_file(fh))
    return rows


def _fmt(d: date | None) -> str:
    return d.isoformat() if d else ""


def write_kb(rows: Iterable[KBEntry], out: Path) -> int:
    seen: set[tuple] = set()
    n = 0
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write("# phrase\tcode\tstart\tend\tkind\tcanonical  (built from Phoenix dictionaries, MIT)\n")
        for r in rows:
            key = (r.phrase, r.code, r.start, r.end)
            if key in seen or "\t" in r.phrase:
                continue
            seen.add(key)
            fh.write(f"{r.phrase}\t{r.code}\t{_fmt(r.start)}\t{_fmt(r.end)}\t{r.kind}\t{r.canonical}\n")
            n += 1
    return n


def _iso(s: str) -> date | None:
    return date.fromisoformat(s) if s else None


class ActorKB:
    """Phrase → dated actor codes, loaded from the shipped compact file."""

    def __init__(self, rows: Iterable[KBEntry]):
        self.by_phrase: dict[str, list[KBEntry]] = {}
        self.by_surname: dict[str, list[KBEntry]] = {}
        for r in rows:
            self.by_phrase.setdefault(r.phrase, []).append(r)
            if r.kind == "actor" and " " in r.phrase:
                self.by_surname.setdefault(r.phrase.rsplit(" ", 1)[1], []).append(r)
        self.acronyms: set[str] = set()
        self._fold_acronyms()

    def _fold_acronyms(self) -> None:
        """Phoenix lists some groups twice, once with their acronym in brackets and a state's
        code ("moro islamic liberation front (milf)" PHLREB), once bare under a region-wide
        code (IMGSEA...). The state's code is the more specific: the bare name and the acronym
        alone get it too, after any entry of their own that names a state."""
        for phrase, entries in list(self.by_phrase.items()):
            m = re.fullmatch(r"(.+) \((\w{3,})\)", phrase)
            if not m:
                continue
            stated = [e for e in entries if e.kind == "group" and split_code(e.code)[0]]
            for key in m.groups():
                own = self.by_phrase.get(key, [])
                if stated and not any(split_code(e.code)[0] for e in own):
                    self.by_phrase[key] = [replace(e, phrase=key) for e in stated] + own
                    if key == m.group(2) and not own:
                        self.acronyms.add(key)

    def surnames_starting(self, prefix: str) -> list[tuple[str, list[KBEntry]]]:
        """Surname index entries sharing a three-letter prefix (for fuzzy surname matches)."""
        if not hasattr(self, "_by_prefix"):
            self._by_prefix: dict[str, list[tuple[str, list[KBEntry]]]] = {}
            for sur, xs in self.by_surname.items():
                self._by_prefix.setdefault(sur[:3], []).append((sur, xs))
        return self._by_prefix.get(prefix, [])

    @classmethod
    def from_file(cls, path: Path) -> ActorKB:
        rows = []
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("#"):
                    continue
                p = line.rstrip("\n").split("\t")
                if len(p) != 6:
                    continue
                rows.append(KBEntry(p[0], p[1], _iso(p[2]), _iso(p[3]), p[4], p[5]))
        return cls(rows)

    def lookup(self, phrase: str, day: date | None = None) -> list[KBEntry]:
        """Entries for an exact (normalised) phrase valid on ``day``."""
        key = normalise(phrase)
        if key in self.acronyms and not any(c.isupper() for c in phrase):
            return []  # "CAR" (an Ecuadorian group) is written in capitals; "the car" is a car
        hits = self.by_phrase.get(key, [])
        if not hits and " " in key:  # (a name, not a bare common noun: "the organisation")
            us = _american(key)  # "organisation of african unity": filed as "organization"
            hits = self.by_phrase.get(us, []) if us != key else []
        # Undated articles are taken as current: today's codes, not the USSR's.
        valid = [h for h in hits if h.valid_on(day or date.today())]
        renamed = _renamed().get(key)
        if renamed is not None and (day or date.today()).year > renamed[1]:
            # "Salisbury" was Harare until 1982; the name is a city in England now
            valid = [h for h in valid if h.code[:3] != renamed[0]]
        # Dated entries are more specific than open-ended ones ([BLRELI] vs [BLRGOV >940720]).
        return sorted(valid, key=lambda h: (h.start is None and h.end is None))


@lru_cache(maxsize=1)
def _renamed() -> dict[str, tuple[str, int]]:
    """Old names of renamed cities (``data/renamed_places.tsv``) → (state, year renamed)."""
    return {name: (state, int(year)) for name, state, year, *_ in read_rows("renamed_places.tsv")}


@lru_cache(maxsize=1)
def _spellings() -> dict[str, str]:
    return read_pairs("spelling_variants.tsv")


def _american(key: str) -> str:
    """The phrase with British spellings of ``data/spelling_variants.tsv`` made American."""
    table = _spellings()
    return " ".join(table.get(w, w) for w in key.split())


@lru_cache(maxsize=262144)
def normalise(text: str) -> str:
    """Lower case, no diacritics ("Erdoğan" → "erdogan"), no article or possessive."""
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = text.lower().replace("’", "'")
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"^the\s+", "", text.strip())
    text = re.sub(r"[^\w\s.\-']", " ", text)
    return re.sub(r"\s+", " ", text).strip()


@lru_cache(maxsize=1)
def default_kb() -> ActorKB:
    """The KB shipped in the package, with ``data/actor_aliases.tsv`` on top."""
    ref = resources.files("newswire") / "data" / KB_FILE
    with resources.as_file(ref) as path:
        kb = ActorKB.from_file(Path(path))
    text = (resources.files("newswire") / "data" / "actor_aliases.tsv").read_text(encoding="utf-8")
    people: dict[str, list[KBEntry]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            cols = line.split("\t") + ["", "", ""]
            phrase, code, name, kind, start, end = (c.strip() for c in cols[:6])
            if not kind:
                kind = "country" if len(code) == 3 and not code.startswith("IGO") else "org"
            entry = KBEntry(normalise(phrase), code, _iso(start), _iso(end), kind, name)
            if kind == "actor":
                people.setdefault(entry.phrase, []).append(entry)
            else:
                kb.by_phrase.setdefault(entry.phrase, []).insert(0, entry)
    # a person the file lists replaces the dictionary's entries for that name: Phoenix stops
    # about 2015 and leaves offices open ("joe biden" GOV from 2009 with no end)
    for phrase, entries in people.items():
        old = kb.by_phrase.get(phrase, [])
        kb.by_phrase[phrase] = entries
        if " " in phrase:
            sur = phrase.rsplit(" ", 1)[1]
            kept = [x for x in kb.by_surname.get(sur, []) if x not in old]
            kb.by_surname[sur] = kept + entries
    _add_iso_names(kb)
    if hasattr(kb, "_by_prefix"):
        del kb._by_prefix
    return kb


@lru_cache(maxsize=1)
def iso_country_names() -> dict[str, tuple[str, str]]:
    """ISO 3166 names (short, official, common), normalised → (alpha-3, common name)."""
    import pycountry

    out = {}
    for c in pycountry.countries:
        canonical = getattr(c, "common_name", None) or c.name
        for name in (c.name, getattr(c, "official_name", None), getattr(c, "common_name", None)):
            if name:
                out[normalise(name)] = (c.alpha_3, canonical)
    return out


def _add_iso_names(kb: ActorKB) -> None:
    """ISO 3166's names of countries the dictionary does not spell so: names given since the
    files were written ("North Macedonia", "Eswatini", "Timor-Leste") and formal ones ("the
    Syrian Arab Republic", "the Kingdom of Saudi Arabia"). The dictionary's entry wins."""
    for phrase, (code, canonical) in iso_country_names().items():
        if phrase and phrase not in kb.by_phrase:
            kb.by_phrase[phrase] = [KBEntry(phrase, code, None, None, "country", canonical)]


# CAMEO country codes that ISO 3166-1 spells otherwise (CountryInfo.txt predates them;
# "ANG" is a misspelling of Angola in some Phoenix agent entries, USR is CAMEO's USSR)
CAMEO_TO_ISO = {"TMP": "TLS", "KSV": "XKX", "ANG": "AGO", "USR": "SUN"}


@lru_cache(maxsize=1)
def iso_countries() -> frozenset[str]:
    """ISO 3166-1 alpha-3 codes, current and withdrawn (YUG, DDR, CSK, SUN), plus Kosovo."""
    import pycountry

    codes = {c.alpha_3 for c in pycountry.countries}
    codes |= {c.alpha_3 for c in pycountry.historic_countries if getattr(c, "alpha_3", None)}
    return frozenset(codes | {"XKX"})


SECTORS = frozenset(
    "GOV MIL COP REB OPP CVL MED BUS ELI JUD LEG REF HLH EDU HRI LAB AGR ENV SPY UAF CRM RAD "
    "SET DEV SOC MOS CHR JEW BUD HIN".split())


# Phoenix spells CAMEO's Muslim code MUS, and files generic people ("men", "persons") as PPL,
# a code CAMEO does not have: its civilians are CVL
SECTOR_SPELLING = {"MUS": "MOS", "PPL": "CVL"}


def igo_function(code: str) -> str | None:
    """The functional sector at the end of a non-state code: IGOUNOREF (UNHCR) → REF.

    CAMEO codes an international body as IGO + the body + optionally its role; PLOVER's
    gold codes such actors by that role (peacekeepers MIL, the Security Council GOV).
    """
    code = code.strip()
    if code[:3] in {"IGO", "NGO", "IMG", "NGM"} and len(code) >= 9 and code[-3:] in SECTORS:
        return code[-3:]
    return None


def split_code(code: str) -> tuple[str | None, str | None]:
    """Split a CAMEO actor code into (country, sector).

    ``BLRGOV`` → (BLR, GOV); ``IGOUNO`` → (None, IGO); ``~COP`` → (None, COP).
    """
    code = code.strip()
    if code[:3] in CAMEO_TO_ISO:
        code = CAMEO_TO_ISO[code[:3]] + code[3:]
    if code.startswith("~"):
        sec = code[1:4]
        # Phoenix spells CAMEO's Muslim religion code (MOS, CAMEO manual ch. 2) as MUS
        return None, SECTOR_SPELLING.get(sec, sec) or None
    if code[:3] in {"IGO", "NGO", "IMG", "MNC", "NGM"}:
        return None, code[:3]
    if len(code) == 3 and code not in iso_countries():
        return None, SECTOR_SPELLING.get(code, code)  # a bare sector: Phoenix's [ELI] for a former office holder
    country = code[:3] if len(code) >= 3 else None
    sector = code[3:6] if len(code) >= 6 else None
    if sector and sector in iso_countries() and sector not in SECTORS:
        # "SDNSSD" (Juba before 2011): a region filed under its state by the region's own
        # country code, not a sector; a sector after it still counts (SDNSSDAUT has none)
        sector = code[6:9] if code[6:9] in SECTORS else None
    sector = SECTOR_SPELLING.get(sector, sector) if sector else sector
    if country is not None and country not in iso_countries():
        country = None  # CAMEO regions (WAF, MEA, SAS, ...) are not countries
    return country, sector
