"""Factuality of an event mention: asserted, claimed, denied, negated, hypothetical, planned.

Factuality is read off the path from the event's word to its sentence root (FactBank's
insight that event-selecting predicates and their auxiliaries decide it; Saurí &
Pustejovsky 2009): a negation or "has yet to" on the way negates, a modal or a governing
"fear"/"if" makes it hypothetical, "will"/"plans to" makes it planned. Whether it is
*claimed* depends on the quote it sits in; that is decided by the caller.
"""

from __future__ import annotations

from functools import cache, lru_cache
from importlib import resources

from spacy.tokens import Token

from newswire.annotate import phrasal_lemma, sent_of
from newswire.datafiles import read_classes

FINITE_AUX = frozenset({"have", "has", "had", "will", "would", "do", "does", "did", "is", "are", "was", "were",
                        "can", "could", "may", "might", "must", "should", "shall", "'ve", "'ll", "'d", "wo", "ca"})
ORDER = ("negated", "denied", "hypothetical", "planned", "claimed")
GENERIC_HEADS = {"anyone", "anybody", "whoever", "everyone", "everybody", "those", "anything", "whatever"}
_CLAUSE_LINKS = ("xcomp", "ccomp", "advcl", "conj", "pcomp", "acl", "relcl", "pobj", "prep", "dobj", "nsubj", "nsubjpass",
                 "acomp")


@lru_cache(maxsize=1)
def _cue_rows() -> tuple[tuple[str, str, str], ...]:
    """(word, effect, how) rows of ``data/factuality_cues.tsv``, read once."""
    text = (resources.files("newswire") / "data" / "factuality_cues.tsv").read_text(encoding="utf-8")
    return tuple(tuple(line.split("\t")[:3]) for line in text.splitlines()
                 if line.strip() and not line.startswith("#"))


# rows whose "how" names a word list of its own rather than an effect on the path to the root
WORD_LISTS = ("presupposes", "noof", "content", "presobj")


@lru_cache(maxsize=1)
def cues() -> dict[str, tuple[str, str]]:
    return {word: (effect, how) for word, effect, how in _cue_rows() if how not in WORD_LISTS}


@cache
def cue_words(how: str) -> frozenset[str]:
    """The words of one word-list kind of ``data/factuality_cues.tsv`` (``WORD_LISTS``)."""
    return frozenset(word for word, _, kind in _cue_rows() if kind == how)


def object_presupposing_verbs() -> frozenset[str]:
    """Verbs whose object is an act taken for granted ("survived the bombing")."""
    return cue_words("presobj")


def content_nouns() -> frozenset[str]:
    """Nouns whose that-clause is someone's account ("reports that Abase had been killed")."""
    return cue_words("content")


def content_clause(tok: Token) -> bool:
    """A clause that states what a report, claim or fear on its head noun says: it has its own
    subject and its "that" fills no gap in it ("reports that X had been killed"; "the report
    that the BBC published" is a relative clause)."""
    if tok.dep_ not in ("relcl", "acl", "ccomp") or tok.head.pos_ != "NOUN":
        return False
    head = tok.head.lemma_.lower()
    if head not in content_nouns() and cues().get(head, ("", ""))[1] not in ("gov", "request", "govinf"):
        return False
    kids = list(tok.children)
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.lower_ not in ("that", "which", "who") for c in kids) \
        and not any(c.lower_ in ("that", "which", "who", "whom") and c.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
                    for c in kids)


def evidence_nouns() -> frozenset[str]:
    """Nouns of evidence that under "no" deny what their "of" names ("no reports of clashes")."""
    return cue_words("noof")


def presupposing_nouns() -> frozenset[str]:
    """Nouns whose "for"/"over" phrase names an act taken for granted ("revenge for the killing")."""
    return cue_words("presupposes")


def is_factive(tok: Token) -> bool:
    """A word that presupposes its complement ("learned that", "pointed out that"); a phrasal
    verb is looked up with its particle."""
    found = cues().get(phrasal_lemma(tok) or "") or cues().get(tok.lemma_.lower(), ("", ""))
    return found[1] == "factive"


def _implicative_past(tok: Token) -> bool:
    """"was able to arrest 31 people": past "able" is implicative, the act was done
    (Karttunen 1971); present "is able to" only says it could be. So is a past negotiation
    of a thing: "Talabani negotiated a ceasefire" concluded it ("negotiated for a ceasefire",
    "were negotiating a truce" did not)."""
    if tok.lemma_.lower() in ("negotiate", "broker") and tok.tag_ in ("VBD", "VBN") and any(c.dep_ == "dobj" for c in tok.children):
        return not any(c.dep_ in ("aux", "auxpass", "neg") and c.lower_ not in ("has", "have", "had") for c in tok.children)
    if tok.lower_ != "able":
        return False
    if tok.dep_ == "acomp" and (tok.head.tag_ == "VBD" or tok.head.lower_ == "been"):
        return True  # "were able to", "have been able to": the copula heads the clause
    return any(c.dep_ in ("cop", "aux", "auxpass") and (c.tag_ == "VBD" or c.lower_ == "been")
               for c in tok.children)


def _presupposed(tok: Token) -> bool:
    """A clause whose content the sentence takes for granted, so the verbs above it do not
    decide its factuality: relative clauses and participles on a noun ("police, which
    arrested 63 rioters, could not identify ..."; "none of the 800 arrested was charged")
    and reason/time clauses ("while activists are being detained, ministers refuse ...")."""
    if tok.dep_ == "relcl" and not content_clause(tok):
        # an infinitival relative is no presupposed fact ("trying for months to broker a deal":
        # the parser's relative clause on "months" is the goal of the trying)
        return not (tok.tag_ == "VB" and _infinitive_to(tok) is not None)
    if tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBG") and tok.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM") \
            and not any(c.dep_ in ("mark", "aux", "nsubj") for c in tok.children):
        # (a clause with its own "that", auxiliary or subject is the noun's content, not a
        # participle on it: "claims that it had fired the rocket")
        return True
    return tok.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("while", "because", "since", "although", "though", "after", "as")
        for c in tok.children)


def _passive_complement_cues() -> frozenset[str]:
    return read_classes("event_word_classes.tsv")["PASSIVE_COMPLEMENT_CUES"]


def _passive_complement(subj: Token, verb: Token) -> bool:
    """The subject of a passive cue verb that is what the verb is about: "talks are expected",
    "protests were banned", "the attack was foiled" (not "airstrikes were intended to
    reassure", whose complement is the infinitive, nor "a deal was agreed", which is made)."""
    return subj.dep_ == "nsubjpass" and verb.pos_ == "VERB" and verb.lemma_.lower() in _passive_complement_cues() \
        and (not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children) or verb.lemma_.lower() in ("expect", "schedule"))


def _participial_adjunct(tok: Token, how: str) -> bool:
    """An -ing clause beside a cue verb, not its complement: in "warned of a war, accusing Iran
    of ...", "refused to meet Bolton, leaving his adviser to hold talks", the accusing and the
    leaving are done, not warned of or refused (a free adjunct, Quirk et al. 1985, 15.58).
    Beside a verb of asking, an act's -ing clause is often what is asked, parsed as an adjunct
    ("calls for munitions, disarming the government side"); a speech act's is not ("called
    for a solution, urging calm")."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or any(c.dep_ in ("mark", "aux") for c in tok.children):
        return False
    from newswire.extract.quotes import cue_lexicon  # (quotes imports this module)
    return how != "request" or tok.lemma_.lower() in cue_lexicon() or cues().get(tok.lemma_.lower(), ("", ""))[1] == "request"


def _clause_final(verb: Token) -> bool:
    """A verb whose phrase ends its sentence: "..., police believe." """
    end = verb.i + 1
    return end >= len(verb.doc) or verb.doc[end].text in (".", "!", "?", "\"", "”") or verb.doc[end].is_sent_start


def _existential(tok: Token) -> bool:
    """The noun of an existential "there": "there has to be a negotiation", "there will be
    talks" — the noun's event has the mood of the "be" that asserts it exists."""
    be = tok.head
    return tok.dep_ in ("attr", "nsubj") and be.lemma_ == "be" and (
        any(c.dep_ == "expl" for c in be.children)
        or be.dep_ == "xcomp" and any(c.dep_ == "expl" for c in be.head.children))  # "there has to be"


# adverbs by which the writer calls a report or a belief false ("was mistakenly thought to be
# killed"); on the act itself they judge it, not deny it ("wrongly arrested")
FALSE_REPORT = frozenset({"mistakenly", "wrongly", "falsely", "erroneously", "wrongfully"})
NEGATIVE_PRONOUNS = frozenset({"nobody", "none", "nothing", "neither", "noone"})


def _none_of(tok: Token) -> bool:
    """A negatively quantified phrase: "nobody", "none of them", "no civilians", "neither side"."""
    if tok.lower_ in NEGATIVE_PRONOUNS or (tok.lower_ == "one" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "no"):
        return True
    return any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in tok.children)


def _counterfactual(tok: Token) -> bool:
    auxes = [c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")]
    return "have" in auxes and any(w in ("would", "could", "might", "should") for w in auxes)


def _aux_effects(tok: Token, own: bool = False) -> list[tuple[str, Token]]:
    """(effect, cue word) for the auxiliaries, negations and markers on ``tok``."""
    found: list[tuple[str, Token]] = []
    table = cues()
    for c in tok.children:
        w = c.lower_
        if c.dep_ == "neg" or w in ("not", "n't", "never"):
            if w in ("not", "n't") and c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ in ("just", "only", "merely", "simply"):
                continue  # "there is not just the risk that ...": "not only X but Y" asserts X
            found.append(("negated", c))
        elif c.dep_ == "amod" and w in table and table[w][1] == "mod" and own:
            found.append((table[w][0], c))  # the event noun's own "possible", "planned"
        elif c.dep_ in ("aux", "advmod", "amod") and w in table and table[w][1] == "aux" and not (
                w == "yet" and not (tok.lemma_ in ("have", "be") and any(x.dep_ == "xcomp" for x in tok.children))):
            # "yet" negates in "has yet to" and "is yet to", not in "may yet reach a deal"
            found.append((table[w][0], c))
        elif c.dep_ == "advmod" and (two := next((f"{g.lower_} {w}" for g in c.children
                                                   if f"{g.lower_} {w}" in table), None)):
            found.append((table[two][0], c))  # "no longer backing": a two-word cue, parsed as head and modifier
        elif c.dep_ == "mark" and w in ("if", "unless", "whether"):
            found.append(("hypothetical", c))
    if any(e[0] == "hypothetical" and e[1].dep_ == "mark" for e in found):
        # "if they don't seize territory": a negated condition is still a condition, the act
        # neither done nor ruled out
        found = [("hypothetical", e[1]) if e[0] == "negated" else e for e in found]
    # an event noun with "any" (outside a negation) is no particular act: "any attack on this
    # province will trigger a wave of migration" (a free-choice "any", Vendler 1962)
    if own and tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "any" for c in tok.children):
        found.append(("hypothetical", next(c for c in tok.children if c.dep_ == "det" and c.lower_ == "any")))
    # "would have complained", "could have been killed": a modal with the perfect is
    # counterfactual, it did not happen (Iatridou 2000), not a plan
    if _counterfactual(tok):
        # (the cue is the perfect's "have": what would have been done is no intent announced)
        found.append(("hypothetical", next(c for c in tok.children if c.lower_ == "have")))
    # "has yet to commit": 'yet' on the governing 'have'
    if tok.lemma_ == "have" and any(c.lower_ == "yet" for c in tok.children):
        found.append(("negated", tok))
    # "we have to arrest the guilty": an obligation, like "must"; the past "police had to
    # open fire" says it was done (the implicative reading of past "had to")
    if tok.lemma_ == "have" and tok.dep_ != "aux" and tok.tag_ != "VBD" and any(
            c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in tok.children):
        found.append(("hypothetical", tok))
    # "the envoy is to hold talks": "be to" with an infinitive is an arrangement for the
    # future (Quirk et al. 1985, 4.48), not a report that it happened
    if tok.lemma_ == "be" and tok.dep_ != "aux" and tok.tag_ in ("VBZ", "VBP") and any(
            c.dep_ == "xcomp" and c.tag_ == "VB" and _infinitive_to(c) is not None
            for c in tok.children) and not any(c.dep_ in ("attr", "acomp") for c in tok.children):
        found.append(("planned", tok))
    # "is going to deploy", "is set to deploy"
    if tok.lower_ in ("going", "set") and any(c.dep_ == "xcomp" for c in tok.children):
        found.append(("planned", tok))
    return found


def _infinitive_to(verb: Token) -> Token | None:
    """The "to" that makes a verb an infinitive ("to fight"), if it has one."""
    return next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)


def _ordinal(noun: Token) -> bool:
    """"the first country", "the only leader", "the largest force": an ordinal or superlative
    before an infinitive makes it tell what was done ("the first to visit")."""
    return any(c.lower_ in ("first", "last", "only", "next") or c.tag_ == "JJS" or c.ent_type_ == "ORDINAL"
               for c in noun.children)


@lru_cache(maxsize=1)
def campaign_nouns() -> frozenset[str]:
    """Nouns of an ongoing effort whose infinitive names the act itself (event_word_classes.tsv)."""
    return read_classes("event_word_classes.tsv")["CAMPAIGN_NOUNS"]


def factuality_of(tok: Token, stop_at: set[int] | None = None,
                  drop: tuple[str, ...] = ()) -> tuple[str, Token | None]:
    """The strongest non-asserted factuality on the path to the root, and its cue token.

    ``stop_at`` holds token indices (reporting verbs) where the walk ends: what a speaker
    says is judged inside the quote, not by the verb of saying. Effects in ``drop`` are
    not counted (a noun's event outlives a "not" on the verb above it).
    """
    table = cues()
    found: list[tuple[str, Token]] = []
    t = tok
    first = True
    # "Anyone who attacks officers will be punished": an event in a relative clause on a
    # generic quantifier happened to nobody in particular
    if tok.dep_ == "relcl" and tok.head.lemma_.lower() in GENERIC_HEADS and not (
            tok.head.dep_ == "appos" and tok.head.head.lemma_.lower() not in GENERIC_HEADS):
        # ("its devotees, those who refused to surrender": in apposition to a particular noun,
        # "those" are particular)
        found.append(("hypothetical", tok.head))
    prev = tok
    reported = False  # the walk has passed a report of the event ("reports that troops shelled")
    for _ in range(8):
        if not (t.i != tok.i and prev.dep_ == "conj" and any(
                c.dep_ in ("aux", "auxpass") and c.lower_ in FINITE_AUX for c in prev.children)):
            # a conjunct with its own tensed auxiliary has its own polarity and mood: "do not
            # consider the YPG a terrorist group, and have supported the Kurds' fight"
            effects = _aux_effects(t, own=first)
        else:
            effects = []
        lemma = t.lemma_.lower()
        # "would not hesitate to use force", "did not fail to": two negations cancel (a
        # negative implicative under "not" entails its complement, Karttunen 1971)
        cancel = not first and table.get(lemma) == ("negated", "gov") and prev.dep_ == "xcomp" \
            and any(e[0] == "negated" and e[1].dep_ == "neg" for e in effects)
        # "would not confirm reports that troops shelled the village": a "not" over a report
        # leaves what is reported unconfirmed, not undone (negation scopes over the report)
        found.extend(("hypothetical" if reported and e[0] == "negated" else e[0], e[1])
                     for e in effects if not (cancel and e[0] == "negated"))
        # a governing predicate selects its complement, not its subject or a conjunct: in
        # "protesters who were fired on demanded an inquiry" the firing is not what is
        # demanded; in "offered talks but has been rebuffed" the rebuff is no offer; a passive's
        # subject can be its complement ("talks are expected", "protests were banned")
        if not first and not cancel and lemma in table and (table[lemma][1] in ("gov", "request") or table[lemma][1] == "govinf"
                                             and _infinitive_to(prev) is not None) \
                and (prev.dep_ not in ("nsubj", "nsubjpass", "csubj", "conj") or _passive_complement(prev, t)) \
                and not _implicative_past(t) and not _participial_adjunct(prev, table[lemma][1]) \
                and not (prev.dep_ == "dobj" and any(c.dep_ == "oprd" for c in t.children)):
            # ("called the deal a dangerous development" names the deal, it does not ask for it)
            if t.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in t.children):
                found.append(("negated", t))  # "no intention of doing so": the intent is denied
            else:
                found.append((table[lemma][0], t))
        if not first and prev.dep_ in ("xcomp", "ccomp") and table.get(lemma, ("", ""))[1] == "raising" and any(
                c.dep_ == "advmod" and c.lower_ in FALSE_REPORT for c in t.children):
            # "Prakash was mistakenly thought to be killed", "wrongly reported that the town had
            # fallen": a belief or report the writer calls false says it did not happen
            found.append(("negated", t))
        if not first and prev.dep_ == "xcomp" and table.get(lemma, ("", ""))[1] == "raising" \
                and (any(c.dep_ == "auxpass" for c in t.children) or t.dep_ in ("acl", "advcl") and t.tag_ == "VBN"
                     and not any(c.dep_ == "aux" for c in t.children)):
            # "the army is reported to have shelled villages", "is said to have fled": a report
            # with no one named is a claim (subject raising over a passive verb of saying); a
            # bare participle too: "(with) 850 Britons believed to have joined the war"
            found.append((table[lemma][0], t))
        if not first and t.pos_ == "NOUN" and lemma in content_nouns() and content_clause(prev):
            found.append(("claimed", t))  # "despite reports that Abase had been killed"
        if not first and prev.dep_ == "ccomp" and t.pos_ in ("VERB", "AUX") and table.get(lemma, ("", ""))[1] == "raising" \
                and not any(c.dep_ in ("auxpass", "nsubjpass") for c in t.children) \
                and any(c.dep_ == "nsubj" for c in t.children) and (t.i < prev.i or _clause_final(t)):
            # (a belief set off in mid-sentence scopes over its own clause only: "were arrested,
            # tortured and, they believed, prepared for execution")
            # "Australia believes 100 of its citizens were fighting": what the subject believes
            # or reports is its claim (an unrecognised verb of saying: no quote stopped the walk)
            found.append(("claimed", t))
        if not first and prev.dep_ in ("xcomp", "ccomp", "attr") and t.lemma_ == "be":
            # "one of his aims was to remove the capabilities", "the plan is to attack": the
            # subject noun governs what the copula equates it with
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lemma_.lower() in ("one", "part") and (
                    of := next((g for p in subj.children if p.dep_ == "prep" and p.lower_ == "of"
                                for g in p.children if g.dep_ == "pobj"), None)) is not None:
                subj = of  # "one of his aims"
            if subj is not None and subj.pos_ == "NOUN" and table.get(subj.lemma_.lower(), ("", ""))[1] in ("gov", "govinf", "request"):
                found.append((table[subj.lemma_.lower()][0], subj))
        if not first and prev.dep_ == "xcomp" and any(c.lower_ == "too" and c.dep_ == "advmod" for c in t.children):
            # "too invested to back out", "too weak to fight": the degree excludes the act
            # (the negative implicature of "too ... to", Karttunen 1971)
            found.append(("negated", t))
        if not first and prev.dep_ == "advcl" and t.pos_ in ("VERB", "AUX") and (to := _infinitive_to(prev)) is not None \
                and not any(c.lower_ in ("only", "enough") for c in prev.children) \
                and not any(c.lower_ == "enough" for c in t.children) \
                and not any(c.dep_ in ("attr", "dobj") and _ordinal(c) for c in t.children) \
                and not (t.lemma_ == "take" and any(c.dep_ == "prep" and c.lower_ == "to" for c in t.children)):
            # "Turkey sent troops to fight the Kurds", "units raised to fight Isis": an infinitive
            # of purpose says what the act was for, not that it was done (only the sending is
            # told); not a result ("only to be defeated"), a degree ("strong enough to") or the
            # idiom of how it was done ("took to social media to call for ...")
            found.append(("planned", to))
        if not first and prev.dep_ == "acl" and t.pos_ in ("NOUN", "PROPN") and lemma not in table \
                and (to := _infinitive_to(prev)) is not None \
                and not _ordinal(t) and lemma not in campaign_nouns():
            # "a group raised to fight Isis", "a force to protect the border": an infinitival
            # relative has modal force, what the noun is for (Bhatt 1999); but "the first
            # country to recognise" did recognise, and "the battle to retake Raqqa" is the
            # retaking under way
            found.append(("planned", to))
        if not first and prev.dep_ == "xcomp" and t.lemma_ == "be" and (adj := next(
                (c for c in t.children if c.dep_ == "acomp" and table.get(c.lemma_.lower(), ("", ""))[1] == "gov"),
                None)) is not None:
            # "It was impossible to attack the base": the parser hangs an extraposed infinitive
            # on the copula; it is the complement of the adjective the copula predicates
            found.append((table[adj.lemma_.lower()][0], adj))
        if not first and prev.dep_ == "xcomp" and t.lemma_ == "be" and t.tag_ in ("VBZ", "VBP") \
                and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in t.children) \
                and any(c.dep_ == "acomp" for c in t.children):
            # "It is legal and legitimate to kill them": an extraposed infinitive after a
            # present-tense evaluation says what may or should be done, not what was
            found.append(("hypothetical", t))
        if first and tok.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass", "dobj") and _none_of(c) for c in tok.children):
            # "Nobody was arrested", "Neither side has agreed", "no civilians were killed": a
            # negative quantifier on a participant says it did not happen to anyone
            found.append(("negated", tok))
        if t.dep_ == "prep" and t.lower_ in ("of", "than") and prev.dep_ in ("pcomp", "pobj") and any(
                c.dep_ == "advmod" and c.lower_ in ("instead", "rather") for c in t.children):
            # "Instead of warning Erdoğan off an offensive, Trump ...", "rather than attacking the
            # town": the act set aside for another did not happen (a negative substitution)
            found.append(("negated", t))
        if first and sent_of(t).text.rstrip().endswith("?"):
            found.append(("hypothetical", t))
        first = False
        if stop_at and t.i in stop_at and t is not tok:
            break
        if t.head == t or t.dep_ not in _CLAUSE_LINKS and not _existential(t) or _presupposed(t):
            break
        if t.dep_ == "dobj" and t.head.lemma_.lower() in object_presupposing_verbs() and any(
                c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
                for c in t.children):
            break  # "if they survived the bombing": the bombing happened (not "will witness more massacres")
        if t.dep_ in ("ccomp", "acl") and is_factive(t.head):
            # "(it is not hard to imagine) ministers learned that X had been captured": a
            # factive verb presupposes its complement, which nothing above it can cancel
            break
        if t.dep_ == "prep" and t.lower_ == "without" and prev.dep_ in ("pcomp", "pobj") and t.head.pos_ in ("VERB", "AUX"):
            # "entered the town without firing a shot": the act did not happen; under a
            # negated verb it is a condition, "would not leave Syria without first receiving
            # guarantees" (not A without B: A only if B), which may yet be met
            if any(c.dep_ == "neg" for c in t.head.children):
                found.append(("hypothetical", t))
                break
            found.append(("negated", t))
        if t.dep_ == "prep" and t.lower_ == "for" and prev.dep_ == "pcomp" and prev.tag_ == "VBG" \
                and t.head.pos_ in ("VERB", "AUX", "NOUN") and t.head.lemma_.lower() not in table:
            # "the US would lose for withdrawing from the deal", "pay a price for withdrawing":
            # a reason given is taken for granted (not what a verb or noun of asking or planning
            # is for: "called for withdrawing", "plans for attacking")
            break
        if t.dep_ == "prep" and t.lower_ in ("after", "following", "since", "amid", "during", "despite") \
                and t.head.pos_ in ("VERB", "AUX"):
            # "after the arrests of these absconders, the police hinted of more arrests": a
            # time or concession adjunct is taken for granted, whatever the verb does
            break
        if t.dep_ == "prep" and t.lower_ == "as" and t.head.pos_ in ("VERB", "AUX"):
            # "blocked such suggestions as assassinating Assad": the parser hangs the "as" of
            # "such N as X" on the verb; X is an instance of N, and N's cue governs it
            noun = next((c for c in t.head.children if c.dep_ == "dobj" and c.i < t.i
                         and any(g.lower_ == "such" for g in c.children)
                         and table.get(c.lemma_.lower(), ("", ""))[1] == "gov"), None)
            if noun is not None:
                found.append((table[noun.lemma_.lower()][0], noun))
        if t.dep_ == "prep" and t.lower_ in ("on", "against") and t.head.pos_ in ("VERB", "AUX"):
            # "lifted the ban on opposition rallies": the parser hangs the noun's "on" on the
            # verb; a cue noun object still governs what the preposition names
            noun = next((c for c in t.head.children if c.dep_ == "dobj" and c.i < t.i
                         and table.get(c.lemma_.lower(), ("", ""))[1] == "gov"), None)
            if noun is not None:
                found.append((table[noun.lemma_.lower()][0], noun))
        if t.dep_ == "prep" and t.lower_ in ("for", "over") and (t.head.lemma_.lower() in presupposing_nouns() or (
                t.head.pos_ in ("VERB", "AUX") and any(c.dep_ == "dobj" and c.i < t.i and c.lemma_.lower() in presupposing_nouns()
                                                       for c in t.head.children))):
            # "claimed responsibility for the attack", "vowed revenge for the killing",
            # "demanded justice for the shooting": what is avenged, paid for or answered for
            # is taken for granted; only the response is claimed, vowed or demanded (the
            # parser may hang the noun's "for" on the verb)
            break
        if t.dep_ == "prep" and t.lower_ == "of" and t.head.lemma_.lower() in evidence_nouns() and any(
                c.dep_ == "det" and c.lower_ == "no" for c in t.head.children):
            found.append(("negated", t.head))  # "there were no reports of clashes"
            break
        if t.dep_ == "prep" and t.lower_ in ("of", "into", "over", "about", "on", "after", "since") \
                and t.head.pos_ in ("NOUN", "PROPN") and t.head.lemma_.lower() not in table:
            # inside a noun's modifier the event is taken for granted: "seek a break-up of the
            # victims of police firing" seeks the break-up, not the firing, "demanding an inquiry
            # into the police firing" the inquiry; a cue noun still governs ("fears of an
            # invasion", "the threat of war", "talks on a ceasefire")
            break
        if t.i == tok.i and tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass") \
                and _counterfactual(tok.head) and any(
                    c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those"))
                    for c in tok.children):
            break  # "the attack could have killed dozens": what might have followed did not; the attack did
        reported = reported or (t.i != tok.i and t.pos_ == "NOUN" and lemma in evidence_nouns())
        prev, t = t, t.head
        if stop_at and t.i in stop_at and any(c.dep_ == "advmod" and c.lower_ in FALSE_REPORT for c in t.children):
            found.append(("negated", t))  # "state television wrongly reported that rebels had ..."
            break
        if stop_at and t.i in stop_at:
            if table.get(t.lemma_.lower(), ("", ""))[1] == "request" and prev.dep_ not in ("nsubj", "nsubjpass", "conj"):
                # "demanded the arrest of leaders": what a reporting verb asks for is not
                # claimed to have happened
                found.append((table[t.lemma_.lower()][0], t))
            elif prev.dep_ == "xcomp" and table.get(t.lemma_.lower(), ("", ""))[1] == "gov":
                # "will not decide to launch a strike", "did not agree to withdraw": a decision
                # or promise denied leaves its infinitive undone, whoever reports it; one made
                # makes it planned or hoped for ("vowed to “strangle” the force": the words
                # quoted are the vow's, the strangling is still to come)
                negated = any(c.dep_ == "neg" for c in t.children)
                found.append(("negated" if negated else table[t.lemma_.lower()][0], t))
            break
    found = [f for f in found if f[0] not in drop]
    if not found:
        return "asserted", None
    found.sort(key=lambda x: ORDER.index(x[0]))
    return found[0]
