"""Actor coding: country (ISO 3166-1 alpha-3) and CAMEO sector for entities and phrases.

Dictionary first (the Phoenix KB, dated entries checked against the article date), then
composition from the text for actors no dictionary knows: the nationality adjective and
the role words around a name ("Belarusian chief of the general staff Viktor Gulevich" →
BLR MIL; "deputy interior minister Gennady Kazakevich" → GOV).
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from newswire.extract.entities import Entity, _edit1, person_tokens
from newswire.resolve.kb import ActorKB, KBEntry, normalise, split_code

PREFERRED_SECTOR = ("GOV", "MIL", "COP", "IGO", "REB", "OPP", "ELI")


@lru_cache(maxsize=1)
def sector_words() -> list[tuple[str, str]]:
    text = (resources.files("newswire") / "data" / "sector_words.tsv").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            w, s = line.split("\t")[:2]
            rows.append((w, s))
    return rows


def _pick(entries: list[KBEntry]) -> KBEntry | None:
    if not entries:
        return None
    def rank(e: KBEntry) -> tuple[int, int]:
        _, sec = split_code(e.code)
        dated = 0 if (e.start or e.end) else 1
        return dated, PREFERRED_SECTOR.index(sec) if sec in PREFERRED_SECTOR else 9
    return sorted(entries, key=rank)[0]


def country_code(kb: ActorKB, text: str, day: date | None = None) -> str | None:
    """ISO3 code for a country name, adjective or capital ("Belarusian", "Minsk")."""
    for e in kb.lookup(text, day):
        if e.kind == "country":
            c, _ = split_code(e.code)
            return c
    return None


def _compose(words: list[str], kb: ActorKB, day: date | None) -> tuple[str | None, str | None]:
    country = None
    for w in words:
        country = country_code(kb, w, day)
        if country:
            break
    sector = None
    joined = " ".join(words)
    for w, s in sector_words():
        if w in words or (" " in w and w in joined):
            sector = s
            break
    if sector is None:
        for w in words:
            hit = _pick([e for e in kb.lookup(w) if e.kind == "agent"])
            if hit:
                sector = split_code(hit.code)[1]
                break
    return country, sector


def _actor(country: str | None, sector: str | None, code: str | None = None,
           kb_name: str | None = None) -> dict | None:
    if not country and not sector:
        return None
    out = {"country": country, "sector": sector, "code": code or ((country or "") + (sector or "")) or None}
    if kb_name:
        out["kb_name"] = kb_name  # the dictionary's name: one key for the actor across articles
    return out


def code_entity(e: Entity, kb: ActorKB, day: date | None) -> dict | None:
    names = [m.text for m in e.mentions if m.kind == "name"] or [e.name]
    if e.type == "PERSON":
        for n in sorted(set(names), key=len, reverse=True):
            hit = _pick([x for x in kb.lookup(" ".join(person_tokens(n)), day) if x.kind != "agent"])
            if hit:
                c, s = split_code(hit.code)
                return _actor(c, s, hit.code, hit.canonical)
        toks = person_tokens(e.name)
        if len(toks) >= 2:
            first, surname = toks[0].lower(), toks[-1].lower()
            cands = [x for sur, xs in kb.by_surname.items() if sur[:3] == surname[:3] and _edit1(sur, surname)
                     for x in xs if x.phrase.split()[0][:1] == first[:1] and x.valid_on(day)]
            hit = _pick(cands)
            if hit:
                c, s = split_code(hit.code)
                comp_c, comp_s = _compose(e.roles, kb, day)
                return _actor(c or comp_c, s or comp_s, hit.code, hit.canonical)
        c, s = _compose(e.roles, kb, day)
        return _actor(c, s)
    for n in [e.name, *names]:
        hit = _pick(kb.lookup(n, day))
        if hit and hit.kind != "agent":
            c, s = split_code(hit.code)
            if e.type == "ORG" and hit.kind == "country" and s is None:
                s = "GOV"  # "Minsk said": a capital or country acting is its government
            return _actor(c, s, hit.code if hit.kind != "country" else None)
    words = [w for w in normalise(e.name).split()]
    c, s = _compose(words, kb, day)
    return _actor(c, s)


def code_phrase(head: Token | None, text: str, entity: Entity | None, kb: ActorKB,
                day: date | None) -> tuple[str | None, str | None]:
    """Country and sector of an event participant."""
    if entity is not None and entity.actor:
        c, s = entity.actor.get("country"), entity.actor.get("sector")
        if entity.type in ("GPE", "ORG") and head is not None and head.dep_ in ("nsubj", "nsubjpass") and not s:
            s = "GOV"
        return c, s
    words = normalise(text).split()
    if head is not None:
        mods = [t.lemma_.lower() for t in head.subtree if t.pos_ in ("ADJ", "NOUN", "PROPN")]
        words = mods + words
    c, s = _compose(words, kb, day)
    if head is not None and s is None:
        hit = _pick([e for e in kb.lookup(head.lemma_) if e.kind == "agent"])
        if hit:
            s = split_code(hit.code)[1]
    return c, s


def resolve_entities(entities: list[Entity], kb: ActorKB, day: date | None) -> list[Entity]:
    """Code every entity, then fold country names that differ only by form into one entity."""
    for e in entities:
        e.actor = code_entity(e, kb, day)
    kept: list[Entity] = []
    by_country: dict[str, Entity] = {}
    for e in entities:
        c = (e.actor or {}).get("country")
        if e.type == "GPE" and c and not (e.actor or {}).get("sector"):
            first = by_country.get(c)
            if first is not None and (normalise(first.name) in normalise(e.name) or normalise(e.name) in normalise(first.name)):
                for m in e.mentions:
                    first.add(m)
                first.mentions.sort(key=lambda m: m.start)
                continue
            by_country.setdefault(c, e)
        kept.append(e)
    return kept


def person_country_from_context(entities: list[Entity], doc, kb: ActorKB, day: date | None) -> None:
    """A person with a known role but no nationality takes the country named in the sentence
    that introduces them ("The Belarusian government ..., with deputy interior minister X")."""
    for e in entities:
        if e.type != "PERSON" or not e.actor or e.actor.get("country"):
            continue
        first = next((m for m in e.mentions if m.kind == "name"), None)
        if first is None:
            continue
        span = doc.char_span(first.start, first.end, alignment_mode="expand")
        if span is None:
            continue
        countries = [country_code(kb, ent.text, day) for ent in span.sent.ents if ent.label_ in ("NORP", "GPE")]
        countries = [c for c in countries if c]
        if countries and len(set(countries)) == 1:
            e.actor["country"] = countries[0]
            e.actor["code"] = countries[0] + (e.actor.get("sector") or "")
