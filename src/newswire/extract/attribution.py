"""Learned attribution cues: the reporting predicates no fixed verb list covers.

News attributes far more than speech: "polls show", "Sanders called for", "37 percent
would vote for", "the campaign endorsed". PARC and PolNeAR annotate all of them as
attributions (Pareti 2016; Newell et al. 2018), and a verb list with a clausal-complement
rule finds barely a third. This module scores every verb as a possible cue with a
logistic regression over its lemma, its dependents and its subject (weights in
``data/attribution_cues.json``, trained by ``scripts/train_attribution_cues.py`` on the
PolNeAR train split), and reads the content from the cue's complement: a clause first,
then an infinitive, an object, a prepositional object (the order PARC's annotators follow
when a cue has several dependents).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from newswire.datafiles import read_pairs, read_rows, read_words
from newswire.extract.entities import role_nouns

SUBJ = ("nsubj", "nsubjpass")
OBJECT_PREPS = {"for", "of", "to", "as", "against", "about", "with", "from", "over"}
CONTENT_PREPS = {"for", "about", "on", "against", "of", "over", "to", "with", "in", "at"}


def _kid_dep(c: Token) -> str:
    if c.dep_ in ("prep", "agent", "prt"):
        return f"{c.dep_}={c.lower_}"
    return c.dep_


def cue_features(tok: Token) -> list[str]:
    """Sparse string features of a verb as an attribution cue."""
    from newswire.extract.quotes import cue_lexicon

    lem = tok.lemma_.lower()
    feats = ["bias", f"l={lem}", f"t={tok.tag_}", f"d={tok.dep_}", f"ld={lem}|{tok.dep_}",
             f"lex={cue_lexicon().get(lem, '-')}", f"hd={tok.head.pos_}|{tok.dep_}"]
    kids = {_kid_dep(c) for c in tok.children}
    for k in kids:
        feats.append(f"c={k}")
        feats.append(f"lc={lem}|{k}")
    for c in tok.children:
        if c.dep_ in ("aux", "neg", "auxpass"):
            feats.append(f"aux={c.lower_}")
    subj = next((c for c in tok.children if c.dep_ in SUBJ), None)
    if subj is None and tok.dep_ in ("conj", "xcomp", "advcl") and tok.head != tok:
        subj = next((c for c in tok.head.children if c.dep_ in SUBJ), None)
        feats.append("subj_inherited")
    if subj is None:
        feats.append("nosubj")
    else:
        slem = subj.lemma_.lower()
        kind = subj.lower_ if subj.pos_ == "PRON" else slem if slem in role_nouns() else subj.pos_
        feats += [f"s_ent={subj.ent_type_ or '-'}", f"s={kind}", f"ls={lem}|{subj.ent_type_ or subj.pos_}"]
    feats += _complement_features(tok, lem)
    sent = tok.sent
    last = sent[-1].text if len(sent) else ""
    if last not in (".", "!", "?", "”", '"', ":"):
        feats.append("headline")
    if tok.i + 1 < len(tok.doc):
        feats.append(f"next={tok.doc[tok.i + 1].lower_}")
    return feats


def _complement_features(tok: Token, lem: str) -> list[str]:
    """What the verb would report: the head words of its object, infinitive, clause or
    prepositional object. "raised questions about", "delivered a message", "sent a
    letter" report; "raised money", "delivered groceries" do not: the cue is the verb
    with its object (Pareti 2016 annotates such light-verb cues whole)."""
    feats = []
    for c in tok.children:
        if c.dep_ == "dobj":
            feats += [f"o={c.lemma_.lower()}", f"lo={lem}|{c.lemma_.lower()}", f"oe={c.ent_type_ or c.pos_}"]
        elif c.dep_ == "xcomp":
            feats.append(f"x={c.lemma_.lower()}")
        elif c.dep_ == "ccomp":
            mark = next((g.lower_ for g in c.children if g.dep_ == "mark"), "-")
            feats.append(f"cm={mark}")
            if any(g.dep_ in SUBJ for g in c.children):
                feats.append("c_subj")
        elif c.dep_ == "prep" and c.i > tok.i:
            pobj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if pobj is not None:
                feats.append(f"po={c.lower_}|{pobj.lemma_.lower()}")
    return feats


@lru_cache(maxsize=1)
def model() -> tuple[dict[str, float], float, float]:
    """Weights, the clause threshold and the bare-object threshold, read once."""
    path = resources.files("newswire") / "data" / "attribution_cues.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return data["weights"], float(data["threshold"]), float(data.get("phrase_threshold", 0.7))


@contextmanager
def using(weights: dict[str, float], threshold: float, phrase_threshold: float) -> Iterator[None]:
    """Score with other weights and thresholds for a while (the trainer's threshold search)."""
    global model
    saved = model
    model = lambda: (weights, threshold, phrase_threshold)  # noqa: E731
    try:
        yield
    finally:
        model = saved


def cue_probability(tok: Token) -> float:
    weights = model()[0]
    z = sum(weights.get(f, 0.0) for f in cue_features(tok))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


KNOWN_LEMMA = 0.3  # the verb's own weight a noun-phrase attribution needs (dev: -0.004 F1)


def _physical_object(cue: Token) -> bool:
    obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    if any(c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ == "as" for c in cue.children):
        return False  # "cited the upcoming election as a reason": what the object is said to be
    heads = [obj] + [c for c in obj.children if c.dep_ == "conj"]
    table = _non_content()
    return any(h.lemma_.lower() in table and (not table[h.lemma_.lower()] or cue.lemma_.lower() in table[h.lemma_.lower()])
               for h in heads)


@lru_cache(maxsize=1)
def _non_content() -> dict[str, frozenset[str]]:
    """``data/quote_non_content.tsv``: noun → the verbs it is no content for (empty: any verb)."""
    return {row[0]: frozenset(v for v in (row[1] if len(row) > 1 else "").split("|") if v)
            for row in read_rows("quote_non_content.tsv")}


@lru_cache(maxsize=1)
def _evidence_words() -> dict[str, str]:
    return read_pairs("quote_evidence.tsv")


def evidence_report(cue: Token) -> list[Token] | None:
    """What a record reports: "exit polls show two-thirds of voters support the ban", "a UN
    inquiry found that the convoy was struck from the air", "a new poll shows Clinton leading"
    (words in ``data/quote_evidence.tsv``); None when the verb is not a record's report."""
    kinds = _evidence_words()
    if kinds.get(cue.lemma_.lower()) != "verb" or any(c.dep_ == "neg" for c in cue.children):
        return None
    subj = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subj is None or kinds.get(subj.lemma_.lower()) != "noun":
        return None
    comp = next((c for c in cue.children if c.dep_ == "ccomp"), None)
    if comp is not None and not embedded_question(comp):
        return relative_report(cue, comp) or None
    obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
    if obj is not None and any(g.dep_ == "acl" and g.tag_ == "VBG" for g in obj.children):
        return list(obj.subtree)  # "shows Hillary Clinton leading Donald Trump"
    return None


def learned_content(cue: Token) -> tuple[list[Token], float] | None:
    """The content of a verb the model takes for a cue, with the model's probability, or None.

    A clause or infinitive complement is an attribution at the model's threshold; a bare
    noun phrase ("blasted him", "released his returns") at ``phrase_threshold`` and only
    for a verb known as a cue. Both thresholds are chosen on PolNeAR dev by quote F1.
    """
    from newswire.extract.quotes import cue_lexicon

    if cue.pos_ != "VERB" or cue.lemma_.lower() in read_words("quote_non_cues.tsv"):
        return None
    p = cue_probability(cue)
    _, thr, phrase_thr = model()
    evidence = evidence_report(cue)
    if evidence is not None:
        return evidence, max(p, thr)
    if p < thr:
        return None
    toks = content_tokens(cue)
    if not toks:
        return None
    clausal = any(c.dep_ in ("ccomp", "xcomp", "advcl", "parataxis") for c in cue.children) \
        or cue.dep_ == "parataxis"
    if not clausal and p < phrase_thr:
        return None
    if _physical_object(cue):
        # "fired tear gas and water cannon": a volley, not words, also with a purpose clause
        # after it ("fired tear gas to disperse the crowd")
        return None
    if not clausal and any(c.dep_ == "neg" for c in cue.children):
        return None  # "He did not comment on the deaths": a topic not spoken of is no one's words
    if _carried_document(cue) and not any(c.dep_ in ("ccomp", "xcomp") for c in cue.children):
        return None  # "sent a letter", "released a statement": the carrier, not what it says
    if not clausal and model()[0].get(f"l={cue.lemma_.lower()}", 0.0) <= KNOWN_LEMMA \
            and cue.lemma_.lower() not in cue_lexicon():
        # a noun-phrase object makes an attribution only for a verb the training data knows
        # as a cue: unseen verbs score on structure alone, and in war reporting that reads
        # "imposed a boycott" or "wielding a megaphone" as speech
        return None
    return toks, p


def _carried_document(cue: Token) -> bool:
    """A carrier verb whose object is a document noun: "sent a letter", "released an ad". (A
    speech noun's object is its words: "reiterated a message he gave", "renewed their claim".)"""
    from newswire.extract.quotes import cue_nouns

    nouns = cue_nouns()
    obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
    return nouns.get(cue.lemma_.lower()) == "carrier" and obj is not None and nouns.get(obj.lemma_.lower()) == "document"


def embedded_question(comp: Token) -> bool:
    """An embedded question: "whether Putin would meet Zelensky", "who would lead the country"."""
    return any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in comp.children) \
        or comp.left_edge.tag_ in ("WP", "WRB", "WDT", "WP$")


def relative_report(cue: Token, comp: Token) -> list[Token]:
    """The reported clause of a cue; in a relative clause ("a bill that critics say would
    stifle media freedom") without the relative pronoun, which is the noun's, not the words
    the critics are reported to have said."""
    toks = list(comp.subtree)
    return [t for t in toks if t.i > cue.i] if cue.dep_ == "relcl" else toks


_MODALS = frozenset({"will", "would", "could", "can", "may", "might", "must", "should", "shall", "wo", "'ll"})


def stranded(verb: Token) -> bool:
    """A finite predicate with no subject that opens with a modal ("... would form a border
    force"): the parser cut it from a subject with a reduced relative clause ("announced
    that Kurds it had backed ... would form"), and hung it on the main verb."""
    first = verb.doc[verb.left_edge.i]
    return first.dep_ == "aux" and first.lower_ in _MODALS and first.head.i == verb.i \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children)


def with_stranded_predicate(toks: list[Token]) -> list[Token]:
    """A reported clause followed right away by a stranded predicate goes on into it."""
    if not toks:
        return toks
    last = max(toks, key=lambda t: t.i)
    doc = last.doc
    if last.i + 1 >= len(doc):
        return toks
    verb = doc[last.i + 1].head
    if verb.i in {t.i for t in toks} or verb.left_edge.i != last.i + 1 or not stranded(verb):
        return toks
    return sorted(toks + list(verb.subtree), key=lambda t: t.i)


def content_tokens(cue: Token) -> list[Token] | None:
    """The attributed content of a cue: its clause, infinitive, object or prepositional object."""
    kids = list(cue.children)
    by = {c.dep_: c for c in kids}
    if "nsubjpass" in by and "agent" in by and "ccomp" not in by and "xcomp" not in by:
        # "The death was confirmed on Friday by the family's lawyer": what the agent said
        # is the passive's subject
        return list(by["nsubjpass"].subtree)
    if "ccomp" in by:
        if "neg" in by and embedded_question(by["ccomp"]):
            return None  # "did not say whether Putin would meet Zelensky": nothing said
        if stranded(by["ccomp"]):
            return None  # a predicate the parser tore from its subject is no one's report
        toks = relative_report(cue, by["ccomp"])
        return with_stranded_predicate(toks) if toks else None
    if "xcomp" in by:
        x = by["xcomp"]
        obj = by.get("dobj")
        if obj is None:  # "called on people to protest", "called for contestants to wear": the
            # appeal's addressee under "on" or "for"
            on = next((c for c in kids if c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon", "for")
                       and c.i < x.i), None)
            obj = next((g for g in on.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")),
                       None) if on is not None else None  # "agreed on Friday to restore": a date
        toks = list(x.subtree)
        if obj is not None and obj.i < x.i:  # "called on X to resign", "urged X to go"
            toks = list(obj.subtree) + toks
        return sorted(toks, key=lambda t: t.i)
    if "dobj" in by and by["dobj"].ent_type_ not in ("DATE", "TIME"):  # "confirmed Friday": a date
        # the object and what completes it: "criticized Obama for not acting", "likened RT
        # to the BBC", "called climate change a hoax"; time and place adjuncts stay out
        obj = by["dobj"]
        toks = list(obj.subtree)
        for c in kids:
            if c.i > obj.i and (c.dep_ in ("oprd", "xcomp", "ccomp") or
                                (c.dep_ == "prep" and c.lower_ in OBJECT_PREPS) or
                                # "asked Bernie Sanders if he would endorse her": the question
                                (c.dep_ == "advcl" and cue.lemma_.lower() in read_words("quote_question_verbs.tsv")
                                 and any(g.dep_ == "mark" and g.lower_ in ("if", "whether") for g in c.children))):
                toks += list(c.subtree)
        return sorted(toks, key=lambda t: t.i)
    for c in kids:
        # "called for the United States to take a stronger role": the parser reads the
        # for-to infinitive (Quirk et al. 1985, 15.9: a subject clause introduced by "for")
        # as an adverbial with "for" as its mark; the appeal is the clause without the mark
        if c.dep_ == "advcl" and c.i > cue.i and any(g.dep_ == "mark" and g.lower_ == "for" for g in c.children) \
                and any(g.dep_ in SUBJ for g in c.children) and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
            return [t for t in c.subtree if not (t.dep_ == "mark" and t.head.i == c.i)]
    for c in kids:  # "asked if he was bullied", "pleaded not guilty"
        # ("called Friday for releasing the videos": a date the parser makes a predicative)
        predicative = c.dep_ in ("acomp", "oprd") and c.ent_type_ not in ("DATE", "TIME")
        question = c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "whether") for g in c.children)
        if c.i > cue.i and (predicative or question):
            if c.dep_ == "advcl" and "neg" in by:
                return None  # "did not say whether Putin would meet Zelensky": nothing said
            return list(c.subtree)
    for c in kids:
        if c.dep_ == "prep" and c.i > cue.i and c.lower_ in CONTENT_PREPS:
            objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp") and g.ent_type_ not in ("DATE", "TIME")]
            if objs:
                return list(objs[0].subtree)
    for c in kids:
        if c.dep_ == "prt" and c.i > cue.i:  # "pointed out that", "called for": a prep under a particle
            for g in c.children:
                if g.dep_ in ("pobj", "dobj"):
                    return list(g.subtree)
    if cue.head != cue and cue.dep_ in ("parataxis", "acl", "relcl"):
        # "Officials, he said, have to decide": the aside's host; "a plan announced in May"
        inside = {t.i for t in cue.subtree}
        host = cue.head if cue.dep_ == "parataxis" else cue.head
        toks = [t for t in host.subtree if t.i not in inside]
        if cue.dep_ != "parataxis":
            toks = [t for t in toks if t.i < cue.i]
        return toks or None
    return None
