"""Entities: named mentions clustered into one canonical entity each, plus reference links.

Clustering follows the news convention that a person is introduced by full name (often
with a role: "Belarusian dictator Alyaksandra Lukashenko") and referred to afterwards by
surname ("Mr Lukashenko"), by a definite description ("the dictator") or by a pronoun.
Surnames match with one edit of tolerance so transliteration variants and typos
(Lukashenko / Lukashenka) fall together.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from newswire.annotate import ents_of, sent_of, text_of
from newswire.datafiles import read_pairs, read_words

KEEP_LABELS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "NORP": "NORP", "FAC": "LOC"}
TITLES = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "president", "prime",
          "minister", "general", "gen", "col", "colonel", "sen", "senator", "rep", "gov",
          "governor", "king", "queen", "prince", "pope", "judge", "mayor", "rev", "prof",
          "secretary", "chancellor", "premier", "ayatollah", "sheikh", "mr.", "mrs.", "dr.", "mullah",
          "imam", "cardinal", "archbishop", "bishop", "rabbi", "emir", "sultan", "grand"}
PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f", "his": "m"}
SUBJ_DEPS = {"nsubj", "nsubjpass"}


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str
    kind: str = "name"  # name | epithet | pronoun
    subject: bool = False


@dataclass(slots=True)
class Entity:
    id: str
    name: str
    type: str
    mentions: list[Mention] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)  # description words: belarusian, dictator
    actor: dict | None = None

    def add(self, m: Mention) -> None:
        if not any(x.start == m.start and x.end == m.end for x in self.mentions):
            self.mentions.append(m)


@lru_cache(maxsize=1)
def epithet_offices() -> dict[str, frozenset[str]]:
    """Epithet → the offices it may stand for ("the veteran leader" for a prime minister)."""
    return {k: frozenset(v.split("|")) for k, v in read_pairs("epithet_offices.tsv").items()}


@lru_cache(maxsize=1)
def role_nouns() -> dict[str, str]:
    return read_pairs("person_roles.tsv")


def _titled_apposition(ent: Span) -> bool:
    """Whether a name has an office in apposition after a comma ("X, the relief coordinator")."""
    root = ent.root
    return any(c.dep_ == "appos" and c.i > root.i and c.lemma_.lower() in role_nouns()
               for c in root.children)


def _aged(ent: Span) -> bool:
    """Whether a name is followed by an age between commas ("Hazam, 28, a Kurd from Kobani",
    "Begum, 19, left the UK"): news gives people, not bodies or places, an age so."""
    doc, k = ent.doc, ent.end
    if k + 2 >= len(doc) or doc[k].text != "," or doc[k + 2].text != "," or not doc[k + 1].text.isdigit():
        return False
    return 0 < int(doc[k + 1].text) < 111


@lru_cache(maxsize=1)
def org_name_words() -> frozenset[str]:
    """Words that make a name an organisation's, whatever the parse says (``data/org_name_words.tsv``)."""
    return read_words("org_name_words.tsv")


def _named_in_apposition_to_an_office(ent: Span) -> bool:
    """An ORG name set off by commas after an office ("The UN special envoy for Syria,
    Staffan de Mistura, said"): the small model tags many foreign names ORG, and the parser
    may hang the apposition on the office's last noun ("Syria"); names of bodies keep ORG."""
    root = ent.root
    if root.dep_ != "appos" or len(ent) < 2 or any(t.pos_ != "PROPN" for t in ent) \
            or any(t.lower_ in org_name_words() for t in ent) or ent.start == 0 or ent.doc[ent.start - 1].text != ",":
        return False
    head = root.head
    for _ in range(4):
        if head.pos_ == "NOUN" and head.lemma_.lower() in role_nouns():
            return True
        if head.dep_ not in ("pobj", "prep") or head.head == head:
            return False
        head = head.head
    return False


def _titled_by_an_office(ent: Span) -> bool:
    """An ORG name right after an office word ("Opposition leader María Corina Machado"): an
    office titles a person; names of bodies keep ORG ("the opposition coalition Unity
    Platform" has a body's word in it or no office before it)."""
    if len(ent) < 2 or len(ent) > 4 or any(t.pos_ != "PROPN" for t in ent) \
            or any(t.lower_ in org_name_words() for t in ent) or ent.start == 0:
        return False
    prev = ent.doc[ent.start - 1]
    return prev.pos_ == "NOUN" and prev.lemma_.lower() in role_nouns() and prev.ent_iob_ in ("O", "") \
        and prev.head.i >= ent.start and prev.head.i < ent.end


def _person_names(doc: Doc) -> set[str]:
    """The names of two words or more the NER calls a person somewhere in the text, or an
    office names as one ("The UN special envoy for Syria, Staffan de Mistura,"), and their
    family names."""
    out: set[str] = set()
    for ent in ents_of(doc):
        person = ent.label_ == "PERSON" or ent.label_ == "ORG" and (
            _named_in_apposition_to_an_office(ent) or _titled_by_an_office(ent))
        toks = person_tokens(clean_name(ent.text)) if person else []
        if len(toks) >= 2:
            out.add(" ".join(toks).lower())
            out.add(family_name(toks).lower())
    return out


def _named_as_person(ent: Span, person_names: set[str]) -> bool:
    """A name the NER calls a place or a body here and a person elsewhere: "Staffan de
    Mistura" (ORG) ... "De Mistura reiterated" (GPE) ... "De Mistura wants" (PERSON). The small
    model tags many foreign names so; a name of two words or more that is a person's full or
    family name in the same text is that person's, unless a body's word is in it ("Islamic
    State", "Free Syrian Army") or it follows a preposition of place."""
    toks = [t for t in ent if not t.is_punct]
    if len(toks) < 2 or any(t.pos_ != "PROPN" and not t.is_lower for t in toks) \
            or any(t.lower_ in org_name_words() for t in toks):
        return False
    if ent.root.dep_ == "pobj" and ent.root.head.lower_ in ("in", "at", "from", "near", "to", "into", "outside", "inside"):
        return False  # "experts at Porton Down": a place where something is, whatever else the NER says
    name = " ".join(t.text for t in toks).lower()
    # (a longer name that only ends in a person's is a headline run into it: "Gold Star Mom
    # Corners Obama")
    return name in person_names or len(person_tokens(name)) <= 3 and any(name.endswith(" " + n) for n in person_names)


def _surname_as_group(ent: Span, person_names: set[str]) -> bool:
    """One proper noun the NER calls a nationality or a region that is the family name of a
    person named in full in the same text ("Mattis" after "James Mattis", "Barzani" after
    "Masrour Barzani"), and no town the gazetteer knows."""
    from newswire.resolve.places import city_kind

    toks = [t for t in ent if not t.is_punct]
    return len(toks) == 1 and toks[0].pos_ == "PROPN" and toks[0].text.lower() in person_names \
        and city_kind(toks[0].text) is None


def clean_name(text: str) -> str:
    text = re.sub(r"[’']s$", "", text.strip())
    text = re.sub(r"^(the|The)\s+", "", text)
    return text.strip(" ,.;:\"“”‘’")


def person_tokens(name: str) -> list[str]:
    toks = [t for t in re.split(r"\s+", name) if t]
    # a title, or an office the NER took into the name at a sentence start ("Spokeswoman
    # Maria Zakharova")
    while len(toks) > 1 and (toks[0].lower().rstrip(".") in TITLES or toks[0].lower() in role_nouns()):
        toks = toks[1:]
    while toks and toks[0].lower().rstrip(".") in TITLES:
        toks = toks[1:]
    return toks


def _east_asian(toks: list[str]) -> bool:
    """A family name before a hyphenated given name: "Lai Ching-te", "Kim Jong-un", "Moon Jae-in"
    (the romanisation of Chinese, Korean and Taiwanese names puts the family name first)."""
    return len(toks) == 2 and re.fullmatch(r"[A-Z][a-z]+-[a-z]+", toks[1]) is not None


# the Arabic definite article on a family name ("Nasr al-Hariri" ... "Hariri", "Bashar
# al-Assad" ... "Assad"): news English drops it on second mention
_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ul)[-‐‑’']", re.I)


def family_name(toks: list[str]) -> str:
    name = toks[0] if _east_asian(toks) else toks[-1]
    bare = _ARTICLE.sub("", name)
    return bare if len(bare) >= 3 else name


def given_name(toks: list[str]) -> str:
    return toks[1] if _east_asian(toks) else toks[0]


def _same_first(a: str, b: str) -> bool:
    """First names of one person: the same, an initial of it, or a misspelling ("Alyaksandra")."""
    a, b = a.lower().rstrip("."), b.lower().rstrip(".")
    if len(a) == 1 or len(b) == 1:
        return a[:1] == b[:1]
    return a == b or (min(len(a), len(b)) > 3 and _edit1(a, b))


def _compound_surname(a: list[str], b: list[str]) -> bool:
    """"Clive Stafford Smith" ... "Stafford Smith": the shorter name of two or more words is
    the longer one's end, a double family name without the given name."""
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return len(short) >= 2 and len(long_) > len(short) and [t.lower() for t in long_[-len(short):]] \
        == [t.lower() for t in short]


def _edit1(a: str, b: str) -> bool:
    """True when a and b differ by at most one substitution, insertion or deletion."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 5:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return a[i + 1:] == b[i + 1:] or a[i:] == b[i + 1:] or a[i + 1:] == b[i:]


def _office_holder(t: Token) -> bool:
    """A place or body named as a modifier of an office word: "the Kosovo interior minister",
    "the EU's foreign policy chief" (whose office it is gives the person's country or body)."""
    if t.ent_type_ not in ("GPE", "ORG"):
        return False
    doc, start, end = t.doc, t.i, t.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    r = doc[start:end].root  # all of the name: "the United Nations envoy"
    return r.dep_ in ("compound", "poss", "nmod") and r.head.pos_ == "NOUN" \
        and r.head.ent_iob_ in ("O", "") and r.head.lemma_.lower() in role_nouns()


def _description(ent: Span) -> list[str]:
    """Role words around a name: 'Belarusian dictator X', 'chief of the staff ... X'."""
    doc = ent.doc
    words: list[str] = []
    # words immediately before the name in the same noun phrase
    i = ent.start - 1
    # (a body's name too: "U.N. Secretary-General Kofi Annan", "Hamas leader Ismail Haniyeh")
    while i >= 0 and (doc[i].pos_ in ("ADJ", "NOUN", "PROPN") or doc[i].text == "-" and i > 0 and i < ent.start - 1) \
            and (doc[i].ent_iob_ in ("O", "") or doc[i].ent_type_ in ("NORP", "ORG") or _office_holder(doc[i])) \
            and doc[i].text not in ",;:":
        if doc[i].text == "-":  # "Secretary-General": the tokeniser splits the office at its hyphen
            i -= 1
            continue
        # (a title that is an office says what the person is: "Pope John Paul", "King Hussein")
        if doc[i].lower_.rstrip(".") not in TITLES or doc[i].lower_ in role_nouns():
            words.append(doc[i].lemma_.lower())
        i -= 1
    # the noun phrase the name is an apposition of ("the chief of ... forces Viktor Gulevich")
    head = ent.root
    steps = 0
    # only a name in apposition describes itself by the phrase it hangs on; the object of a
    # preposition is described by nothing it depends on ("antagonism towards Erdoğan")
    while head.dep_ in ("appos", "compound", "pobj", "prep") and head.head != head and steps < 6 \
            and ent.root.dep_ in ("appos", "compound"):
        head = head.head
        steps += 1
    if head is not ent.root and head.pos_ in ("NOUN", "PROPN"):
        for t in head.subtree:
            if t.i >= ent.start:
                break
            if t.pos_ in ("ADJ", "NOUN", "PROPN") and (t.ent_iob_ in ("O", "") or t.ent_type_ == "NORP"
                                                        or _office_holder(t)):
                words.append(t.lemma_.lower())
    # a title's domain after the name: "King Hassan of Morocco", "Prince Charles of Britain"
    for t in ent.root.children:
        if t.dep_ == "prep" and t.lower_ == "of" and t.i == ent.end:
            words.extend(g.text.lower() for g in t.children if g.dep_ == "pobj" and g.ent_type_ == "GPE")
    # and a possessive before it: "Jordan's King Abdullah", "Saudi Arabia's King Salman"
    for t in ent.root.children:
        if t.dep_ == "poss" and t.i < ent.start and t.ent_type_ == "GPE":
            words.extend(e.text.lower() for e in ents_of(doc) if e.start <= t.i < e.end)
    # an apposition after the name: "Viktor Gulevich, the chief of the general staff"
    for t in ent.root.children:
        if t.dep_ == "appos" and t.i > ent.end - 1:
            words.extend(x.lemma_.lower() for x in t.subtree if x.pos_ in ("ADJ", "NOUN"))
            # its state as a possessive or a modifier: "Mevlut Cavusoglu, Turkey's foreign
            # minister", "Karen Pierce, the UK permanent representative at the UN"
            words.extend(e.text.lower() for p in t.children if p.dep_ in ("poss", "compound", "nmod")
                         and p.ent_type_ in ("GPE", "NORP") for e in ents_of(doc) if e.start <= p.i < e.end)
    seen: list[str] = []
    for w in words:
        if w not in seen:
            seen.append(w)
    return seen


def _is_subject(span: Span) -> bool:
    root = span.root
    if root.dep_ in SUBJ_DEPS:
        return True
    # "The chief of the staff ... Viktor Gulevich, said": the name sits inside the subject as an
    # apposition or an example ("others, like Abu Jassem from Falluja,"); the object of another
    # preposition in it is not what the subject names ("the attack on Sergei and Yulia Skripal
    # was the first ...")
    t = root
    named = False
    for _ in range(6):
        if t.dep_ in SUBJ_DEPS:
            return True
        if t.head == t or t.dep_ not in ("appos", "compound", "pobj", "prep", "conj"):
            break
        named = named or t.dep_ == "appos"
        if t.dep_ == "pobj" and not named and t.head.lower_ not in ("like", "as", "including"):
            break
        t = t.head
    return False


@lru_cache(maxsize=1)
def _place_cues() -> dict[str, frozenset[str]]:
    """``data/place_cues.tsv``: kind → words."""
    out: dict[str, set[str]] = {}
    for word, kind in read_pairs("place_cues.tsv").items():
        out.setdefault(kind, set()).add(word)
    return {k: frozenset(v) for k, v in out.items()}


def _misread_places(doc: Doc) -> set[str]:
    """One-word names the NER calls persons that the gazetteer knows as cities and that some
    mention in the article uses as a place ("the attack on Douma", "the town of Douma", "the
    Douma attack"): every mention of such a name is the place."""
    from newswire.resolve.places import city_kind

    cues = _place_cues()
    out: set[str] = set()
    for ent in ents_of(doc):
        if ent.label_ != "PERSON" or len(ent) != 1 or ent.text in out:
            continue
        tok = ent[0]
        prev = doc[tok.i - 1] if tok.i > 0 else None
        if (prev is not None and prev.lower_ in cues.get("prep", ()) and prev.dep_ == "prep"
                or prev is not None and prev.lower_ == "of" and tok.i > 1 and doc[tok.i - 2].lower_ in cues.get("of", ())
                or tok.dep_ == "compound" and tok.head.lower_ in cues.get("event", ())) \
                and ent.text.lower() not in given_names() and city_kind(ent.text) is not None:
            out.add(ent.text)  # (not "Anna", "Campbell": a given name or a name shared by a town)
    return out


def extract_entities(doc: Doc, country_of=None) -> list[Entity]:
    """Cluster the named mentions of ``doc``; ``country_of(text)`` tells GPE names apart."""
    entities: list[Entity] = []
    by_key: dict[str, Entity] = {}
    persons: list[Entity] = []
    person_names = _person_names(doc)
    places = _misread_places(doc)
    for ent in ents_of(doc):
        label = KEEP_LABELS.get(ent.label_)
        if label is None:
            continue
        name = clean_name(ent.text)
        if not name or name.lower() in ("us", "we", "i") or not any(c.isalpha() for c in name):
            continue
        # the statistical NER calls "Belarus" a PERSON or ORG now and then; a country is a GPE
        if country_of is not None and label in ("PERSON", "ORG") and country_of(name):
            label = "GPE"
        elif label in ("GPE", "ORG") and _titled_apposition(ent) and not (country_of and country_of(name)):
            # "Kenzo Oshima, the United Nations Emergency Relief Coordinator": a name the NER
            # took for a place, given an office in apposition, is a person; with its first name
            label = "PERSON"
            first = ent.start
            while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].dep_ == "compound" \
                    and doc[first - 1].head.i >= ent.start and not doc[first - 1].ent_type_:
                first -= 1
            ent = doc[first:ent.end]
            name = clean_name(ent.text)
        if label == "PERSON" and name in places:
            label = "GPE"  # "the chemical attack on Douma": a town the NER took for a person
        if label in ("GPE", "ORG") and _aged(ent) and not (country_of and country_of(name)):
            label = "PERSON"  # "Riedijk, 27, ...": a name with an age is a person's
            common = [t.i for t in ent if t.is_lower and t.pos_ in ("NOUN", "ADJ")]
            if common and common[-1] + 1 < ent.end:
                ent = doc[common[-1] + 1:ent.end]  # "Dutch national Yago Riedijk": the name
                name = clean_name(ent.text)
        if label == "ORG" and (_named_in_apposition_to_an_office(ent) or _titled_by_an_office(ent)):
            label = "PERSON"  # "The UN special envoy for Syria, Staffan de Mistura,": a person
        if label in ("GPE", "ORG") and _named_as_person(ent, person_names) and not (country_of and country_of(name)):
            label = "PERSON"
        elif label in ("NORP", "LOC") and _surname_as_group(ent, person_names) and not (country_of and country_of(name)):
            label = "PERSON"  # "James Mattis ... Mattis said": the small model's NORP for a surname
        if len(ent) > 1 and ent[-1].tag_ == "POS":
            ent = ent[:-1]  # "Donald Trump’s claim": the name, not its possessive ending
        if label == "PERSON" and len(ent) == 1 and ent.start > 0 and doc[ent.start - 1].lower_ in ("a", "an"):
            continue  # "Hazam, a Kurd from Kobani", "send a Hummer": a name takes no indefinite article
        if label == "PERSON" and not any(c.isupper() for c in name):
            continue  # "graffiti sprayed on ruins spoke for them": a name has a capital
        mention = Mention(ent.start_char, ent.end_char, ent.text, "name", _is_subject(ent))
        if label == "PERSON":
            toks = person_tokens(name)
            if not toks:
                continue
            surname = family_name(toks).lower()
            target = None
            # a surname spelt exactly as written beats a misspelling of it ("Abdullah" after
            # "Isamael Abdulla" and "Bassam Abu Abdullah" is the second)
            exact = [p for p in persons if family_name(person_tokens(p.name)).lower() == surname]
            for p in exact + [p for p in persons if all(p is not x for x in exact)]:
                ptoks = person_tokens(p.name)
                if _edit1(family_name(ptoks).lower(), surname):
                    if len(toks) >= 2 and len(ptoks) >= 2 and not _same_first(given_name(ptoks), given_name(toks)) \
                            and not _compound_surname(toks, ptoks):
                        continue  # "Imran Khan" and "Gohar Ali Khan": two people of one surname
                    target = p
                    break
            if target is None and len(toks) == 1:
                # "Mahmud and Ayyub Ferreira ... Ayyub, seven, wants to be a footballer": a bare
                # given name is the one person named in full with it, when no one has it as a
                # family name
                low = toks[0].lower()
                full = [p for p in persons if len(person_tokens(p.name)) >= 2
                        and given_name(person_tokens(p.name)).lower() == low]
                if len(full) == 1 and not any(family_name(person_tokens(p.name)).lower() == low for p in persons):
                    target = full[0]
            if target is None:
                target = Entity(f"E{len(entities) + 1}", " ".join(toks), "PERSON")
                entities.append(target)
                persons.append(target)
            elif len(toks) > len(person_tokens(target.name)):
                target.name = " ".join(toks)
            target.add(mention)
            inside = [w.lower() for w in name.split()[:len(name.split()) - len(toks)] if w.lower() in role_nouns()]
            for r in inside + _description(ent):
                if r not in target.roles:
                    target.roles.append(r)
            continue
        key = ("place:" if label in ("GPE", "LOC") else label + ":") + name.lower()
        if label == "ORG" and ("place:" + name.lower()) in by_key:
            key = "place:" + name.lower()
        target = by_key.get(key)
        if target is None:
            target = Entity(f"E{len(entities) + 1}", name, label)
            entities.append(target)
            by_key[key] = target
        target.add(mention)
    entities = _fold_surnames(_fold_acronyms(entities), country_of)
    _bare_surnames(doc, entities)
    _defined_acronyms(doc, entities)
    link_references(doc, entities)
    for e in entities:
        e.mentions.sort(key=lambda m: m.start)
    return entities


CALENDAR_WORDS = frozenset("january february march april may june july august september october november "
                           "december monday tuesday wednesday thursday friday saturday sunday".split())


def _bare_surnames(doc: Doc, entities: list[Entity]) -> None:
    """The surname of a person named in full, where the NER saw no name: "Trump urged European
    countries" (the tagger read "Trump" as a noun). A capitalised word spelt as one person's
    family name, not part of another name and not a month or a day, is that person."""
    by_surname: dict[str, list[Entity]] = {}
    for e in entities:
        toks = person_tokens(e.name) if e.type == "PERSON" else []
        if len(toks) >= 2:
            by_surname.setdefault(family_name(toks), []).append(e)
    if not by_surname:
        return
    taken = [(m.start, m.end) for e in entities for m in e.mentions]
    for tok in doc:
        people = by_surname.get(tok.text)
        if not people or len(people) != 1 or tok.ent_type_ or tok.lower_ in CALENDAR_WORDS \
                or not tok.text[:1].isupper() or any(a <= tok.idx < b for a, b in taken):
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        prev = doc[tok.i - 1] if tok.i > 0 else None
        if prev is not None and prev.pos_ == "PROPN" or nxt is not None and nxt.pos_ == "PROPN":
            continue  # part of another name ("Trump Tower", "Ivanka Trump")
        people[0].add(Mention(tok.idx, tok.idx + len(tok), tok.text, "name", tok.dep_ in SUBJ_DEPS))


ACRONYM_SKIP = frozenset("of the for and in on de du des la le al el".split())


def initials(name: str) -> str:
    """The acronym a name's words make: "International Rescue Committee" → IRC,
    "Hayat Tahrir al-Sham" → HTS (function words and articles left out)."""
    words = [w for w in re.split(r"[\s\-]+", name) if w and w[0].isalpha() and w.lower() not in ACRONYM_SKIP]
    return "".join(w[0] for w in words).upper()


def _fold_acronyms(entities: list[Entity]) -> list[Entity]:
    """An organisation named in full and later by its acronym ("the International Rescue
    Committee ... the IRC said") is one entity, known by its full name."""
    full = {initials(e.name): e for e in entities if e.type == "ORG" and len(e.name.split()) >= 2}
    out = []
    for e in entities:
        target = full.get(e.name) if e.type == "ORG" and e.name.isupper() and 2 <= len(e.name) <= 6 else None
        if target is None or target is e:
            out.append(e)
            continue
        for m in e.mentions:
            target.add(m)
    return out


ACRONYM_DEF = re.compile(r"\s*\(([A-Z][A-Z0-9&-]{1,7})\)")


def _defined_acronyms(doc: Doc, entities: list[Entity]) -> None:
    """"the Rapid Support Forces (RSF)": every later "RSF" is that body, also where the NER
    does not tag it (a bare acronym is often left untagged)."""
    text = text_of(doc)
    taken = {m.start for e in entities for m in e.mentions}
    for e in [x for x in entities if x.type == "ORG"]:
        for m in list(e.mentions):
            d = ACRONYM_DEF.match(text, m.end)
            if d is None:
                continue
            short = d.group(1)
            for tok in doc:
                if tok.text == short and tok.idx >= d.end() and tok.idx not in taken:
                    e.add(Mention(tok.idx, tok.idx + len(tok), tok.text, "name", _is_subject(doc[tok.i:tok.i + 1])))
                    taken.add(tok.idx)
            break


def _fold_surnames(entities: list[Entity], country_of=None) -> list[Entity]:
    """A one-word organisation or place that is a person's surname is that person: the NER
    reads "Orban's chief of staff" as an organisation after "Viktor Orbán"."""
    from newswire.resolve.kb import normalise

    surnames: dict[str, Entity] = {}
    firsts: dict[str, list[Entity]] = {}
    for e in entities:  # the first person of a surname is the one a bare surname means
        if e.type == "PERSON" and len(person_tokens(e.name)) >= 2:
            surnames.setdefault(normalise(family_name(person_tokens(e.name))), e)
            firsts.setdefault(normalise(given_name(person_tokens(e.name))), []).append(e)
    out = []
    for e in entities:
        # (a GPE too, unless it names a country: "Khan, 72, has been in jail")
        one_word = len(e.name.split()) == 1
        target = surnames.get(normalise(e.name)) if one_word and (
            e.type == "ORG" or e.type == "GPE" and not (country_of and country_of(e.name))) else None
        if target is None and one_word and e.type == "ORG" and not e.name.isupper() \
                and len(firsts.get(normalise(e.name), [])) == 1:
            # "says Dirk Campbell ... says Dirk": the small NER reads a lone given name as an
            # organisation; it is the one person named in full with it (features name
            # family members by first name)
            target = firsts[normalise(e.name)][0]
        if target is None:
            out.append(e)
            continue
        for m in e.mentions:
            target.add(m)
    return out


def _named_with(person: Entity, places: set[str], doc: Doc) -> bool:
    """Whether each of ``places`` is among the person's role words or in a sentence that
    names the person."""
    if places <= set(person.roles):
        return True
    sents = set()
    for m in person.mentions:
        if m.kind == "name":
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                sents.add(sent_of(span[0]).text.lower())
    return all(any(pl in st for st in sents) for pl in places)


def link_references(doc: Doc, entities: list[Entity]) -> None:
    """Attach definite descriptions and third-person pronouns to person entities.

    One left-to-right pass keeps the most recent person in subject position (the
    centering-theory preference for subjects as antecedents, Grosz et al. 1995).
    """
    _link_it(doc, entities)
    persons = [e for e in entities if e.type == "PERSON"]
    if not persons:
        return
    roles = role_nouns()
    owner: dict[int, Entity] = {}
    for e in persons:
        for m in e.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                for t in span:
                    owner[t.i] = e
    # definite descriptions: "the dictator", "The Belarusian military chief"
    for chunk in doc.noun_chunks:
        head = chunk.root
        lemma = head.lemma_.lower()
        if lemma not in roles or any(t.i in owner for t in chunk) or head.tag_ in ("NNS", "NNPS"):
            continue
        if not any(t.lower_ == "the" for t in chunk[:1]):
            continue
        named = next((owner[c.i] for c in head.children if c.dep_ == "appos" and c.i in owner), None)
        if named is not None:
            # "The opposition leader, Raila Odinga, called ...": the name in apposition is who
            # the description is, not the last leader mentioned
            named.add(Mention(chunk.start_char, chunk.end_char, chunk.text, "epithet", head.dep_ in SUBJ_DEPS))
            for t in chunk:
                owner[t.i] = named
            continue
        # a nationality in the description must agree: "the Russian president" is not Lukashenko
        norp = {t.lemma_.lower() for t in chunk if t.ent_type_ == "NORP"}
        offices = epithet_offices().get(lemma, frozenset())
        # and so must a place the office is of: "the president of Sierra Leone" is not Mugabe
        # (named with Zimbabwe), though "the president of Belarus" is Lukashenko; a people too:
        # "The leader of the Syrian Kurds" is not the Turkish president named later
        domain = {e.text.lower() for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                  for g in p.children if g.dep_ == "pobj" for e in ents_of(doc)
                  if e.start <= g.i < e.end and e.label_ in ("GPE", "ORG", "LOC", "NORP")}
        cands = [p for p in persons if (lemma in p.roles or offices & set(p.roles)) and norp <= set(p.roles)
                 and _named_with(p, domain, doc)]
        if not cands:
            continue
        before = [p for p in cands if p.mentions and p.mentions[0].start < chunk.start_char]
        pick = max(before, key=lambda p: max(m.start for m in p.mentions if m.start < chunk.start_char)) \
            if before else min(cands, key=lambda p: p.mentions[0].start)
        last = max((m.start for m in pick.mentions if m.start < chunk.start_char), default=-1)
        if any(c.root.lemma_.lower() == lemma and last < c.start_char < chunk.start_char
               and c[0].lower_ in ("a", "an", "one", "another") and not any(t.i in owner for t in c)
               for c in doc.noun_chunks):
            # "A senior Turkish diplomat told the Observer ... the diplomat said": the definite
            # takes up the unnamed one introduced since, not a named diplomat before him
            continue
        pick.add(Mention(chunk.start_char, chunk.end_char, chunk.text, "epithet", head.dep_ in SUBJ_DEPS))
        for t in chunk:
            owner[t.i] = pick
    # pronouns: the latest person in subject position, else the latest person, that agrees
    # in gender (known from a title, a gendered role word or an earlier pronoun)
    gender = _genders(doc, persons)
    subjects: list[Entity] = []
    seen: list[Entity] = []
    recent: list[tuple[int, Entity]] = []  # (token, person) of the sentence so far
    from newswire.extract.quotes import find_quote_marks_cached

    quoted = [sp for q in find_quote_marks_cached(doc) for sp in q]
    for tok in doc:
        e = owner.get(tok.i)
        if e is not None and any(a <= tok.idx < b for a, b in quoted):
            # a name inside someone's quoted words is no antecedent for the reporter's "he"
            # ("“Even Bashar al-Assad didn't succeed in uniting us,” one official said ... he added")
            continue
        if e is not None:
            seen.append(e)
            recent.append((tok.i, e))
            if tok.dep_ in SUBJ_DEPS or _is_subject(doc[tok.i:tok.i + 1]):
                subjects.append(e)
            continue
        if tok.lower_ in PRONOUNS and tok.pos_ == "PRON":
            g = PRONOUNS[tok.lower_]
            ref = _same_sentence_antecedent(doc, tok, recent, lambda x, g=g: gender.get(id(x)) in (None, g)) \
                or next((x for x in reversed(subjects) if gender.get(id(x)) in (None, g)), None) \
                or next((x for x in reversed(seen) if gender.get(id(x)) in (None, g)), None)
            if ref is None:
                continue
            named = {id(owner[t.i]) for t in tok.sent if t.i in owner and owner[t.i].type == "PERSON"}
            if id(ref) not in gender and named == {id(ref)} and not any(
                    t.pos_ == "PROPN" and owner.get(t.i) is not ref
                    and t.ent_type_ not in ("GPE", "LOC", "NORP", "FAC", "DATE") for t in tok.sent):
                # "Erdoğan follows through on his promise": a pronoun in a sentence that names
                # one person and no other name (a person the NER missed may be one) tells that
                # person's gender, so a later "she" looks further back
                gender[id(ref)] = g
            ref.add(Mention(tok.idx, tok.idx + len(tok), tok.text, "pronoun", tok.dep_ in SUBJ_DEPS))
            owner[tok.i] = ref
            seen.append(ref)
            recent.append((tok.i, ref))
            if tok.dep_ in SUBJ_DEPS:
                subjects.append(ref)


def _same_sentence_antecedent(doc: Doc, pron: Token, recent: list[tuple[int, Entity]],
                              agrees: Callable[[Entity], bool]) -> Entity | None:
    """A person named earlier in the pronoun's own sentence, its subject first ("the home
    secretary Sajid Javid's tough talk in an interview where he said"): Hobbs (1978) searches
    the pronoun's sentence before the ones before it. The subject of the pronoun's own verb
    is no antecedent of its object ("Trump praised him": binding Principle B, Chomsky 1981)."""
    start = pron.sent.start
    verb = pron.head.head if pron.dep_ == "pobj" else pron.head
    if pron.dep_ in SUBJ_DEPS and verb.dep_ == "ROOT":
        # a main clause's subject ("Using a pejorative for Erdoğan, he added") continues the
        # story's last subject, not a name in its own adjunct
        return None
    cands = [(i, e) for i, e in recent if i >= start and agrees(e)
             and not (pron.dep_ in ("dobj", "dative", "pobj") and doc[i].dep_ in SUBJ_DEPS and doc[i].head.i == verb.i)]
    subj = [e for i, e in cands if doc[i].dep_ in SUBJ_DEPS or _is_subject(doc[i:i + 1])]
    if subj:
        return subj[-1]
    return cands[-1][1] if cands else None


NEUTER = {"it", "its"}


def _genders(doc: Doc, persons: list[Entity]) -> dict[int, str]:
    """Each person's gender where the text gives one: a title or role word just before a
    mention ("Mrs May", "spokeswoman Maria Zakharova") or in the person's roles."""
    words = gendered_words()
    out: dict[int, str] = {}
    for e in persons:
        found = {words[r] for r in e.roles if r in words}
        for m in e.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            found |= {words[t.lower_] for t in doc[max(0, span.start - 2):span.end] if t.lower_ in words}
        if not found and e.name:
            # no word of the text tells: the given name's usual gender (a census name list;
            # a prior the pronouns of the text would overrule, never evidence against them)
            toks = person_tokens(e.name)
            first = given_name(toks).lower() if toks and not _east_asian(toks) else ""
            if first in given_names():
                found = {given_names()[first]}
        if len(found) == 1:
            out[id(e)] = found.pop()
    return out


@lru_cache(maxsize=1)
def gendered_words() -> dict[str, str]:
    """Titles and role words with the gender they give ("mrs" f, "spokesman" m), read once."""
    return read_pairs("gendered_words.tsv")


@lru_cache(maxsize=1)
def given_names() -> dict[str, str]:
    return read_pairs("given_names.tsv")


# subordinators of time and cause: the subject of such a clause is the main clause's subject
# far more often than its object when the main clause names no other party (Hobbs 1978's
# search order; "if" is left out: "the US would devastate Turkey if it attacked")
ADVERBIAL_MARKS = frozenset({"since", "after", "before", "when", "because", "as", "until", "while", "although"})


def _adverbial_it(tok: Token) -> bool:
    """"Russia has denied involvement since it invaded Ukraine": "it" heads a subordinate
    clause of time or cause on a clause that names no other country or body to bind it."""
    clause = tok.head
    if tok.dep_ not in SUBJ_DEPS or clause.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ in ADVERBIAL_MARKS for c in clause.children):
        return False
    main = clause.head
    inside = {t.i for t in clause.subtree}
    return not any(t.ent_type_ in ("GPE", "ORG", "NORP") and t.i not in inside and t.dep_ not in SUBJ_DEPS
                   and not any(a.dep_ in SUBJ_DEPS and a.head == main for a in t.ancestors)
                   and t.ent_type_ != "" for t in main.subtree)


def _relative_it(tok: Token) -> bool:
    """"Turkey was preparing to confront Kurdish militias that it says threaten its
    sovereignty", "Ankara, irritated by the YPG, with whom it has fought": the subject "it" of
    a relative clause cannot be the noun the clause modifies, which is its object or oblique;
    the clause subject above binds it (as a possessive is bound, Reinhart 1983)."""
    verb = tok.head
    if tok.dep_ not in SUBJ_DEPS or verb.dep_ != "relcl" or not _referring_it(tok):
        return False
    # a clause with its own object and no relative pronoun is a complement the parser
    # misread ("no guarantee it ends the violence"): "it" there is free
    return not any(c.dep_ == "dobj" for c in verb.children) or any(
        g.lower_ in ("whom", "which") for p in verb.children if p.dep_ == "prep" for g in p.children)


def _link_it(doc: Doc, entities: list[Entity]) -> None:
    """"its" and a reported "it" bound by the clause's subject when that is a country or a body:
    "Turkey was preparing to send its military", "Ankara says it will act". A possessive
    refers to its clause's subject far more often than to anything earlier (binding: Reinhart
    1983); a free "it" ("the US would devastate Turkey if it attacked") is left alone."""
    subject_at: dict[int, Entity] = {}
    for e in entities:
        if e.type not in ("GPE", "ORG"):
            continue
        for m in e.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand") if m.kind == "name" else None
            if span is not None and span.root.dep_ in SUBJ_DEPS:
                subject_at[span.root.i] = e
    if not subject_at:
        return
    for tok in doc:
        if tok.lower_ not in NEUTER or tok.pos_ != "PRON":
            continue
        if tok.lower_ == "its" and tok.dep_ != "poss":
            continue
        if tok.lower_ == "it" and not (tok.dep_ in SUBJ_DEPS and tok.head.dep_ in ("ccomp", "xcomp")
                                       and tok.head.head.lemma_.lower() in ("say", "tell", "claim", "insist",
                                                                            "warn", "announce", "add", "state")) \
                and not _adverbial_it(tok) and not _relative_it(tok):
            continue
        t = tok.head if tok.lower_ == "it" else tok
        bound = None
        for _ in range(8):
            if t.head == t and t.dep_ != "ROOT":
                break
            subj = next((c for c in t.children if c.dep_ in SUBJ_DEPS and c.i != tok.i
                         and not c.left_edge.i <= tok.i <= c.right_edge.i), None)
            if subj is not None:
                bound = subject_at.get(subj.i)
                break
            if t.head == t:
                break
            t = t.head
        if bound is not None:
            bound.add(Mention(tok.idx, tok.idx + len(tok), tok.text, "pronoun", tok.dep_ in SUBJ_DEPS))
    _link_it_across(doc, subject_at)


@lru_cache(maxsize=1)
def _it_verbs() -> dict[str, str]:
    """``data/pronoun_it_verbs.tsv``: lemma → expletive | clause."""
    return read_pairs("pronoun_it_verbs.tsv")


def _link_it_across(doc: Doc, subject_at: dict[int, Entity]) -> None:
    """A main clause's subject "it" opening a sentence is the previous sentence's subject when
    that is a country or a body named there: "Isis lost its last village. It has resurfaced in
    Anbar." (``pronoun_antecedent`` finds that subject.)"""
    for tok in doc:
        if tok.lower_ == "it" and tok.head.dep_ in ("ROOT", "conj"):
            ante = pronoun_antecedent(tok)
            if ante is not None and ante.i in subject_at:
                subject_at[ante.i].add(Mention(tok.idx, tok.idx + len(tok), tok.text, "pronoun", True))


def _referring_it(tok: Token) -> bool:
    """Whether a subject "it" can refer: not the dummy of an extraposed clause, a weather or
    raising verb ("It seems that ...", "It threatens to be another day of tension",
    "it is appalling to learn that ..." with the adjective read as a verb)."""
    verb = tok.head
    if _it_verbs().get(verb.lemma_.lower()) == "expletive" or verb.lower_ in ("'s", "’s") \
            or verb.pos_ not in ("VERB", "AUX") or any(
                c.dep_ in ("acomp", "attr", "csubj") or c.dep_ == "xcomp" and c.lemma_ == "be" for c in verb.children):
        return False
    return not (verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)
                and any(c.dep_ in ("xcomp", "ccomp") and c.i > verb.i for c in verb.children)
                and _it_verbs().get(verb.lemma_.lower()) != "clause")


QUOTE_OPENERS = "\"“«‘'"


STATE_NOUNS = frozenset({"country", "nation", "government", "forces", "troops", "army", "military",
                         "authorities", "police"})


def possessor_speaker(tok: Token) -> Token | None:
    """The speaker whose own "his country" or "their forces" a reported clause names: "The
    Ethiopian prime minister said his country would use force" (a possessive pronoun in a
    clause of reported speech refers to the reporter's subject, as a subject pronoun does;
    "its" is left alone: "its people" there is often another state's)."""
    if tok.lower_ not in STATE_NOUNS and tok.lemma_.lower() not in STATE_NOUNS:
        return None
    if not any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their") for c in tok.children):
        return None
    clause = tok.head
    for _ in range(4):
        if clause.dep_ == "ccomp" and clause.head.pos_ in ("VERB", "AUX"):
            subj = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
            return subj if subj is not None and subj.pos_ in ("NOUN", "PROPN") else None
        if clause.head == clause or clause.dep_ not in ("conj", "xcomp", "aux", "advcl"):
            return None
        clause = clause.head
    return None


def pronoun_antecedent(tok: Token) -> Token | None:
    """The noun a subject "they" or "it" with no entity of its own continues: the subject of
    the previous sentence's main clause in the same paragraph, agreeing in number ("Rebels
    shelled the town. They also seized two villages."; "The army ... . It captured ...").
    The previous utterance's subject is its preferred centre (Grosz, Joshi & Weinstein 1995).
    A sentence that names another party before the pronoun, a person (never "it" or, alone,
    "they") and a pronoun antecedent are left alone: no guess is better than a wrong one."""
    if tok.lower_ not in ("they", "it") or tok.pos_ != "PRON" or tok.dep_ not in SUBJ_DEPS:
        return None
    sent = tok.sent
    first = next((t for t in sent if t.dep_ in SUBJ_DEPS), None)
    if first is None or first.i != tok.i or any(
            t.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") or t.pos_ == "NOUN" and t.dep_ in SUBJ_DEPS
            for t in sent if t.i < tok.i):
        return None
    if tok.lower_ == "it" and not _referring_it(tok):
        return None
    doc = tok.doc
    if sent[0].text in QUOTE_OPENERS or (tok.i > sent.start and doc[tok.i - 1].text in QUOTE_OPENERS):
        return None  # quoted words have their own speaker's discourse, not the reporter's
    if sent.start == 0 or "\n\n" in text_of(doc)[doc[sent.start - 1].sent.start_char:sent.start_char]:
        return None
    prev = doc[sent.start - 1].sent
    root = prev.root
    subjects = [c for c in root.children if c.dep_ in SUBJ_DEPS]
    # a fronted apposition the parser reads as a second subject ("A strident opponent of the
    # regime, Turkey has since framed ..."): the name is the subject
    subj = next((c for c in subjects if c.ent_type_), subjects[0] if subjects else None)
    if subj is None or subj.pos_ == "PRON" or subj.ent_type_ == "PERSON":
        return None
    conj = any(c.dep_ == "conj" for c in subj.children)
    # a plural name may be a body "it" continues ("the Syrian Democratic Forces ... It")
    if tok.lower_ == "they":
        return subj if subj.tag_ in ("NNS", "NNPS") or conj else None
    return None if subj.tag_ == "NNS" or conj else subj


def entity_at(entities: list[Entity], start: int, end: int) -> tuple[Entity, Mention] | None:
    """The entity with a mention inside [start, end), preferring names over pronouns."""
    best: tuple[int, Entity, Mention] | None = None
    rank = {"name": 0, "epithet": 1, "pronoun": 2}
    for e in entities:
        for m in e.mentions:
            if m.start >= start and m.end <= end:
                score = rank[m.kind] * 1000 + (m.start - start)
                if e.type == "PERSON":
                    score -= 5000
                if best is None or score < best[0]:
                    best = (score, e, m)
    return (best[1], best[2]) if best else None


def leading_date(child: Token, head: Token) -> bool:
    """A date the parser runs into the phrase before its head ("On Sunday Mr Trump
    threatened"): it says when, it is no part of who."""
    return child.i < head.i and all(t.ent_type_ in ("DATE", "TIME") for t in child.subtree)


def phrase_tokens(tok: Token) -> list[Token]:
    """The phrase headed by ``tok``: its subtree without conjuncts, relative clauses and a
    sponsor's participle clause ("militias backed by Iran", as "Iranian-backed militias")."""
    toks = [tok]
    for c in tok.children:
        if c.dep_ == "acl" and c.i > tok.i and c.tag_ == "VBN" and c.lemma_.lower() in SPONSOR_VERBS:
            continue  # "Kurdish forces, backed by US-led airstrikes": a sponsor, not who they are
        if c.dep_ == "acl" and c.i > tok.i and (c.tag_ in ("VBD", "VBZ", "VBP") and not any(
                m.dep_ == "mark" for m in c.children) or (
                c.tag_ == "VBG" and tok.doc[c.left_edge.i - 1].text == ",")):
            # "tens of thousands protested ..., accusing the government": a finite verb the
            # parser hung on its subject (not a noun's "that" clause, "demands that X grant"), or
            # an -ing clause after a comma, tells what they did, not who they are
            continue
        if c.dep_ in ("ccomp", "parataxis") and c.i < tok.i or c.tag_ in ("``", "''"):
            continue  # "“... over Douma,” General Yevtushenko was quoted": a clause before a
            # noun, or the marks of a quotation, are no part of it (the parser hangs the quote
            # on the speaker's name)
        if c.dep_ == "prep" and c.lower_ in ("against", "versus") and opposing_group(tok):
            continue  # "the coalition against Isis": whom they oppose, not who they are
        if c.dep_ == "prep" and any(sponsor_help(g) for g in c.children):
            continue  # "government forces with Russian air support": a sponsor's help
        if c.dep_ not in ("conj", "cc", "relcl") and not (c.dep_ == "punct" and c.i > tok.i) \
                and not leading_date(c, tok) and not _list_apposition(c):
            toks.extend(c.subtree)
    return sorted(toks, key=lambda t: t.i)


def sponsor_help(tok: Token) -> bool:
    """Whether ``tok`` names whose help it is after "with" or "under" ("government forces with
    Russian air support", "rebels under Turkish protection"): a sponsor, not the helped, as
    "Russian-backed" is."""
    from newswire.extract.events import word_class

    while tok.dep_ in ("amod", "compound", "poss", "nmod") and tok.head != tok:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in ("with", "under") \
        and tok.lemma_.lower() in word_class("SUPPORT_NOUNS")


def opposing_group(tok: Token) -> bool:
    """A group or people noun whose "against" phrase says whom they oppose ("the coalition
    against Isis", "fighters against the regime"); "sanctions against Nigeria" are aimed at it."""
    lemma = tok.lemma_.lower()
    return lemma in read_words("group_nouns.tsv") or lemma in read_words("people_words.tsv")


def _list_apposition(c: Token) -> bool:
    """The small parser reads a list ("The US, Russia, and Switzerland") as an apposition
    whose own conjuncts follow; a real apposition ("Putin, the Russian president") has none."""
    return c.dep_ == "appos" and any(g.dep_ == "cc" for g in c.children) \
        and any(g.dep_ == "conj" for g in c.children)


SPONSOR_VERBS = frozenset({"back", "sponsor", "support", "fund", "train", "arm", "ally", "align", "lead", "equip"})
BACKED = ("-backed", "-sponsored", "-supported", "-funded", "-trained", "-armed", "-allied", "-aligned", "-based")


def stance_token(tok: Token) -> bool:
    """A name inside a stance or a sponsorship, not the phrase's own identity: "an anti-Syria
    journalist" is no Syrian, "US-backed forces" are not American, "Iran's enemies" not Iranian."""
    doc = tok.doc
    i = tok.i
    head = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok.head if tok.dep_ == "poss" else None
    if head is not None and head.lemma_.lower() in read_words("adversary_nouns.tsv"):
        return True  # "its enemies", "the critics of Assad": the other side
    return (i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in ("pro", "anti")) or (
        i + 2 < len(doc) and doc[i + 1].text == "-" and "-" + doc[i + 2].lower_ in BACKED)


def token_entity(entities: list[Entity], tok: Token,
                 bounds: tuple[int, int] | None = None) -> tuple[Entity, Mention] | None:
    """The entity of the phrase headed by ``tok``: its subtree without conjuncts and relative
    clauses, which are phrases of their own ("the military and the MILF", "police, who
    arrested X"); names marked as a stance or a sponsor are not it. ``bounds`` (character
    offsets) narrow the phrase to the words a caller kept as its text."""
    toks = phrase_tokens(tok)
    left = min(t.idx for t in toks)
    right = max(t.idx + len(t) for t in toks)
    if bounds is not None:
        left, right = max(left, bounds[0]), min(right, bounds[1])
        # a name through the head may run past the kept words ("Homeland Union (Conservatives)")
        right = max([right] + [m.end for e in entities for m in e.mentions if m.start <= tok.idx < m.end])
    stances = [(t.idx, t.idx + len(t)) for t in toks if t.i != tok.i and stance_token(t)]
    if stances:
        entities = [e for e in entities
                    if not any(a <= m.start < b for m in e.mentions for a, b in stances)]
    return entity_at(entities, left, right)
