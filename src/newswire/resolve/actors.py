"""Actor coding: country (ISO 3166-1 alpha-3) and CAMEO sector for entities and phrases.

Dictionary first (the Phoenix KB, dated entries checked against the article date), then
composition from the text for actors no dictionary knows: the nationality adjective and
the role words around a name ("Belarusian chief of the general staff Viktor Gulevich" →
BLR MIL; "deputy interior minister Gennady Kazakevich" → GOV).
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from importlib import resources

from spacy.tokens import Span, Token

from newswire.annotate import ents_of, sent_of
from newswire.datafiles import read_rows, read_words
from newswire.extract.entities import (
    BACKED,
    Entity,
    _edit1,
    given_name,
    opposing_group,
    person_tokens,
    phrase_tokens,
    role_nouns,
    sponsor_help,
    stance_token,
)
from newswire.resolve.kb import SECTORS, ActorKB, KBEntry, igo_function, normalise, split_code

PREFERRED_SECTOR = ("GOV", "MIL", "COP", "IGO", "REB", "OPP", "ELI")
FORMER = {"former", "ousted", "ex", "deposed", "exiled", "late", "erstwhile"}


@lru_cache(maxsize=1)
def sector_words() -> list[tuple[str, str]]:
    text = (resources.files("newswire") / "data" / "sector_words.tsv").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            w, s = line.split("\t")[:2]
            rows.append((w, s))
    return rows


@lru_cache(maxsize=1)
def _multi_word_sectors() -> list[tuple[re.Pattern, str]]:
    """The multi-word sector descriptions, compiled once, in the file's order."""
    return [(re.compile(rf"\b{re.escape(w)}\b"), sec) for w, sec in sector_words() if " " in w]


@lru_cache(maxsize=1)
def _body_voices() -> frozenset[str]:
    """Words of ``data/sector_words.tsv`` whose sector is the body's they speak for (BODY)."""
    return frozenset(w for w, s in sector_words() if s == "BODY")


@lru_cache(maxsize=1)
def sector_lemmas() -> frozenset[str]:
    """The words of ``data/sector_words.tsv`` and ``data/civilian_words.tsv``, for membership tests."""
    return frozenset(w for w, _ in sector_words()) | read_words("civilian_words.tsv")


def _pick(entries: list[KBEntry]) -> KBEntry | None:
    if not entries:
        return None
    def rank(e: KBEntry) -> tuple[int, int]:
        _, sec = split_code(e.code)
        dated = 0 if (e.start or e.end) else 1
        return dated, PREFERRED_SECTOR.index(sec) if sec in PREFERRED_SECTOR else 9
    return sorted(entries, key=rank)[0]


def _first_agent(kb: ActorKB, phrase: str) -> KBEntry | None:
    """The dictionary's first code for a generic agent (its own order of preference)."""
    return next((e for e in kb.lookup(phrase) if e.kind == "agent"), None)


def country_code(kb: ActorKB, text: str, day: date | None = None) -> str | None:
    """ISO3 code for a country name, adjective or capital ("Belarusian", "Minsk", "Liberians")."""
    forms = [text]
    low = text.lower()
    if low.endswith("s") and len(low) > 4:
        forms.append(text[:-1])  # plural demonyms: Liberians, Iraqis
    for f in forms:
        for e in kb.lookup(f, day):
            if e.kind == "country":
                c, _ = split_code(e.code)
                return c
    for e in kb.lookup(text, day):
        c, region = split_code(e.code)
        if e.kind == "actor" and len(e.code) == 6 and c and region not in SECTORS | {"OPP", "PTY", "INS", "SEP"}:
            return c  # a territory filed under its state ("Gaza" is PSEGZA)
    return None


# "US-backed Kurdish forces", "Iranian-funded militias": the sponsor is not the actor's
# country ("Saudi-led coalition" is, and is not listed)


def _compose(words: list[str], kb: ActorKB, day: date | None) -> tuple[str | None, str | None]:
    """(country, sector) from the words of a description ("Belarusian chief of the general staff")."""
    return _compose_words(tuple(words), kb, day)


NATIONALITY_END = re.compile(r"(?:an|ans|ian|ese|ot|ots|i|is|ish|serb|serbs|croat|croats|ander|anders)$")


@lru_cache(maxsize=65536)
def _compose_words(words: tuple[str, ...], kb: ActorKB, day: date | None) -> tuple[str | None, str | None]:
    country = None
    for i, w in enumerate(words):
        if w.startswith(("pro-", "anti-")) or w.endswith(BACKED):
            continue  # "the pro-Iranian Hizbollah", "US-backed forces": a sympathy or a sponsor
        # a two- or three-word nationality first: "Sri Lankan", "South Korean", "Costa Rican"
        # (a nationality word ends the n-gram; the dictionary also files regions such as
        # "North West" or "Eastern Desert" as countries, and those are no one's nationality)
        for n in (3, 2):
            if i + n <= len(words) and NATIONALITY_END.search(words[i + n - 1]) and not any(
                    x.startswith(("pro-", "anti-")) or x.endswith(BACKED) for x in words[i + 1:i + n]):
                country = country_code(kb, " ".join(words[i:i + n]), day)
                if country:
                    break
        country = country or country_code(kb, w, day)
        if country:
            break
    body_sector = None
    if country is None:
        # a body of one state among the words: "Kremlin spokesman", "White House adviser", "Pope"
        for seq in (words, words[::-1]):
            for n in (2, 1):
                for i in range(len(seq) - n + 1):
                    hit = next((e for e in kb.lookup(" ".join(seq[i:i + n]), day)
                                if e.kind in ("actor", "org") and split_code(e.code)[0]
                                and split_code(e.code)[1] in ("GOV", "MIL", "LEG", "JUD", "COP", "SPY", "REL")), None)
                    if hit is not None:
                        country, body_sector = split_code(hit.code)
                        break
                if country:
                    break
            if country:
                break
    sector = None
    joined = " ".join(words)
    # a name's words are not lemmatised: "Association of African Jurists" has the jurist
    forms = set(words) | {w[:-1] for w in words if len(w) > 4 and w.endswith("s") and not w.endswith("ss")}
    for w, s in sector_words():
        if " " in w and w in joined:
            sector = s
            break
    if sector is None:
        for w, s in sector_words():
            if w in forms:
                # a government office of several words that the word modifies outranks it:
                # "national security adviser", "National Security Council" are government
                # (Phoenix GOVMIL), not the police "security" alone makes them. A person's
                # roles come head first, so both orders are read.
                sector = next((sec for seq in (words, words[::-1]) for n in (3, 2)
                               for i in range(len(seq) - n + 1) if w in seq[i:i + n - 1]
                               and (hit := _first_agent(kb, " ".join(seq[i:i + n])))
                               and (sec := split_code(hit.code)[1]) == "GOV"), s)
                break
    if sector == "BODY":
        sector = body_sector  # "a Home Office spokesperson" speaks for the ministry: GOV
    if sector is None:
        for w in words:
            hit = _first_agent(kb, w)
            if hit:
                sector = split_code(hit.code)[1]
                break
    if sector is None and forms & read_words("civilian_words.tsv"):
        sector = "CVL"
    return country, sector


def _actor(country: str | None, sector: str | None, code: str | None = None,
           kb_name: str | None = None) -> dict | None:
    if not country and not sector:
        return None
    out = {"country": country, "sector": sector, "code": code or ((country or "") + (sector or "")) or None}
    function = igo_function(code) if code else None
    if function:
        out["function"] = function  # what an international body does: UNHCR (IGOUNOREF) → REF
    if kb_name:
        out["kb_name"] = kb_name  # the dictionary's name: one key for the actor across articles
    return out


def _igo_official(body: str, role_sector: str | None, kb_name: str | None = None) -> dict | None:
    """An international body's official ("U.N. Secretary-General Kofi Annan"): the body's
    code, with the office's own sector as function (PLOVER codes IGO actors by role)."""
    out = _actor(None, "IGO", body, kb_name)
    if out is not None and role_sector and role_sector not in NON_STATE and "function" not in out:
        out["function"] = role_sector
    return out


def _role_sector(kb_sector: str | None, role_sector: str | None, roles: list[str]) -> str | None:
    """The dictionary's sector for a person, corrected by the office the text gives."""
    if kb_sector == "ELI" and role_sector and not FORMER & set(roles):
        return role_sector  # "President X", "General X" in the text: in office now, not a former elite
    if kb_sector in ("GOV", "ELI", "PTY") and role_sector == "OPP":
        return role_sector  # "Opposition leader Raila Odinga": the dictionary's open-ended office has ended
    if kb_sector in ("OPP", "PTY") and role_sector in ("GOV", "MIL") and not FORMER & set(roles):
        # "Kosovo's prime minister Albin Kurti" (an opposition leader when the dictionary was
        # made): the office the article gives is newer than the dictionary
        return role_sector
    if FORMER & set(roles):
        return "ELI"  # "ousted president", "former minister": CAMEO's elite, not government
    return kb_sector


def _igo_office(roles: list[str], kb: ActorKB, day: date | None) -> str | None:
    """The international body a person's office in the text belongs to ("the EU's foreign
    policy chief", "the United Nations envoy for Myanmar"), as its code; a "UN ambassador"
    is a state's envoy to the body, not its official. Roles come head first."""
    if not roles or "ambassador" in roles:
        return None
    for seq in (roles[::-1], roles):
        for n in (3, 2, 1):
            for i in range(len(seq) - n + 1):
                if i > 0 and seq[i - 1] not in role_nouns():
                    continue  # "the Kurdistan region security council" is not the UN's
                hit = next((x for x in kb.lookup(" ".join(seq[i:i + n]), day)
                            if x.kind != "agent" and split_code(x.code)[1] == "IGO"), None)
                if hit is not None:
                    return hit.code
    return None


def code_entity(e: Entity, kb: ActorKB, day: date | None) -> dict | None:
    names = [m.text for m in e.mentions if m.kind == "name"] or [e.name]
    if e.type == "PERSON":
        role_c, role_s = _compose(e.roles, kb, day)
        # "The United Nations envoy for Myanmar, Julie Bishop": an office of an international
        # body in the text is newer than the dictionary's (Australia's foreign minister)
        body = _igo_office(e.roles, kb, day) if role_c is None else None
        for n in sorted(set(names), key=len, reverse=True):
            hit = _pick([x for x in kb.lookup(" ".join(person_tokens(n)), day) if x.kind != "agent"])
            own = person_tokens(e.name)
            if hit and len(person_tokens(n)) == 1 and len(own) >= 2 and (len(hit.canonical.split()) < 2 or not
                                                                        _same_first_name(hit.canonical.split()[0].lower(), given_name(own).lower())):
                # "Bassam Abu Abdullah ... Abdullah claimed": a bare surname the article gives a
                # person named in full is that person, not the dictionary's King Abdullah
                hit = None
            if hit:
                c, s = split_code(hit.code)
                if body is not None and s != "IGO":
                    return _igo_official(body, role_s, hit.canonical)
                if s == "IGO" and c is None and role_c and role_s in ("GOV", "MIL") \
                        and _igo_office(e.roles, kb, day) is None:
                    # and the other way: "Egyptian Foreign Minister Amr Moussa" serves his state
                    # in this text, whatever body the dictionary has him lead at the time
                    return _actor(role_c, role_s, None, hit.canonical)
                if len(person_tokens(n)) == 1 and role_c and c and role_c != c:
                    # one bare name in the dictionary ("Hassan" is a Jordanian prince there)
                    # weighs less than the nationality the text gives ("King Hassan of Morocco")
                    return _actor(role_c, role_s or s)
                s, kb_s = _role_sector(s, role_s, e.roles), s
                full = hit.canonical.split()
                if len(person_tokens(e.name)) == 1 and len(full) >= 2 \
                        and full[-1].lower() == person_tokens(e.name)[0].lower():
                    e.name = hit.canonical  # "Putin" alone: the dictionary knows him as Vladimir Putin
                return _actor(c, s, hit.code if s == kb_s else None, hit.canonical)
        toks = person_tokens(e.name)
        if len(toks) >= 2:
            first, surname = toks[0].lower(), toks[-1].lower()
            # the same person: surname within one edit, first name within one edit or an
            # initial ("Alejandro Rivera" is not the dictionary's "Ariel Rivera")
            cands = [x for sur, xs in kb.surnames_starting(surname[:3]) if _edit1(sur, surname)
                     for x in xs if _same_first_name(x.phrase.split()[0], first) and x.valid_on(day)]
            hit = _pick(cands)
            if hit:
                kb_first = hit.phrase.split()[0]
                if kb_first != first and _edit1(kb_first, first):
                    # a misspelt first name ("Alyaksandra" for the dictionary's "Alyaksandr");
                    # the article's spelling of the surname stays, it is how readers search
                    e.name = " ".join([kb_first.capitalize(), *toks[1:]])
                c, s = split_code(hit.code)
                if body is not None and s != "IGO":
                    return _igo_official(body, role_s, hit.canonical)
                comp_c, comp_s = _compose(e.roles, kb, day)
                if comp_c and c and comp_c != c:
                    # a name matched within an edit is weaker evidence than the state the text
                    # gives: "Pope John Paul" is not the Bahamian John Warburton Paul
                    return _actor(comp_c, comp_s or next((role_nouns()[r] for r in e.roles if r in role_nouns()), None))
                sector = _role_sector(s, comp_s, e.roles) or comp_s
                return _actor(c or comp_c, sector, hit.code if sector == s else None, hit.canonical)
        comp_c, comp_s = _compose(e.roles, kb, day)
        if len(toks) == 1 and comp_s and comp_s != "CVL":  # "her son Jarrah" holds no office
            # the dictionary lists some titled surnames as phrases ("President Bush")
            hit = next((h for r in e.roles for h in [_pick([x for x in kb.lookup(f"{r} {toks[0]}", day)
                                                            if x.kind == "actor"])] if h), None)
            hit = hit or _surname_holder(kb, toks[0], day)
            if hit:  # "President Reagan": the one office holder of that surname
                c, s = split_code(hit.code)
                return _actor(comp_c or c, comp_s, hit.code, hit.canonical)
        if len(toks) == 1 and not comp_s:
            hit = _sole_namesake(kb, toks[0], day)
            if hit:  # "Mr Lukashenko": the one person of that surname the dictionary knows
                c, s = split_code(hit.code)
                # his first names from the dictionary, the article's spelling of the surname
                e.name = " ".join(hit.canonical.split()[:-1] + [toks[0]])
                sector = _role_sector(s, None, e.roles)
                return _actor(c, sector, hit.code if sector == s else None, hit.canonical)
        c, s = _compose(e.roles, kb, day)
        if body is not None:
            return _igo_official(body, role_s)
        return _actor(c, s)
    for n in [e.name, *names]:
        # a named body's own entry ("Security Council" is IGOUNO) before the generic agent
        hit = _pick([x for x in kb.lookup(n, day) if x.kind != "agent"])
        if hit:
            c, s = split_code(hit.code)
            if n.islower() and c and hit.kind != "country":
                c = None  # "the senate" in a story about Gabon is Gabon's, not the dictionary's US Senate
            if c is None and hit.kind == "group":
                # a group the dictionary files under a region ("National Patriotic Front of
                # Liberia" is AFRREB): a country its own name gives is the country
                c = _compose(normalise(n).split(), kb, day)[0]
            if e.type == "ORG" and hit.kind == "country" and s is None:
                s = "GOV"  # "Minsk said": a capital or country acting is its government
            return _actor(c, s, hit.code if hit.kind != "country" else None)
    words = [w for w in normalise(e.name).split()]
    c, s = _compose(words, kb, day)
    if c is None and e.type == "ORG" and s is None and _body_in_title(e.name, kb, day, whole=True):
        # "United Nations Emergency Relief Coordinator": an office of a body the dictionary knows
        return _actor(None, "IGO")
    return _actor(c, s)


@lru_cache(maxsize=1)
def _successors() -> dict[str, tuple[str, date]]:
    return {code: (succ, date.fromisoformat(last)) for code, succ, last, *_ in read_rows("successor_states.tsv")}


def successor(country: str | None, day: date | None) -> str | None:
    """The state that continues a dissolved one for text published after its end ("Soviet"
    in a 2018 article is Russia's); undated text keeps the code as written."""
    hit = _successors().get(country or "")
    return hit[0] if hit is not None and day is not None and day > hit[1] else country


def _same_first_name(kb_first: str, first: str) -> bool:
    if len(first.replace(".", "")) <= 2 or len(kb_first.replace(".", "")) <= 2:
        return kb_first[:1] == first[:1]  # initials: "F.W. de Klerk", "K. Annan"
    # one edit, or transliterations that keep the first three letters (Aleksandr/Alexander)
    return kb_first == first or _edit1(kb_first, first) or (len(first) >= 4 and kb_first[:3] == first[:3])


def _surname_holder(kb: ActorKB, surname: str, day: date | None) -> KBEntry | None:
    """The dictionary's person with this surname when all who bear it share one country.

    Only called for a titled bare surname ("President Reagan", "Chancellor Kohl"): the
    title says a known public figure is meant, and one country among the namesakes says
    which state he belongs to even when his dated office has ended.
    """
    low = surname.lower()
    if len(low) < 4:
        return None
    cands = [x for sur, xs in kb.surnames_starting(low[:3]) if sur == low for x in xs
             if x.kind == "actor"]
    countries = {split_code(x.code)[0] for x in cands}
    if len(countries) != 1 or None in countries:
        return None
    valid = [x for x in cands if x.valid_on(day or date.today())]
    return _pick(valid or cands)


def _sole_namesake(kb: ActorKB, surname: str, day: date | None) -> KBEntry | None:
    """The dictionary's person with this surname when every entry of it is one person (one
    canonical name) holding an office on the day: a bare "Lukashenko" is the president; a
    bare "Johnson" or "Smith" is anyone."""
    low = normalise(surname)
    if len(low) < 6 or day is None:
        return None
    # within one edit: transliterations ("Lukashenko" for the dictionary's "Lukashenka")
    cands = [x for sur, xs in kb.surnames_starting(low[:3]) if _edit1(sur, low) for x in xs if x.kind == "actor"]
    if len({x.canonical for x in cands}) != 1:
        return None
    return _pick([x for x in cands if x.valid_on(day)])


def code_phrase(head: Token | None, text: str, entity: Entity | None, kb: ActorKB,
                day: date | None) -> tuple[str | None, str | None]:
    """Country and sector of an event participant."""
    if head is not None and any(c.dep_ == "conj" for c in head.children):
        # "the Philippine military and the MILF": each conjunct is coded by its own words
        toks = phrase_tokens(head)
        text = head.doc[toks[0].i: toks[-1].i + 1].text
    c, s = _code_phrase(head, text, entity, kb, day)
    if s == "GOV" and FORMER & set(re.split(r"[\s-]+", text.lower())):
        s = "ELI"  # former office holders are elites, not the government (CAMEO manual, ELI)
    elif s == "ELI" and head is not None and head.pos_ == "NOUN" \
            and _compose([head.lemma_.lower()], kb, day)[1] == "GOV":
        # Phoenix files "the Bush administration" under the man, ELI out of office; an
        # administration or a government is the state's executive whenever it acts
        s = "GOV"
    ethnic = _ethnic_country(head, text, kb, day)
    if ethnic is not None and ethnic != c:
        c = ethnic
    return c, s


NON_STATE = frozenset({"IGO", "NGO", "IMG", "MNC"})
# the sectors of a state's own offices: its staff share them ("an aide to the president")
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


def phrase_function(head: Token | None, text: str, entity: Entity | None, kb: ActorKB,
                    day: date | None, sector: str | None) -> str | None:
    """The role of a non-state body's participant: "UN peacekeepers" are IGO by sector and
    MIL by function (PLOVER codes IGO actors by what they do); else the body's own code."""
    if sector not in NON_STATE:
        return None
    if head is not None:
        own = _compose([head.lemma_.lower()], kb, day)[1]
        if own and own not in NON_STATE:
            return own
    if entity is not None and (entity.actor or {}).get("function"):
        return entity.actor["function"]
    if entity is not None and entity.type == "PERSON":
        own = (entity.actor or {}).get("sector")
        if own and own not in NON_STATE:
            return own  # "Arab League Secretary General X": a body's official, GOV by role
    codes = [(entity.actor or {}).get("code") or ""] if entity is not None else []
    codes += [e.code for e in kb.lookup(text, day) if e.kind != "agent"]
    return next((f for f in map(igo_function, codes) if f), None)


def word_class(name: str) -> frozenset[str]:
    from newswire.extract.events import word_class as event_word_class

    return event_word_class(name)


def sentence_country(head: Token, kb: ActorKB, day: date | None) -> str | None:
    """The first country the sentence of ``head`` names: the guess for a group no dictionary
    knows ("the main Hutu rebel group ... demands that Burundi's government" → BDI). A wire
    sentence names the country an unnamed local group acts in before any other (the lead's
    "where"); callers mark the result as inferred."""
    from newswire.resolve.places import city_kind

    sent = sent_of(head)
    deferred = None
    for ent in ents_of(head.doc):
        # the small model sometimes calls a capital an ORG ("in Vilnius"): the dictionary decides
        if (ent.label_ in ("GPE", "NORP", "ORG") or place_object(ent)) and sent.start <= ent.start < sent.end \
                and not _aimed_at(ent) \
                and not (ent.root.dep_ in ("nsubj", "nsubjpass") and not ent.start <= head.i < ent.end
                         and (ent.root.head != head.head or head.dep_ in ("dobj", "pobj"))):
            # a country that is itself a clause's subject is another party ("The U.S. said it
            # would not meet the hostage-takers' demands ... in Iraq"; "The United States
            # accused the RSF"), not the group's
            last = head.doc[ent.end - 1]
            owner = ent.root.dep_ in ("amod", "compound") and ent.root.head != head
            if owner and (ent.label_ in ("NORP", "GPE") and ent.root.head.lemma_.lower() in word_class("OWNED_PLACES")
                          or ent.label_ == "NORP" and ent.root.head.lemma_.lower() in word_class("ENVOY_NOUNS")):
                # "close the Russian consulate", "attacked a US base": whose place it is;
                # "summoned the British charge d'affaires", "met his Japanese counterpart":
                # whose envoy, not the subject's
                continue
            after = " ".join(t.lower_ for t in head.doc[ent.end:ent.end + 2])
            if stance_token(head.doc[ent.start]) or stance_token(last) or last.lower_.endswith("-led") \
                    or after in ("- led", "-led") or after.startswith("-led ") or sponsor_help(ent.root):
                # "Iranian-backed militias", "an anti-Syria journalist", "US-led airstrikes":
                # a sponsor, a stance, or another party's leadership, not where the group is from
                continue
            c = country_code(kb, ent.text, day)
            if c is None and ent.label_ == "ORG":
                c = org_country(kb, ent.text, day)  # "National Union for the ... of Angola" is AGO's
            if c is None and (ent.label_ == "GPE" or place_object(ent)):
                # a city the dictionaries lack: the gazetteer's country; the small model tags
                # many an unfamiliar town it reads after "in" as a group or a person ("in Kidal")
                city = city_kind(ent.text)
                c = city[1] if city else None
            if c and _victim_nationality(ent, head, kb, day):
                deferred = deferred or c
            elif c:
                return c
    return deferred


def _victim_nationality(ent: Span, head: Token, kb: ActorKB, day: date | None) -> bool:
    """Whether ``ent`` is the nationality of a party or a vehicle the verb of ``head`` acts on
    ("Armed men abducted an Italian aid worker in Kabul" acted in Afghanistan) or of what it
    aims at. These count only when the sentence names no other country: "Police arrested two
    Kenyan journalists" are Kenya's police."""
    if not (head.dep_ in ("nsubj", "nsubjpass") or head.dep_ == "pobj" and head.head.dep_ == "agent"):
        return False  # for an object, what the verb aims at is its own nationality
    obj = ent.root.head
    if ent.root.dep_ in ("amod", "compound") and obj.dep_ == "pobj" and obj.head.lower_ in AIMING_PREPS:
        return True  # "fired missiles at the Saudi city of Jizan", "investigations against Chilean officials"
    if head.dep_ == "pobj":
        # a passive's agent acts on its subject: "Four Japanese tourists kidnapped in Kyrgyzstan
        # by Islamic militants", "Japanese tourists were kidnapped by militants"
        verb = head.head.head
        victims = [verb.head] if verb.dep_ == "acl" else [c for c in verb.children if c.dep_ == "nsubjpass"]
        return ent.root.dep_ in ("amod", "compound") and ent.label_ == "NORP" and obj in victims \
            and _party_noun(obj, kb, day)
    return ent.root.dep_ in ("amod", "compound") and ent.label_ == "NORP" and obj.dep_ == "dobj" \
        and obj.head == head.head and _party_noun(obj, kb, day)


def _party_noun(tok: Token, kb: ActorKB, day: date | None) -> bool:
    """A noun for people or a vehicle ("aid worker", "cargo ship"), not a quality or an idea
    ("expressed French determination")."""
    lemma = tok.lemma_.lower()
    return bool(_compose([lemma], kb, day)[1] or _first_agent(kb, lemma)
                or lemma in word_class("VEHICLES") or lemma in word_class("COMBAT_VEHICLES"))


def _ethnic_country(head: Token | None, text: str, kb: ActorKB, day: date | None) -> str | None:
    """Country of residence of an ethnic group: "ethnic Albanians in south Serbia" → SRB.

    CAMEO codes an ethnic minority under the state it lives in, with the ethnicity as a
    suffix (Schrodt 2012, CAMEO manual §1.4); the nationality word names the ethnicity.
    """
    words = normalise(text).split()
    if head is None:
        return None
    people = head.tag_ == "NNPS" and country_code(kb, head.text, day) is not None  # "Albanians of Serbia"
    marked = bool({"ethnic", "minority", "population"} & set(words)
                  or any(t.lower_ == "ethnic" for t in head.children))
    if not (people or marked):
        return None
    # a place inside the phrase first: "Ethnic Albanians in south Serbia"
    m = re.search(r"\b(?:in|of)\s+(?:the\s+)?(?:(?:south|north|east|west)(?:ern)?\s+)?([A-Z][\w-]+(?:\s[A-Z][\w-]+)?)",
                  text)
    if m:
        c = country_code(kb, m.group(1), day)
        own = country_code(kb, head.text, day)
        if c and c != own:
            return c
    if people and not marked:
        return None  # "Albanians" alone are Albania's people; "ethnic Albanians" live elsewhere
    own = {country_code(kb, w, day) for w in words} - {None}
    sent = sent_of(head)
    for ent in ents_of(head.doc):
        if ent.label_ == "GPE" and sent.start <= ent.start < sent.end:
            c = country_code(kb, ent.text, day)
            if c and c not in own:
                return c
    return None


def _body_in_title(text: str, kb: ActorKB, day: date | None, whole: bool = False) -> bool:
    """Whether a person's title names an international body ("UN envoy X", "Arab League
    Secretary General X")."""
    words = normalise(text).split()
    last = 1 if whole else 0  # a title's last word is the person's name; an office name has none
    for n in (3, 2, 1):
        for i in range(len(words) - n + last):
            if any(e.kind != "agent" and split_code(e.code)[1] == "IGO"
                   for e in kb.lookup(" ".join(words[i:i + n]), day)):
                return True
    return False


def _giver_phrase(head: Token) -> bool:
    """A "from" phrase naming who gives or does what a receiving or undergoing verb's subject
    gets: "came under pressure from Moscow", "won backing from Kyiv" (the capital acts)."""
    if head.dep_ != "pobj" or head.head.lower_ != "from":
        return False
    from newswire.extract.events import giver, undergone_from

    owner = head.head.head
    while owner.dep_ in ("dobj", "pobj", "prep") and owner.head is not owner:
        owner = owner.head  # "pressure" under "came under", "backing" of "won"
    if owner.pos_ not in ("VERB", "AUX"):
        return False
    lemma = owner.lemma_.lower()
    return (lemma in word_class("RECEIVING_VERBS") and giver(owner) == head) or (
        lemma in word_class("UNDERGOING_VERBS") and undergone_from(owner) == head)


def _city_actor(head: Token, entity: Entity | None, kb: ActorKB,
                day: date | None) -> tuple[str | None, str] | None:
    """A city standing for an actor. The PLOVER gold standard's convention (its readme): a
    city is its civilians (CVL); a capital is the government (GOV) when it is the subject or
    the direct object ("Kabul accused ...", "shelled Kyiv" reads as an act on the state), or
    a passive's agent."""
    from newswire.resolve.places import city_kind

    untagged = head.ent_type_ == "" and (entity is None or entity.type in ("GPE", "ORG", "LOC"))
    if head.ent_type_ not in ("GPE", "ORG") and not untagged:
        return None  # the small model tags a capital it does not know as an ORG ("Khatmandu")
    if entity is not None and any(m.start <= head.idx < m.end for m in entity.mentions):
        name = entity.name
    else:
        ent = next((e for e in ents_of(head.doc) if e.start <= head.i < e.end), None)
        name = ent.text if ent is not None else head.text
    kind = city_kind(name)
    if kind is None or (head.ent_type_ in ("ORG", "") and kind[0] != "capital"):
        # a group's name can be some small town's ("Hamas"); a capital's is not, and a capital
        # the small model left untagged still is one ("Kyiv accused Moscow")
        return None
    country = country_code(kb, name, day) or kind[1]
    # (a passive's agent is its subject: "was kept quiet by Moscow")
    subject_or_object = head.dep_ in ("nsubj", "nsubjpass", "dobj") or (
        head.dep_ == "pobj" and head.head.dep_ == "agent") or _giver_phrase(head)
    return country, ("GOV" if kind[0] == "capital" and subject_or_object else "CVL")


def _code_phrase(head: Token | None, text: str, entity: Entity | None, kb: ActorKB,
                 day: date | None) -> tuple[str | None, str | None]:
    c0 = s0 = None
    if head is not None and head.pos_ == "PRON" and head.tag_ in ("PRP", "PRP$") and entity is None:
        return None, None  # "firing towards us", "let us celebrate": a pronoun is no "US"
    if head is not None and opposing_group(head) and any(c.dep_ == "prep" and c.lower_ in OPPOSING_PREPS
                                                          for c in head.children):
        # "the international coalition against Isis" is no part of Isis: what a group is
        # against, like an "anti-" word, says whom it opposes, not who it is
        cut = {t.i for c in head.children if c.dep_ == "prep" and c.lower_ in OPPOSING_PREPS for t in c.subtree}
        text = " ".join(t.text for t in head.subtree if t.i not in cut and t.dep_ not in ("relcl",))
    if head is not None and head.pos_ == "PROPN":
        city = _city_actor(head, entity, kb, day)
        if city is not None:
            return city
    if head is not None and head.pos_ == "PROPN" and head.ent_type_ == "GPE" and (
            entity is None or not any(m.start <= head.idx < m.end for m in entity.mentions)):
        # "NATO-member Norway": the head names the country, the modifier only describes it
        hc = country_code(kb, head.text, day)
        if hc:
            return hc, ("GOV" if head.dep_ in ("nsubj", "nsubjpass") else None)
    if entity is not None and head is not None and _placed_in(head, entity, kb, day):
        # "Ugandan troops in Congo": where a group is does not outrank what its own words call
        # it; the place gives the country only when they name none ("rebels in Aceh")
        own = normalise(" ".join(t.text for t in phrase_tokens(head) if t.i <= head.i and not stance_token(t))).split()
        c, s = _code_phrase(head, text, None, kb, day)
        return _compose(own, kb, day)[0] or (entity.actor or {}).get("country") or c, s
    if entity is not None and entity.actor:
        c0, s0 = entity.actor.get("country"), entity.actor.get("sector")
        names_head = head is None or any(m.start <= head.idx < m.end for m in entity.mentions)
        if entity.type in ("GPE", "ORG") and names_head and head is not None \
                and head.dep_ in ("nsubj", "nsubjpass") and not s0:
            s0 = "GOV"  # a country or capital acting: its government
        if names_head and (s0 or entity.type in ("PERSON", "GPE", "ORG")):
            if c0 is None and s0 != "IGO":  # "Pakistan President Mohammad Zia-Ul-Haq": the title
                # carries it ("the United Nations envoy for Myanmar" is the body's, not Myanmar's)
                c0 = _compose(normalise(text).split(), kb, day)[0]
            if s0 is None and entity.type == "PERSON":  # the office in the phrase: "Crown Prince X"
                s0 = _compose(normalise(text).split(), kb, day)[1]
            if c0 is None and entity.type == "PERSON" and _body_in_title(text, kb, day):
                return None, "IGO"  # "Arab League Secretary General Chadli Klibi" serves the League
            return c0, s0
        if s0 in ("IGO", "NGO", "IMG", "REB", "MNC", "NGM"):
            return c0, s0  # "European Community foreign ministers", "U.N. helicopters": the body's code
    # the whole phrase may be in the dictionary: "US Congress", "Bush administration"; else
    # the noun with its premodifiers, before a place phrase ("Jewish settlers in Hebron")
    hit = _pick([e for e in kb.lookup(text, day) if e.kind != "agent"])
    if hit is None and head is not None:
        core = [t for t in phrase_tokens(head) if t.i <= head.i]
        if len(core) > 1 and core[-1].i == head.i and " ".join(t.text for t in core) != text:
            hit = _pick([e for e in kb.lookup(" ".join(t.text for t in core), day) if e.kind != "agent"])
    if hit is None and head is not None and head.lemma_.lower() in LEADER_BODIES:
        # "the Trump administration", "the Netanyahu government": a leader's surname before
        # the body names the state he leads (a dictionary may list only the Bush one)
        sur = next((c for c in head.children if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN"
                    and c.ent_type_ in ("PERSON", "")), None)
        holder = _surname_holder(kb, sur.text, day) if sur is not None else None
        if holder is not None and split_code(holder.code)[0]:
            return split_code(holder.code)[0], "GOV"
    if hit is not None:
        c, s = split_code(hit.code)
        if hit.kind == "country" and not (s or s0) and head is not None and head.ent_type_ == "NORP" \
                and len(list(head.subtree)) <= 2:
            # a person named by nationality alone: "an Egyptian was wounded"; a nationality
            # modifying a noun takes that noun's sector ("Egyptian demonstrators", "the British
            # government"), none for a deed ("the Turkish strikes" are the state's, not civilians')
            s = _modified_sector(head, kb, day)
        return c or c0, s or s0
    # a description around a name or nationality: "Algerian security forces", "Serb troops"
    words = normalise(text).split()
    named = _named_group(head, kb, day) if head is not None and head.pos_ == "NOUN" else None
    if named is not None:
        return named
    if head is not None:
        # curated multi-word descriptions first ("armed groups" is REB, not Phoenix's UAF)
        lem = " ".join(t.lemma_.lower() for t in phrase_tokens(head))
        multi = next((sec for rx, sec in _multi_word_sectors() if rx.search(lem)), None)
        if multi:
            return c0 or _compose(words, kb, day)[0], multi
    # the dictionary's own agent phrases first, longest at the end of the phrase:
    # "security forces" is ~COP in Phoenix, "forces" alone is nothing
    # (the agent phrase ends at the head: "a crowd outside Westminster magistrates court" is
    # no court)
    tail = normalise(" ".join(t.text for t in phrase_tokens(head) if t.i <= head.i)).split() \
        if head is not None else words
    for n in (3, 2):
        if len(tail) >= n:
            hit = _first_agent(kb, " ".join(tail[-n:]))
            if hit:
                c, _ = _compose(words[:-n] if tail is words else words, kb, day)
                return c0 or c, split_code(hit.code)[1] or s0
    # a place phrase gives the country, never the sector ("a crowd outside Westminster
    # magistrates court" is no court; "Jewish settlers in Hebron" are settlers)
    loc = {t.i for p in head.children if p.dep_ == "prep" and p.lower_ in LOCATIVE_PREPS
           for t in p.subtree} if head is not None else set()
    if head is not None:
        mods = [t.lemma_.lower() for t in phrase_tokens(head) if t.pos_ in ("ADJ", "NOUN", "PROPN")
                and not stance_token(t) and t.i not in loc]
        words = mods + words
    c, s = _compose(words, kb, day)
    if loc:
        s = _compose(mods + normalise(" ".join(t.text for t in phrase_tokens(head) if t.i not in loc)).split(),
                     kb, day)[1]
    if head is not None:
        # (a body's voice has the body's sector, which the whole phrase gave: "a Home Office
        # spokesperson" is GOV, not the agents' media)
        head_sector = None if head.lemma_.lower() in _body_voices() else _compose([head.lemma_.lower()], kb, day)[1]
        if head_sector:
            s = head_sector  # the head noun decides: "supporters of former President X" are OPP
        elif not s and country_code(kb, head.text, day) and head.dep_ in ("amod", "compound", "nmod") \
                and head.ent_type_ == "NORP":
            s = _modified_sector(head, kb, day)
        elif not s and country_code(kb, head.text, day) and (
                head.tag_ in ("NNPS", "NNS") or head.ent_type_ == "NORP" and len(list(head.subtree)) <= 2):
            # a people or a person named by nationality alone: "Libyans", "thousands of
            # Nigerians", "an Egyptian was wounded"
            s = "CVL"
    if head is not None and head.lemma_.lower() not in sector_lemmas():
        # the curated sector words outrank Phoenix's generic agents ("militant" is REB here)
        hit = _first_agent(kb, head.lemma_)
        if hit:  # the head noun decides the sector: "police" in "Israeli police custody"
            s = split_code(hit.code)[1] or s
    return c0 or c, s or s0


LEADER_BODIES = frozenset({"administration", "government", "cabinet", "regime", "presidency"})
OPPOSING_PREPS = frozenset({"against", "versus", "vs", "vs."})
AIMING_PREPS = frozenset({"against", "on", "toward", "towards", "into", "at"})
LOCATIVE_PREPS = frozenset({"in", "at", "outside", "inside", "near", "around", "across", "beside", "behind",
                            "opposite", "along", "within"})


def place_object(ent: Span) -> bool:
    """Whether a name stands where a place does: after a locative preposition ("in Kidal") or
    as the "of" of a place noun ("the port city of Mariupol", "the outskirts of N'Djamena")."""
    prep = ent.root.head
    if ent.root.dep_ != "pobj":
        return False
    return prep.lower_ in LOCATIVE_PREPS or (prep.lower_ == "of" and prep.head.lemma_.lower() in word_class("PLACE_NOUNS"))


def _placed_in(head: Token, entity: Entity, kb: ActorKB, day: date | None) -> bool:
    """Whether ``entity`` is named only inside a place phrase of ``head`` ("troops in Congo")."""
    spans = [(p.left_edge.idx, p.right_edge.idx + len(p.right_edge)) for p in head.children
             if p.dep_ == "prep" and p.lower_ in LOCATIVE_PREPS]
    left, right = head.left_edge.idx, head.right_edge.idx + len(head.right_edge)
    inside = [m for m in entity.mentions if left <= m.start and m.end <= right]
    if entity.type not in ("GPE", "LOC", "FAC"):
        # a body is a place only as the owner of one ("workers at the Daewoo plant"); the
        # body itself after "in" is a forum ("attempts in the UN security council")
        doc = head.doc
        toks = [doc.char_span(m.start, m.end, alignment_mode="expand") for m in inside]
        if not all(t is not None and t.root.dep_ in ("compound", "poss") and t.root.head.pos_ == "NOUN"
                   and not kb.lookup(doc[t.start:t.root.head.i + 1].text, day)
                   and not _compose([t.root.head.lemma_.lower()], kb, day)[1] for t in toks):
            return False
    return bool(spans and inside) and all(any(a <= m.start and m.end <= b for a, b in spans) for m in inside)


def _modified_sector(norp: Token, kb: ActorKB, day: date | None) -> str | None:
    """The sector of a nationality word: CVL for a person named by it alone ("an Egyptian"),
    else the sector of the noun it modifies ("Egyptian demonstrators", "British government")."""
    if norp.dep_ not in ("amod", "compound", "nmod") or norp.head == norp:
        return "CVL"
    noun = norp.head.lemma_.lower()
    return _compose([noun], kb, day)[1] or (split_code(h.code)[1] if (h := _first_agent(kb, noun)) else None)


def _named_group(head: Token, kb: ActorKB, day: date | None) -> tuple[str | None, str | None] | None:
    """A group the dictionary knows, named in front of a common noun the NER left alone:
    "the pro-Iranian Hizbollah (Party of God) group", "Hamas militants"."""
    run: list[Token] = []
    toks = [t for t in phrase_tokens(head) if t.i < head.i] + [head]
    for t in toks:
        if t.pos_ == "PROPN":
            run.append(t)
            continue
        if run:
            # (an alias the project adds for an armed group of one state counts too: "Houthi")
            hit = _pick([e for e in kb.lookup(" ".join(x.text for x in run), day) if e.kind == "group" or (
                e.kind == "org" and split_code(e.code)[0] and split_code(e.code)[1] == "REB")])
            if hit is not None:
                c, s = split_code(hit.code)
                return c, s
        run = []
    return None


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


def _appositive_body(head: Token, kb: ActorKB, day: date | None) -> str | None:
    """The code of an international body named in a person's apposition ("X, UN envoy")."""
    for ap in head.children:
        if ap.dep_ != "appos":
            continue
        lo, hi = min(t.i for t in ap.subtree), max(t.i for t in ap.subtree)
        for ent in ents_of(head.doc):
            if ent.label_ == "ORG" and lo <= ent.start and ent.end - 1 <= hi:
                if ent.root.dep_ == "pobj" and ent.root.head.lower_ in ("to", "at") \
                        and ent.root.head.head.lemma_.lower() in read_words("envoy_offices.tsv"):
                    continue  # "Egypt's ambassador to the UN" is a state's envoy, not the body's
                # the body may be only part of the office's name ("the United Nations
                # Emergency Relief Coordinator"): the longest run of words the dictionary knows
                words = normalise(ent.text).split()
                for n in range(len(words), 0, -1):
                    for i in range(len(words) - n + 1):
                        hit = _pick([x for x in kb.lookup(" ".join(words[i:i + n]), day) if x.kind != "agent"])
                        if hit is not None and split_code(hit.code)[1] == "IGO":
                            return hit.code
    return None


def org_country_from_context(entities: list[Entity], doc, kb: ActorKB, day: date | None) -> None:
    """A state body named without its state takes the state written before it: "Russia's
    Defence Ministry", "the Russian Defence Ministry" (the NER leaves the possessor out)."""
    for e in entities:
        if e.type != "ORG" or (e.actor or {}).get("country") or (e.actor or {}).get("sector") in NON_STATE | {"IGO"}:
            continue
        for m in e.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand") if m.kind == "name" else None
            if span is None:
                continue
            mods = [c for c in span.root.children if c.dep_ in ("poss", "amod", "compound", "nmod")
                    and c.i < span.start and c.ent_type_ in ("GPE", "NORP")]
            country = next((c for t in mods if (c := country_code(kb, t.text, day))), None)
            if country:
                sector = (e.actor or {}).get("sector")
                e.actor = {**(e.actor or {}), "country": country, "sector": sector,
                           "code": country + (sector or "")}
                break


def org_sector_from_apposition(entities: list[Entity], doc, kb: ActorKB, day: date | None) -> None:
    """An organisation no dictionary places in a sector takes the one its appositive
    description gives: "the Syrian Negotiations Commission, Syria's umbrella opposition
    group" is OPP; "Hayat Tahrir al-Sham, an Islamist militant alliance" is REB."""
    for e in entities:
        if e.type != "ORG" or (e.actor or {}).get("sector"):
            continue
        for m in e.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand") if m.kind == "name" else None
            if span is None:
                continue
            app = next((c for c in span.root.children if c.dep_ == "appos" and c.i >= span.end
                        and c.pos_ == "NOUN"), None)
            if app is None and span.end + 1 < len(doc) and doc[span.end].text == ",":
                # the parser may hang the description on an earlier noun ("X, chief negotiator
                # for the Commission, Syria's umbrella opposition group, said"): a group noun
                # right after the name describes the name
                app = next((t for t in doc[span.end + 1: span.end + 8] if t.dep_ == "appos" and t.pos_ == "NOUN"
                            and t.left_edge.i == span.end + 1 and t.lemma_.lower() in read_words("group_nouns.tsv")), None)
            if app is None:
                continue
            words = [t for t in phrase_tokens(app) if t.i >= app.left_edge.i]
            c, sector = _compose(normalise(" ".join(t.text for t in words)).split(), kb, day)
            if sector is None and (hit := _first_agent(kb, app.lemma_)):
                sector = split_code(hit.code)[1]
            if sector:
                country = (e.actor or {}).get("country") or c
                e.actor = {**(e.actor or {}), "country": country, "sector": sector,
                           "code": (country or "") + sector}
                break


def person_country_from_context(entities: list[Entity], doc, kb: ActorKB, day: date | None) -> None:
    """A person with a known role but no nationality takes the country named in the sentence
    that introduces them ("The Belarusian government ..., with deputy interior minister X")."""
    for e in entities:
        if e.type != "PERSON" or (e.actor or {}).get("sector") == "IGO":
            continue
        first = next((m for m in e.mentions if m.kind == "name"), None)
        if first is None:
            continue
        span = doc.char_span(first.start, first.end, alignment_mode="expand")
        if span is None:
            continue
        body = _appositive_body(span.root, kb, day)
        if body is None and (e.actor or {}).get("country"):
            continue
        if body is None and (e.actor or {}).get("kb_name"):
            # the dictionary knows the person and gives no state: a former UN chief is an
            # international figure ([ELI]), not a national of the place he speaks about
            continue
        if body is not None:
            # an international body's official acts for the body whatever their nationality
            # (CAMEO codes "Kenzo Oshima, the UN Emergency Relief Coordinator" IGOUNO)
            # "Kofi Annan, UN secretary-general": an international body's official is coded
            # as the body (CAMEO IGO), with the office as function
            role = (e.actor or {}).get("sector")
            e.actor = {"country": None, "sector": "IGO", "code": body}
            if role and role not in NON_STATE:
                e.actor["function"] = role
            continue
        served = _served_person(span.root, e, entities)
        if served is not None:
            # a leader's aide serves the leader's state, in the leader's sector when the aide's
            # own words give none
            sector = (e.actor or {}).get("sector") or served[1]
            e.actor = {**(e.actor or {}), "country": served[0], "sector": sector,
                       "code": served[0] + (sector or "")}
            continue
        if not e.actor:
            continue
        # the person's own description first: "Rex Tillerson, the US secretary of state" is
        # American whatever other states the sentence names
        own = next((c for m in e.mentions if m.kind != "name"
                    for c in [_compose(normalise(m.text).split(), kb, day)[0]] if c), None)
        if own is not None:
            e.actor["country"] = own
            e.actor["code"] = own + (e.actor.get("sector") or "")
            continue
        sent = sent_of(span[0])
        # countries, and organisations the dictionary places in one ("National Union for the
        # Total Independence of Angola")
        countries = [country_code(kb, ent.text, day) if ent.label_ != "ORG" else org_country(kb, ent.text, day)
                     for ent in ents_of(doc)
                     if ent.label_ in ("NORP", "GPE", "ORG") and sent.start <= ent.start < sent.end
                     and not (ent.start <= span.start < ent.end) and not _aimed_at(ent)]
        countries = [c for c in countries if c]
        if countries and len(set(countries)) == 1:
            e.actor["country"] = countries[0]
            e.actor["code"] = countries[0] + (e.actor.get("sector") or "")


def _served_person(root, person: Entity, entities: list[Entity]) -> tuple[str, str | None] | None:
    """The country of the person whose aide or adviser the name's apposition says it is
    ("Velayati, a top foreign policy aide to Ayatollah Ali Khamenei": Iran), data/service_roles.tsv."""
    roles = read_words("service_roles.tsv")
    for ap in root.children:
        if ap.dep_ != "appos" or ap.lemma_.lower() not in roles:
            continue
        for p in ap.children:
            if p.dep_ != "prep" or p.lower_ not in ("to", "of", "for"):
                continue
            for g in p.children:
                if g.dep_ != "pobj":
                    continue
                boss = next((o for o in entities if o is not person and o.type == "PERSON" and any(
                    m.kind == "name" and m.start <= g.idx < m.end for m in o.mentions)), None)
                actor = (boss.actor or {}) if boss is not None else {}
                if actor.get("country") and not actor.get("country_inferred"):
                    return actor["country"], actor.get("sector") if actor.get("sector") in STATE_SECTORS else None
    return None


def _aimed_at(ent) -> bool:
    """A country something is aimed at is not the nationality of whoever aims it
    ("Archbishop Desmond Tutu called for sanctions against Nigeria")."""
    head = ent.root.head
    return ent.root.dep_ == "pobj" and head.lower_ in AIMING_PREPS


def org_country(kb: ActorKB, text: str, day: date | None) -> str | None:
    """The country of a body or leader the dictionary knows, or of the one state its name holds."""
    hit = _pick([x for x in kb.lookup(text, day) if x.kind != "agent"])
    if hit is not None and not text.islower():  # "the senate" is no one state's by name
        return split_code(hit.code)[0]
    # a body the dictionary lacks whose name is one state's: "the Liberian Peace Council"
    words = normalise(text).split()
    found = {country_code(kb, w, day) for w in words if w not in ("of", "for", "and")} - {None}
    return found.pop() if len(found) == 1 else None
