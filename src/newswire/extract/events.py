"""Events in the PLOVER ontology, read from trigger words in their syntactic frame.

For each trigger in ``data/event_triggers.tsv`` whose conditions hold, the actor is the
grammatical subject (the ``by``-agent in the passive), the target the object or the
object of against/on/with/at, and the place a location phrase in the clause. Each mention
gets its factuality (:mod:`newswire.extract.factuality`) and, when it sits inside a
quote, the quote's speaker as its source: "claiming Ukraine gathered 20,000 people" is
Ukraine mobilising, *claimed* by the Belarusian military chief.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from newswire.annotate import ents_of, hyphen_start, sent_of, text_of
from newswire.datafiles import read_classes, read_words
from newswire.extract.attribution import model as attribution_model
from newswire.extract.cameo_verbs import match as cameo_match
from newswire.extract.entities import (
    Entity,
    leading_date,
    role_nouns,
    sponsor_help,
    stance_token,
    token_entity,
)
from newswire.extract.factuality import content_clause, evidence_nouns, factuality_of, is_factive
from newswire.extract.factuality import cues as factuality_cues
from newswire.extract.quantities import Quantity, quantity_near
from newswire.extract.quotes import (
    Quote,
    Speaker,
    cue_lexicon,
    cue_nouns,
    find_quote_marks_cached,
    make_speaker,
)

# CAMEO codes intentions by what is intended (Gerner et al. 2002, ch. 2): an announced
# cooperative act is "express intent to cooperate" (03, PLOVER AGREE), an announced
# coercive one a threat (13, THREATEN); "X must do Y", said by S, is S demanding (10).
# CAMEO roots whose acts may be done to a thing: appeal, investigate, demand, disapprove,
# reject, threaten, assault, fight, mass violence (and yielding, 08, but for a release, 084:
# "ceded the initiative", not "released a video")
THING_OBJECT_ROOTS = frozenset({"02", "09", "10", "11", "12", "13", "18", "19", "20"})
COOPERATIVE = {"SUPPORT", "COOPERATE", "AID", "CONSULT", "RETREAT", "CONCEDE", "AGREE"}
COERCIVE = {"COERCE": "ban", "SANCTION": "relations", "ASSAULT": "violence"}
INTENT_CUES = {"will", "would", "shall", "plan", "intend", "prepare", "prepared", "ready", "willing",
               "vow", "pledge", "promise", "decide", "set", "going", "threaten", "offer", "agree", "vote"}
DEMAND_CUES = {"must", "should"}
YIELDING = {"AGREE", "CONCEDE", "RETREAT", "AID", "SUPPORT", "COOPERATE", "CONSULT"}
# what a receiving verb's subject can get from another party (rows in data/event_triggers.tsv
# with RECEIVING_VERBS): support, aid, criticism, pressure, assurances
RECEIVED_TYPES = frozenset({"SUPPORT", "AID", "ACCUSE", "REQUEST", "AGREE"})
DENY_CUES = ("den", "dismiss", "reject", "refut", "rebut")
PLACE_PREPS = {"in", "at", "near", "to", "on", "across", "along", "from", "inside", "outside", "into", "around"}
PLACE_NOUNS = {"border", "west", "east", "north", "south", "capital", "city", "region", "area",
               "frontier", "coast", "village", "town", "province"}


def _word_classes() -> dict[str, frozenset[str]]:
    """The word classes of ``data/event_word_classes.tsv``."""
    return read_classes("event_word_classes.tsv")


def word_class(name: str) -> frozenset[str]:
    """One word class of ``data/event_word_classes.tsv`` (empty when it has none)."""
    return _word_classes().get(name, frozenset())


@dataclass(frozen=True, slots=True)
class Trigger:
    lemma: str
    pos: str
    type: str
    mode: str | None
    cameo: str | None
    prt: str | None = None
    obj: frozenset[str] | None = None
    prep: str | None = None
    mod: frozenset[str] | None = None
    comp: frozenset[str] | None = None  # a modal in the clausal complement: "said X must go"
    notmod: frozenset[str] | None = None  # modifiers that make it another thing: "cardiac arrest"
    notobj: frozenset[str] | None = None  # objects that make it another thing: "arrest the decline"
    into: str | None = None  # "taken into custody": the noun must be the object of "into"
    subj: frozenset[str] | None = None  # the subject's head (or its "of" noun): "supporters gathered"
    ifcomp: frozenset[str] | None = None  # a clausal complement, if any, has one of these modals
    gov: frozenset[str] | None = None  # a noun that is the object of one of these verbs: "declared a truce"
    notgov: frozenset[str] | None = None  # a noun that is not the object of these: "ran riot"
    notsubj: frozenset[str] | None = None  # no subject of these: "hospitals suspended operations"
    inf: str | None = None  # a to-infinitive complement: "pressed Malaysia to stop"
    that: str | None = None  # a finite clausal complement: "charged that police tortured detainees"
    neg: str | None = None  # the verb is negated, and the negation is the act: "will not tolerate"


@dataclass(slots=True)
class Participant:
    text: str
    start: int
    end: int
    entity: Entity | None
    head: Token | None = None
    country: str | None = None
    sector: str | None = None


@dataclass(slots=True)
class EventMention:
    type: str
    mode: str | None
    cameo: str | None
    trigger: Token
    actor: Participant | None
    target: Participant | None
    location: Participant | None
    date: Span | None
    quantity: Quantity | None
    factuality: str
    source: Speaker | None
    evidence: tuple[int, int]
    support: list[tuple[int, int]] = field(default_factory=list)
    resolved: dict = field(default_factory=dict)
    fatal: bool = False  # an ASSAULT whose words say someone died (data/fatal_triggers.tsv)


@lru_cache(maxsize=1)
def fatal_triggers() -> dict[str, frozenset[str]]:
    out = {}
    text = (resources.files("newswire") / "data" / "fatal_triggers.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            lemma, mods = line.split("\t")[:2]
            out[lemma] = frozenset() if mods.strip() == "-" else frozenset(mods.strip().split("|"))
    return out


def is_fatal(tok: Token) -> bool:
    """Whether an ASSAULT trigger says someone died: "killed", "shot dead", "left two dead";
    or the violence is named as the cause of deaths: "deaths in police firing", "the firing
    that left one dead"."""
    mods = fatal_triggers().get(tok.lemma_.lower())
    if mods is not None and (not mods or any(  # children and grandchildren: "left one dead"
            x.lower_ in mods for c in tok.children for x in (c, *c.children))):
        return True
    t = tok
    for _ in range(4):  # "deaths in police firing", "deaths have taken place due to police firing"
        if t.dep_ not in ("pobj", "pcomp", "prep", "acl", "amod") or t.head == t:
            break
        t = t.head
        if t.lemma_.lower() in _word_classes()["DEATH_WORDS"] or (t.pos_ in ("VERB", "AUX") and any(
                x.lemma_.lower() in _word_classes()["DEATH_WORDS"] for c in t.children if c.dep_ in ("nsubj", "nsubjpass")
                for x in c.subtree)):
            return True
    return any(c.dep_ in ("relcl", "acl") and is_fatal(c) for c in tok.children)


@lru_cache(maxsize=1)
def crosswalk() -> list[tuple[str, str | None, str | None]]:
    """CAMEO code prefixes → (PLOVER type or None, mode), longest first."""
    rows = []
    text = (resources.files("newswire") / "data" / "cameo_plover.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            code, typ, mode = line.split("\t")[:3]
            rows.append((code, None if typ == "-" else typ, None if mode == "-" else mode))
    return sorted(rows, key=lambda r: -len(r[0]))


def plover_of(cameo: str) -> tuple[str | None, str | None]:
    for code, typ, mode in crosswalk():
        if cameo.startswith(code):
            return typ, mode
    return None, None


@lru_cache(maxsize=1)
def triggers() -> dict[tuple[str, str], list[Trigger]]:
    out: dict[tuple[str, str], list[Trigger]] = {}
    text = (resources.files("newswire") / "data" / "event_triggers.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lemma, pos, typ, mode, cameo, cond = line.split("\t")[:6]
        kw: dict = {}
        for c in cond.split(";"):
            if "=" in c:
                k, v = c.split("=", 1)
                kw[k.strip()] = frozenset(v.split("|")) if k.strip() in ("obj", "mod", "comp", "notmod", "notobj", "subj", "ifcomp", "gov", "notgov", "notsubj") \
                    else v.strip()
        trig = Trigger(lemma, pos, typ, None if mode == "-" else mode, None if cameo == "-" else cameo, **kw)
        out.setdefault((lemma, pos), []).append(trig)
    return out


def _objects(tok: Token, extended: bool = False) -> list[Token]:
    """The verb's or noun's objects; ``extended`` adds a complex preposition's object and a
    small clause's subject (for the trigger table's obj= condition only)."""
    # "oprd": the object's predicate, "left two dead"
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd")]
    if not objs and (patient := _raised_patient(tok)) is not None:
        objs.append(patient)  # "was reported to have been killed", "get their son released"
    if extended:
        # a span of time the parser hangs as an adverbial: "gave them three days to leave"
        objs.extend(c for c in tok.children if c.dep_ == "npadvmod" and c.pos_ == "NOUN")
        # a second object the parser made a clause: "denied inspectors access" (access: ccomp)
        objs.extend(c for c in tok.children if c.dep_ == "ccomp" and c.pos_ == "NOUN")
    for p in tok.children:
        # (not the passive's "by" agent: "positions held by women" holds no women)
        if p.dep_ == "prep":
            objs.extend(c for c in p.children if c.dep_ == "pobj")
            if extended:  # a complex preposition: "walked out of the talks"
                objs.extend(g for c in p.children if c.dep_ == "prep" and c.lower_ == "of"
                            for g in c.children if g.dep_ == "pobj")
        elif extended and p.dep_ in ("ccomp", "xcomp") and tok.pos_ == "VERB" and (
                p.pos_ == "ADJ" or any(a.dep_ == "aux" and a.lower_ == "to" for a in p.children)):
            # a small clause or an infinitive's subject is the verb's object in sense
            # (exceptional case marking): "allowed inspectors to return", "found him guilty"
            objs.extend(c for c in p.children if c.dep_ == "nsubj")
            if p.pos_ == "ADJ":
                objs.append(p)
    if tok.pos_ == "NOUN":
        for p in tok.children:
            if p.dep_ == "prep" and p.lower_ == "of":
                objs.extend(c for c in p.children if c.dep_ == "pobj")
    if extended:
        # an amount or a load stands for its content: "sent 200 tonnes of food" sends food
        amounts = _word_classes()["AMOUNT_NOUNS"]
        objs.extend(g for o in list(objs) if o.lemma_.lower() in amounts
                    for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                    for g in p.children if g.dep_ == "pobj")
    if extended and tok.pos_ == "VERB" and not any(o.dep_ in ("dobj", "nsubjpass") for o in objs) \
            and (rel := _relative_object(tok)) is not None:
        objs.append(rel)  # "the hostages it had seized": the relative clause's noun
    if extended and tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ == "NOUN" \
            and not any(o.dep_ in ("dobj", "nsubjpass") for o in objs) \
            and not any(c.dep_ in ("nsubj", "mark") for c in tok.children):
        objs.append(tok.head)  # "a deal struck with Kurdish forces": a participle's noun is its object
    return objs


def _no_comment(verb: Token) -> bool:
    """An act of telling the press: commenting, confirming, giving details or names."""
    lemma, classes = verb.lemma_.lower(), _word_classes()
    if lemma in classes["NO_COMMENT_VERBS"]:
        return True
    if lemma in classes["NO_COMMENT_REPLY_VERBS"]:
        # "declined to respond to requests for comment", but "refused to respond to a demand"
        said = [t for t in verb.subtree if t.i > verb.i and t.pos_ == "NOUN"]
        return not said or any(t.lemma_.lower() in classes["NO_COMMENT_OBJECTS"] | classes["PRESS_QUESTIONS"]
                               for t in said)
    return lemma in classes["NO_COMMENT_GIVING_VERBS"] and any(
        c.dep_ == "dobj" and c.lemma_.lower() in classes["NO_COMMENT_OBJECTS"] for c in verb.children)


def _hyphened(tok: Token, table: dict[tuple[str, str], list[Trigger]]) -> list[Trigger]:
    """The rows of a hyphenated noun the tokenizer split: "build-up" is build, -, up, and the
    last part heads the compound ("a military build-up", "a sit-in", "the cease-fire")."""
    start = hyphen_start(tok)
    if tok.pos_ != "NOUN" or start == tok.i or tok.doc[start].head.i != tok.i:
        return []
    word = "".join(t.lower_ for t in tok.doc[start:tok.i + 1])
    return table.get((word, "NOUN")) or table.get((word.replace("-", ""), "NOUN")) or []


def _matches(trig: Trigger, tok: Token) -> bool:
    if trig.type == "SUPPORT" and tok.tag_ == "VBN" and any(
            g.dep_ == "pobj" and _instrument(g) and not any(m.ent_type_ or m.pos_ == "PROPN"
                                                             for m in g.subtree if m.i < g.i)
            for a in tok.children if a.dep_ == "agent" for g in a.children):
        # "Backed by tanks, Russian troops stormed the village": their own means, not an ally
        # ("backed by US-led airstrikes", "by Turkish artillery" name the ally that sends them)
        return False
    # (a particle the parser reads as a preposition with no object or as an adverb right after
    # the verb: "backed out of the deal", "stepped down", but not "the speech he gave in Riyadh")
    if trig.prt and not any((c.dep_ == "prt" or c.dep_ in ("prep", "advmod") and c.i == tok.i + 1
                             and not any(g.dep_ == "pobj" for g in c.children)) and c.lower_ == trig.prt
                            for c in tok.children):
        # "building troops up" puts the particle after the object, still a prt child
        return False
    if trig.prep and not any(c.dep_ == "prep" and c.lower_ == trig.prep for c in tok.children) and not any(
            c.dep_ == "prep" and c.lower_ == trig.prep for o in tok.children if o.dep_ == "dobj" for c in o.children):
        # (the parser may hang the verb's preposition on its object: "charged a legislator with incitement")
        return False
    if trig.notmod and any(c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in trig.notmod
                           for c in tok.children):
        return False
    if trig.notobj and any(o.lemma_.lower() in trig.notobj or "@people" in trig.notobj and _names_people(o)
                           and o.dep_ == "dobj" and o.head.i == tok.i for o in _objects(tok)):
        return False
    if trig.notobj and "@any" in trig.notobj and any(c.dep_ in ("dobj", "ccomp") for c in tok.children):
        return False  # "the results demonstrate the exposure": showing something is no protest
    if trig.into and not (tok.dep_ == "pobj" and tok.head.lower_ == "into"):
        return False
    if trig.type == "REQUEST" and any(c.dep_ in ("advmod", "prt") and c.lower_ in _word_classes()["PROCEED_ADVERBS"]
                                      for c in tok.children):
        return False  # "Russia will press ahead with its plan": it goes on, asking no one
    if trig.inf and not any(c.dep_ in ("xcomp", "ccomp", "advcl", "acl") and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in tok.children):
        return False
    if trig.that and not any(c.dep_ == "ccomp" and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
                             and not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                             for c in tok.children) and not _trailing_report(tok):
        # (a report closing the sentence it reports has that sentence as its clause)
        return False
    if trig.neg and not _negated_verb(tok):
        return False
    if trig.gov and not (tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in trig.gov):
        return False
    if trig.notgov and tok.dep_ in ("dobj", "nsubjpass", "npadvmod", "oprd", "attr") and tok.head.lemma_.lower() in trig.notgov:
        return False
    # (a verb's modifier may hang as an adverbial noun or an adverb: "test-fired" is "test"
    # npadvmod "fired"; "jointly patrolling")
    if trig.mod and not any(c.dep_ in ("compound", "amod", "nmod", "npadvmod", "advmod") and c.lemma_.lower() in trig.mod
                            for c in tok.children):
        return False
    if trig.comp and not any(c.dep_ in ("ccomp", "acl") and any(a.dep_ == "aux" and a.lower_ in trig.comp
                                                             for a in c.children)
                             for x in [tok] + [o for o in tok.children if o.dep_ == "dobj"]
                             for c in x.children):
        return False
    if trig.ifcomp and any(c.dep_ == "ccomp" and not any(a.dep_ == "aux" and a.lower_ in trig.ifcomp
                                                          for a in c.children) for c in tok.children):
        return False
    if trig.subj or trig.notsubj:
        # a noun's subject is its governing verb's: "the navy held exercises"
        clause = tok.head if tok.pos_ == "NOUN" and tok.dep_ == "dobj" else tok
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if trig.notsubj and subj is not None and subj.lemma_.lower() in trig.notsubj:
        return False
    if trig.subj:
        # "Hundreds of supporters gathered": the quantity's "of" noun is who gathered
        heads = {subj.lemma_.lower()} | {g.lemma_.lower() for p in subj.children if p.dep_ == "prep"
                                         and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"} \
            if subj is not None else set()
        if not heads & trig.subj and not ("@place" in trig.subj and subj is not None and _named_place(subj)):
            return False
    if trig.obj:
        objs = _objects(tok, extended=True)
        if any(c.dep_ == "dobj" for c in tok.children):
            # "captured two gunmen in the village", "seized a ship off the coast": with a direct
            # object, a place phrase says where the act was, not what it was done to ("join
            # Russia in combat" names the act)
            objs = [o for o in objs if not (o.dep_ == "pobj" and o.head.head.i == tok.i
                                            and o.head.lower_ in _word_classes()["LOCATIVE_PREPS"]
                                            and (_is_place(o) or o.lemma_.lower() in _word_classes()["TERRAIN_NOUNS"]))]
        objs += [c for o in objs for c in o.children if c.dep_ == "conj"]
        # "a swath of territory", "dozens of prisoners": the portion's "of" noun is acted on
        objs += [g for o in objs if o.lemma_.lower() in _word_classes()["PORTION_NOUNS"]
                 for g in [_of_object(o)] if g is not None]
        if not ({o.lemma_.lower() for o in objs} & trig.obj
                or ("@people" in trig.obj and any(_names_people(o) for o in objs if _direct(o, tok)))
                or ("@place" in trig.obj and any(o.dep_ in ("dobj", "nsubjpass") and _named_place(o) for o in objs))
                or ("@any" in trig.obj and any(o.dep_ in ("dobj", "nsubjpass") and o.head.i == tok.i for o in objs))):
            return False
    return True


def _past_act(tok: Token) -> bool:
    """A verb that reports a past act, with no modal: "had not shelled", "were not killed",
    "did not fire" (not "will not release", "would not agree", "cannot attack")."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    aux = [c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if any(a in ("will", "would", "shall", "should", "can", "could", "may", "might", "must", "ca", "wo", "to")
           for a in aux):
        return False
    return tok.tag_ in ("VBD", "VBN") or any(a in ("did", "had", "has", "have", "was", "were") for a in aux)


def _negated_verb(tok: Token) -> bool:
    """A negation on the verb itself or on its adverb: "would not tolerate", "will no longer
    tolerate", "will never accept"."""
    return any(c.dep_ == "neg" or c.dep_ == "advmod" and any(g.dep_ == "neg" for g in c.children)
               for c in tok.children)


def _direct(obj: Token, tok: Token) -> bool:
    """The one acted on, not a prepositional party ("released a statement on the president")."""
    while obj.dep_ == "conj" and obj.head.i != tok.i:
        obj = obj.head
    if obj.dep_ == "pobj" and obj.head.lower_ == "of" and obj.head.head.head.i == tok.i \
            and obj.head.head.lemma_.lower() in _word_classes()["PORTION_NOUNS"]:
        obj = obj.head.head  # "released dozens of prisoners"
    return obj.dep_ in ("dobj", "nsubjpass") or (obj.head.head.i == tok.i and obj.head.lower_ == "of") \
        or obj == _raised_patient(tok)


@lru_cache(maxsize=1)
def _people_words() -> frozenset[str]:
    return read_words("people_words.tsv") | read_words("civilian_words.tsv") | frozenset(role_nouns())


def _names_people(tok: Token) -> bool:
    """A noun phrase head that names persons ("40 civilians", "two Americans", "Navalny", "them")
    — the class ``@people`` of the trigger table's obj= condition."""
    if tok.ent_type_ == "PERSON" or (tok.ent_type_ == "NORP" and tok.tag_ == "NNPS"):
        return True
    if tok.pos_ == "PRON":
        return tok.lower_ in ("him", "her", "them", "he", "she", "they", "us", "we", "me")
    lemma = tok.lemma_.lower()
    if lemma in _people_words():
        return True
    # "aid workers", "two British nationals": a compound's last word is the head
    return " ".join(c.lemma_.lower() for c in tok.children if c.dep_ == "compound") + " " + lemma in _people_words()


def _stray_by(obj: Token) -> Token | None:
    """The "by" phrase the parser hangs on a nominal event's "of" object: "the arrest of
    [the opposition leader] by Malaysian police" is the police's arrest."""
    if obj.dep_ != "pobj" or obj.head.lower_ != "of":
        return None
    return next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "by"), None)


def _name_word(t: Token) -> bool:
    """A word that can be part of a personal name: a proper noun, a particle ("arap",
    "al-Bashir", tagged as an adverb; data/event_word_classes.tsv), a capitalised word the
    tagger mistook."""
    particles = _word_classes()["NAME_PARTICLES"]
    return t.pos_ == "PROPN" or t.lower_ in particles or t.text in ("-", "‐") \
        or "-" in t.text and t.lower_.split("-")[0] in particles \
        or t.text[:1].isupper() and t.pos_ in ("NOUN", "ADJ", "ADV", "X")


def _participant(tok: Token | None, entities: list[Entity]) -> Participant | None:
    if tok is None:
        return None
    cut = {x.i for c in tok.children if c.dep_ in ("relcl", "acl") or leading_date(c, tok)
           or (c.dep_ == "amod" and c.pos_ == "VERB" and any(g.dep_ == "nsubj" for g in c.children)) for x in c.subtree}
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "agent" else tok.head
    if (tok.dep_ in ("dobj", "nsubjpass") or verb.i != tok.head.i) and verb.lemma_.lower() in _word_classes()["ACCUSING_VERBS"]:
        # ("accused by its enemies of attempting ...": the parser hangs the charge on the agent)
        # "accused [the RSF] of genocide": what the accused is accused of is no part of its name
        cut |= {x.i for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "with") for x in c.subtree}
    cut |= {x.i for c in tok.subtree if c.dep_ == "acl" and _misparsed_main_verb(c) is not None for x in c.subtree}
    # "government forces with Russian air support": a sponsor's help is no part of the actor's
    # name, as "Russian-backed" is not (resolve's BACKED)
    cut |= {x.i for c in tok.children if c.dep_ == "prep" and any(sponsor_help(g) for g in c.children)
            for x in c.subtree}
    if (by := _stray_by(tok)) is not None:
        cut |= {x.i for x in by.subtree}  # the actor, no part of the object's name
    # "..., when tens of thousands protested": the parser can hang a clause's subordinator on
    # its subject; the word links clauses and names no one
    cut |= {c.i for c in tok.children if c.i < tok.i and (c.dep_ == "mark" or (
        c.dep_ == "advmod" and c.tag_ in ("WRB", "IN")) or c.tag_ == "WP$")}  # "whose forces"
    sub = [t for t in tok.subtree if t.i not in cut and (t.dep_ != "punct" or t.i == tok.i or t.text == "-")]
    # keep the contiguous phrase around the head, without relative clauses and asides
    idx = sorted(t.i for t in sub)
    lo = hi = tok.i
    while True:
        if lo - 1 in idx and tok.doc[lo - 1].text not in ",;:—–(":
            lo -= 1
        elif tok.doc[lo - 1].text == ")" and lo - 1 > 0:
            # "the pro-Iranian Hizbollah (Party of God) group": a bracketed gloss inside the
            # phrase, its opening bracket and what precedes it still the phrase's
            opening = next((j for j in range(lo - 2, max(-1, lo - 12), -1) if tok.doc[j].text == "("), None)
            if opening is None or opening - 1 not in idx:
                break
            lo = opening - 1
        else:
            break
    while hi + 1 in idx and tok.doc[hi + 1].text not in ",;:—–()":
        hi += 1
    doc = tok.doc
    while hi > lo and doc[hi].pos_ in ("ADP", "DET", "CCONJ", "PUNCT", "PART"):
        hi -= 1  # "47 people for" → "47 people"
    span = doc[lo:hi + 1]
    # a person's name through the head is whole even where the parser split it: "Daniel arap
    # Moi" (the lowercase particle parsed as a second subject), "President Omar al-Bashir"
    # (only over name words: the small model's PERSON spans can take in a verb or a year,
    # "Attacking Bashar", "Obama's 2013")
    name = next((m for e in entities if e.type == "PERSON" for m in e.mentions
                 if m.start <= tok.idx < m.end and (m.start < span.start_char or m.end > span.end_char)), None)
    whole = doc.char_span(min(name.start, span.start_char), max(name.end, span.end_char),
                          alignment_mode="expand") if name is not None else None
    if whole is not None and all(_name_word(t) for t in whole if not span.start <= t.i < span.end):
        span = whole
    # an apposition after a comma is outside the phrase's text, and so are its names
    # ("French mediation ... with Syria, a close aide to Prime Minister Ehud Barak said")
    hit = token_entity(entities, tok, (span.start_char, span.end_char))
    ent = None
    if hit is not None:
        e, m = hit
        # a nationality adjective ("Belarusian troops") describes, it does not name the actor
        if e.type not in ("NORP",) or (m.start <= tok.idx < m.end):
            ent = e
    return Participant(span.text, span.start_char, span.end_char, ent, tok)


def _subject(tok: Token) -> Token | None:
    subj = _raw_subject(tok)
    if subj is not None and subj.lower_ in ("it", "he", "she", "they", "we"):
        # "Iraq said it would allow ...": in a reported clause the pronoun is the speaker
        t = subj.head
        for _ in range(4):
            if t.dep_ == "conj" and t.head.pos_ in ("VERB", "AUX"):
                first = _coordinated_subject(subj, t.head)
                if first is not None:
                    return first
            if t.dep_ in ("acl", "ccomp") and t.head.pos_ == "NOUN" and t.i == subj.head.i:
                # "Turkey's warning that it would invade": the one whose warning or claim it is
                owner = _own_noun_actor(t.head)
                if owner is not None and owner.lower_ not in POSSESSIVE_PRONOUNS:
                    return owner
            if t.dep_ == "ccomp" and t.head.pos_ == "VERB":
                # "rebels rejected the plan and said they opposed ...": a conjunct shares its subject
                speaker = _raw_subject(t.head)
                if speaker is not None and speaker.lower_ not in ("it", "he", "she", "they", "we", "i") \
                        and not (subj.lower_ in ("he", "she") and (
                            speaker.tag_ in ("NNS", "NNPS") or speaker.pos_ == "NOUN" and not _names_people(speaker))) \
                        and not (subj.lower_ == "they" and speaker.ent_type_ == "GPE" and speaker.tag_ == "NNP"):
                    # ("Turkey warned it would attack Kurdish forces unless they withdrew": a
                    # state is "it"; "they" are others; "he" is a person, never "the group")
                    return speaker  # "activists ..., saying he must resign": "he" is someone else
                break
            if t.head == t:
                break
            t = t.head
    return subj


def _coordinated_subject(pronoun: Token, first_clause: Token) -> Token | None:
    """The first clause's subject, which a pronoun subject of a clause coordinated with it
    names when the two agree (subject continuity, the centering of Grosz, Joshi and
    Weinstein 1995): "The rebels freed 40 soldiers they had held captive, the Red Cross
    said" are the rebels' captives, not the Red Cross's."""
    first = _raw_subject(first_clause)
    own = next((c for c in first_clause.children if c.dep_ == "nsubj"), None)
    # the subject's own head must agree, not a quantity's "of" noun: "the number of Isis
    # fighters does not exceed 500, but if they destroy ..." are not the fighters
    if first is None or own is None or own.tag_ != first.tag_ or first.pos_ == "PRON":
        return None
    if pronoun.lower_ == "they" and first.tag_ in ("NNS", "NNPS") \
            or pronoun.lower_ in ("he", "she") and first.ent_type_ == "PERSON":
        return first
    return None


def _misparsed_main_verb(tok: Token) -> Token | None:
    """The subject of a verb the parser hung on a noun of a verbless sentence, or None.

    "The Saudi-led coalition bombed Sanaa", "Doctors from two American aid groups donated
    and personally delivered $50,000 worth of goods": with a noun as the sentence's root, a
    participle with an object (or coordinated with a finite verb) is the main verb, and the
    root noun phrase its subject.
    """
    root = tok.sent.root
    if tok.dep_ != "acl" or tok.tag_ not in ("VBN", "VBD") or root.pos_ not in ("NOUN", "PROPN") \
            or root.i >= tok.i:
        return None
    # ("The opposition leader, Raila Odinga, called on the government to withdraw": an appeal
    # to someone to act, or a clause said, is no passive either)
    if not (any(c.dep_ in ("dobj", "ccomp") for c in tok.children)
            or any(c.dep_ == "xcomp" for c in tok.children) and any(
                c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in tok.children)
            or any(c.dep_ == "conj" and c.tag_ == "VBD" and any(g.dep_ == "dobj" for g in c.children)
                   for c in tok.children)
            or tok.lemma_.lower() in _word_classes()["CONTROL_VERBS"] and not any(
                c.dep_ == "agent" for c in tok.children) and any(
                c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                for c in tok.children)):
        # ("offered on Monday to mediate": a control verb's infinitive is the subject's own act;
        # a participle "sent to quell the riots" takes a purpose, not a control, infinitive)
        return None
    t = tok.head  # the noun it hangs on must lie in the root's own phrase
    for _ in range(4):
        if t == root:
            return root
        if t.dep_ not in ("pobj", "prep", "compound", "appos") or t.head == t:
            return None
        t = t.head
    return None


def _trailing_report(tok: Token) -> bool:
    """ "..., a human rights group protested here Wednesday.": the parser hangs a reporting
    verb that ends the sentence on the noun before it as a participle; that noun says it."""
    lem = tok.lemma_.lower()
    if tok.dep_ != "acl" or tok.tag_ not in ("VBN", "VBD") or not (
            lem in cue_lexicon() or attribution_model()[0].get(f"l={lem}", 0.0) > 0):
        return False  # a reporting verb: the cue lexicon's or one the attribution model learned
    head, doc = tok.head, tok.doc
    start = min(t.i for t in head.subtree)
    if head.i != tok.i - 1 or start == 0 or doc[start - 1].text != ",":
        return False
    rest = doc[tok.i + 1: tok.sent.end]
    return all(t.dep_ == "punct" or (t.dep_ in ("advmod", "npadvmod", "prep", "pobj", "det", "compound", "amod")
                                     and t.head.i >= tok.i) for t in rest)


def _disaster_cause(tok: Token, actor: Token | None) -> bool:
    """Whether the harm ``tok`` names was done by a disaster or an accident: the disaster is
    its subject ("Floods killed 30 people", "an earthquake struck") or, with no one named as
    doing it, the cause its clause gives ("killed in a road accident", "died when a building
    collapsed", "killed after a landslide hit")."""
    words = _word_classes()["DISASTER_NOUNS"]
    if tok.dep_ == "conj" and tok.head.pos_ == "VERB" and _subject(tok.head) is None \
            and _disaster_cause(tok.head, None):
        return True  # "were killed and dozens injured when an earthquake struck"
    if actor is not None:
        return actor.lemma_.lower() in words or actor.lower_ in words
    if tok.lemma_.lower() in words:
        return True
    clause = tok
    while clause.dep_ in ("conj", "xcomp", "acl", "relcl") and clause.head != clause:
        clause = clause.head
    for t in clause.subtree:
        if (t.lemma_.lower() in words or t.lower_ in words) and t.pos_ == "NOUN" and (
                t.dep_ in ("pobj", "nsubj", "nsubjpass") and t.head.lower_ not in ("of",)):
            return True
        if t.dep_ in ("advcl",) and t.lemma_.lower() in _word_classes()["ACCIDENT_VERBS"]:
            return True
    return False


# prepositions left without their object when a relative clause gaps it ("the forces we
# fought alongside", "the cause they died for"), besides the locative ones
STRANDABLE_PREPS = frozenset({"alongside", "with", "against", "for", "by"})


def _relative_object(verb: Token, control: bool = False) -> Token | None:
    """The noun a relative clause's verb has as its gapped object: "the Kurds it had backed"
    (the Kurds were backed), "those they killed". A relative clause with its own subject, no
    object and no relative adverb or stranded preposition relativises the object (Keenan &
    Comrie 1977); "the time it took", "the conversation in which Trump decided", "the
    forces who we fought alongside" relativise something else. With ``control``, the noun
    is also who does the clause's infinitive, only for a verb of object control ("backed X
    to oust", not "pledged to destroy": the subject does that)."""
    if verb.dep_ != "relcl" or any(c.dep_ in ("dobj", "nsubjpass", "ccomp", "attr") for c in verb.children):
        return None
    if content_clause(verb):
        return None  # "the statement that troops had withdrawn": what the statement says
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in ("who", "which", "that") or any(t.lower_ == "whose" for t in subj.subtree):
        return None
    for c in verb.children:
        if c.tag_ == "WRB" or (c.dep_ in ("prep", "agent", "advmod") and (
                c.lower_ in _word_classes()["LOCATIVE_PREPS"] or c.lower_ in STRANDABLE_PREPS)
                and not any(g.dep_ in ("pobj", "pcomp") for g in c.children)):
            return None  # "where they fought", "the forces we fought alongside"
        if c.dep_ == "prep" and c.lower_ == "from":
            return None  # "reassure nations it was not withdrawing from the region": a clause misread
        if c.dep_ == "prep" and any(g.lower_ in ("which", "whom") for g in c.children):
            return None  # "a call in which Trump decided"
    noun = verb.head
    if noun.ent_type_ in ("DATE", "TIME") or noun.lemma_.lower() in _word_classes()["ADVERBIAL_HEADS"]:
        return None
    if control and verb.lemma_.lower() not in _word_classes()["OBJECT_CONTROL_VERBS"]:
        return None
    return noun


def _light_verb_chain(noun: Token) -> set[int]:
    """The verbs that do a nominal act: its light verb and the verbs whose infinitive that
    is ("will not decide to launch a strike", "refused to carry out the raid"). A negation on
    one of them says the act was not done, unlike one on a verb that only speaks of the act
    ("has not thrown its weight behind the invasion")."""
    head = noun.head
    if noun.dep_ not in ("dobj", "nsubjpass") or head.lemma_.lower() not in _word_classes()["LIGHT_VERBS"]:
        return set()
    out = {head.i}
    # (a conjunct shares its first verb's chain: "would not dare to shell our cities and
    # commit massacres")
    while head.dep_ in ("xcomp", "conj") and head.head != head:
        head = head.head
        out.add(head.i)
    return out


def _agent(tok: Token) -> Token | None:
    """The object of a passive's "by" phrase ("killed by militants" → militants)."""
    agent = next((c for c in tok.children if c.dep_ == "agent"), None)
    if agent is not None and any(c.dep_ == "neg" for c in agent.children):
        # "launched not by the regime or Russia, but by the US-led coalition": a contrastive
        # negation (Quirk et al. 1985, 13.43) denies one agent and names the other;
        # the parser makes only the first the agent, the second a conjunct or a "by" phrase
        # hung anywhere in the sentence
        doc = tok.doc
        agent = next((c for c in doc[agent.i + 1: sent_of(tok).end] if c.lower_ == "by"
                      and doc[c.i - 1].lower_ in ("but", "rather")), None)
    return next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None


def _list_agent(first: Token) -> Token | None:
    """The agent of the last participle in a list of passives that share one subject: "were
    targeted, expelled and killed by Isis" (the "by" phrase closing the list is every
    participle's, as a shared object is in right node raising, Postal 1974). A conjunct with
    its own subject ("four were burnt and two were killed by ...") shares nothing."""
    def bare_conjuncts(v: Token) -> list[Token]:
        return [c for c in v.children if c.dep_ == "conj" and c.tag_ in ("VBN", "VBD")
                and not any(g.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj") for g in c.children)]

    conjs = bare_conjuncts(first)
    for _ in range(6):
        if not conjs:
            return None
        last = max(conjs, key=lambda c: c.i)
        agent = _agent(last)
        if agent is not None:
            return agent
        conjs = bare_conjuncts(last)
    return None


def _passive_conjunct(tok: Token) -> Token | None:
    """The passive verb whose subject and auxiliary a bare conjunct shares: "Srihini was shot
    twice, detained multiple times and tortured" (the tagger may read a regular participle in
    the middle of the list as a past tense, "detained": VBD)."""
    if tok.dep_ != "conj" or tok.tag_ not in ("VBN", "VBD") \
            or tok.tag_ == "VBD" and not any(c.dep_ == "conj" and c.tag_ == "VBN" for c in tok.children) \
            or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in tok.children) \
            or tok.tag_ == "VBD" and any(c.dep_ == "dobj" for c in tok.children):
        return None
    head = tok.head
    for _ in range(6):
        if any(c.dep_ == "auxpass" for c in head.children):
            return head
        if head.dep_ != "conj" or head.tag_ not in ("VBN", "VBD") \
                or any(c.dep_ in ("aux", "nsubj", "dobj") for c in head.children):
            return None
        head = head.head
    return None


def _raw_subject(tok: Token) -> Token | None:
    for c in tok.children:  # "anyone who attacks": the relative pronoun stands for "anyone"
        if c.dep_ == "nsubj" and c.lower_ in ("who", "which", "that") and tok.dep_ == "relcl":
            return tok.head
    if tok.tag_ == "VBN" and tok.dep_ == "conj" and not any(c.dep_ in ("aux", "auxpass", "nsubj") for c in tok.children) \
            and any(c.dep_ == "auxpass" for c in tok.head.children):
        # "Yazidi men were rounded up and shot": a conjunct shares the passive, its subject
        # is the victim; the actor is only an agent named
        return _agent(tok) or _agent(tok.head) or _list_agent(tok.head)
    first = _passive_conjunct(tok)
    if first is not None:
        return _agent(tok) or _agent(first) or _list_agent(first)  # the same further down a list of passives
    if tok.dep_ == "conj" and any(c.dep_ == "auxpass" for c in tok.children) \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        # "Lai has offered talks but has been rebuffed": a passive conjunct's shared subject is
        # the one acted on; the actor is only an agent it names
        return _agent(tok)
    if _bare_participle(tok):
        # a headline's "4 policemen and 4 civilians killed", a list's "over 500 wounded and
        # five hospitals bombed": a bare participle is a passive with its auxiliary dropped,
        # its subject the victim and its actor only an agent it names
        return _agent(tok)
    finite = _misparsed_main_verb(tok)
    if finite is not None:
        return finite
    if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX") \
            and tok.head.lower_ in ("after", "before", "while", "since", "upon", "by", "without", "despite", "when") \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        # "After meeting the Iraqi president, the minister flew to Tehran": the main clause's
        # subject controls a gerund adjunct (subject control of adjuncts)
        return _raw_subject(tok.head.head)
    if _trailing_report(tok):
        return tok.head
    if tok.dep_ == "conj" and tok.head.dep_ == "parataxis" and tok.head.lemma_.lower() in cue_lexicon() \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        # "Police arrested a dozen suspects, officials said, and seized rifles": the parser
        # joins the second act to the parenthetical report; it continues the reported clause
        return _raw_subject(tok.head.head)
    if tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBD") and tok.i > 0 and tok.doc[tok.i - 1].text == "," \
            and tok.head.dep_ == "dobj" and tok.head.head.pos_ == "VERB" and any(c.dep_ == "dobj" for c in tok.children):
        # "Police arrested five men, seized weapons and said ...": a past verb with its own
        # object after the main verb's object and a comma is the next verb of the series, not
        # a participle on the object; it shares the main verb's subject
        return _raw_subject(tok.head.head)
    if tok.dep_ in ("acl", "relcl") and tok.head.pos_ == "NOUN" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) \
            and tok.head.lemma_.lower() in _word_classes()["APPEAL_NOUNS"] \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) \
            and (pressed := _appeal_receiver(tok.head)) is not None:
        # "He faces calls to resign", "Turkey came under pressure from Moscow to halt the
        # offensive": the one a call or pressure is on would do what it asks (object control)
        return pressed
    if tok.dep_ == "acl" and tok.head.pos_ == "NOUN" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) \
            and tok.head.lemma_.lower() in _word_classes()["INTENT_NOUNS"] \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) \
            and (owner := _own_noun_actor(tok.head)) is not None and owner.lower_ not in POSSESSIVE_PRONOUNS:
        # "Washington's decision to lift sanctions", "the Iranian threat to close the strait":
        # the one whose decision, offer or threat it is does what the infinitive says (control)
        return owner
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "aux", "mark") for c in tok.children):
        # "the police, beaten black and blue": a past participle on a noun makes the noun
        # the one acted on; the actor is the agent if one is named (not in a clause of its
        # own: "its claim that Hamas had fired the rocket"); a measure's own maker imposes
        # it: "US sanctions imposed on Russia" (not "Syrian civilians killed in the raid")
        return _agent(tok) or (_own_noun_actor(tok.head) if tok.head.lemma_.lower() in _word_classes()["MEASURE_NOUNS"]
                               else None)
    t = tok
    for _ in range(4):
        if t.dep_ == "acl" and t.tag_ == "VBG" and t.head.pos_ == "NOUN" \
                and cue_nouns().get(t.head.lemma_.lower()) == "speech" and t.i == tok.i:
            # "rejected a US statement urging restraint": the statement urges, for its maker
            # ("Trump's statement announcing the strikes": Trump announces them)
            return next((c for c in t.head.children if c.dep_ == "poss" or (c.dep_ == "nmod" and c.pos_ == "PROPN")), t.head)
        if t.dep_ == "acl" and t.head.pos_ in ("NOUN", "PROPN") and t.tag_ == "VBG" and (
                t.head.pos_ == "PROPN" or t.head.ent_type_ or _names_actor(t.head)
                or t.head.lemma_.lower() in _word_classes()["GROUP_NOUNS"]):
            # "Mr Lukashenko, announcing cooperation, said": the noun acts; a thing does not
            # ("gave her life defending the territory": the giver defends)
            return t.head
        subjects = [c for c in t.children if c.dep_ == "nsubj" or (c.dep_ == "nsubjpass" and t is not tok)]
        if len(subjects) > 1:
            # a bare word between an auxiliary and its verb after a subject is an adverb, not a
            # second subject: "Russia has hitherto acquiesced" (declaratives put the subject
            # before the auxiliary; a name there is a question's inverted subject, "will Russia
            # hit back")
            subjects = [c for c in subjects if not (not list(c.children) and c.pos_ not in ("PROPN", "PRON")
                                                    and not c.ent_type_ and any(
                a.dep_ in ("aux", "auxpass") and subjects[0].i < a.i < c.i < t.i for a in t.children))] or subjects
        if len(subjects) > 1:
            first, nearest = subjects[0], max((c for c in subjects if c.i < t.i), key=lambda c: c.i, default=subjects[0])
            if nearest is not first and nearest.left_edge.i > 0 and tok.doc[nearest.left_edge.i - 1].text == ",":
                # "Members of the Association of African Jurists, a body linked to ...,
                # investigated": a second subject set off by a comma is the first's apposition
                return first
            # two subjects are a parse of a possessive without its apostrophe ("Putins ally
            # amasses troops"): the one next to the verb is the head
            return nearest
        if t is tok and t.tag_ == "VBN" and t.dep_ in ("ccomp", "xcomp") and _causative_passive(t):
            return _agent(t)  # "to get their son released": the son is released, not releasing
        for c in t.children:
            if c.dep_ == "nsubj" or (c.dep_ == "nsubjpass" and t is not tok):
                return c
            if c.dep_ == "nsubjpass" and tok.lemma_.lower() in _word_classes()["STATIVE_PASSIVES"]:
                return c  # "Israel is opposed to French mediation": a state of the subject
            if c.dep_ == "agent":
                return _agent(t)
        if t is tok and any(c.dep_ == "nsubjpass" for c in tok.children):
            # "four were burnt and two were killed": a passive with its own subject and no
            # agent has no actor; its conjunct's subject is another victim
            return _list_agent(tok)
        if t is tok and t.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in t.children):
            # "Elmir was reported to have been killed", "asked to be released": the subject a
            # passive infinitive shares is the one acted on, never the actor (its agent
            # is named on it: "asked to be released by the rebels")
            return _agent(t)
        if t.dep_ in ("xcomp", "advcl") and t.head != t and any(c.dep_ == "auxpass" for c in t.head.children) \
                and t.head.lemma_.lower() in _word_classes()["INSTRUMENT_VERBS"] and _agent(t.head) is not None \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
            # "any delay could be used by the west to deliver strikes": the user acts, not the
            # thing used
            return _agent(t.head)
        if t.dep_ == "xcomp" and t.head != t:
            # object control: "allowed Russian troops to invade", "ordered the army to withdraw"
            ctrl = next((c for c in t.head.children if c.dep_ == "dobj" and c.i < t.i), None) \
                or _relative_object(t.head, control=True)
            if ctrl is None:
                # "called on both sides to hold talks": the addressee of an appeal acts
                on = next((c for c in t.head.children if c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon")
                           and c.i < t.i and t.head.lemma_.lower() in _word_classes()["APPEAL_ON_VERBS"]), None)
                ctrl = next((g for g in on.children if g.dep_ == "pobj"), None) if on is not None else None
            if ctrl is not None and not _instrument(ctrl) \
                    and t.head.lemma_.lower() not in _word_classes()["INSTRUMENT_VERBS"]:
                # ("Police used tear gas to disperse protesters": with a verb of using, the user
                # acts, the thing used does not)
                return ctrl
        if t.dep_ == "advcl" and t.head != t and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            # the parser often hangs a controlled infinitive as a purpose clause ("prompting the
            # personnel to open fire"): an object that names people is the one who acts; a thing
            # is not ("bought a gun to kill her")
            ctrl = next((c for c in t.head.children if c.dep_ == "dobj" and c.i < t.i), None) \
                or _relative_object(t.head, control=True)
            if ctrl is not None and not _instrument(ctrl) and (
                    ctrl.ent_type_ in ("PERSON", "ORG", "NORP") or _names_actor(ctrl)
                    or ctrl.lemma_.lower() in _word_classes()["GROUP_NOUNS"]
                    or ctrl.i < t.head.i and _names_people(ctrl)):  # "the gunmen the militia sent to attack"
                return ctrl
        if t.dep_ == "conj" and t.head != t:
            # a subjectless conjunct shares the subject of the nearest clause before it in the
            # coordination; spaCy hangs every conjunct on the first, so look at its siblings
            # ("militants arrived ... and opened fire, but police sentries posted there killed one")
            for sib in sorted((c for c in t.head.children if c.dep_ == "conj" and c.i < t.i), key=lambda c: -c.i):
                own = next((c for c in sib.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if own is not None:
                    return own if own.dep_ == "nsubj" else None
        if t.dep_ in ("acl", "relcl") and t.head.dep_ == "dobj" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
            # "give Assad's forces an excuse to launch an offensive", "offered the rebels a chance
            # to leave": the recipient of the chance or excuse is who would do it
            recipient = next((c for c in t.head.head.children if c.dep_ == "dative" and c.pos_ != "ADP"), None)
            if recipient is not None:
                return recipient
        if t.dep_ == "xcomp" and t.head.dep_ == "acl" and t.head.tag_ == "VBN" \
                and t.head.head.pos_ in ("NOUN", "PROPN") and _party_noun(t.head.head) \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in t.head.children):
            # "three men believed to have attacked the mosque": the subject the passive
            # participle raises is the noun it describes, not the clause's ("police arrested")
            return t.head.head
        finite = _misparsed_main_verb(t) if t is not tok and t.dep_ == "acl" else None
        if finite is not None:
            return finite  # "the minister offered on Monday to mediate"
        if t.dep_ in ("xcomp", "conj", "advcl", "acl", "acomp") and t.head != t:
            t = t.head  # "Norway is willing to send": up through the adjective to its subject
            continue
        if t is not tok and t.pos_ == "NOUN" and t.dep_ == "dobj":
            # "forces were given permission to use firearms": the permission's holder acts
            t = t.head
            continue
        break
    return None


def _party_noun(noun: Token) -> bool:
    """A noun naming people or a body that can act ("three men", "Britons", "the group"), not a
    thing ("weapons used to kill", "talks designed to end the war")."""
    return not _instrument(noun) and (noun.ent_type_ in ("PERSON", "ORG", "NORP") or _names_actor(noun)
                                      or noun.lemma_.lower() in _word_classes()["GROUP_NOUNS"] or _names_people(noun))


def _raised_patient(tok: Token) -> Token | None:
    """The one a subjectless passive infinitive or a causative participle acts on: the
    controller of "Elmir was reported to have been killed", "ordered the prisoners to be
    released", "asked to be freed", or the small clause's subject of "get their son released"."""
    if tok.pos_ != "VERB":
        return None
    if _causative_passive(tok):
        return next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.i < tok.i), None)
    if tok.dep_ != "xcomp" or not any(c.dep_ == "auxpass" for c in tok.children) \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return None
    head = tok.head
    return next((c for c in head.children if c.dep_ == "dobj" and c.i < tok.i), None) \
        or next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _party_head(tok: Token) -> bool:
    """A head word that can name a party: a name, a pronoun, an entity, a noun for people,
    a group, an office, a force or a state, or an act of one. "The regime's chemical
    capabilities" and "the burden of holding the fighters" take a code from words inside
    them, but are things."""
    from newswire.resolve.kb import default_kb

    if tok.pos_ != "NOUN" or tok.ent_type_:
        return True
    lemma = tok.lemma_.lower()
    if any(c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG") for c in tok.children):
        return True  # "a US pastor", "British jihadists", "UN inspectors": someone's people
    if cue_nouns().get(lemma) == "speech":
        return True  # "insisted on its demands": a speech act stands for its maker
    if any(p.dep_ in ("prep", "agent") and (p.lower_ in ("of", "by") or p.lower_ == "in" and lemma in factuality_cues())
           and any(g.dep_ == "pobj" and _party_head(g) for g in p.children) for p in tok.children):
        # "allow the return of inspectors", "victories by the opposition", "attempts in the UN
        # security council" (a body is the forum of an attempt): an act of a party
        return True
    return _names_actor(tok) or _names_people(tok) or _agent_noun(tok) or lemma in _word_classes()["GROUP_NOUNS"] \
        or lemma in read_words("group_nouns.tsv") or lemma in _word_classes()["PARTY_NOUNS"] \
        or bool(default_kb().lookup(tok.lower_))  # "Isis", tagged as a common noun


def _endangers(tok: Token, is_actor) -> bool:
    """"Threaten" or "warn" in the sense of endanger or foretell: no threatened act ("to
    strike", "with death", "that it would ...") and a doer, or in the passive a threatened
    one, that is no party ("the advance threatens the town", "a domino already threatened by
    Afrin", "as Thucydides warned"); "Turkey has been threatening the Kurds" stays a threat."""
    if any(c.dep_ in ("xcomp", "ccomp") or c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
        return False
    if is_actor is None:
        return False
    def party(t: Token) -> bool:
        return t.lower_ in ("he", "she", "they", "we", "i", "you") or is_actor(t) or _names_people(t)

    if any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        threatened = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        return threatened is not None and not party(threatened)
    doer = _subject(tok)
    return doer is not None and not party(doer)


def _causative_passive(tok: Token) -> bool:
    """A past participle with its own subject under "get", "have", "see" or "want": "get their
    son released", "had him arrested", "wants them punished" (a small clause whose subject is
    the participle's patient; Quirk et al. 1985, 16.52)."""
    return tok.tag_ == "VBN" and tok.head.lemma_.lower() in ("get", "have", "see", "want", "need", "like") \
        and any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.i < tok.i for c in tok.children) \
        and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)


def _bare_participle(tok: Token) -> bool:
    """A past participle with no auxiliary of its own or shared and no object: a reduced
    passive ("five hospitals bombed"), not a perfect ("have attacked and killed ten")."""
    if tok.tag_ == "VBD" and tok.dep_ == "ROOT" and _headline_passive(tok):
        return True  # "4 policemen and 4 civilians also killed": a headline's passive
    if tok.tag_ != "VBN" or tok.dep_ not in ("ROOT", "conj", "advcl"):
        return False
    if tok.lemma_.lower() in _word_classes()["INTRANSITIVE_VERBS"]:
        return False  # "Thousands of Serbs protested": no passive, a mistagged past
    if any(c.dep_ in ("aux", "auxpass", "dobj") for c in tok.children):
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if tok.lemma_.lower() in _word_classes()["DIRECTED_FIRE_VERBS"] and subj is not None \
            and subj.lemma_.lower() not in _word_classes()["PROJECTILES"] \
            and any(c.dep_ == "prep" and c.lower_ in _word_classes()["DIRECTION_PREPS"] for c in tok.children):
        # "Police guarding the building fired at the crowd", "Iraqi anti-aircraft batteries
        # fired on U.S. warplanes": the subject shot; only what is shot is fired ("shots fired
        # at the crowd")
        return False
    t = tok
    while t.dep_ == "conj" and t.head != t:  # "were arrested and charged", "had attacked and burned"
        t = t.head
        if any(c.dep_ in ("aux", "auxpass") for c in t.children):
            return False
    return not (t.dep_ == "advcl" and t.head.lemma_ == "have")


def _headline_passive(tok: Token) -> bool:
    """A verb that needs an object, in the past, with none and no auxiliary: a headline's
    passive with its auxiliary dropped, its subject the victim ("4 policemen and 4 civilians
    also killed", "Two soldiers executed", "Opposition leader jailed for five years")."""
    if tok.lemma_.lower() not in _word_classes()["OBLIGATORY_OBJECT_VERBS"] \
            or any(c.dep_ in ("aux", "auxpass", "dobj", "ccomp", "xcomp", "dative") for c in tok.children):
        return False
    if any(c.dep_ == "conj" and any(g.dep_ == "dobj" for g in c.children) for c in tok.children):
        return False  # "the army killed and wounded scores of fighters": the verbs share the object
    return any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN", "NUM") for c in tok.children)


def _verb_lemmas(tok: Token) -> set[str]:
    """The lemma and the forms a regular past would strip to: the small model lemmatises
    "staged" as "stag"."""
    low = tok.lower_
    out = {tok.lemma_.lower()}
    if low.endswith("ed"):
        out |= {low[:-1], low[:-2]}
    return out


def _carrier(tok: Token) -> Token | None:
    """The verb that carries a nominal event: a light verb whose object is the event or the
    head noun it modifies ("launched an attack", "undertook a mediation mission"), a verb of
    arrival it goes "on" ("arrived in Amman on a visit")."""
    obj = tok.head if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" else tok
    if obj.dep_ == "pobj" and obj.head.lower_ == "of" and obj.head.head.dep_ == "dobj" \
            and obj.head.head.lemma_.lower() in word_class("PARTITIVE_NOUNS"):
        obj = obj.head.head  # "launched two days of drills", "carried out a series of raids"
    if obj.dep_ == "dobj" and _verb_lemmas(obj.head) & _word_classes()["LIGHT_VERBS"] \
            and not any(c.dep_ == "oprd" for c in obj.head.children):
        return obj.head  # not "called the deal a dangerous development": that names the deal
    if tok.dep_ == "pobj" and tok.head.lower_ == "on" and _verb_lemmas(tok.head.head) & _word_classes()["VISIT_VERBS"]:
        return tok.head.head
    if obj.dep_ == "pobj" and obj.head.lower_ == "under" and _verb_lemmas(obj.head.head) & _word_classes()["PLACING_VERBS"]:
        return obj.head.head  # "placed the former president under house arrest"
    return None


def _carrier_preps(tok: Token) -> list[Token]:
    """The carrying verb's prepositional phrases other than the one holding the event."""
    carrier = _carrier(tok) if tok.pos_ == "NOUN" else None
    if carrier is None:
        return []
    return [p for p in carrier.children if p.dep_ == "prep" and tok not in p.subtree]


def _occurrence_preps(tok: Token) -> list[Token]:
    """The place phrases of a verb that says an event noun happened: "an attack took place in
    Kabul", "clashes erupted in Tripoli", "violence flared in Jos"."""
    if (tok.pos_ != "NOUN" and tok.tag_ != "VBG") or tok.dep_ not in ("nsubj", "csubj") \
            or not _verb_lemmas(tok.head) & _word_classes()["OCCURRENCE_VERBS"]:
        return []
    return [p for p in tok.head.children if p.dep_ == "prep" and p.lower_ in PLACE_PREPS]


def _noun_actor(tok: Token) -> Token | None:
    """The actor of a nominal event: a possessor, an 'of'/'by' phrase, or the governing subject."""
    own = _own_noun_actor(tok)
    if own is None and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
            and tok.head.head.lemma_.lower() in _word_classes()["PARTITIVE_NOUNS"]:
        own = _own_noun_actor(tok.head.head)  # "a series of airstrikes by Russian jets"
    if own is not None:
        return own
    carrier = _carrier(tok)
    if carrier is not None:
        return _subject(carrier)  # "launched an attack", "arrived in Amman on a visit"
    if tok.dep_ == "nsubjpass" and (tok.head.lemma_.lower() in _word_classes()["ANNOUNCING_VERBS"]
                                    or tok.head.lemma_.lower() in _word_classes()["LIGHT_VERBS"]):
        # "The release of 300 prisoners was announced by the government": who announces or
        # orders an act of its own makes it; "Protests were staged by students": who stages it
        return _agent(tok.head)
    for c in tok.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and _verb_lemmas(c) & (
                _word_classes()["ANNOUNCING_VERBS"] | _word_classes()["LIGHT_VERBS"]) and _agent(c) is not None:
            return _agent(c)  # "a general strike called by the opposition parties"
    return _partaker(tok)


def _claimant(tok: Token) -> Token | None:
    """Who claims an attack as theirs: "the attack was claimed by Islamic State", "Islamic
    State claimed responsibility for the attack" (a claim of responsibility, CAMEO 015,
    names the attack's actor)."""
    if not _is_violence_noun(tok):
        return None
    claimant = _claimant_token(tok)
    # "No group has claimed responsibility", "Neither side claimed the attack": no one claims it
    if claimant is not None and (any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in claimant.children)
                                 or claimant.lower_ in ("nobody", "none", "neither", "no-one")):
        return None
    return claimant


def _claimant_token(tok: Token) -> Token | None:
    if tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() == "claim":
        return _agent(tok.head)
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() == "claim":
        return _subject(tok.head)  # "Isis claimed the attack"
    if tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in ("responsibility", "credit") \
            and tok.head.head.dep_ == "dobj" and tok.head.head.head.lemma_.lower() in ("claim", "admit", "accept", "take"):
        return _subject(tok.head.head.head)
    return None


def _claimant_of_subject(tok: Token) -> Token | None:
    """Who claimed an attack that is a clause's subject: "A suicide bombing claimed by the
    Islamic State has killed four Americans" (a claim of responsibility names the actor)."""
    for c in tok.children:
        if c.dep_ == "acl" and c.lemma_.lower() == "claim" and c.tag_ == "VBN":
            return _agent(c)
    return None


def _presupposed_report(doc: Doc, quote: Quote | None) -> bool:
    """An indirect report whose cue presupposes it ("activists point out that 77,571 people
    were detained", "the army acknowledged that it had shelled the village"): the writer
    states what was reported as fact (factive verbs, Kiparsky & Kiparsky 1970)."""
    if quote is None or quote.kind == "direct" or quote.cue_span is None:
        return False
    cue = doc.char_span(*quote.cue_span, alignment_mode="expand")
    return cue is not None and len(cue) == 1 and cue[0].pos_ == "VERB" and is_factive(cue[0]) \
        and not any(c.dep_ == "neg" for c in cue[0].children)


def _in_quotation_marks(tok: Token) -> bool:
    """Whether the token lies between quotation marks (the quote finder's own spans)."""
    return any(a <= tok.idx < b for q in find_quote_marks_cached(tok.doc) for a, b in q)


def _instrument(tok: Token) -> bool:
    """Weapons, vehicles and warships sent to do something: the sender acts through them."""
    lemma = tok.lemma_.lower()
    classes = _word_classes()
    return lemma in classes["COMBAT_VEHICLES"] or lemma in classes["WEAPON_NOUNS"] \
        or lemma in classes["STRIKE_WEAPONS"] or lemma in classes["VEHICLES"]


def _of_object(tok: Token) -> Token | None:
    return next((g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                 if g.dep_ == "pobj"), None)


def _is_violence_noun(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return lemma in _word_classes()["VIOLENCE_NOUNS"] or any(
        t.type == "ASSAULT" for t in triggers().get((lemma, "NOUN"), []))


def _own_noun_actor(tok: Token) -> Token | None:
    """The actor a nominal event names inside its own phrase: a possessor, a nationality or
    force modifier, a "by" or "from" phrase ("Israeli air strikes", "shelling by the army")."""
    for c in tok.children:
        if c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME"):
            continue  # "Saturday's chemical attack": a date says when, not who
        if c.dep_ == "poss":
            if c.pos_ == "PRON" and tok.head.pos_ in ("VERB", "AUX"):
                # "the committee has completed its investigation": "its" is the clause's subject
                # (not the noun itself when it is that subject: "my arrest would not be ...")
                subj = _subject(tok.head)
                return subj if subj is not None and subj.i != tok.i else c
            return c
        if c.dep_ == "compound" and _is_city(c):
            continue  # "the Sochi summit", "the Geneva talks": a city names the venue, not who
        if c.dep_ == "amod" and c.tag_ == "JJ" and c.ent_type_ == "ORG" and c.i == c.sent.start:
            continue  # "Fierce clashes": a capital the sentence gives it made the tagger see a body
        if c.dep_ in ("amod", "compound") and (c.ent_type_ in ("NORP", "GPE", "ORG") or (
                c.dep_ == "compound" and c.pos_ == "NOUN" and _names_actor(c))):
            return c  # "Israeli air strikes", "police firing", "rebel attack"
        if c.dep_ == "amod" and c.lower_ == "led":
            leader = next((g for g in c.children if g.ent_type_ in ("NORP", "GPE", "ORG")), None)
            if leader is not None:
                return c  # "Saudi-led air strikes": the leader acts ("US-backed" would not)
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ == "by":
            return next((g for g in p.children if g.dep_ == "pobj"), None)
        if p.dep_ == "prep" and p.lower_ == "of":
            by = next((b for g in p.children if g.dep_ == "pobj" for b in [_stray_by(g)] if b), None)
            agent = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
            if agent is not None:
                return agent
        if p.dep_ == "acl" and p.tag_ == "VBN" and p.lemma_.lower() in _word_classes()["BROKERING_VERBS"]:
            # "a ceasefire brokered by Russia": the broker made it happen (CAMEO codes the mediator)
            broker = _agent(p)
            if broker is not None:
                return broker
    if tok.lemma_.lower() in _word_classes()["COMBAT_NOUNS"] or any(
            t.type in _word_classes()["SYMMETRIC_TYPES"] for t in triggers().get((tok.lemma_.lower(), "NOUN"), [])):
        party = _between_party(tok)
        if party is not None:
            return party
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ == "from":
            # "airstrikes from Russian and Syrian jets", "fire from Israeli troops": who or what
            # it came from (a place, "rockets from Gaza", stays the location)
            src = next((g for g in p.children if g.dep_ == "pobj"), None)
            if src is not None and src.pos_ == "NOUN" and (_names_actor(src) or any(
                    m.dep_ in ("amod", "compound") and m.ent_type_ in ("NORP", "GPE", "ORG") for m in src.children)):
                return src
    return None


def _between_party(tok: Token) -> Token | None:
    """The first side of "between X and Y": "talks between the government and the rebels",
    "clashes between police and protesters": the first party acts, the next (its conjunct) is
    the target, as with "X and Y met"."""
    return next((g for p in tok.children if p.dep_ == "prep" and p.lower_ == "between"
                 for g in p.children if g.dep_ == "pobj"), None)


def _done_in_protest(tok: Token) -> Token | None:
    """The verb a bare "in protest" phrase modifies: "closed their shops in protest at the tax"."""
    # (the idiom is singular and bare: "arrested 50 in anti-government protests" were arrested at them)
    if tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.lower_ == "protest" \
            and not any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in tok.children) \
            and tok.head.head.pos_ == "VERB":
        return tok.head.head
    return None


def _partaker(tok: Token) -> Token | None:
    """Who takes part in a nominal event the clause puts them in ("took part in the protest")."""
    # "Serb forces were engaged in ethnic cleansing", "took part in the protest": the one
    # who takes part is the actor of the nominal event
    if tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.pos_ in ("VERB", "AUX"):
        verb = tok.head.head
        if _verb_lemmas(verb) & _word_classes()["PARTAKING_VERBS"] or (verb.lemma_ == "take" and any(
                c.lower_ == "part" for c in verb.children)):
            return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    act = _done_in_protest(tok)
    if act is not None:
        return _subject(act)  # "Shopkeepers shut their businesses in protest": those acting protest
    if tok.dep_ == "pobj" and tok.head.lower_ in ("during", "at") and tok.head.head.pos_ == "VERB" \
            and tok.lemma_.lower() in _word_classes()["PROTEST_NOUNS"]:
        # "Palestinian youths resorted to throwing stones during demonstrations": whoever acts
        # during a protest without being its police is taken for a protester
        verb = tok.head.head
        while verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ == "VERB":
            verb = verb.head.head  # "resorted to throwing stones": the one who resorted throws
        subj = _subject(verb)
        if subj is not None and subj.lemma_.lower() not in _word_classes()["NOT_PROTESTERS"] \
                and subj.pos_ in ("NOUN", "PROPN"):
            return subj
    return None


TARGET_PREP_ORDER = ("against", "to", "with", "on", "at", "from", "for", "toward", "towards", "into", "of", "in")


def _target_candidates(tok: Token, trig: Trigger, actor: Token | None) -> list[Token]:
    """Possible targets in order of preference: object, then prepositional objects."""
    cands: list[Token] = []
    dobjs = [c for c in tok.children if (c.dep_ in ("dobj", "nsubjpass", "dative")
                                         or c.dep_ == "nsubj" and _bare_participle(tok)) and c != actor]
    if not dobjs and (patient := _raised_patient(tok)) is not None and patient != actor:
        dobjs = [patient]  # "Elmir was reported to have been killed": Elmir was killed
    # a dative "to" is a preposition: its object is the recipient ("issued a warning to the
    # United States"), not the phrase
    dobjs = [x for c in dobjs for x in ([g for g in c.children if g.dep_ == "pobj" and g != actor]
                                        if c.dep_ == "dative" and c.pos_ == "ADP" else [c])]
    if any(c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ == "to" for c in tok.children):
        # "issued a stern reminder to Iraq that it must cooperate": a message is no party; the
        # one it is addressed to is
        dobjs = [c for c in dobjs if not (c.dep_ == "dobj" and c.lemma_.lower() in _word_classes()["MESSAGE_NOUNS"])]
    if not dobjs and tok.dep_ == "conj" and any(c.dep_ == "auxpass" for c in tok.children):
        # "has offered talks but has been rebuffed": the shared subject is the one rebuffed
        dobjs = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass") and c != actor]
    if not dobjs and tok.tag_ == "VBN" and tok.dep_ == "conj" and any(c.dep_ == "auxpass" for c in tok.head.children):
        # "were rounded up and shot": the shared passive subject is the conjunct's victim too
        dobjs = [c for c in tok.head.children if c.dep_ == "nsubjpass" and c != actor]
    if not dobjs and (first := _passive_conjunct(tok)) is not None:
        # the same further down a list ("was shot, detained and tortured")
        dobjs = [c for c in first.children if c.dep_ == "nsubjpass" and c != actor]
    if not dobjs and tok.tag_ == "VBN" and tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN") \
            and tok.head != actor and _misparsed_main_verb(tok) is None \
            and not any(c.dep_ in ("nsubj", "mark") for c in tok.children):
        # "10 Russian soldiers killed in Ukraine": a participle hung on a noun is its passive
        dobjs = [tok.head]
    if not dobjs and tok.dep_ == "amod" and tok.head.pos_ in ("NOUN", "PROPN") and tok.head != actor:
        dobjs = [tok.head]  # "the arrested activists": the noun is who was arrested
    if not dobjs and (rel := _relative_object(tok)) is not None and rel != actor:
        dobjs = [rel]  # "the Kurds the US backed": the noun a relative clause's verb acts on
    if not dobjs and tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "under" \
            and (carrier := _carrier(tok)) is not None:
        # "placed the former president under house arrest": who is placed under it
        dobjs = [c for c in carrier.children if c.dep_ == "dobj" and c != actor]
    if trig.type == "THREATEN":
        # "threatened to strike unless Israel rescinded its annexation": an ultimatum is
        # aimed at whoever must meet its condition
        for x in [tok] + [c for c in tok.children if c.dep_ == "xcomp"]:
            for c in x.children:
                if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("unless", "if")
                                             for m in c.children):
                    cands += [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass") and g != actor
                              and g.pos_ != "PRON"]
    if trig.type not in ("MOBILIZE",):
        # with an object condition ("use firearms") the object is the means, not the target,
        # unless it names people: "free 150 Palestinian prisoners" is aimed at them
        cands += [c for c in dobjs if not (trig.obj and c.lemma_.lower() in trig.obj) or _names_actor(c) or _names_people(c)]
        # ... and a thing-object's owner is: "met the hostage-takers' demands"
        # (not a measure's own maker: "US sanctions imposed on Russia" are aimed at Russia)
        cands += [g for c in dobjs if trig.obj and c.lemma_.lower() in trig.obj and not _names_actor(c)
                  and trig.type not in _word_classes()["OUTWARD_TYPES"]
                  and c.lemma_.lower() not in read_words("adversary_nouns.tsv")  # not "Isis's enemies"
                  for g in c.children if g.dep_ in ("poss", "compound") and g.pos_ in ("NOUN", "PROPN")]
    # "demanded that the United States match ...", "urged Israel to withdraw": the one the
    # demand or accusation is about is the subject of the complement clause
    for c in tok.children:
        if c.dep_ == "ccomp" and any(g.dep_ == "advmod" and g.lower_ in ("where", "when") and g.i < c.i
                                     for g in c.children):
            continue  # "... on the city of Susangerd where 100 people were killed": a relative clause
        if c.dep_ == "ccomp" or (c.dep_ == "xcomp" and not dobjs):
            cands += [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass") and g != actor
                      and g.lower_ not in ("it", "this", "that", "there")]
    if _trailing_report(tok):
        # "Croatian authorities are failing ..., a human rights group protested": what the
        # report is about is the subject of the sentence it closes
        cands += [g for g in tok.sent.root.children if g.dep_ in ("nsubj", "nsubjpass") and g != actor
                  and g.lower_ not in ("it", "this", "that", "there")]
    preps = [p for p in tok.children if p.dep_ in ("prep", "dative")]
    if tok.pos_ == "NOUN" and tok.dep_ == "compound" and tok.head.pos_ == "NOUN":
        # "a mediation mission between Syria and the PLO": the head noun carries the parties
        preps += [p for p in tok.head.children if p.dep_ == "prep" and p.i > tok.i]
    # "staged rallies in Gaza against the party's leader", "arrived in Amman on a visit": the
    # parser hangs the nominal event's phrases on the verb that carries it
    preps += _carrier_preps(tok)
    for d in dobjs:  # "offered its troops to Lebanon", "a warm welcome to de Klerk"
        preps += [p for p in d.children if p.dep_ == "prep"]
    if tok.pos_ != "NOUN":
        preps = [p for p in preps if p.lower_ != "of" or p.head != tok]
    allowed = {"against"} if trig.type == "MOBILIZE" else set(TARGET_PREP_ORDER)
    if trig.type == "ASSAULT":
        allowed -= {"for"}  # "going to fight for a terrorist group": the side fought for is no target
    order = TARGET_PREP_ORDER
    if trig.type == "ACCUSE":
        # "complained to the United Nations over two Israeli air raids": a complaint is aimed
        # at what it is about; the one it is made to only hears it
        order = ("against", "over", "about") + TARGET_PREP_ORDER[1:]
        allowed = allowed | {"over", "about"}
    if tok.pos_ == "NOUN" and trig.type in ("ASSAULT", "COERCE", "SANCTION"):
        # a coercive noun's "of" phrase is what suffers it: "the naval blockade of Serbia with
        # Albania's help", "the siege of Aleppo by government forces"
        order = tuple(w for w in order if w == "against") + ("of",) + tuple(w for w in order if w not in ("against", "of"))
    prep_cands: list[Token] = []
    for word in order:
        if word not in allowed:
            continue
        for p in preps:
            if p.lower_ == word:
                prep_cands += [g for g in p.children if g.dep_ == "pobj" and g != actor
                               and g.ent_type_ not in ("DATE", "TIME", "CARDINAL")
                               and g.lemma_.lower() not in _word_classes()["PREP_IDIOM_NOUNS"]]
                orphan = _orphaned_object(p)
                if orphan is not None and orphan != actor:
                    prep_cands.append(orphan)
    if _verb_lemmas(tok) & _word_classes()["GIVING_VERBS"] and trig.mode != "release":
        # (captives handed over are the ones released, whoever receives them)
        # "offered its troops to Lebanon's president": the recipient, not the thing given
        recipients = [g for g in prep_cands if g.head.lower_ in ("to", "for")] + \
            [c for c in tok.children if c.dep_ == "dative" and c.pos_ != "ADP"]
        cands = recipients + [c for c in cands if c not in recipients]
    cands += [g for g in prep_cands if g not in cands]
    if trig.type == "PROTEST":
        # "started a hunger strike to protest President Assad's failure", "blocked a road to
        # show their disapproval for the United States' policies": the purpose names the target
        for x in tok.children:
            if x.dep_ in ("advcl", "xcomp") and any(a.lower_ == "to" for a in x.children if a.dep_ == "aux"):
                if x.lemma_.lower() in _word_classes()["PROTEST_PURPOSE_VERBS"]:
                    cands += [d for d in x.children if d.dep_ == "dobj" and d != actor]
                cands += [g for d in x.children if d.dep_ in ("dobj", "prep") for p in
                          ([d] if d.dep_ == "prep" else [p for p in d.children if p.dep_ == "prep"])
                          if p.lower_ in ("against", "for", "of", "at") for g in p.children if g.dep_ == "pobj"]
    # "refused to meet Jordan's King", "agreed to provide aid for Romania": the one the
    # refused or promised act is aimed at, when the verb itself names no one
    for x in tok.children:
        if x.dep_ == "xcomp" and trig.type != "MOBILIZE":
            for d in x.children:
                if d.dep_ in ("dobj", "dative") and d != actor:
                    cands.append(d)
                    cands += [g for p in d.children if p.dep_ == "prep" and p.lower_ in ("to", "for", "on", "against")
                              for g in p.children if g.dep_ == "pobj"]
                elif d.dep_ == "prep" and d.lower_ in ("to", "for", "on", "against", "with"):
                    cands += [g for g in d.children if g.dep_ == "pobj"]
    if trig.type in ("AID", "AGREE", "SUPPORT", "COOPERATE"):
        # "willing to send material to help defend Saudi Arabia": whom a purpose of helping
        # names is the one helped
        # (the parser may hang the purpose on the thing sent: "send ammunition to help defend")
        for x in [*tok.children, *(a for d in tok.children if d.dep_ == "dobj" for a in d.children if a.dep_ == "acl")]:
            if x.dep_ in ("advcl", "xcomp", "acl") and x.lemma_.lower() in _word_classes()["HELPING_VERBS"] \
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children):
                for v in [x] + [c for c in x.children if c.dep_ == "xcomp"]:
                    helped = [d for d in v.children if d.dep_ == "dobj" and d != actor and d.pos_ in ("PROPN", "NOUN")]
                    # (before a thing sent: "send ammunition to help defend Lithuania")
                    things = [c for c in cands if c not in helped and not (
                        _names_actor(c) or _names_people(c) or c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"))]
                    cands = [c for c in cands if c not in things] + helped + things
        # "donated and personally delivered goods to Baghdad University": conjoined acts of
        # giving share their recipient
        for x in tok.children:
            if x.dep_ == "conj" and x.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in x.children):
                cands += [g for p in x.children if p.dep_ == "prep" and p.lower_ in ("to", "for")
                          for g in p.children if g.dep_ == "pobj" and g != actor]
    return cands


def _orphaned_object(prep: Token) -> Token | None:
    """The object of a preposition the parser left without one because a participle follows
    it: "granted asylum to five Panamanian army officers holed up in ..." makes "officers"
    the subject of "holed". The noun phrase right after the preposition is its object."""
    if any(g.dep_ in ("pobj", "pcomp") for g in prep.children) or prep.i + 1 >= len(prep.doc):
        return None
    nxt = prep.doc[prep.i + 1]
    for t in prep.doc[prep.i + 1: prep.i + 8]:
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ in ("advcl", "acl", "relcl", "ccomp") \
                and t.pos_ in ("NOUN", "PROPN") and nxt in t.subtree and t.head.i > t.i:
            return t
    return None


def _named_place(tok: Token) -> bool:
    """A place's name: a GPE, LOC or FAC, or a gazetteer city the NER left untagged ("recaptured
    Timbuktu"), never a person's."""
    from newswire.resolve.places import city_kind

    if tok.ent_type_ in ("GPE", "LOC", "FAC") or _is_city(tok):
        return True
    return tok.pos_ == "PROPN" and not tok.ent_type_ and city_kind(tok.text) is not None


def _is_city(tok: Token) -> bool:
    """A city's name (the gazetteer's), not a country's: a place, rarely a party."""
    from newswire.resolve.places import city_kind

    if tok.ent_type_ not in ("GPE", "LOC", "ORG", "FAC", "NORP"):
        return False  # the small model tags some cities NORP ("the Sochi summit")
    ent = next((e for e in ents_of(tok.doc) if e.start <= tok.i < e.end), None)
    return city_kind(ent.text if ent is not None else tok.text) is not None


def _target(tok: Token, trig: Trigger, actor: Token | None, is_actor=None) -> Token | None:
    """The first candidate that is an actor; else the object when it names people."""
    cands = _target_candidates(tok, trig, actor)
    # "launch an operation at any moment against the YPG": the parser hangs the party on a
    # time noun; the time is no party, its "against" phrase is
    cands = [x for c in cands for x in (
        [g for p in c.children if p.dep_ == "prep" and p.lower_ in ("against", "on") for g in p.children
         if g.dep_ == "pobj"] if c.ent_type_ in ("DATE", "TIME") or c.lemma_.lower() in _word_classes()["TIME_NOUNS"]
        else [c])]
    if trig.type in _word_classes()["CRITIC_TYPES"]:
        # "criticised the Turkish invasion of northern Syria", "condemned the nuclear test by
        # North Korea", "rejected the US offer": blame or refusal of an act or a thing done falls
        # on whoever did it, not on whom it was done to
        # ("denounced as an ugly crime Serbia's suppression of unrest": the parser makes the
        # object an apposition to the predicative "as" phrase)
        shifted = [a for p in tok.children if p.dep_ == "prep" and p.lower_ == "as" for g in p.children
                   if g.dep_ == "pobj" for a in g.children if a.dep_ == "appos" and a.pos_ == "NOUN"]
        own = next((o for c in cands + shifted if (c.dep_ == "dobj" and c.head.i == tok.i or c in shifted)
                    and c.pos_ == "NOUN" and c.ent_type_ == "" and not _names_people(c) and not _names_actor(c)
                    for o in [_own_noun_actor(c)] if o is not None), None)
        if own is None and not any(c.dep_ == "auxpass" for c in tok.children):
            # the parser hangs the noun's "by" on an active verb: "condemned the test by North Korea"
            obj = next((c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
            by = next((p for p in tok.children if p.dep_ == "prep" and p.lower_ == "by" and obj is not None
                       and p.i == obj.right_edge.i + 1), None)
            own = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
        if own is not None and own != actor and (actor is None or own.i not in {t.i for t in actor.subtree}) \
                and (own.pos_ in ("PROPN", "PRON") or own.ent_type_ in ("GPE", "ORG", "PERSON", "NORP")
                     or _names_actor(own) or _names_people(own)):
            return own  # (a party, not "by phone")
    # "fought a decades-long insurgency against the Turkish state", "launched a military
    # campaign in Afrin": a cognate object is the event itself; its own "against" party is
    # the target
    cands = [x for c in cands for x in ([c] if not (c.dep_ == "dobj" and c.head.i == tok.i and c.pos_ == "NOUN"
                                                    and c.ent_type_ == "" and _is_violence_noun(c))
                                        else [g for p in c.children if p.dep_ == "prep"
                                              and p.lower_ in ("against", "on", "upon") for g in p.children
                                              if g.dep_ == "pobj"])]
    # "killed in a drone strike in Raqqa": an event is where harm comes from, not whom it hits
    cands = [c for c in cands if not (c.dep_ == "pobj" and c.head.lower_ in ("in", "by", "during", "after", "from", "with")
                                      and c.pos_ == "NOUN" and c.ent_type_ == "" and _is_violence_noun(c))]
    # "Oliver Hall, who was killed in Raqqa", "Emwazi was killed in ...": the one acted on,
    # when a person, is the target before any coded place or body the clause also names
    # ("fired at the crowd", "opened fire on protesters": the people shot at are the patient)
    patient = next((c for c in cands if c.dep_ in ("dobj", "nsubjpass") and c.head.i == tok.i
                    or trig.type == "ASSAULT" and c.dep_ == "pobj" and c.head.lower_ in ("at", "on", "upon")
                    and c.head.head.i == tok.i), None)
    if patient is not None and trig.type in ("ASSAULT", "COERCE") and (
            _names_people(patient) or _names_people(_antecedent(patient) or patient)
            or trig.mode == "arrest" and patient.pos_ in ("PROPN", "NUM")):
        return patient  # (only people are arrested: "arrested Navalny in Moscow", whatever the NER says)
    # "welcomed President Reagan's statement", "denounced Serbia's suppression of ...": the
    # possessor of a thing-object is the party the act is aimed at
    cands = [x for c in cands for x in ([c] + [p for p in c.children if p.dep_ == "poss"
                                               and p.pos_ in ("PROPN", "NOUN") and not stance_token(p)])]
    # "opposed to French mediation", "over two Israeli air raids": a thing-object's
    # nationality names the party it belongs to (tried after the object itself)
    cands += [m for c in cands for m in c.children if m.dep_ in ("amod", "compound")
              and m.ent_type_ in ("NORP", "GPE") and m not in cands]
    if trig.type in _word_classes()["VENUE_TYPES"] and not (trig.cameo or "").startswith(("042", "043")) \
            and not _verb_lemmas(tok) & _word_classes()["VISIT_VERBS"]:
        # "met in Antalya", "marched in Manchester": a city is where parties meet or protest;
        # a visit is aimed at its host (CAMEO 042 "make a visit": "arrived in Amman")
        cands = [c for c in cands if not (c.dep_ == "pobj" and c.head.lower_ in ("in", "at") and _is_city(c))]
    if is_actor is not None:
        for c in cands:
            # "the four women, who were captured at a base": the relative pronoun's noun is
            # the one acted on (the caller reads the pronoun as its noun)
            a = _antecedent(c)
            if a is not None and a.lower_ not in PLACE_NOUNS and is_actor(a):
                return c
    for c in cands:
        if c.lower_ not in PLACE_NOUNS and (c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                                            or c.pos_ in ("PRON", "PROPN")):
            return c
    return None


# where the parser hangs a place phrase on the object ("killed three policemen in
# Hyderabad", "attacked the embassy in Kabul"), the place is still where the act happened:
# PP attachment after an object is the classic ambiguity (Hindle & Rooth 1993), and in event
# reports the locative reading of the clause is the one a coder takes. Not "from" or "to":
# "refugees from Syria" and "the envoy to Iraq" name an origin and a post.
OBJECT_PLACE_PREPS = frozenset({"in", "at", "near", "inside", "outside"})


def _target_place(target: Token | None) -> set[int]:
    """The tokens of a locative phrase hung on the target's head."""
    if target is None:
        return set()
    return {t.i for p in target.children if p.dep_ == "prep" and p.lower_ in OBJECT_PLACE_PREPS
            for t in p.subtree}


def _location(tok: Token, used: set[int]) -> Token | None:
    """A place phrase in the trigger's clause: a GPE/LOC name or a place noun."""
    scope = [tok] + [c for c in tok.children if c.dep_ in ("dobj", "advmod", "prep", "npadvmod")]
    scope += _carrier_preps(tok)  # "staged a protest in Beijing"
    scope += _occurrence_preps(tok)  # "fighting broke out in Juba"
    found = []
    for s in scope:
        for t in s.subtree:
            if t.i in used or _in_other_clause(t, tok, place=True):
                continue
            # "outside of the city of Basra", "north of Baghdad": an "of" after a place word
            of_place = t.head.lower_ == "of" and (
                t.head.head.lower_ in PLACE_PREPS or t.head.head.lower_ in _word_classes()["DIRECTION_WORDS"])
            if t.dep_ == "pobj" and (t.head.lower_ in PLACE_PREPS or of_place) and _is_place(t) \
                    and all(t.i != f.i for f in found):
                found.append(t)
    if not found and tok.pos_ == "NOUN" and tok.dep_ == "nsubj" \
            and _verb_lemmas(tok.head) & _word_classes()["OCCURRENCE_VERBS"]:
        # "air raids pounded Gaza", "protests swept Iran": the place the event's verb strikes
        found = [o for o in tok.head.children if o.dep_ == "dobj" and o.i not in used and _named_place(o)]
    # where the act happened before where its people or weapons came from: "arrested two
    # refugees from Syria in Athens" is in Athens ("rockets fired from Gaza" keeps Gaza)
    # (a place inside another place's phrase is part of it: "from the town of Afrin in Idlib")
    top = [t for t in found if not any(o.i != t.i and o.left_edge.i <= t.i <= o.right_edge.i for o in found)]
    if not top and tok.pos_ == "NOUN":
        # "the Manchester bomb attack", "the Douma attack": a city compounded with a noun
        # trigger names where it happened (the tagger may call it a product or a body)
        top = [c for c in tok.children if c.dep_ == "compound" and c.i not in used and c.pos_ == "PROPN"
               and _venue_city(c)]
    return next((t for t in top if t.head.lower_ != "from"), top[0] if top else None)


def _struck_place(tok: Token, target: Token | None, used: set[int]) -> Token | None:
    """A place the act strikes or takes, named as its object: "bombed Afrin", "captured the
    city of Deir ez-Zor from the militants". Where an attack or a seizure hit is where it
    happened (ACLED's location is the place attacked); a state's name stays a target only:
    "Israel struck Syria" says which country, not where in it."""
    objs = [c for c in tok.children if c.dep_ == "dobj" and c.i not in used]
    for c in ([target] if target is not None else []) + objs:
        named = c if _named_place(c) else next(
            (g for p in c.children if p.dep_ == "prep" and p.lower_ == "of" and c.lemma_.lower() in PLACE_NOUNS
             for g in p.children if g.dep_ == "pobj" and _named_place(g)), None)
        if named is not None and not _country_name(named):
            return c
    return None


def _country_name(tok: Token) -> bool:
    """A name of a whole state ("Syria", "the UK"), not of a city or a region in one: what the
    gazetteer resolves it to is the state itself."""
    from newswire.resolve.kb import default_kb, normalise
    from newswire.resolve.places import country_names, resolve_place

    ent = next((e for e in ents_of(tok.doc) if e.start <= tok.i < e.end), None)
    place = resolve_place(ent.text if ent is not None else tok.text, default_kb())
    return place.country is not None and normalise(place.name or "") in country_names()


def _venue_city(tok: Token) -> bool:
    """A city of the gazetteer, whatever entity type the tagger gave its name."""
    from newswire.resolve.places import city_kind

    ent = next((e for e in ents_of(tok.doc) if e.start <= tok.i < e.end), None)
    # (not a body's acronym the gazetteer spells like a town: "UN talks" are not in Un, India)
    return tok.ent_type_ not in ("PERSON", "DATE", "TIME") and tok.text[:1].isupper() \
        and not tok.text.isupper() and city_kind(ent.text if ent is not None else tok.text) is not None


def _is_place(t: Token) -> bool:
    """A place name or a place noun: "in Kabul", "in the town", "in Shan state", and a city
    of the gazetteer the tagger took for a body or a person ("in Hyderabad" tagged ORG)."""
    from newswire.resolve.places import SUBDIVISION_WORDS, city_kind

    if t.ent_type_ in ("GPE", "LOC", "FAC") or t.lemma_.lower() in PLACE_NOUNS:
        return True
    if t.lemma_.lower() in SUBDIVISION_WORDS and any(
            c.dep_ == "compound" and (c.ent_type_ in ("GPE", "LOC") or c.tag_ == "NNP") for c in t.children):
        return True  # "in Shan state", "in Idlib province"
    return t.tag_ == "NNP" and t.ent_type_ in ("ORG", "PERSON") and not t.ent_iob_ == "I" \
        and not t.text.isupper() and not any(c.dep_ == "det" for c in t.children) \
        and (t.i + 1 >= len(t.doc) or t.doc[t.i + 1].ent_iob_ != "I") and city_kind(t.text) is not None


OTHER_CLAUSES = ("conj", "ccomp", "advcl", "parataxis", "relcl")


RELATIVES = frozenset({"who", "whom", "which", "that"})


PATIENT_POSSESSOR_MODES = frozenset({"arrest", "release", "abduct", "assassinate", "deport"})


def _antecedent(t: Token | None) -> Token | None:
    """A relative pronoun stands for the noun its clause modifies ("the Kurds, all of whom
    he denounces": the Kurds); any other token stands for itself."""
    if t is not None and t.lower_ not in RELATIVES:
        # "all of whom", "some of which": the part stands for the antecedent too
        rel = next((g for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                    if g.dep_ == "pobj" and g.lower_ in RELATIVES and g.tag_ in ("WP", "WDT")), None)
        if rel is not None:
            return _antecedent(rel)
    if t is None or t.lower_ not in RELATIVES or t.tag_ not in ("WP", "WDT"):
        return t
    x = t
    for _ in range(6):
        if x.dep_ == "relcl":
            head = x.head
            # "an American Isis fighter with Somali heritage, who was killed": "who" is a
            # person; the parser's nearer noun inside a "with"/"of" phrase is not one
            while t.lower_ in ("who", "whom") and head.dep_ == "pobj" and head.head.dep_ == "prep" \
                    and head.head.head.pos_ in ("NOUN", "PROPN") and head.ent_type_ not in ("PERSON", "NORP") \
                    and not _names_actor(head):
                head = head.head.head
            if t.lower_ in ("who", "whom") and head.dep_ == "pobj" and head.ent_type_ not in ("PERSON", "NORP") \
                    and not _names_actor(head) and head.head.head.pos_ == "VERB":
                # ... or the verb's object before the phrase ("married a fighter with Somali heritage")
                obj = next((c for c in head.head.head.children if c.dep_ == "dobj" and c.i < head.i
                            and (c.ent_type_ == "PERSON" or _names_actor(c) or _agent_noun(c))), None)
                head = obj if obj is not None else head
            return head
        if x.head == x:
            break
        x = x.head
    return None


def _accusation(tok: Token) -> tuple[Token | None, Token | None] | None:
    """(the accused, the accuser) when ``tok`` is what someone is accused of: "Russia accused
    Ukraine of attacking Belgorod", "accuses Ukraine of drone strike", "blamed the rebels for
    the bombing", "X was charged with murder by prosecutors"."""
    x = tok.head if tok.dep_ == "compound" else tok
    prep = x.head
    if x.dep_ not in ("pobj", "pcomp") or prep.dep_ != "prep" or prep.lower_ not in ("of", "for", "with"):
        return None
    verb = prep.head
    accused = None
    if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("dobj", "nsubjpass"):
        accused, verb = verb, verb.head  # "accused [the RSF of genocide]": the parser's noun attachment
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _word_classes()["ACCUSING_VERBS"]:
        return None
    accused = accused or next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    accuser = next((c for c in verb.children if c.dep_ == "nsubj"), None) or _agent(verb)
    return accused, accuser


def _in_other_clause(t: Token, tok: Token, place: bool = False) -> bool:
    """Whether ``t`` sits in a clause of its own that does not hold ``tok``: "urged both sides
    to show restraint and said talks would resume in Brussels next week" places and dates
    the talks, not the appeal. A phrase of a clause above the trigger's ("On Monday,
    officials said troops attacked") is the trigger's too."""
    above = {a.i for a in tok.ancestors} | {tok.i}
    x = t
    inner = False  # passed a verb of a clause inside the one reached
    while x.i not in above and x.head != x:
        if x.dep_ in OTHER_CLAUSES and x.pos_ in ("VERB", "AUX") and (
                inner and x.dep_ == "relcl" or not _same_time(x, tok)) \
                and not (place and _purpose(x, tok)):
            # ("the attack that he decided to join fighters in Syria": the relative clause is
            # the attack's own, the infinitive inside it is not)
            return True
        inner = inner or x.pos_ in ("VERB", "AUX") and x.dep_ in ("xcomp", "ccomp")
        x = x.head
    return False


def _purpose(clause: Token, tok: Token) -> bool:
    """A purpose clause on the trigger names where it is aimed: "sent forces to oust Kurdish
    militants from an enclave in northwestern Syria"."""
    return clause.head == tok and clause.dep_ == "advcl" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _same_time(clause: Token, tok: Token) -> bool:
    """A clause on the trigger that tells of the trigger's own time and place: a relative
    clause on a noun trigger ("an airstrike that killed their mother in January"), a clause of
    simultaneity ("fired on them as they attempted to flee on Wednesday")."""
    if clause.head != tok:
        return False
    if clause.dep_ == "relcl":
        return tok.pos_ == "NOUN"
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("as", "when", "while")
                                          for c in clause.children)


def _date(tok: Token) -> Span | None:
    sent = sent_of(tok)
    dates = [e for e in ents_of(tok.doc) if e.label_ in ("DATE", "TIME") and sent.start <= e.start < sent.end
             and not _in_other_clause(e.root, tok)]
    if not dates:
        return None
    return min(dates, key=lambda e: abs(e.root.i - tok.i))


def _containing_quote(quotes: list[Quote], pos: int) -> Quote | None:
    for q in quotes:
        if q.cue_span and q.cue_span[0] <= pos < q.cue_span[1]:
            return None
        if any(s <= pos < e for s, e in q.spans):
            return q
    return None


def _do_so(tok: Token, prev: EventMention, entities: list[Entity], quotes: list[Quote],
           cue_tokens: set[int]) -> EventMention:
    """VP ellipsis: "they have done so over 80 times" repeats the previous event."""
    subj = _subject(tok)
    actor = prev.actor if subj is None or subj.pos_ == "PRON" else _participant(subj, entities)
    fact, _ = factuality_of(tok, stop_at=cue_tokens)
    quote = _containing_quote(quotes, tok.idx)
    if quote is not None and fact == "asserted":
        fact = "claimed"
    sent = sent_of(tok)
    return EventMention(prev.type, prev.mode, prev.cameo, tok, actor, prev.target, None, _date(tok),
                        quantity_near(tok), fact, quote.speaker if quote else None,
                        (sent.start_char, sent.end_char))


def _depth(tok: Token) -> int:
    d = 0
    while tok.head != tok and d < 50:
        tok, d = tok.head, d + 1
    return d


def _inside_cue(tok: Token, cue_tokens: set[int]) -> bool:
    return tok.i in cue_tokens


@lru_cache(maxsize=1)
def mode_cues() -> list[tuple[str, str, frozenset[str]]]:
    text = (resources.files("newswire") / "data" / "event_modes.tsv").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            typ, mode, cues = line.split("\t")[:3]
            rows.append((typ, mode, frozenset(cues.split("|"))))
    return rows


def _mode_from_context(typ: str, tok: Token) -> str | None:
    """A mode the trigger does not give, from the instruments its own clause names.

    The clause is the trigger's subtree without the clauses under it: in "denied that
    protesters had attacked the police, claiming officers fired rubber bullets" the
    firing is another event's instrument.
    """
    other = {t.i for c in tok.children if c.dep_ in ("ccomp", "advcl", "conj", "relcl", "parataxis")
             for t in c.subtree}
    clause = [t for t in tok.subtree if t.i not in other]
    words = {t.lemma_.lower() for t in clause} | {t.lower_ for t in clause}
    for t, mode, cues in mode_cues():
        if t == typ and words & cues:
            return mode
    return None


def _has_patient(tok: Token) -> bool:
    """Whether an arrest verb has someone it acts on: an object, a passive subject, or a
    participle's noun ("the men arrested"); a reflexive object is not a detainee."""
    if tok.dep_ in ("acl", "amod") or any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
        return True  # a passive has its patient even where the parser put the subject elsewhere
    if _passive_conjunct(tok) is not None:
        return True  # so has a conjunct sharing a passive: "was shot, detained and tortured"
    if _bare_participle(tok) and any(c.dep_ == "nsubj" for c in tok.children):
        return True  # a headline's passive: "Opposition leader jailed for five years"
    if _raised_patient(tok) is not None:
        return True  # "had him arrested at the airport"
    return any(c.dep_ in ("dobj", "pobj") and c.lower_ not in _word_classes()["REFLEXIVES"] for c in tok.children) or \
        any(c.dep_ == "prep" and any(g.dep_ == "pobj" for g in c.children) for c in tok.children
            if c.lower_ in ("into", "in"))


def giver(tok: Token) -> Token | None:
    """Who gives what a receiving verb's subject gets: "received backing from the United
    States", "won the backing of the African Union"."""
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    for h in [tok, *objs]:
        for p in h.children:
            if p.dep_ == "prep" and (p.lower_ == "from" or (p.lower_ == "of" and h is not tok)):
                g = next((g for g in p.children if g.dep_ == "pobj"), None)
                if g is not None:
                    return g
    return None


def _under_heads(tok: Token) -> list[Token]:
    """The verb and the noun it is "under" ("came under fire"): either may carry the phrases."""
    return [tok] + [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "under"
                    for g in p.children if g.dep_ == "pobj"]


def _figurative_undergoing(tok: Token, subj: Token | None) -> bool:
    """"The home secretary came under fire for his decision" is criticism, "fell victim to
    the struggle" no capture: a reason after "for"/"over", a person as the one under fire, or
    a noun complement make the idiom figurative."""
    if any(p.dep_ == "prep" and p.lower_ in ("for", "over") for h in _under_heads(tok) for p in h.children):
        return True
    if any(c.dep_ in ("dobj", "attr", "oprd") for c in tok.children):
        return True
    return subj is not None and tok.lemma_.lower() == "come" and subj.tag_ in ("NN", "NNP") and (
        subj.ent_type_ == "PERSON" or subj.lemma_.lower() in role_nouns())


def _appeal_receiver(noun: Token) -> Token | None:
    """Whom a call or pressure is on: the subject of the verb that receives or undergoes it
    ("faces calls", "came under pressure")."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    if noun.dep_ not in ("dobj", "pobj") or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in (
            _word_classes()["RECEIVING_VERBS"] | _word_classes()["UNDERGOING_VERBS"]):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _announced(doc: Doc, quote: Quote | None) -> bool:
    """Whether a report's verb announces (a measure made public, data/event_word_classes.tsv
    ANNOUNCING_VERBS), not warns or says."""
    if quote is None or quote.cue_span is None:
        return False
    cue = doc.char_span(*quote.cue_span, alignment_mode="expand")
    return cue is not None and any(t.lemma_.lower() in _word_classes()["ANNOUNCING_VERBS"] for t in cue)


def _criticism_under_fire(tok: Token) -> bool:
    """"Came under fire for his decision", "over the deal": a reason makes the fire words,
    not shots; weapons named ("came under tank fire") keep it shots."""
    if tok.lemma_.lower() != "come":
        return False
    heads = _under_heads(tok)
    if any(c.dep_ in ("compound", "nmod") or (c.dep_ == "amod" and c.lemma_.lower() not in _word_classes()["INTENSITY_WORDS"])
           for h in heads[1:] for c in h.children):
        return False
    # (the parser may hang the reason on the critics: "from opposition leaders over the deal")
    critics = [g for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "from"
               for g in p.children if g.dep_ == "pobj"]
    return any(p.dep_ == "prep" and p.lower_ in ("for", "over") for h in heads + critics for p in h.children)


def undergone_from(tok: Token) -> Token | None:
    """Who does what the subject of an undergoing verb undergoes: "came under fire from the
    rebels", "fell to Taliban fighters"."""
    return next((g for h in _under_heads(tok) for p in h.children if p.dep_ == "prep" and p.lower_ in ("from", "to")
                 for g in p.children if g.dep_ == "pobj" and (_names_actor(g) or g.ent_type_ in ("NORP", "ORG", "GPE") or any(
                     c.dep_ in ("compound", "amod") and c.ent_type_ in ("NORP", "ORG", "GPE") for c in g.children))),
                None)


def _cause_actor(tok: Token) -> Token | None:
    """The actor of the violence that caused a death or injury: the prepositional cause ("in
    police firing", "during a lathi charge by the police") or a temporal clause ("when the
    police fired")."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in _word_classes()["CAUSE_PREPS"]:
            for g in c.children:
                if g.dep_ == "pobj" and g.pos_ in ("NOUN", "VERB", "PROPN"):
                    hit = _noun_actor(g) or next(
                        (x for x in g.children if x.dep_ in ("compound", "amod", "nmod") and _names_actor(x)), None)
                    if hit is None and _names_actor(g) and any(x.dep_ == "acl" for x in g.children):
                        hit = g  # "in police firing" parsed as police ← acl firing

                    if hit is not None:
                        return hit
    # a temporal clause of the harm or of its conjunct ("one was killed and six others
    # injured ... when the police fired"); spaCy marks "when" as advmod, "as"/"after" as mark
    inner = {t.i for c in tok.children if c.dep_ in ("ccomp", "relcl", "parataxis") for t in c.subtree}
    for c in tok.subtree:
        if c.i in inner or c.dep_ != "advcl" or c.lemma_.lower() not in _word_classes()["VIOLENT_CAUSES"]:
            continue
        if any(m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "as", "after") for m in c.children):
            return _raw_subject(c)
    return None


def _names_actor(tok: Token) -> bool:
    from newswire.resolve.actors import sector_lemmas

    lemma = tok.lemma_.lower()
    return lemma in role_nouns() or lemma in sector_lemmas()


def _agent_noun(tok: Token) -> bool:
    """A noun the Phoenix agents dictionary files as a kind of actor ("fighter", "man")."""
    from newswire.resolve.kb import default_kb

    return any(e.kind == "agent" for e in default_kb().lookup(tok.lemma_.lower()))


def _labour_strike(tok: Token) -> bool:
    """A strike with a walkout's words in its sentence: workers, a union, pay."""
    classes = _word_classes()
    return any(t.lemma_.lower() in classes["LABOUR_WORDS"] for t in sent_of(tok)) or any(
        c.dep_ == "amod" and c.lower_ in classes["LABOUR_MODIFIERS"] for c in tok.children)


def _aimed_strike(tok: Token) -> bool:
    """A strike a state makes or aims at a place: "Israel's strikes on Gaza"; a walkout is
    made by workers and aimed at no place."""
    classes = _word_classes()
    if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "by") \
            and tok.head.head.lemma_.lower() in classes["HARM_VERBS"] | classes["VICTIM_VERBS"]:
        return True  # "no civilians were killed in the strike": a strike that kills is an attack
    # "strikes on militant hideouts", "strikes against Syria": aimed at a place or a thing, not
    # "a strike on Monday" (a date) or "on pay" (what a walkout is about)
    return any(c.dep_ == "poss" and c.ent_type_ in ("GPE", "NORP") for c in tok.children) or any(
        c.dep_ == "prep" and c.lower_ in ("on", "at", "against") and any(
            g.dep_ == "pobj" and (_named_place(g) or g.lemma_.lower() in classes["STRIKE_TARGETS"]) for g in c.children)
        for c in tok.children)


def _military_article(doc: Doc) -> bool:
    """Whether the text speaks of strikes from the air or by missiles anywhere."""
    key = "_newswire_military"
    if key not in doc.user_data:
        words = _word_classes()["STRIKE_WEAPONS"]
        doc.user_data[key] = any(t.lemma_.lower() in words for t in doc)
    return doc.user_data[key]


# PLOVER's material types (PLOVER manual: the "material" quad classes): done, not said
MATERIAL_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "AID", "RETREAT", "SANCTION", "COOPERATE"})


def _cameo_trigger(tok: Token, trig: Trigger | None, is_actor) -> Trigger | None:
    """A trigger from the CAMEO verb patterns, when they say more than the hand table.

    A specific pattern ("rush troops to the border") outranks the hand table; a verb's
    bare default code is used only when the clause has coded actors on both sides, the
    condition PETRARCH puts on every event (Schrodt 2014).
    """
    if _verb_lemmas(tok) & _word_classes()["CAMEO_VERB_STOP"]:
        return None  # "fled into exile": a synonym set's patterns the verb does not share
    if tok.tag_ == "VBG" and tok.dep_ == "advcl":
        # "sabotaged railways, preventing the transport of equipment": a result adjunct
        # describes the main event's effect; only the hand table may code it
        return None
    aspectual = tok.lemma_.lower() in _word_classes()["ASPECTUAL_VERBS"]
    m = cameo_match(tok, ("advcl", "parataxis", "xcomp") if aspectual else ("advcl", "parataxis"))
    if m is None:
        return None
    typ, mode = plover_of(m.code)
    if typ is None:
        return None
    if trig is not None and (m.words == 0 or typ == trig.type):
        return None  # the hand table agrees or knows better
    if typ in MATERIAL_TYPES and tok.lemma_.lower() in cue_lexicon():
        # "did not mention the attack": a verb of saying that names a deed is no deed; the
        # noun is an event of its own
        return None
    if any(c.dep_ in ("advmod", "prt") and c.lower_ in _word_classes()["PROCEED_ADVERBS"] for c in tok.children):
        return None  # "Ankara can press ahead with its attempts": it goes on, coercing no one
    if _partakes_in_event(tok):
        return None  # "took part in a rally": the rally is the event, its partakers its actor
    if m.words == 0 and _verb_lemmas(tok) & _word_classes()["CAMEO_DEFAULT_STOP"]:
        return None  # "takes comfort", "gave birth": a general verb's default fits one sense of many
    subj = _subject(tok)
    if subj is None or (is_actor is not None and not is_actor(subj)):
        return None
    if trig is None and _verb_lemmas(tok) & _word_classes()["VISIT_VERBS"]:
        # a journey is an official's visit or nothing: "their father flew to northern Iraq",
        # "our troops to come home", "the jihadists came back" are no CAMEO visit, intent to
        # meet (036) or aid; a deal reached still is one ("may yet reach a deal")
        if m.code.startswith(("036", "04")):
            if not (subj.pos_ == "PROPN" or subj.lemma_.lower() in role_nouns()):
                return None
        elif typ != "AGREE":
            return None
    if mode == "arrest" and role_nouns().get(subj.lemma_.lower()) in ("MED", "HLH", "EDU", "BUS", "LAB", "CVL", "JUD"):
        # an arrest is the authorities' act: "a Guardian reporter tracked down their mother"
        # found her, it held no one (CAMEO's "track down" is 173)
        return None
    if m.words == 0 or mode == "arrest":
        # a bare verb code needs a coded object; so does an arrest pattern ("took time",
        # "keep the land in custody" are no arrests)
        objs = [o for o in _objects(tok) if o != subj]
        if not objs or (is_actor is not None and not any(
                is_actor(o) and (m.code[:2] in THING_OBJECT_ROOTS or m.code[:2] == "08" and not m.code.startswith("084")
                                 or _party_head(o)) for o in objs)):
            # a bare code for dealing with a party needs one as its object, not a thing coded
            # by its owner ("remove the regime's capabilities", "released a video"); proposing,
            # investigating, criticising, rejecting or attacking a thing is still that act
            return None
    return Trigger(tok.lemma_.lower(), "VERB", typ, mode, m.code)


def _partakes_in_event(tok: Token) -> bool:
    """A verb of taking part whose "in" phrase is a nominal event ("took part in a rally",
    "joined in the protests")."""
    if not (_verb_lemmas(tok) & _word_classes()["PARTAKING_VERBS"]
            or tok.lemma_.lower() == "take" and any(c.lower_ == "part" for c in tok.children)):
        return False
    return any(g.dep_ == "pobj" and (g.lemma_.lower(), "NOUN") in triggers()
               for p in tok.children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children)


def _object_event_types(tok: Token, table: dict) -> set[str]:
    """The event types of a light verb's object, or of the object's modifier, when the
    object is a noun trigger ("launched a bombing campaign": ASSAULT)."""
    if not _verb_lemmas(tok) & _word_classes()["LIGHT_VERBS"]:
        return set()
    out = set()
    for o in tok.children:
        if o.dep_ == "dobj":
            for n in [o, *(c for c in o.children if c.dep_ == "compound")]:
                out |= {t.type for t in table.get((n.lemma_.lower(), "NOUN"), []) if _matches(t, n)}
    return out


def _governing_event(tok: Token, typ: str, found: list[EventMention]) -> EventMention | None:
    """The event of the verb whose object this nominal trigger is, when of the same type."""
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "dobj" \
            and tok.head.head.lemma_.lower() in _word_classes()["PARTITIVE_NOUNS"]:
        tok = tok.head.head  # "to hold two sessions of talks": the measure is the verb's object
    if tok.pos_ != "NOUN" or tok.dep_ != "dobj":
        return None
    if any(c.dep_ == "poss" and c.lower_ not in POSSESSIVE_PRONOUNS for c in tok.children):
        # "France welcomed Syria's recognition of Lebanon": a named other's act, an event of
        # its own ("ratified its agreement" is the verb's own act)
        return None
    return next((m for m in found if m.trigger == tok.head and m.type == typ), None)


def extract_events(doc: Doc, entities: list[Entity], quotes: list[Quote],
                   is_actor=None) -> list[EventMention]:
    table = triggers()
    # a learned attribution's verb is often the event itself ("rejected the plan", "called on
    # X to resign"): only reporting verbs' quotes make their words someone's claim
    quotes = [q for q in quotes if not q.learned]
    cue_tokens = set()
    for q in quotes:
        if q.cue_span:
            span = doc.char_span(q.cue_span[0], q.cue_span[1], alignment_mode="expand")
            if span is not None:
                cue_tokens.update(t.i for t in span)
    out: list[EventMention] = []
    for tok in doc:
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if tok.lemma_ == "do" and out and nxt is not None and nxt.lower_ == "so":
            # the antecedent is the main event of the latest sentence with one
            last_sent = sent_of(out[-1].trigger).start
            prev = min((m for m in out if sent_of(m.trigger).start == last_sent), key=lambda m: _depth(m.trigger))
            if any(t.pos_ == "VERB" and t.dep_ not in ("aux", "auxpass", "amod") and t.i not in cue_tokens
                   and t.lemma_.lower() not in factuality_cues()
                   for t in doc[max(prev.trigger.i + 1, sent_of(tok).start):tok.i]):
                continue  # "should the government wish to participate, it must only do so if ...": a
                # verb nearer than the last event is what "do so" repeats
            out.append(_do_so(tok, prev, entities, quotes, cue_tokens))
            continue
        pos = "VERB" if tok.pos_ in ("VERB", "AUX") else "NOUN" if tok.pos_ == "NOUN" else None
        if pos == "NOUN" and tok.dep_ == "compound" and tok.head.lemma_.lower() in _word_classes()["ARTEFACT_HEADS"]:
            continue  # "an arrest warrant", "a detention centre": a thing named after the act
        if pos is None or (tok.dep_ == "compound" and (
                _names_actor(tok.head) or tok.head.lemma_.lower() in _word_classes()["GROUP_NOUNS"]
                or tok.head.lemma_.lower() in read_words("group_nouns.tsv"))):
            continue  # "riot police", "strike force", "aid agencies": the modifier names a kind of actor
        if pos == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _word_classes()["ENDING_VERBS"] \
                and any(_matches(t, tok.head) for t in table.get((tok.head.lemma_.lower(), "VERB"), [])):
            continue  # "lifted the curfew": the lifting is the event, the curfew no new one
        if pos == "VERB" and tok.dep_ == "amod" and tok.lemma_.lower() not in _word_classes()["DETENTION_PARTICIPLES"] \
                and not any(c.dep_ == "nsubj" for c in tok.children):
            # (one with a subject of its own is a finite verb the parser hung on its object:
            # "that police tortured suspects", tortured ← amod suspects)
            continue  # "the alleged move", "the occupied territories": a participle as adjective
        if pos == "VERB" and tok.tag_ == "VB" and tok.dep_ == "csubj" and tok.i == sent_of(tok).start \
                and tok.is_title and any(c.dep_ == "dobj" and c.tag_ == "NNS" and c.i == tok.i + 1 for c in tok.children):
            continue  # "Aid organisations and activists say ...": a noun modifier the tagger read
            # as an imperative opening the sentence
        if pos == "VERB" and tok.tag_ == "VBG" and tok.dep_ == "csubj" and not list(tok.children) \
                and any(c.dep_ == "nsubj" for c in tok.head.children):
            continue  # "Visiting Egyptian Foreign Minister Amr Moussa held talks": a premodifier the
            # parser made a clausal subject beside the verb's own subject
        cands = table.get((tok.lemma_.lower(), pos)) or table.get((tok.lower_, pos)) or _hyphened(tok, table)
        trig = next((t for t in cands if _matches(t, tok)), None)
        if trig is not None and trig.mode == "strike-gen" and not _labour_strike(tok):
            # "Moscow could use the strike to justify an offensive": in an article of drones and
            # missiles a bare "strike" is the attack; a walkout has workers, unions or pay about it
            trig = next((t for t in cands if t.type == "ASSAULT"), None) \
                if _military_article(doc) or _aimed_strike(tok) else trig
        if pos == "VERB" and trig is None and not _inside_cue(tok, cue_tokens) and not any(
                t.notsubj and _matches(replace(t, notsubj=None), tok) for t in cands):
            # the hand table, written for news, comes first; CAMEO's patterns fill its gaps
            # (not where a row's excluded subject says the words mean something else: "two
            # hospitals suspended operations" is no CAMEO "suspend operations")
            trig = _cameo_trigger(tok, trig, is_actor)
            noun_types = _object_event_types(tok, table) if trig is not None else set()
            if noun_types and trig.type not in noun_types:
                # "launched a bombing campaign" is the bombing, not CAMEO's "launch a campaign"
                # (a smear campaign, 111); "began a hunger strike" keeps its pattern (one event)
                trig = None
        if trig is None:
            continue
        if pos == "NOUN" and tok.tag_ == "NN" and tok.lemma_.lower() in _word_classes()["PLURAL_EVENT_NOUNS"]:
            continue  # "watch his talk", "there is talk of a truce": only "talks" are negotiations
        if trig.type == "THREATEN" and pos == "VERB" and _endangers(tok, is_actor):
            continue  # "a domino already threatened by Afrin", "the crisis threatens Nato's cohesion"
        if trig.type == "REJECT" and any(_no_comment(c) for c in tok.children if c.dep_ == "xcomp"):
            continue  # "declined to comment", "refused to give details": the reporter's note, no refusal
        if pos == "NOUN" and tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and any(
                t.type == trig.type for t in table.get((tok.head.lemma_.lower(), "NOUN"), [])):
            continue  # "the ceasefire deal": one phrase, one agreement (its head's)
        if pos == "VERB" and tok.tag_ == "VBG" and any(c.dep_ == "nsubj" and c.lower_ in ("it", "this")
                                                        for c in tok.children) \
                and any(c.dep_ == "aux" and c.lemma_ == "be" for c in tok.children) \
                and any(c.dep_ == "ccomp" for c in tok.children) and not any(c.dep_ == "dobj" for c in tok.children):
            continue  # "It is striking how ...": an adjective in an extraposed comment, no act
        if pos == "VERB" and tok.tag_ == "VBN" and (
                tok.dep_ in ("acomp", "oprd", "xcomp") and tok.head.lemma_.lower() in _word_classes()["STATE_VERBS"]
                or any(c.dep_ == "auxpass" and c.lower_ in _word_classes()["STATE_VERBS"]
                       for c in tok.children)):
            continue  # "Moscow feels threatened", "looked defeated": a state felt, not an act
        if pos == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "under" \
                and tok.head.head.lemma_.lower() in _word_classes()["UNDERGOING_VERBS"]:
            continue  # "came under attack": the verb tells the one attack, its target the subject
        if pos == "NOUN" and tok.dep_ in ("compound", "amod") and tok.lemma_.lower() in _word_classes()["COMBAT_NOUNS"]:
            continue  # "fighting units", "a fighting force": a kind of thing, not a happening
        if pos == "VERB" and trig.mode == "arrest" and not _has_patient(tok):
            continue  # "the activity was expected to pick up", "held themselves back": no one held
        if pos == "VERB":
            actor_tok = _subject(tok)
            passive = any(c.dep_ == "nsubjpass" for c in tok.children)
            if actor_tok is None and passive and (trig.type == "MOBILIZE" or trig.mode in ("withdraw", "disarm")):
                # "Belarusian troops had been deployed", "guerrillas have been demobilized",
                # "the troops were withdrawn": the forces moved are the actor (PLOVER codes the
                # side that mobilises or pulls back)
                actor_tok = next(c for c in tok.children if c.dep_ == "nsubjpass")
            if actor_tok is None and tok.tag_ == "VBG" and tok.lemma_.lower() == "fight":
                # "Fighting between Hezbollah and Israeli forces continued": a gerund the tagger
                # reads as a verb still has its sides in "between", as the noun has
                actor_tok = _between_party(tok)
        else:
            actor_tok = _noun_actor(tok) or _claimant(tok)
            if actor_tok is None and (trig.type == "MOBILIZE" or trig.mode in ("withdraw", "disarm")):
                # "the deployment of 3,000 NATO troops", "the withdrawal of Syrian forces": the
                # forces moved are the side that mobilises or pulls back, as in the passive
                moved = _of_object(tok)
                actor_tok = moved if moved is not None and _names_actor(moved) else None
        if trig.mode == "arrest" and actor_tok is not None and actor_tok.lemma_.lower() in _word_classes()["VEHICLES"]:
            continue  # "a bus will pick us up": carried, not arrested
        if trig.lemma == "charge" and trig.type == "COERCE" and actor_tok is not None \
                and not ({t.lemma_.lower() for t in actor_tok.subtree} & _word_classes()["CHARGING_BODIES"]):
            # "Mishra charged the government with deceiving ...": a politician's accusation
            # (CAMEO 112); police and courts charge suspects (173)
            trig = Trigger("charge", "VERB", "ACCUSE", None, "112")
        target_tok = _target(tok, trig, actor_tok, is_actor)
        if pos == "NOUN" and actor_tok is not None and actor_tok.dep_ == "poss" and actor_tok.head == tok \
                and trig.mode in PATIENT_POSSESSOR_MODES and actor_tok.ent_type_ in ("PERSON", "") \
                and not any(c.dep_ == "prep" and c.lower_ in ("of", "by") for c in tok.children):
            # "Khan's detention", "his release": the possessor of an arrest or a release is
            # the one held or freed (the patient reading of the possessive; Grimshaw 1990)
            actor_tok, target_tok = None, actor_tok
        actor_tok, target_tok = _antecedent(actor_tok), _antecedent(target_tok)
        if actor_tok is not None and actor_tok.lower_ == "it" and actor_tok.head.lemma_ == "be" \
                and tok.dep_ == "xcomp" and tok.head.i == actor_tok.head.i \
                and any(c.dep_ == "acomp" for c in actor_tok.head.children):
            actor_tok = None  # "It is legal to kill them": an extraposition's "it" does nothing
        if actor_tok is not None and actor_tok.pos_ == "NOUN" and actor_tok.lemma_.lower() in \
                _word_classes()["PARTITIVE_NOUNS"] and (of_noun := _of_object(actor_tok)) is not None \
                and _is_violence_noun(of_noun):
            # "a series of airstrikes by Russian jets", "two waves of airstrikes": the parser
            # hangs the "by" phrase on either noun
            actor_tok = _own_noun_actor(actor_tok) or of_noun
        if actor_tok is not None and actor_tok.pos_ == "NOUN" and actor_tok.ent_type_ == "" \
                and _is_violence_noun(actor_tok):
            # "injured by a suspected chlorine attack", "air strikes by Syrian planes have
            # killed", "a conflict that killed 5 million": an event is no actor; the party its
            # own phrase names is ("by Syrian planes"), else the actor is unknown; a party
            # named inside a premodifier keeps the phrase ("US-led airstrikes" are the US's)
            actor_tok = _own_noun_actor(actor_tok) or _claimant_of_subject(actor_tok) or (actor_tok if any(
                t.ent_type_ in ("GPE", "NORP", "ORG") for c in actor_tok.children if c.i < actor_tok.i
                and c.dep_ in ("amod", "compound", "nmod") for t in c.subtree) else None)
        if actor_tok is not None and actor_tok.lemma_.lower() in _word_classes()["PROJECTILES"] \
                and tok.lemma_.lower() in _word_classes()["DIRECTED_FIRE_VERBS"] and actor_tok.dep_ == "nsubj":
            actor_tok = None  # "Two shots fired at the crowd": what is fired fires nothing
        accusation = _accusation(tok)
        if accusation is not None and actor_tok is None and accusation[0] is not target_tok:
            actor_tok = accusation[0]  # "accused Ukraine of attacking Belgorod": Ukraine, says Russia
        if actor_tok is None and trig.mode in ("withdraw", "disarm") and target_tok is not None \
                and target_tok.dep_ == "dobj" and target_tok.head == tok:
            # "the decision to withdraw US troops": with no one named, the forces pulled back
            # are the retreating side, as in the passive "the troops were withdrawn"
            actor_tok, target_tok = target_tok, None
        if target_tok is None and actor_tok is not None and (trig.type in _word_classes()["SYMMETRIC_TYPES"]
                                                             or trig.cameo in _word_classes()["SYMMETRIC_CODES"] or (
                actor_tok.dep_ == "pobj" and actor_tok.head.lower_ == "between")):
            # "The US, Russia and Switzerland met": in a meeting or an agreement between
            # coordinated parties, the first acts and the next is met (CAMEO codes each pair)
            # (the small parser reads a list "The US, Russia, and Switzerland" as an apposition)
            target_tok = next((c for c in actor_tok.children if (c.dep_ == "conj" or (
                c.dep_ == "appos" and any(g.dep_ == "cc" for g in c.children))) and (
                is_actor(c) if is_actor is not None else c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"))), None)
        if pos == "VERB" and tok.lemma_.lower() in _word_classes()["RECEIVING_VERBS"] and trig.type in RECEIVED_TYPES:
            # "the opposition received backing from the United States": the giver acts
            target_tok, actor_tok = actor_tok, giver(tok)
        if pos == "VERB" and tok.lemma_.lower() in _word_classes()["UNDERGOING_VERBS"] and trig.type == "ASSAULT" \
                and _figurative_undergoing(tok, actor_tok):
            if not _criticism_under_fire(tok):
                continue  # "fell victim to the struggle" is no capture
            # "the minister came under fire from opposition leaders over the deal" is their
            # criticism of him (CAMEO 111), not an attack
            trig = replace(trig, type="ACCUSE", mode=None, cameo="111")
        if pos == "VERB" and tok.lemma_.lower() in _word_classes()["UNDERGOING_VERBS"] and trig.type in ("ASSAULT", "ACCUSE", "REQUEST"):
            # "a UN convoy came under fire from rebels", "the town fell to Taliban fighters":
            # the subject undergoes the act; its doer is named after "from" or "to"
            target_tok, actor_tok = actor_tok, undergone_from(tok)
        elif pos == "VERB" and tok.lemma_.lower() in _word_classes()["VICTIM_VERBS"]:
            # "125 people died in police firing": the subject is the victim; the agent is the
            # actor of the violence the preposition names
            target_tok, actor_tok = actor_tok, _cause_actor(tok)
        elif pos == "VERB" and actor_tok is None and passive and tok.lemma_.lower() in _word_classes()["HARM_VERBS"]:
            # "two persons were killed in police firing", "one was killed when the police
            # fired": an agentless passive harm takes the actor of the violence that caused it
            actor_tok = _cause_actor(tok)
        if trig.type == "ASSAULT" and _disaster_cause(tok, actor_tok):
            continue  # deaths in an earthquake or a road accident are no attack (PLOVER codes none)
        if pos == "NOUN" and actor_tok is None and tok.lemma_.lower() in _word_classes()["SPEECH_ACT_NOUNS"]:
            continue  # "the promise to keep troops there": a pledge or a threat is someone's, or no act told
        if trig.type == "MOBILIZE" and actor_tok is not None and actor_tok.lower_ in ("it", "this"):
            actor_tok = None
        used = {t.i for x in (actor_tok, target_tok) if x is not None for t in x.subtree}
        loc_tok = _location(tok, used - _target_place(target_tok))
        if loc_tok is None and trig.type in ("ASSAULT", "COERCE"):
            loc_tok = _struck_place(tok, target_tok, used)
        # (for a trigger that needs its verb negated, the negation and the modal make the act
        # itself, "police will not tolerate protests" is a threat made, not a doubt about it)
        fact, _cue = factuality_of(tok, stop_at=cue_tokens,
                                   drop=("negated", "planned", "hypothetical") if trig.neg else ())
        if pos == "NOUN" and fact in ("negated",) and not any(
                c.dep_ == "det" and (c.lower_ == "no" or c.lower_ == "any" and tok.dep_ not in ("nsubj", "nsubjpass"))
                for c in tok.children) \
                and not (_cue is not None and _cue.i == tok.head.i and _cue.pos_ == "VERB") \
                and not (_cue is not None and (_cue.head if _cue.dep_ == "neg" else _cue).i in _light_verb_chain(tok)) \
                and not (_cue is not None and _cue.pos_ == "NOUN" and _cue.lemma_.lower() in evidence_nouns()):
            # ("not in any fighting": "any" in the scope of a negation is "no", Klima 1964; a
            # subject "any" is outside it: "any bombardment would not end the war")
            # "has not thrown its weight behind the invasion" keeps the invasion; a negative
            # implicative verb on the noun itself does not ("foiled an attack", "averted a war");
            # a modal above still counts ("my arrest would not be in anyone's interest")
            fact, _cue = factuality_of(tok, stop_at=cue_tokens, drop=("negated",))
        elif pos == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
            fact = "negated"  # "no arrests have been made", "no casualties were reported"
        quote = _containing_quote(quotes, tok.idx)
        if quote is None and actor_tok is not None and actor_tok.lower_ in ("i", "we") \
                and not _in_quotation_marks(tok):
            continue  # the writer's own doings in an essay ("I met with refugees") are no event
        source = quote.speaker if quote is not None else None
        if fact == "asserted" and (quote is not None or _in_quotation_marks(tok)) and not _presupposed_report(doc, quote):
            # words in quotation marks are someone's, also a slogan or a phrase no one is
            # named for ("the nihilism of “Assad or we burn the country”"): not the writer's
            fact = "claimed"
        if quote is not None and fact in ("claimed", "asserted") and quote.cue_span is not None \
                and text_of(doc)[quote.cue_span[0]:quote.cue_span[1]].lower().startswith(DENY_CUES):
            fact = "denied"  # "Beridze denied that protesters had attacked the police"
        if fact == "claimed" and source is None and _cue is not None and _cue.pos_ == "NOUN":
            # "Israel repeated its claim that Hamas had fired": the claim's maker is its source
            maker = _antecedent(_noun_actor(_cue))
            if maker is not None and maker.pos_ in ("PROPN", "NOUN", "PRON"):
                source = make_speaker(maker, entities)
        elif fact == "claimed" and source is None and _cue is not None and _cue.pos_ in ("VERB", "AUX"):
            # "Australia believes its citizens were fighting": the believer is the source
            believer = next((c for c in _cue.children if c.dep_ == "nsubj"), None)
            if believer is not None and believer.pos_ in ("PROPN", "NOUN", "PRON"):
                source = make_speaker(believer, entities)
        # ("reportedly": a claim with no named source keeps none)
        if accusation is not None and fact == "asserted" and quote is None:
            # what someone is accused of is the accuser's claim, not a fact the text states
            fact, source = "claimed", make_speaker(accusation[1], entities) if accusation[1] is not None else None
        typ, mode, cameo = trig.type, trig.mode, trig.cameo
        threat_default: str | None = None
        actor = _participant(actor_tok, entities)
        cue_word = _cue.lower_ if _cue is not None else ""
        cue_lemma = _cue.lemma_.lower() if _cue is not None else ""
        intent = fact in ("planned", "hypothetical") and (cue_word in INTENT_CUES or cue_lemma in INTENT_CUES) \
            and actor_tok is not None and not any(c.dep_ == "nsubjpass" for c in tok.children) \
            and not (pos == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass") and _cue is not None
                     and _cue.dep_ == "aux" and _cue.head.i == tok.head.i)
        # ("a US pullout would leave the region open": the modal is on what the act would
        # cause, not a promise to do it)
        if fact == "negated" and typ in YIELDING and actor_tok is not None and any(
                c.dep_ == "aux" and c.lower_ in ("will", "would", "wo", "shall") for c in tok.children) \
                and any(c.dep_ == "neg" for c in tok.children):
            # (the "not" on the act itself: "did not say whether Putin would meet" refuses nothing)
            # "it would not meet the hostage-takers' demands": a refusal announced is itself
            # an act, REJECT (PLOVER manual: "refuse ... to release", "decline to ease")
            typ, mode, cameo = "REJECT", None, "12"
            fact = "claimed" if quote is not None else "asserted"
        elif intent and typ in COOPERATIVE and typ != "AGREE" and (
                target_tok is not None or typ != "RETREAT" and tok.pos_ != "NOUN"
                or any(c.dep_ == "dobj" for c in tok.children)) \
                and not (typ == "RETREAT" and target_tok is not None
                         and target_tok.lemma_.lower() in _word_classes()["AGREEMENT_NOUNS"]):
            # ("would withdraw from the Iran deal" leaves an agreement: no promise to anyone)
            # a promise to another party is an agreement (CAMEO 03, "express intent to
            # cooperate": "would free 150 prisoners"); a resignation announced, done to no one,
            # stays the act itself, planned ("will resign")
            typ, mode, cameo = "AGREE", None, "03"
            if _cue is not None and any(m.trigger.i == _cue.i and m.type == "AGREE" for m in out):
                continue  # "agreed to restore relations": the agreement already reported is this promise
        elif typ in COERCIVE and fact in ("planned", "hypothetical") and actor_tok is not None and any(
                c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
                for c in tok.children):
            # "may halt mediation if cooperation founders": coercion made conditional on the
            # other side's conduct is a threat (PLOVER manual, THREATEN: "ultimatum")
            typ, mode, cameo, threat_default = "THREATEN", None, "13", COERCIVE[typ]
            if quote is not None:
                fact = "claimed"  # the threat is made; whether it is carried out is another event
        elif intent and typ in COERCIVE and (quote is None or quote.kind != "direct") and cue_lemma not in _word_classes()["DECISION_CUES"] \
                and not (_announced(doc, quote) and cue_lemma in ("will", "would", "shall", "wo")):
            # (a coercion decided or voted is that coercion, planned: "decided to freeze the
            # assets"; so is one announced as what will be done: "announced it would prohibit all
            # aid to the rebels", unlike one warned of, or one announced as ready if need be:
            # "announced that it is prepared to impose martial law")
            # the threat's mode is the act threatened, read from its words ("impose martial
            # law" → martial-law, "extend the curfew" → curfew), else the act's kind
            typ, mode, cameo, threat_default = "THREATEN", None, "13", COERCIVE[typ]
            if _cue is not None and _cue.lemma_.lower() in _word_classes()["VOW_VERBS"]:
                # "vowed to crush the rebellion": a vow of force is this threat, not an agreement
                # (an offer to another party to help it use force stays an offer)
                out[:] = [m for m in out if not (m.trigger.i == _cue.i and m.type == "AGREE")]
        elif fact == "hypothetical" and cue_word in DEMAND_CUES and quote is not None \
                and quote.speaker is not None and quote.kind != "direct" and _cue.head.i == tok.i:
            # (the modal on the act itself, not on a clause above it: "That X announced a
            # withdrawal must be taken with a barrel of salt" demands no withdrawal)
            # "Mubarak said the US must mediate": the speaker demands it of the subject
            sp = quote.speaker
            target_tok = actor_tok
            actor = Participant(sp.text, sp.start, sp.end, sp.entity)
            typ, mode, cameo, fact = "REQUEST", None, "10", "asserted"
        if quote is not None and quote.kind == "direct" and typ in ("ASSAULT", "COERCE") \
                and fact in ("hypothetical", "planned") and quote.speaker is not None \
                and actor_tok is not None and actor_tok.lower_ in ("we", "i", "you"):
            # a speaker's own "we can destroy them" is a threat the speaker makes
            typ, mode, cameo = "THREATEN", "violence" if typ == "ASSAULT" else "arrest", "138"
            sp = quote.speaker
            actor = Participant(sp.text, sp.start, sp.end, sp.entity)
            fact = "asserted"
        if quote is not None and fact == "negated" and quote.speaker is not None and _past_act(tok) \
                and not (_cue is not None and _cue.i in cue_tokens):
            # (not when the writer calls the report itself false: "wrongly reported that ...")
            # a speaker saying it did not happen denies it ("The army said it had not shelled
            # the village"); the article itself negates nothing. ("we will not release them"
            # is no denial: a refusal or an intent, it stays negated)
            fact = "denied"
        if mode is None:
            mode = _mode_from_context(typ, tok) or threat_default
        elif typ == "ASSAULT":
            # CAMEO 183 is "suicide, car, or other bombing" and abuse is beating by default:
            # only the words say which ("sexually abused", "a suicide bomber detonated")
            said = _mode_from_context(typ, tok)
            if said in ("sexual", "suicide-attack"):
                mode = said
            elif mode == "suicide-attack":
                mode = said or "explosives"
        host = _governing_event(tok, typ, out)
        if host is not None:
            # "ratified a sweeping agreement with the EU": the noun names the act its verb
            # performs; one event, with the noun's code and, when the verb's object is the
            # noun itself, the noun's target
            host.cameo = cameo or host.cameo
            if host.target is None or host.target.head == tok:
                host.target = _participant(target_tok, entities) or host.target
            continue
        sent = sent_of(tok)
        out.append(EventMention(
            typ, mode, cameo, tok, actor, _participant(target_tok, entities),
            _participant(loc_tok, entities), _date(tok), quantity_near(tok), fact, source,
            (sent.start_char, sent.end_char), fatal=typ == "ASSAULT" and is_fatal(tok),
        ))
    # "Saudi-led air strikes hit a wedding": a nominal event that is the subject of a verb's
    # event of its type is that one happening, told once by the verb
    verbs = {m.trigger.i: m for m in out if m.trigger.pos_ in ("VERB", "AUX")}
    # "Traders closed their shops in protest at the tax": an act done "in protest" is the
    # protest's form (a shutdown, a walkout), one happening told by the verb (CAMEO 14)
    told = set()
    for m in out:
        act = _done_in_protest(m.trigger) if m.type == "PROTEST" else None
        v = verbs.get(act.i) if act is not None else None
        if v is not None and v.type == "COERCE" and v.factuality == m.factuality:
            # (only a closure or a blockade: "resigned in protest" and "walked out of the
            # talks in protest" stay a resignation and a halt to talks)
            v.type, v.mode, v.cameo = "PROTEST", _mode_from_context("PROTEST", v.trigger) or m.mode, "14"
            told.add(m.trigger.i)
        if m.type == "PROTEST" and m.trigger.lemma_.lower() == "protest" and m.trigger.dep_ in ("xcomp", "advcl") \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in m.trigger.children) \
                and (v := verbs.get(m.trigger.head.i)) is not None and v.type in ("ACCUSE", "SANCTION"):
            # "summoned the British envoy to protest the raid", "recalled its ambassador to
            # protest": the diplomatic act is the protest (CAMEO 114, 16x), not a demonstration
            told.add(m.trigger.i)
    return [m for m in out if m.trigger.i not in told and not (
        m.trigger.pos_ == "NOUN" and m.trigger.dep_ in ("nsubj", "nsubjpass") and not _others_act(m.trigger)
        and (v := verbs.get(m.trigger.head.i)) is not None and v.type == m.type and v.factuality == m.factuality)]


POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her", "our", "my", "your"})


def _others_act(tok: Token) -> bool:
    """A nominal event named as one party's and judged by another: "Syria's recognition of
    Lebanon was welcomed by France" tells two acts, not one (as "air strikes hit a wedding")."""
    if tok.dep_ == "nsubjpass":
        # what is done to an act is another act ("the offer was accepted"), unless the verb
        # only carries it out ("the attack was launched by jets")
        return not _verb_lemmas(tok.head) & (_word_classes()["LIGHT_VERBS"] | _word_classes()["ANNOUNCING_VERBS"])
    return any(c.dep_ == "poss" and c.lower_ not in POSSESSIVE_PRONOUNS for c in tok.children)
