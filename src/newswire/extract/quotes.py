"""Quotes and their speakers: direct, indirect and mixed, with multi-paragraph direct quotes.

The order of work follows how news English marks attribution (Pareti 2016, PARC):
1. quotation marks are paired paragraph by paragraph; a paragraph that opens a quote and
   does not close it, followed by a paragraph that opens one again, continues the same
   quote (the English convention for quotes over several paragraphs);
2. reporting verbs with a clausal complement give indirect and mixed quotes, "according
   to S" gives the source of the clause it modifies;
3. each direct quote finds its cue before it ("S said: “Q”"), after it ("“Q,” S said"),
   after a dash ("“Q” - S"), or inherits the speaker of the quote it continues.
Speakers are read from the cue's subject and mapped to entities, so "He" and "the
dictator" resolve to the named person (see :mod:`newswire.extract.entities`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from newswire.annotate import ents_of, phrasal_lemma, sent_of, text_of
from newswire.datafiles import read_pairs, read_text, read_words
from newswire.extract.attribution import (
    content_tokens,
    cue_probability,
    embedded_question,
    learned_content,
    model,
    relative_report,
    stranded,
    with_stranded_predicate,
)
from newswire.extract.entities import (
    QUOTE_OPENERS,
    Entity,
    Mention,
    entity_at,
    gendered_words,
    role_nouns,
    token_entity,
)

OPEN_DOUBLE = "“«„"
# subordinators of reason, time and condition: their clause belongs to what was said
# ("although" and "while" set another party's words against them and stay out)
SUBORDINATORS = frozenset({"because", "since", "after", "before", "unless", "if", "until", "once"})
# conjunctions of concession (Quirk et al. 1985, §15.39): the clause they open concedes a point
# against the main clause, in the writer's voice
CONCESSIVES = frozenset({"while", "although", "though", "whereas", "whilst", "albeit"})
CLOSE_DOUBLE = "”»"
PERSONAL = {"he", "she", "they", "i", "we", "you", "who"}
# a transcript turn: a speaker's name in capitals and a colon ("WALLACE: ", "MR. TRUMP: ")
TURN_LABEL = re.compile(r"(?:[A-Z][A-Z.'’-]+\s?){1,3}:\s")
# a wire dateline: "WASHINGTON (AP) — ", "CAMBRIDGE, Mass., Dec. 11 (UPI) — "
DATELINE = re.compile(r"[A-Z][A-Z .'’-]+(?:,[^—–\n]{0,30})?(?:\([^)\n]{1,20}\))?\s*[—–-]+\s")


@dataclass(slots=True)
class Speaker:
    entity: Entity | None
    name: str | None
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Quote:
    kind: str
    spans: list[tuple[int, int]]
    text: str
    speaker: Speaker | None
    cue: str | None
    cue_span: tuple[int, int] | None = None
    channel: str | None = None
    cue_class: str = "speech"
    marks: list[tuple[int, int]] = field(default_factory=list)  # verbatim parts of a mixed quote
    learned: bool = False  # found by the attribution-cue model, not a reporting verb's complement
    confidence: float | None = None  # that model's probability for its cue (None: found by rule)

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]


@lru_cache(maxsize=1)
def cue_lexicon() -> dict[str, str]:
    return read_pairs("quote_cues.tsv")


@lru_cache(maxsize=1)
def _phrasal_lemmas() -> frozenset[str]:
    """The verbs the lexicon lists with a particle ("point out")."""
    return frozenset(k.split()[0] for k in cue_lexicon() if " " in k)


@lru_cache(maxsize=1)
def cue_nouns() -> dict[str, str]:
    return read_pairs("quote_cue_nouns.tsv")


def _noun_cue_speaker(noun: Token) -> Token | None:
    """Who made a claim, statement or report: its possessor ("Russia's claim"), a name
    compounded on it ("a New York Times report"), its "by"/"from" phrase, or the subject of a
    verb that only carries it ("the ministry issued a statement that")."""
    for c in noun.children:
        if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN"):
            return c
        if c.dep_ == "poss" and c.pos_ == "PRON":
            # "Lukashenko repeated his claim": the possessive's nearest antecedent is the
            # subject of the clause the noun is the object of (binding, Chomsky 1981)
            if noun.dep_ in ("dobj", "pobj", "nsubjpass"):
                verb = noun.head if noun.dep_ != "pobj" else noun.head.head
                subj = subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
                if subj is not None and subj.pos_ != "PRON":
                    return subj
            return c
    names = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if names:
        return names[-1]
    for c in noun.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from"):
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    if noun.dep_ in ("dobj", "attr") and cue_nouns().get(noun.head.lemma_.lower()) == "carrier":
        return subject_of(noun.head)
    return None


def _noun_quotes(doc: Doc, entities: list[Entity], mark_spans: list[tuple[int, int]],
                 cue_tokens: set[int]) -> list[Quote]:
    """Quotes carried by a speech noun and its "that"-clause: "Belarus's claim that Ukraine
    had gathered 20,000 people near the border"."""
    text = text_of(doc)
    out: list[Quote] = []
    for tok in doc:
        if tok.pos_ != "NOUN" or cue_nouns().get(tok.lemma_.lower()) != "speech" \
                or _inside(mark_spans, tok.idx) or tok.i in cue_tokens:
            continue
        comp = next((c for c in tok.children if c.dep_ in ("acl", "relcl", "ccomp", "appos") and c.i > tok.i
                     and any(m.dep_ == "mark" and m.lower_ == "that" and m.i < c.i for m in c.children)
                     and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)), None)
        if comp is None:
            continue
        subj = _noun_cue_speaker(tok)
        if subj is None:
            continue
        sub = [t for t in comp.subtree if not (t.dep_ == "mark" and t.head.i == comp.i and t.lower_ == "that")]
        sub = _same_paragraph(text, tok, sub)
        if not sub:
            continue
        s, e = _trim(text, sub[0].idx, sub[-1].idx + len(sub[-1]))
        if e - s < 8:
            continue
        inner = _inner_marks(mark_spans, s, e)
        if any(a < e and b > s for a, b in mark_spans if (a, b) not in inner):
            continue
        out.append(Quote("mixed" if inner else "indirect", [(s, e)], _strip_marks(text[s:e]),
                         make_speaker(subj, entities), tok.lower_, (tok.idx, tok.idx + len(tok)), None,
                         "speech", inner))
    return out


@lru_cache(maxsize=1)
def channel_patterns() -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(k, re.I), v) for k, v in read_pairs("quote_channels.tsv").items()]


# ---------------------------------------------------------------- quotation marks


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _opens(ch: str, prev: str) -> str | None:
    if ch in OPEN_DOUBLE:
        return "d"
    if ch == '"' and (not prev or prev.isspace() or prev in "([—–-:"):
        return "s"
    if ch == "‘" and (not prev or prev.isspace() or prev in "([—–-:“\""):
        return "1"
    return None


def _closes(kind: str, ch: str, nxt: str) -> bool:
    if kind == "d":
        return ch in CLOSE_DOUBLE or ch == '"'
    if kind == "s":
        return ch == '"' or ch in CLOSE_DOUBLE
    return ch == "’" and not nxt.isalpha()


def find_quote_marks(text: str) -> list[list[tuple[int, int]]]:
    """Content spans of quoted passages; one list of spans per quote (one per paragraph).

    Doubled apostrophes and backticks (''...'' and ``...'', the NYT and LaTeX convention
    of many archives) count as double quotation marks.
    """
    if "''" in text or "``" in text:
        view = text.replace("``", '"\u0001').replace("''", '"\u0001')
        return [[_strip_doubled(text, s, e) for s, e in q] for q in _find_marks(view)]
    return _find_marks(text)


def _strip_doubled(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in "'`":
        s += 1
    return s, e


def _find_marks(text: str) -> list[list[tuple[int, int]]]:
    quotes: list[list[tuple[int, int]]] = []
    paras = _paragraphs(text)
    current: list[tuple[int, int]] | None = None
    kind = ""
    for pi, (ps, pe) in enumerate(paras):
        i = ps
        open_at: int | None = None
        if current is not None:  # continuing a quote from the previous paragraph
            i = ps + 1
            open_at = i
        while i < pe:
            ch = text[i]
            prev = text[i - 1] if i > ps else ""
            nxt = text[i + 1] if i + 1 < pe else ""
            if open_at is None:
                k = _opens(ch, prev)
                if k:
                    kind, open_at = k, i + 1
                    current = []
            elif _closes(kind, ch, nxt):
                assert current is not None
                if i > open_at:
                    current.append((open_at, i))
                    quotes.append(current)
                current, open_at = None, None
            i += 1
        if open_at is not None and current is not None:
            current.append((open_at, pe))
            nxt_para = paras[pi + 1] if pi + 1 < len(paras) else None
            if nxt_para and _opens(text[nxt_para[0]], "") == kind \
                    and not TURN_LABEL.match(text, nxt_para[0] + 1, nxt_para[1]):
                # the next paragraph re-opens: one quote over several paragraphs, unless it
                # opens a transcript's new turn ("“PENCE: Well, ...")
                continue
            quotes.append(current)
            current = None
    return [q for q in quotes if q and any(e > s for s, e in q)]


# ---------------------------------------------------------------- speakers


def _personish(tok: Token) -> bool:
    return (
        tok.lower_ in PERSONAL
        or tok.pos_ == "PROPN"
        or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
        or tok.lemma_.lower() in role_nouns()
        or tok.lemma_.lower() in {"ministry", "government", "official", "spokesman", "police",
                                  "military", "army", "office", "agency", "department", "source",
                                  "statement", "report", "people", "analyst", "expert", "group"}
    )


def subject_of(cue: Token) -> Token | None:
    """The cue's subject; -ing adjuncts and conjuncts inherit the governing verb's subject."""
    subj = _subject_of(cue)
    if subj is None and cue.i > 0 and cue.dep_ == "ROOT" and cue.tag_ in ("VBD", "VBZ", "VBP"):
        # "In a meeting with the editorial board of the Washington Post Trump said that ...":
        # with no comma after a fronted phrase the parser swallows the subject into it; the
        # name right before a subjectless finite cue is its subject
        prev = cue.doc[cue.i - 1]
        if prev.pos_ == "PROPN" and prev.dep_ == "pobj" and prev.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") \
                and any(a.i == cue.i for a in prev.ancestors):
            subj = prev
    if subj is not None and subj.i < cue.i and cue.dep_ == "parataxis":
        # "To understand the real Dred Scott, Chief Justice Roberts said, one should visit":
        # the parser makes the name before an aside cue an apposition of the noun before the
        # comma; an apposition is closed by a comma, so one that runs into the cue is its subject
        subj = _aside_apposition(subj, cue) or subj
    if subj is not None and subj.i < cue.i:
        gap = text_of(cue.doc)[subj.idx: cue.idx]
        dateline = DATELINE.match(gap)
        if "\n" in gap or ":" in gap or dateline:
            # a timestamp, a headline label or a dateline ran into the sentence ("5:45
            # p.m.\n\nX says", "The Latest: Trump urges", "WASHINGTON (AP) — X and Y
            # pledged"): the subject is the phrase after the break
            cut = max(gap.rfind("\n"), gap.rfind(":"), dateline.end() - 1 if dateline else -1) + subj.idx
            inside = [t for t in cue.doc[subj.i: cue.i] if t.idx > cut and t.pos_ in ("PROPN", "NOUN", "PRON")]
            return inside[-1] if inside else None
    return subj


def _aside_apposition(subj: Token, cue: Token) -> Token | None:
    """The apposition of an aside cue's subject that runs into the cue: its real subject."""
    return next((c for c in subj.children if c.dep_ == "appos" and c.right_edge.i == cue.i - 1
                 and c.left_edge.i > 0 and cue.doc[c.left_edge.i - 1].text == ","), None)


def _misread_subject(cue: Token) -> Token | None:
    """The noun a finite cue was misparsed as modifying. "A Qunnipiac poll found last week
    that ...": the small parser makes "poll" the root and "found" a participle on it. A
    participle with a "that"-clause complement modifying a verbless sentence's root is no
    reduced relative (those take no clausal object: "the poll conducted last week"); the
    noun is the cue's subject."""
    head = cue.head
    if cue.dep_ == "acl" and head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN") and head.i < cue.i \
            and any(c.dep_ == "ccomp" for c in cue.children) \
            and not any(c.dep_ in ("agent", "nsubj", "nsubjpass") for c in cue.children):
        return head
    return None


def _control_verb(cue: Token) -> Token | None:
    """The verb whose subject says what an infinitive on its object says: "Putin took the
    opportunity to say that ...", "went out of his way to say that ...", "seized the chance
    to insist that ...". The infinitive has no subject of its own; the noun it modifies is the
    verb's object, so its subject is the verb's (subject control; Quirk et al. 1985, 16.41).
    A verb with a second object ("gave him a chance to explain") passes control to that one,
    and is left alone."""
    if cue.dep_ not in ("acl", "relcl") or cue.head.pos_ != "NOUN" \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children) \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in cue.children):
        return None
    if cue.head.lemma_.lower() not in read_words("quote_control_nouns.tsv"):
        return None  # "rejected calls to say that ...", "saw no need to argue": not his words
    t = cue.head
    for _ in range(4):  # "out of his way": up through the prepositions to the verb
        if t.dep_ not in ("dobj", "pobj", "prep") or t.head == t:
            return None
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return None if any(c.dep_ in ("dative", "iobj") for c in t.children) else t
    return None


def _subject_of(cue: Token) -> Token | None:
    t = cue
    misread = _misread_subject(cue)
    if misread is not None:
        return misread
    if cue.tag_ == "VBG" and cue.dep_ == "advcl" and cue.head.dep_ == "ccomp" and _is_cue(cue.head.head):
        # "Beridze denied that protesters had attacked, claiming ...": the parser hangs the
        # -ing adjunct on the reported clause; its subject is the reporter's
        return _subject_of(cue.head.head)
    if cue.dep_ == "conj" and cue.head.dep_ == "ccomp" and _is_cue(cue.head.head) and cue.head.head.i < cue.i:
        # "He says the response was to X and says he introduced ...": the parser joins the
        # second cue to the first one's complement; both have the first cue's subject
        return _subject_of(cue.head.head)
    host = _control_verb(cue)
    if host is not None:
        return _subject_of(host)
    if any(c.dep_ == "auxpass" for c in cue.children) and any(
            c.dep_ in ("nsubjpass", "expl") and c.lower_ == "it" for c in cue.children):
        # "When it was pointed out that Russia had vetoed ..., Abbott said": an impersonal
        # passive leaves its speaker unnamed; the clause it hangs on has someone else's subject
        return None
    for _ in range(5):
        if t.dep_ == "acl" and t.head.pos_ in ("NOUN", "PROPN") and t.tag_ == "VBG":
            return t.head  # "X, saying ...": the modified noun speaks
        for c in t.children:
            # climbing from an -ing adjunct or a conjunct, the governing verb's subject is
            # the speaker whatever noun it is ("the right-hand woman rallied supporters, saying")
            adjunct = t is not cue and cue.dep_ in ("advcl", "conj") and c.pos_ in ("NOUN", "PROPN")
            if c.dep_ == "nsubjpass" and t is cue and cue.lemma_.lower() != "quote":
                continue  # "Elsheikh is alleged to have ...", "Trump was told": said of, or to, them
            if c.dep_ in ("nsubj", "nsubjpass") and (t is cue or adjunct or _personish(c)):
                # "Trump, who said ...": the relative pronoun is returned; make_speaker
                # resolves it to the noun it stands for and keeps its words as the mention
                return c
            if c.dep_ == "agent":  # "was told by X"
                for g in c.children:
                    if g.dep_ == "pobj":
                        return g
        if t.dep_ in ("advcl", "xcomp", "conj", "pcomp", "acl", "ccomp", "prep") and t.head != t:
            t = t.head
            continue
        break
    # the small model sometimes leaves a numeric subject unattached ("About 4 in 10 say ..."):
    # take the noun phrase right before the cue
    prev = cue.doc[cue.i - 1] if cue.i > sent_of(cue).start else None
    if prev is not None and prev.pos_ in ("NOUN", "PROPN", "NUM", "PRON") and prev.dep_ not in ("pobj", "dobj"):
        return prev
    return None


def _phrase_bounds(tok: Token) -> tuple[int, int]:
    """Character bounds of a subject phrase, cut before a relative clause or a comma aside."""
    cut = {g.i for t in tok.subtree if t.dep_ in ("relcl", "acl") and t.i != tok.i for g in t.subtree}
    keep = sorted(t.i for t in tok.subtree if t.i not in cut)  # "a former member now living ...": no "now"
    lo = hi = tok.i
    while lo - 1 in keep and tok.doc[lo - 1].text not in ",;:—–(" and "\n" not in tok.doc[lo - 1].text:
        lo -= 1
    while hi + 1 in keep and tok.doc[hi + 1].text not in ",;:—–()" \
            and tok.doc[hi + 1].lower_ not in RELATIVE_PRONOUNS:
        hi += 1  # "Officials who have ..." ends before its relative clause, however it is parsed
    doc = tok.doc
    while hi > lo and doc[hi].dep_ == "case":
        hi -= 1  # "the president's claim": the speaker is "the president"
    return doc[lo].idx, doc[hi].idx + len(doc[hi])


NOT_SPEAKERS = {"DATE", "TIME"}
RELATIVE_PRONOUNS = {"who", "whom", "whose", "which"}
NOT_PLACES_OR_TIMES = {"DATE", "TIME", "GPE", "LOC", "FAC", "CARDINAL", "QUANTITY", "WORK_OF_ART"}


def _bracketed(head: Token, char: int) -> bool:
    """Whether the character lies in brackets inside the phrase of ``head`` that do not hold
    ``head`` itself."""
    opened = None
    for t in head.subtree:
        if t.text == "(":
            opened = t.idx
        elif t.text == ")" and opened is not None:
            if opened < char < t.idx and not opened < head.idx < t.idx:
                return True
            opened = None
    return False


def make_speaker(tok: Token | None, entities: list[Entity]) -> Speaker | None:
    if tok is None or tok.ent_type_ in NOT_SPEAKERS and tok.lower_ not in PERSONAL:
        return None  # "Trump said Tuesday": a date never speaks
    if tok.lower_ in ("who", "which", "that") and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "relcl":
        # "Trump, who said ...": the speaker is the noun the pronoun stands for; the mention
        # in the sentence is the pronoun (SCHEMA: speaker.text is where it was resolved from)
        head = tok.head.head
        if head.ent_type_ in ("GPE", "LOC", "FAC") and head.dep_ == "pobj" and head.head.head.pos_ == "NOUN":
            head = head.head.head  # "residents of Baghuz who said": the residents, not the town
        ante = make_speaker(head, entities)
        if ante is None:
            return None
        return Speaker(ante.entity, ante.name or ante.text, tok.idx, tok.idx + len(tok), tok.text)
    if tok.pos_ == "NOUN" and cue_nouns().get(tok.lemma_.lower()) == "speech" and not any(
            c.dep_ == "poss" for c in tok.children):
        # "according to a statement from the army": a statement speaks for whoever made it
        maker = next((g for p in tok.children if p.dep_ == "prep" and p.lower_ in ("from", "by", "of")
                      for g in p.children if g.dep_ == "pobj" and (g.ent_type_ or _personish(g))), None)
        if maker is not None:
            return make_speaker(maker, entities)
    hit = token_entity(entities, tok)
    if hit is not None and not (hit[1].start <= tok.idx < hit[1].end) and _bracketed(tok, hit[1].start):
        hit = None  # "One of your correspondents (Letters, 19 April) argued": a citation, not the speaker
    if hit is not None and hit[0].type in ("NORP", "LOC") and not (hit[1].start <= tok.idx < hit[1].end):
        hit = None  # "the Belarusian military chief" is not the nationality
    if hit is not None and not (hit[1].start <= tok.idx < hit[1].end) and any(
            t.dep_ == "poss" and hit[1].start <= t.idx < hit[1].end for t in tok.children):
        hit = None  # "Hillary Clinton’s right-hand woman" is not Hillary Clinton
    if hit is not None and hit[0].type in ("ORG", "GPE", "NORP") and tok.pos_ == "NOUN" \
            and not (hit[1].start <= tok.idx < hit[1].end) and tok.lemma_.lower() in role_nouns() and any(
            c.dep_ == "prep" and hit[1].start >= c.idx for c in tok.children):
        hit = None  # "a commander in the pro-Assad forces" is the commander, not the forces
    if hit is not None and hit[0].type == "PERSON" and tok.pos_ in ("NOUN", "PRON") \
            and not (hit[1].start <= tok.idx < hit[1].end) and any(
            c.dep_ == "prep" and c.i > tok.i and c.lower_ not in ("by", "as", "like", "including")
            and c.doc[c.i - 1].lower_ != "such"
            and any(g.dep_ == "pobj" and hit[1].start <= g.idx < hit[1].end for g in c.children)
            for c in (list(tok.children) if tok.pos_ == "NOUN" else [])  # "those of Hénin" are his
            + [g for a in tok.children if a.dep_ == "amod" for g in a.children]):
        # "the lawyer for Hoda Muthana", "a friend of Begum", "those close to him": who speaks
        # of or for a person is not that person; "a statement by her", "senators such as
        # Lindsey Graham" and an apposition ("the envoy for Syria, James Jeffrey") still name
        # the speaker
        hit = None
    if hit is not None and tok.pos_ == "NOUN" and not (hit[1].start <= tok.idx < hit[1].end):
        named = next((h for c in tok.children if c.dep_ == "appos"
                      for h in [token_entity(entities, c)] if h is not None and h[0].type == "PERSON"
                      and h[1].start <= c.idx < h[1].end), None)
        if named is not None:
            hit = named  # "the former Obama adviser Ben Rhodes": the apposition names the speaker
        elif hit[0].type in ("ORG", "PERSON") and hit[1].end <= tok.idx and any(
                c.dep_ == "amod" and c.lower_ in ("former", "ex") for c in tok.children):
            hit = None  # "a former Isis member": who left does not speak for them
    if hit is not None and hit[0].type in ("GPE", "LOC", "FAC") and tok.pos_ == "NOUN" \
            and not (hit[1].start <= tok.idx < hit[1].end) and any(
            c.dep_ == "prep" and c.lower_ in ("in", "at", "of", "from", "near") and hit[1].start >= c.idx
            for c in tok.children):
        hit = None  # "The court in the town of Kilis said": the court speaks, not the town
    if hit is not None and tok.pos_ == "NOUN" and any(
            c.dep_ in ("acl", "relcl") and any(t.idx <= hit[1].start < t.idx + len(t) for t in c.subtree)
            for c in tok.children):
        hit = None  # "the lawyers representing Elsheikh's mother said": the lawyers speak
    if hit is None and tok.pos_ == "ADJ" and not tok.ent_type_ and any(
            c.dep_ == "prep" and c.lower_ == "to" for c in tok.children):
        return None  # "Central to that is claiming ...": an adjective the parser made a subject
    start, end = _phrase_bounds(tok)
    text = text_of(tok.doc)[start:end]
    if hit is not None:
        ent, m = hit
        return Speaker(ent, ent.name, m.start, m.end, m.text)
    if tok.lower_ in PERSONAL:
        return Speaker(None, None, tok.idx, tok.idx + len(tok), tok.text)
    name = re.sub(r"^(the|a|an)\s+", "", text, flags=re.I)
    return Speaker(None, name, start, end, text)


def _channel(text: str) -> str | None:
    for rx, name in channel_patterns():
        m = rx.search(text)
        if m:
            return m.expand(name) if "\\" in name else name
    return None


# ---------------------------------------------------------------- extraction


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(s - 1 <= pos <= e for s, e in spans)


def cue_class(tok: Token) -> str | None:
    """The lexicon class of a verb, also where the small lemmatizer strips too much ("hoped"
    → "hop"): the inflected form less its -d or -s ending is tried after the lemma."""
    lex = cue_lexicon()
    lemma = tok.lemma_.lower()
    if lemma in _phrasal_lemmas():  # a phrasal cue ("point out"): the verb with its particle
        phrasal = phrasal_lemma(tok)
        if phrasal in lex:
            return lex[phrasal]
    found = lex.get(lemma)
    if found is None and tok.tag_ in ("VBD", "VBN", "VBZ") and tok.lower_.endswith(("ed", "es")):
        found = lex.get(tok.lower_[:-1])
    return found


def _is_cue(tok: Token, classes: tuple[str, ...] = ("speech",)) -> bool:
    return tok.pos_ in ("VERB", "AUX") and cue_class(tok) in classes


def _raising_participle(cue: Token) -> bool:
    """"The members of the group alleged to have been involved ... are X": a bare participle
    followed by an infinitive is a reduced passive ("who are alleged to have been"), said of
    its noun by someone unnamed, whatever verb the parser makes of it."""
    nxt = cue.doc[cue.i + 1] if cue.i + 1 < len(cue.doc) else None
    return cue.tag_ == "VBN" and nxt is not None and nxt.lower_ == "to" and nxt.dep_ == "aux" \
        and nxt.head.dep_ == "xcomp" and nxt.head.head.i == cue.i \
        and not any(c.dep_ in ("aux", "auxpass") for c in cue.children)


def _complement(cue: Token) -> Token | None:
    comps = [c for c in cue.children if c.dep_ == "ccomp"]
    if len(comps) > 1:
        # "More than six in 10 said X; 46 percent said Y": the parser hangs the first
        # report on the second cue; a clause whose head is a cue of its own is that cue's
        # report, so the cue's complement is the other clause
        comps = [c for c in comps if not (c.i < cue.i and _is_cue(c)
                                          and any(g.dep_ == "nsubj" for g in c.children))] or comps
    if len(comps) > 1 and comps[-1].i > cue.i:
        # "... set off partisan fireworks on Friday: Republicans said they're convinced ...",
        # "Both candidates face questions ... (her campaign later disclosed that she has
        # pneumonia)": a clause cut off from the cue by a colon, semicolon, dash or opening
        # bracket is the writer's, and the clause after the cue is the report
        comps = [c for c in comps if c.i > cue.i or not _cut_off(c, cue)] or comps
    return comps[0] if comps else None


def _cut_off(clause: Token, later: Token) -> bool:
    """Whether a colon, semicolon, dash or opening bracket stands between a clause and a
    later word of its sentence."""
    return any(t.text in (":", ";", "(", "[", "—", "–") for t in clause.doc[clause.right_edge.i + 1:later.i])


def _reports_on(cue: Token) -> bool:
    """Whether a cue inside a complement starts a report of its own (", adding: “...”",
    ", claiming ...", "and added that ..."), not a clause of what was said ("or why it was
    mentioned by Ivanka Trump" is still the question the speaker could not explain)."""
    if cue.dep_ == "advcl" or cue.tag_ == "VBG":
        return True
    nxt = cue.doc[cue.i + 1] if cue.i + 1 < len(cue.doc) else None
    return any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in cue.children) or (
        nxt is not None and nxt.text in (":", ",", "“", "\""))


def _clause_extensions(cue: Token, comp: Token, classes: tuple[str, ...]) -> list[Token]:
    """Words of what was said that the parser hangs on the cue instead of its clause.

    - the object that is the clause's subject: "is demanding President Obama make a pledge"
      (an exceptional-case-marking object, Postal 1974: the demand is that Obama make it);
    - a subjectless modal conjunct after the clause: "said they had misgivings, but could not
      bear to insult him": the modal carries the reported clause's tense, a conjunct of the
      cue itself is a plain past ("said X but declined to say why");
    - a "because" clause after the clause: "said he could not answer the questions because
      Republicans had only asked hours earlier" gives the speaker's reason with the rest of
      what was said (the parser hangs it on the cue; PolNeAR counts it as the content's).
    """
    extra: list[Token] = []
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in comp.children):
        obj = next((c for c in cue.children if c.dep_ == "dobj" and cue.i < c.i < comp.i), None)
        if obj is not None:
            extra += list(obj.subtree)
    end = max(t.i for t in comp.subtree)
    for c in cue.children:
        if c.dep_ == "conj" and c.i > end and c.pos_ in ("VERB", "AUX") and not _is_cue(c, classes) \
                and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) \
                and any(g.dep_ == "aux" and g.tag_ == "MD" for g in c.children):
            extra += [t for t in c.subtree]
            cc = cue.doc[c.left_edge.i - 1] if c.left_edge.i > 0 else None
            if cc is not None and cc.dep_ == "cc" and cc.head == cue:
                extra.append(cc)
        if c.dep_ == "advcl" and c.i > end and any(m.dep_ == "mark" and m.lower_ == "because" for m in c.children) \
                and not any(n.dep_ == "neg" for n in cue.children):
            extra += [t for t in c.subtree]
            if cue.doc[c.left_edge.i - 1].text == ",":
                extra.append(cue.doc[c.left_edge.i - 1])
    return extra


def _parenthetical_content(cue: Token) -> list[Token] | None:
    """"This campaign, he says, is different": the cue is an aside inside what was said.

    An "as" clause is the same aside ("As Breitbart News reported, the White House was
    refusing ..."): the reporting verb's clause is an adjunct of what it reports.
    """
    mark = next((c for c in cue.children if c.dep_ == "mark" and c.lower_ == "as"), None)
    # temporal "as" ("cheered as Trump spoke") follows its clause with no comma
    as_clause = cue.dep_ == "advcl" and mark is not None and (
        cue.i < cue.head.i or (mark.i > 0 and cue.doc[mark.i - 1].text == ",")) \
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in cue.children)
    if (cue.dep_ != "parataxis" and not as_clause) or cue.head == cue:
        return None
    inside = {t.i for t in cue.subtree}
    subj = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    appos = _aside_apposition(subj, cue) if subj is not None and cue.dep_ == "parataxis" else None
    if appos is not None:  # "the real Dred Scott" was said, "Chief Justice Roberts" said it
        inside -= {t.i for t in subj.subtree if t.i < appos.left_edge.i - 1}
        subj = appos
    if subj is not None:  # "If the argument fails, Mr. C argues, ...": the lead clause was said too
        for c in cue.children:
            if c.dep_ in ("advcl", "ccomp") and c.i < subj.i:
                inside -= {t.i for t in c.subtree}
    host = cue.head
    if host.pos_ in ("NOUN", "PROPN", "PRON") and host.dep_ in ("nsubj", "nsubjpass") and host.head.i > cue.i:
        # "The difference now, he told me on Friday, is that ...": the parser hangs the aside
        # on the subject; what was said is the whole clause the subject opens
        host = host.head
    toks = [t for t in host.subtree if t.i not in inside]
    return toks or None


TRAILING_CONJ = re.compile(r"[\s,]+(?:and|or|but)$")


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " ,;:—–-\"“”'‘’\n":
        s += 1
    while e > s and text[e - 1] in " ,;:—–-.\"“”'‘’\n":
        e -= 1
    # a conjunction left where a coordinated act was cut off ("will not sign a blank cheque and")
    m = TRAILING_CONJ.search(text, s, e)
    if m is not None and m.end() == e:
        e = m.start()
    return s, e


def _strip_marks(text: str) -> str:
    return re.sub(r"[“”«»„\"]", "", text).strip()


def _repair_trailing_reports(doc: Doc, verbs: list[Token]) -> None:
    """"Israeli air strikes killed at least 25 Palestinians ..., the health ministry said":
    the small parser makes the strikes a second subject of "said" and "killed" a participle
    on them. A past verb with an object on the first of a reporting verb's two subjects is
    the reported clause: it becomes the cue's complement, with the noun as its subject."""
    for cue in verbs:
        if cue.lemma_.lower() not in cue_lexicon() or cue.pos_ != "VERB":
            continue
        subjects = [c for c in cue.children if c.dep_ == "nsubj"]
        if len(subjects) != 2 or not subjects[0].i < subjects[1].i < cue.i:
            continue
        first = subjects[0]
        # (or a complement of its own: "Palestinian youths resorted to throwing stones ...,
        # officials said")
        verb = next((c for c in first.children if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN")
                     and any(g.dep_ == "dobj" or g.dep_ in ("prep", "xcomp")
                             and any(x.dep_ in ("pcomp", "pobj") for x in g.children) for g in c.children)
                     and not any(g.dep_ in ("auxpass", "agent") for g in c.children)), None)
        if verb is None:
            continue
        verb.head, verb.dep_ = cue, "ccomp"
        first.head, first.dep_ = verb, "nsubj"


def _repair_final_reports(doc: Doc, verbs: list[Token]) -> None:
    """"X agreed to restore relations, after talks hosted by China, the three countries said
    in a joint statement": the small parser hangs a sentence-final reporting clause on the
    reported verb as an adverbial clause. A reporting clause after a comma at the end of its
    sentence, with its own subject and no complement of its own, reports what precedes it
    (the final reporting clause of Quirk et al. 1985, sec. 14.29): it becomes the head. The
    parser may also make it the complement of a verb of thinking before it ("Hillary Clinton
    thinks the government requires too many tests, Bill Clinton said this week")."""
    for cue in verbs:
        if cue.dep_ not in ("advcl", "conj", "ccomp") or cue.pos_ != "VERB" or cue_lexicon().get(cue.lemma_.lower()) != "speech":
            continue
        host = cue.head
        kids = list(cue.children)
        subj = next((c for c in kids if c.dep_ == "nsubj" and c.i < cue.i), None)
        if cue.dep_ == "conj" and subj is not None and any(
                c.dep_ == "cc" and host.i < c.i < cue.i and not _contrast_cc(c, subj) for c in host.children):
            continue  # "... killed 120 fighters, the ministry said": a comma, no "and", joins a final report
        if subj is None or host.i > cue.i or host.pos_ not in ("VERB", "AUX") \
                or any(c.dep_ in ("ccomp", "xcomp", "mark", "advmod") and c.i < cue.i or c.dep_ in ("ccomp", "xcomp")
                       for c in kids):
            continue
        sent = cue.sent
        tail = [t for t in doc[cue.i + 1: sent.end] if not (t.is_punct or t.is_space)]
        if any(not cue.left_edge.i <= t.i <= cue.right_edge.i for t in tail):
            continue  # the report is not where its sentence ends
        left = subj.left_edge.i
        if left == 0 or doc[left - 1].text != ",":
            continue
        # what the reporting clause holds before its subject ("after talks hosted by China")
        # is the reported clause's adjunct
        for c in kids:
            if c.i < left and c.dep_ in ("prep", "npadvmod", "advcl"):
                c.head = host
        for c in list(host.children):
            if c.is_punct and c.i > cue.i:  # the full stop ends the reporting clause now
                c.head = cue
        if host.head == host:
            cue.head = cue
            cue.dep_ = "ROOT"
        else:
            cue.head, cue.dep_ = host.head, host.dep_
        host.head, host.dep_ = cue, "ccomp"


def _contrast_cc(cc: Token, subj: Token) -> bool:
    """The "but" of "not by X, but by Y" before a final report: it contrasts two phrases and
    joins no clause, so the words after it up to the reporter's subject are a phrase."""
    doc = cc.doc
    between = [t for t in doc[cc.i + 1: subj.left_edge.i] if not t.is_punct]
    return bool(between) and between[0].pos_ == "ADP" \
        and any(t.dep_ == "neg" for t in doc[cc.sent.start: cc.i])


def _repair_relative_reports(doc: Doc, verbs: list[Token]) -> None:
    """"a bill that critics say would stifle media freedom, and riot police used water
    cannon": the parser coordinates the clause after ", and" with the reported one inside the
    relative clause. A clause with its own subject does not continue a relative clause; it
    coordinates with the sentence's main verb."""
    for cue in verbs:
        if cue.dep_ != "relcl" or cue_lexicon().get(cue.lemma_.lower()) != "speech":
            continue
        comp = next((c for c in cue.children if c.dep_ == "ccomp"), None)
        root = cue.sent.root
        if comp is None or root.pos_ not in ("VERB", "AUX") or root.i > cue.i:
            continue
        for c in list(comp.children):
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and doc[c.left_edge.i - 1].dep_ == "cc" \
                    and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
                cc = doc[c.left_edge.i - 1]
                for g in (cc, doc[cc.i - 1]):
                    if g.head == comp and g.dep_ in ("cc", "punct"):
                        g.head = root
                c.head = root


def _repair_reporter_conjuncts(doc: Doc, verbs: list[Token]) -> None:
    """"The UN office said Khan's detention was arbitrary and called for his release": the
    parser coordinates "called" with the reported clause, whose subject (a detention) cannot
    call for anything. An appeal coordinated with a reported clause of an inanimate subject is
    the reporter's second act."""
    for tok in verbs:
        h = tok.head
        if tok.dep_ != "conj" or tok.pos_ != "VERB" or tok.lemma_.lower() not in read_words("quote_appeal_verbs.tsv") \
                or h.dep_ != "ccomp" or cue_lexicon().get(h.head.lemma_.lower()) != "speech" \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            continue
        subj = next((c for c in h.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.pos_ != "NOUN" or _personish(subj):
            continue
        for c in list(h.children):
            if c.dep_ == "cc" and c.i < tok.i and c.i > subj.i:
                c.head = h.head
        tok.head = h.head


def _repair_reduced_relative_reports(doc: Doc, verbs: list[Token]) -> None:
    """"..., a verdict his party said was politically motivated": the parser makes the noun
    the subject of the verb after the reporting clause and that verb the sentence's root. The
    verb is what was said (of the noun, a reduced relative clause); the clause before the
    comma is the sentence's own."""
    for cue in verbs:
        if cue.dep_ != "relcl" or cue_lexicon().get(cue.lemma_.lower()) != "speech":
            continue
        if any(c.tag_ in ("WP", "WDT") for c in cue.children):
            continue  # "a fighter, who asked not to be named, told me": a relative with its
            # pronoun is no reduced one; the verb after it is the noun's own
        noun, verb = cue.head, cue.head.head
        if noun.dep_ != "nsubj" \
                or noun.pos_ != "NOUN" or verb.i <= cue.i or any(c.dep_ in ("ccomp", "dobj") for c in cue.children):
            continue
        between = doc[cue.right_edge.i + 1: verb.i]
        if any(t.head != verb or t.dep_ not in ("aux", "neg", "advmod") for t in between):
            continue
        main = next((c for c in verb.children if c.dep_ in ("ccomp", "conj") and c.i < noun.i
                     and c.pos_ in ("VERB", "AUX")), None)
        if verb.head != verb or main is None:
            continue
        main.head, main.dep_ = main, "ROOT"
        for c in list(verb.children):
            if c.i < noun.left_edge.i or (c.is_punct and c.i == verb.right_edge.i):
                c.head = main  # the clause before the noun, and the sentence's full stop
        noun.head, noun.dep_ = main, "appos"
        verb.head, verb.dep_ = cue, "ccomp"


def _repair_adverbial_reports(doc: Doc, verbs: list[Token]) -> None:
    """"Trump said after the convention he would not accept Cruz's endorsement": a time phrase
    between the reporting verb and what it reports makes the parser read the reported clause as
    an adverbial one, the phrase inside it. A finite clause with its own subject and no
    subordinator after a verb of saying is what was said; the phrase belongs to the saying."""
    for cue in verbs:
        if cue.pos_ != "VERB" or cue_lexicon().get(cue.lemma_.lower()) != "speech" \
                or any(c.dep_ == "ccomp" for c in cue.children):
            continue
        for clause in [c for c in cue.children if c.dep_ == "advcl" and c.i > cue.i]:
            kids = list(clause.children)
            subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None or any(c.dep_ == "mark" for c in kids) or clause.tag_ in ("VBG", "VBN", "VB") and not any(
                    c.dep_ in ("aux", "auxpass") for c in kids):
                continue
            lead = [c for c in kids if c.dep_ == "prep" and c.i < subj.i and c.i > cue.i]
            if any(t.i < subj.left_edge.i and t.i > cue.i and t not in {x for p in lead for x in p.subtree}
                   and not t.is_punct for t in doc[cue.i + 1:subj.left_edge.i]):
                continue  # words between the verb and the clause other than a fronted phrase
            for p in lead:
                p.head = cue
            clause.dep_ = "ccomp"
            break


def _repair_reduced_relative_subjects(doc: Doc, verbs: list[Token]) -> None:
    """"The families of two British men killed fighting Isis have condemned a report", "The
    civilians imprisoned for protesting were released by the government": the
    parser reads the participle of a reduced relative clause ("men [who were] killed") as the
    sentence's past-tense verb and the real verb, with its own auxiliary and no subject, as
    its conjunct. The conjunct is the main verb of the subject; the participle modifies the
    noun right before it (the classic garden path, Bever 1970)."""
    for v in verbs:
        if v.dep_ != "ROOT" or v.tag_ not in ("VBD", "VBN") or not v.lower_.endswith("ed") or v.i == 0 \
                or any(a.dep_ in ("aux", "auxpass") for a in v.children):
            continue
        subj = next((c for c in v.children if c.dep_ == "nsubj" and c.i < v.i), None)
        noun = doc[v.i - 1]
        if subj is None or noun.pos_ not in ("NOUN", "PROPN") or not subj.left_edge.i <= noun.i <= subj.right_edge.i:
            continue
        # (or a finite verb joined with no "and" or comma before it: "Other Britons killed
        # fighting Isis in the past year include Mehmet Aksoy")
        main = next((c for c in v.children if c.dep_ == "conj" and c.i > v.i and c.pos_ in ("VERB", "AUX")
                     and (any(a.dep_ in ("aux", "auxpass") and a.lemma_.lower() in ("have", "will", "be")
                              for a in c.children)
                          or c.tag_ in ("VBP", "VBZ") and not any(
                              t.dep_ == "cc" or t.text in ",;" for t in doc[v.i + 1:c.i]))
                     and not any(a.dep_ in ("nsubj", "nsubjpass") for a in c.children)), None)
        if main is None or any(c.dep_ == "dobj" for c in v.children):
            continue
        main.head, main.dep_ = main, "ROOT"
        for c in list(v.children):
            if c.i > main.i or (c.is_punct and c.i == v.right_edge.i) or c.dep_ == "cc" and c.i < main.i \
                    and c.i > max((x.i for x in v.children if x.dep_ != "cc" and x.i < main.i), default=v.i):
                c.head = main
        subj.head = main
        if any(a.dep_ == "auxpass" for a in main.children):
            subj.dep_ = "nsubjpass"
        v.head, v.dep_, v.tag_ = noun, "acl", "VBN"


def _repair_stranded_final_speakers(doc: Doc, verbs: list[Token]) -> None:
    """"..., setting part of the building on fire, witnesses and a rights group said": with
    coordinated speakers the parser strands "said" without a subject and chains the speakers
    onto the last noun of what was said. The noun phrase between the last comma and a
    subjectless final reporting verb is its subject."""
    for cue in verbs:
        if cue.dep_ != "ROOT" or cue_lexicon().get(cue.lemma_.lower()) != "speech" or cue.i < 3 \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
            continue
        comma = next((t.i for t in reversed(doc[cue.sent.start:cue.i]) if t.text == ","), None)
        if comma is None or cue.i - comma > 8:
            continue
        first = doc[comma + 1]
        while first.i < cue.i and first.dep_ in ("det", "amod", "compound", "nummod", "poss"):
            first = first.head if first.head.i < cue.i else doc[first.i + 1]
        if first.dep_ != "conj" or first.head.i >= comma or first.pos_ not in ("NOUN", "PROPN") \
                or any(t.i >= cue.i for t in first.subtree) or first.right_edge.i != cue.i - 1:
            continue
        first.head, first.dep_ = cue, "nsubj"
        doc[comma].head = cue


def _repair_conjoined_subjects(doc: Doc, verbs: list[Token]) -> None:
    """"Russia is backing the government and the United States supports the opposition": the
    small parser coordinates "the United States" with the object before it and leaves
    "supports" with no subject. A finite verb with no subject right after a noun phrase that
    the parser made a conjunct of an object, agreeing with it in number, has that phrase as
    its subject (a clause coordinated with "and", each with its own subject)."""
    for verb in verbs:
        if verb.dep_ != "conj" or verb.tag_ not in ("VBZ", "VBP", "VBD") or verb.i == 0 \
                or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
            continue
        noun = doc[verb.i - 1]
        while noun.head.i > noun.i and noun.head.i < verb.i and noun.dep_ in ("compound", "amod", "det", "flat"):
            noun = noun.head
        if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN") or noun.right_edge.i != verb.i - 1 \
                or noun.head.dep_ not in ("dobj", "pobj", "attr", "conj") or noun.left_edge.i == 0:
            continue
        cc = doc[noun.left_edge.i - 1]
        if cc.dep_ != "cc" or cc.lower_ not in ("and", "but", "while"):
            continue
        plural = noun.tag_ in ("NNS", "NNPS") and noun.ent_type_ != "GPE"  # "the United States" is one
        if verb.tag_ == "VBZ" and plural or verb.tag_ == "VBP" and not plural:
            continue
        noun.head, noun.dep_ = verb, "nsubj"
        cc.head = verb


def _repair_passive_lists(doc: Doc, verbs: list[Token]) -> None:
    """"were rounded up, expelled and killed by Isis", "was shot twice, detained and tortured":
    the small parser reads the middle participle of a list of passives as an adverbial clause.
    A bare participle after a comma, itself coordinated with "and" to a later one, continues the
    list: it is a conjunct of the passive before it."""
    for verb in verbs:
        head = verb.head
        if verb.dep_ != "advcl" or verb.tag_ != "VBN" or head.i >= verb.i or verb.i == 0 \
                or doc[verb.i - 1].text != "," or not any(c.dep_ == "auxpass" for c in head.children) \
                or any(c.dep_ in ("mark", "aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children) \
                or not any(c.dep_ == "conj" and c.tag_ == "VBN" for c in verb.children) \
                or not any(c.dep_ == "cc" and c.lower_ == "and" for c in verb.children):
            continue
        verb.dep_ = "conj"


def close_quoted_clauses(doc: Doc) -> None:
    """Reattach a verb the parser joined to a quoted clause from outside its marks.

    'the leader said Hungary "will not sign a blank cheque" and accused the Commission': the
    small parser coordinates "accused" with the quoted "sign", so it would inherit the quoted
    clause's subject and its "not". Quotation marks close a constituent; a conjunct after the
    closing mark coordinates with the verb that reports the quotation.
    """
    if doc.user_data.get("_newswire_closed"):
        return
    doc.user_data["_newswire_closed"] = True
    # the repairs look at verbs only: one pass over the tokens finds them
    verbs = [t for t in doc if t.pos_ in ("VERB", "AUX")]
    _repair_trailing_reports(doc, verbs)
    _repair_final_reports(doc, verbs)
    _repair_relative_reports(doc, verbs)
    _repair_reduced_relative_reports(doc, verbs)
    _repair_reduced_relative_subjects(doc, verbs)
    _repair_adverbial_reports(doc, verbs)
    _repair_reporter_conjuncts(doc, verbs)
    _repair_stranded_final_speakers(doc, verbs)
    _repair_conjoined_subjects(doc, verbs)
    _repair_passive_lists(doc, verbs)
    spans = [sp for q in find_quote_marks_cached(doc) for sp in q]
    if not spans:
        return
    for tok in doc:
        h = tok.head
        if tok.dep_ != "conj" or tok.pos_ != "VERB" or h.dep_ != "ccomp" or h.head.pos_ not in ("VERB", "AUX"):
            continue
        inside = next(((a, b) for a, b in spans if a <= h.idx < b), None)
        if inside is None or tok.idx < inside[1] or any(a <= tok.idx < b for a, b in spans) \
                or any(a <= h.head.idx < b for a, b in spans):
            continue
        if any(c.dep_ == "dobj" and not inside[0] <= c.idx < inside[1] for c in h.children):
            continue  # 'troops had "cleansed" the area and killed dozens': one word quoted, not a clause
        for c in list(h.children):
            if c.dep_ == "cc" and inside[1] <= c.idx < tok.idx:
                c.head = h.head
        tok.head = h.head


# titles before a surname that still name the same person: "President Putin", "Mr Assad"
SELF_TITLES = frozenset({"president", "mr", "mr.", "mrs", "ms", "dr", "general", "gen", "prime", "minister",
                         "the", "king", "prince", "sheikh", "senator", "sen.", "chancellor"})


# a content that is only a relative or demonstrative pronoun ("The move, which was announced
# by Shoigu") says nothing a reader can check: the words are elsewhere or nowhere
BARE_PRONOUN_CONTENT = frozenset({"which", "that", "this", "it", "what", "who", "these", "those"})


def _relative_antecedent(doc: Doc, q: Quote) -> bool:
    """A relative pronoun standing for the content ("The move, which was announced by
    Shoigu"): the noun phrase it stands for joins the quote's spans, before the pronoun.
    False when the pronoun is no relative with a noun to stand for."""
    span = doc.char_span(q.spans[0][0], q.spans[-1][1], alignment_mode="expand")
    toks = [t for t in span if t.lower_ in ("which", "that", "who")] if span is not None else []
    if len(toks) != 1:
        return False
    rel = toks[0]
    clause = rel.head
    if clause.dep_ != "relcl" or clause.head.pos_ not in ("NOUN", "PROPN"):
        return False
    noun = clause.head
    start = noun.left_edge.idx
    end_tok = max((t for t in noun.subtree if t.i < rel.i and t.i not in {x.i for x in clause.subtree}
                   and t.dep_ != "punct"), key=lambda t: t.i)
    q.spans = [(start, end_tok.idx + len(end_tok))] + q.spans
    q.text = " ".join(doc.text[a:b] for a, b in q.spans)
    return True


def extract_quotes(doc: Doc, entities: list[Entity], with_beliefs: bool = False) -> list[Quote]:
    close_quoted_clauses(doc)
    text = text_of(doc)
    # copies: a quote's spans grow when its attribution interrupts it, and the cache is shared
    marked = [list(q) for q in find_quote_marks_cached(doc)]
    mark_spans = [s for q in marked for s in q]
    classes = ("speech", "belief") if with_beliefs else ("speech",)
    quotes: list[Quote] = []
    cue_tokens: set[int] = set()

    # 1. reporting verbs with a clausal complement: indirect and mixed quotes
    for tok in doc:
        if not _is_cue(tok, classes) or _inside(mark_spans, tok.idx):
            continue
        if _raising_participle(tok):
            continue
        comp = _complement(tok)
        paren = _parenthetical_content(tok) if comp is None else None
        if comp is None and paren is None:
            continue
        if comp is not None and any(c.dep_ == "neg" for c in tok.children) and (
                comp.pos_ not in ("VERB", "AUX") or embedded_question(comp)):
            # "He did not comment on the deaths", "He did not say whether Putin would meet
            # Zelensky": a topic or a question not spoken to is no one's words
            continue
        if comp is not None and stranded(comp):
            continue  # a predicate the parser tore from its subject is no one's report
        sub = relative_report(tok, comp) if comp is not None else paren
        if comp is not None:
            # ("announced that Kurds it had backed ... would form a force": the clause goes
            # on into the predicate the parser hung elsewhere)
            sub = with_stranded_predicate(sorted(sub + _clause_extensions(tok, comp, classes), key=lambda t: t.i))
        if not sub:
            # a relative-clause cue whose complement the parser put before it ("a culture in
            # which ..., he said"): nothing of the clause is reported
            continue
        sub = _same_paragraph(text, tok, sub)
        # the complement stops at another cue's adjunct (", adding: “...”", ", claiming ...")
        cut = [t for t in sub if (comp is None or t.i != comp.i) and t.i > tok.i and _is_cue(t, classes)
               and t.dep_ in ("advcl", "conj") and t.tag_ != "VB"  # "to assert their rights" stays
               # ("because Republicans had only asked": a subordinate clause of reason, time or
               # condition with its own subject is part of what was said, not the speaker's
               # next act; one that reports words itself, "while Congress says they must stay",
               # is another attribution)
               and not (t.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in SUBORDINATORS for m in t.children)
                        and any(g.dep_ in ("nsubj", "nsubjpass") for g in t.children)
                        and not any(g.dep_ == "ccomp" for g in t.children))
               and not _inside(mark_spans, t.idx)  # quoted words are what was said, all of them
               and _reports_on(t)]
        if cut:
            first = min(x.i for c in cut for x in c.subtree)
            sub = [t for t in sub if t.i < first]
        elif sub and sub[-1].i > tok.i:
            sub = sub + _continuation(tok, sub, classes)
        while sub and ((sub[0].dep_ == "mark" and sub[0].lower_ in ("that", "whether")) or sub[0].is_punct):
            sub = sub[1:]  # the complementiser "that"
        if not sub:
            continue
        s, e = _trim(text, sub[0].idx, sub[-1].idx + len(sub[-1]))
        if e - s < 8 or len([t for t in sub if not t.is_punct]) < 3:
            continue
        if text[tok.idx + len(tok):s].strip() == ":":
            # "The governor added: It's typical of her. She knows nothing ...": words a colon
            # introduces without quotation marks run to the paragraph's end, every sentence
            # of them (the colon announces the whole utterance, not one clause)
            end = text.find("\n", e)
            end = len(text) if end < 0 else end
            rest = text[e:end]
            if rest.strip() and not any(ch in rest for ch in '"“”«»'):
                e = _trim(text, s, end)[1]
        spans = [(s, e)]
        if paren is not None:  # an aside splits what was said in two: one span each side
            idx = sorted(t.i for t in sub)
            runs, start = [], idx[0]
            for a, b in zip(idx, idx[1:] + [None], strict=True):
                if b is None or b != a + 1:
                    runs.append((start, a))
                    start = b
            spans = [sp for r0, r1 in runs
                     if (sp := _trim(text, doc[r0].idx, doc[r1].idx + len(doc[r1])))[1] > sp[0]]
            s, e = spans[0][0], spans[-1][1]
        subj0 = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if comp is not None and subj0 is not None and subj0.i < tok.i and comp.i > tok.i \
                and not any(m.dep_ == "mark" and m.lower_ == "that" for m in comp.children):
            # "If this argument fails, Mr. Castañeda argues, there are other tools": a clause
            # before the medial cue belongs to what was said. Not before "S said that C", whose
            # complementiser opens the whole report ("when it signed on to Nafta, the US
            # pledged that ..."), and not a concession, which is the writer's contrast with the
            # report ("While the minister gave no date, Erdoğan said ...")
            # ("Speaking on state radio on Friday, the veteran leader said": a participle with no
            # subject of its own tells of the speaker, not of what was said)
            lead = [c for c in tok.children if c.dep_ in ("advcl", "ccomp", "parataxis") and c.i < subj0.i
                    and not (c.dep_ == "advcl" and c.tag_ in ("VBG", "VBN")
                             and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children))
                    # "Six in 10 said X; 46 percent said Y", "When it was suggested that X, Abbott
                    # said Y": a report of its own is not Y's lead
                    and not (_is_cue(c, classes) and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children))
                    and not _cut_off(c, subj0)
                    and not any(m.dep_ in ("mark", "advmod") and m.lower_ in CONCESSIVES for m in c.children)]
            lead_toks = sorted((t for c in lead for t in c.subtree), key=lambda t: t.i)
            if lead_toks and sent_of(lead_toks[0]).start == sent_of(tok).start:
                ls, le = _trim(text, lead_toks[0].idx, lead_toks[-1].idx + len(lead_toks[-1]))
                if le - ls >= 8 and not any(a < le and b > ls for a, b in mark_spans):
                    spans = [(ls, le), (s, e)]
        inner = _inner_marks(mark_spans, s, e)
        overlapping = [(a, b) for a, b in mark_spans if a < e and b > s and (a, b) not in inner]
        if overlapping:
            continue  # "He said: “...”" — the complement is the direct quote itself
        if _inside(mark_spans, s) and inner and inner[0][0] - 1 <= s:
            continue
        subj = subject_of(tok)
        unnamed = subj is None and any(c.dep_ == "auxpass" for c in tok.children) and any(
            c.dep_ == "nsubjpass" for c in tok.children)
        if subj is None and not unnamed:
            continue
        if unnamed and any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children):
            continue  # "It should be noted that ...", "it must be said": the writer's own aside
        # "Elsheikh is alleged to have been part of a cell": said by someone the text leaves unnamed
        speaker = make_speaker(subj, entities) if subj is not None else None
        kind = "mixed" if inner else "indirect"
        between = text[tok.idx + len(tok): s]
        # "Speaking to the BBC, the prime minister insisted ...": the channel in a participle
        # clause on the cue
        speaking = next((c for c in tok.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i < tok.i), None)
        channel = _channel(between) or (_channel(text[speaking.left_edge.idx:speaking.right_edge.idx
                                                      + len(speaking.right_edge)]) if speaking is not None else None)
        quotes.append(Quote(kind, spans, _strip_marks(" ".join(text[a:b] for a, b in spans)), speaker,
                            tok.lower_, (tok.idx, tok.idx + len(tok)), channel,
                            cue_class(tok), inner))
        cue_tokens.add(tok.i)

    # "according to S, C"
    for tok in doc:
        if tok.lower_ != "according" or _inside(mark_spans, tok.idx):
            continue
        to = next((c for c in tok.children if c.lower_ == "to"), None)
        src = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        if src is None and to is not None:
            # "according to show insiders": the tagger reads a noun modifier as a verb; the
            # source is still the noun it governs
            pc = next((c for c in to.children if c.dep_ == "pcomp" and c.tag_ in ("VB", "VBP", "NN")), None)
            src = next((g for g in pc.children if g.dep_ == "dobj" and g.tag_ in ("NNS", "NNPS", "NN", "NNP")),
                       None) if pc is not None else None
            if src is not None:
                cue_tokens.add(pc.i)  # the misread verb is no cue of its own
        if src is None:
            continue
        sent = sent_of(tok)
        phrase = list(tok.subtree)
        p_s, p_e = phrase[0].idx, phrase[-1].idx + len(phrase[-1])
        left = _trim(text, sent.start_char, p_s)
        right = _trim(text, p_e, sent.end_char)
        s, e = right if right[1] - right[0] >= left[1] - left[0] else left
        if e - s < 8:
            # "That's according to early exit polls.": the demonstrative stands for the
            # sentence before it (discourse deixis, Webber 1991), which is what is attributed
            prev = _deictic_antecedent(doc, sent, text[left[0]:left[1]], right[1] - right[0])
            if prev is None or any(a < prev[1] and b > prev[0] for q in quotes for a, b in q.spans):
                continue
            s, e = prev
        inner = [(a, b) for a, b in mark_spans if a >= s and b <= e + 1]
        if inner and inner[0][0] - 1 <= s and inner[-1][1] + 1 >= e:
            continue  # "According to the paper, “Q”": a direct quote, attributed below
        quotes.append(Quote("mixed" if inner else "indirect", [(s, e)], _strip_marks(text[s:e]),
                            make_speaker(src, entities), "according to", (tok.idx, to.idx + 2),
                            None, "speech", inner))

    # speech nouns: "Russia's claim that ...", "a statement by the ministry that ..."
    taken = [sp for q in quotes for sp in q.spans]
    quotes += [q for q in _noun_quotes(doc, entities, mark_spans, cue_tokens)
               if not any(a < q.end and b > q.start for a, b in taken)]

    # 2. direct quotes
    absorbed = {m for q in quotes for m in q.marks}
    previous: Quote | None = None
    for parts in marked:
        if parts[0] in absorbed:
            continue
        q = _attribute_direct(doc, parts, entities, previous, classes, quotes)
        if q is None:  # a scare quote, or merged into the previous quote
            continue
        quotes.append(q)
        previous = q

    # 3. headline attributions with a colon: "Graham: Trump's rhetoric destroying GOP's chance"
    quotes += _label_attributions(doc, entities, quotes)
    quotes += _colon_paragraph_attributions(doc, entities, quotes, classes)
    # 4. attributions no verb list covers ("polls show", "called for"): the learned cue model
    learned = _learned_attributions(doc, entities, quotes, mark_spans, classes)
    # "Cruz called Trump a “pathological liar”": the quoted words are part of the attribution,
    # not a speaker-less quote of their own
    quotes = [q for q in quotes if not (q.speaker is None and q.kind == "direct" and any(
        lq.start <= q.start and q.end <= lq.end + 1 for lq in learned))] + learned
    for q in quotes:
        if q.speaker is None and q.kind == "direct" and q.text[:1].islower():
            _fragment_speaker(doc, q, entities)
    bare = {id(q) for q in quotes if q.text.strip(" ,.\u201c\u201d\"").lower() in BARE_PRONOUN_CONTENT
            and not _relative_antecedent(doc, q)}
    quotes = [q for q in quotes if not _self_contained(doc, q) and id(q) not in bare
              and not q.text.lower().lstrip().startswith(tuple(read_words("quote_anonymity.tsv")))]
    quotes.sort(key=lambda q: q.start)
    _continue_unnamed_speakers(doc, quotes)
    _described_subject_speakers(doc, quotes)
    _resolve_pronoun_speakers(doc, quotes, "they", PERSONAL, lambda ps: _plural_speaker(doc, ps))
    _resolve_pronoun_speakers(doc, quotes, "it", {"it"}, _body_speaker)
    for q in quotes:
        if _names_its_pronoun_speaker(q):
            # "he said: ... no peace with Assad": a speaker does not name himself in the third
            # person; the pronoun's antecedent was someone else (left unresolved, not guessed)
            q.speaker = Speaker(None, None, q.speaker.start, q.speaker.end, q.speaker.text)
    return quotes


def _names_its_pronoun_speaker(q: Quote) -> bool:
    """Whether a quote given to "he"/"she" names that person by surname in the third person
    (alone, after a title or "President", not as another person's surname: "Sharmeena Begum")."""
    sp = q.speaker
    if sp is None or sp.entity is None or sp.text.lower() not in ("he", "she") or not sp.name:
        return False
    surname = sp.name.split()[-1].split("-")[-1]  # "al-Assad" is named "Assad" too
    if len(surname) < 3:
        return False
    given = sp.name.split()[0] if len(sp.name.split()) > 1 else None
    for m in re.finditer(r"\b" + re.escape(surname) + r"\b", q.text):
        before = q.text[:m.start()].split()
        prev = before[-1] if before else ""
        if prev and prev[:1].isupper() and prev != given and prev.lower() not in SELF_TITLES \
                and not prev.endswith(("-", "al")):
            continue  # another person of that surname
        return True
    return False


def _name_at(entities: list[Entity], tok: Token, types: tuple[str, ...] = ("PERSON",)) -> Speaker | None:
    """The speaker a name mention opening at ``tok`` stands for."""
    hit = next(((e, m) for e in entities if e.type in types for m in e.mentions
                if m.start == tok.idx and m.kind == "name"), None)
    return Speaker(hit[0], hit[0].name, hit[1].start, hit[1].end, hit[1].text) if hit else None


def _people_noun(tok: Token) -> bool:
    """A noun for people who can speak: "a resident", "a doctor", "the spokesman"."""
    lemma = tok.lemma_.lower()
    return lemma in read_words("people_words.tsv") or lemma in role_nouns()


def _name_and_verb(doc: Doc, after: list[Token], entities: list[Entity]) -> tuple[Speaker | None, Token | None]:
    """"“Q,” Dirk chuckles.", "“Q,” she whispers, in a child's hesitant account": a name or a
    personal pronoun right after a quote and a verb of manner of speaking the lexicon lacks
    (and the tagger often reads as a noun) attribute the quote in this slot; the verb is
    followed by punctuation, so it reports nothing else."""
    if len(after) < 3:
        return None, None
    first = after[0]
    if first.lower_ in ("he", "she"):
        speaker, end = make_speaker(first, entities), first.i + 1
    else:
        speaker = _name_at(entities, first)
        if speaker is None:
            return None, None
        end = next((t.i for t in after if t.idx >= speaker.end), after[-1].i + 1)
    if end + 1 >= len(doc):
        return None, None
    v, nxt = doc[end], doc[end + 1]
    if v.is_lower and v.is_alpha and (v.pos_ == "VERB" or v.lower_.endswith(("s", "ed"))) \
            and nxt.text in (",", ".", ";", "!", "?"):
        return speaker, v
    return None, None


def _inverted_speaker(doc: Doc, cue: Token, entities: list[Entity]) -> Speaker | None:
    """The name right after an inverted cue ("“Q,” said Ibrahim al-Assil of the Syrian
    Nonviolence Movement", "said Canadian Hanna Bohman, one of ...", "said Dunford speaking
    to a conference"): subject-verb inversion puts the speaker there (Quirk et al. 1985, sec.
    14.29) where the parser, reading on, makes it the subject of the next verb."""
    start = cue.i + 1
    age = re.match(r"\s*(?:the\s+|a\s+)?\d+-year-old\b", text_of(doc)[cue.idx + len(cue):])
    if age is not None:  # "says 35-year-old Barwa Darwish", "said the 26-year-old, who ..."
        end = cue.idx + len(cue) + age.end()
        while start < len(doc) and doc[start].idx < end:
            start += 1
        if start >= len(doc) or doc[start].pos_ != "PROPN":
            # (the tagger reads the age as a date, and a date never speaks: the phrase does)
            a = cue.idx + len(cue) + len(age.group(0)) - len(age.group(0).lstrip())
            words = text_of(doc)[a:end]
            return Speaker(None, re.sub(r"^(the|a)\s+", "", words), a, end, words)
    for k, t in enumerate(doc[start: start + 3]):
        named = _name_at(entities, t, ("PERSON", "ORG"))
        if named is not None:
            return named
        if t.pos_ not in ("PROPN", "ADJ", "NUM") or t.ent_type_ not in ("NORP", "") or k == 2:
            break  # only a nationality or a title before the name
    run = []
    for t in doc[start: start + 5]:
        if t.pos_ != "PROPN":
            break
        run.append(t)
    if run and (run[-1].i + 1 >= len(doc) or doc[run[-1].i + 1].pos_ != "NOUN"):
        return make_speaker(run[-1], entities)
    # "screamed two women, their faces covered", "said a US military spokesman": a noun
    # phrase of people
    for t in doc[start: start + 6]:
        if t.pos_ == "NOUN" and t.dep_ not in ("compound", "amod", "nmod"):
            return make_speaker(t, entities) if _people_noun(t) else None
        if t.pos_ not in ("DET", "NUM", "ADJ", "PROPN", "NOUN"):
            break
    return None


def _continue_unnamed_speakers(doc: Doc, quotes: list[Quote]) -> None:
    """"“Q1,” said a doctor in eastern Ghouta. ... He added: “Q2”": a "he" or "she" right
    after a quote of someone the text does not name is that someone, not the last person
    named before (the speaker of consecutive quotes is the most salient referent, Grosz et
    al. 1995; coreference linked the pronoun to names only). The pronoun mention moves off
    the named entity it was linked to."""
    text = text_of(doc)
    words = gendered_words()
    for i, q in enumerate(quotes):
        sp = q.speaker
        if sp is None or sp.text.lower() not in ("he", "she") or i == 0:
            continue
        prev = quotes[i - 1]
        ps = prev.speaker
        if ps is None or ps.entity is not None or ps.text.lower() in PERSONAL or not prev.end <= sp.start \
                or text.count("\n\n", prev.end, sp.start) > 1 or len(text[prev.end:sp.start].split()) > 12:
            continue
        span = doc.char_span(ps.start, ps.end, alignment_mode="expand")
        if span is None or span.root.tag_ != "NN" or not _people_noun(span.root):
            continue
        gender = {words[t.lower_] for t in span if t.lower_ in words}
        if gender and gender != {"m" if sp.text.lower() == "he" else "f"}:
            continue  # "a spokeswoman said ... He added": someone else
        if sp.entity is not None:
            if any(ps.end <= m.start < sp.start and m.kind != "pronoun" for m in sp.entity.mentions):
                continue  # the named person came up again after the unnamed speaker
            sp.entity.mentions = [m for m in sp.entity.mentions if m.start != sp.start]
        q.speaker = Speaker(None, ps.name or ps.text, sp.start, sp.end, sp.text)


@lru_cache(maxsize=1)
def _people_gender() -> dict[str, str]:
    """The gender of people nouns that have one ("woman" f), from people_words.tsv."""
    rows = (ln.split("\t") for ln in read_text("people_words.tsv").splitlines() if ln and not ln.startswith("#"))
    return {r[0].strip(): r[1].strip() for r in rows if len(r) > 1}


def _described_subject_speakers(doc: Doc, quotes: list[Quote]) -> None:
    """"The Syrian rebel commander stared at photographs of his fighters. “Q,” he said.": a
    "he" or "she" that coreference left unlinked (no name before it agrees) stands for the
    subject of the sentence before, when that subject is a person the text describes but
    does not name (the preferred centre is the previous sentence's subject, Grosz et al.
    1995). A named subject, or none, in between leaves the pronoun as it is."""
    words = gendered_words()
    for q in quotes:
        sp = q.speaker
        if sp is None or sp.entity is not None or sp.name is not None or sp.text.lower() not in ("he", "she"):
            continue
        tok = _token_at(doc, sp.start)
        if tok is None:
            continue
        qtok = _token_at(doc, q.start)
        first = min(tok.sent.start, qtok.sent.start if qtok is not None else tok.sent.start)
        if first == 0:
            continue
        prev = doc[first - 1].sent
        if text_of(doc).count("\n\n", prev.start_char, sp.start) > 1:
            continue
        subj = next((c for c in prev.root.children if c.dep_ == "nsubj"), None)
        if subj is None and prev.root.pos_ == "NOUN" and any(c.dep_ in ("acl", "relcl") and c.tag_ == "VBD"
                                                             for c in prev.root.children):
            subj = prev.root  # "The commander stared at ...": the parser made the subject the root
        if subj is None or subj.tag_ != "NN" or subj.ent_type_ or not _people_noun(subj):
            continue
        phrase = [t for t in subj.subtree if t.i <= subj.i]
        gender = {words[t.lower_] for t in phrase if t.lower_ in words}
        if subj.lemma_.lower() in _people_gender():
            gender.add(_people_gender()[subj.lemma_.lower()])
        if gender and gender != {"m" if sp.text.lower() == "he" else "f"}:
            continue
        start = phrase[1] if phrase[0].dep_ == "det" and len(phrase) > 1 else phrase[0]
        name = text_of(doc)[start.idx: subj.idx + len(subj)]  # "18-year-old Syrian man", no article
        q.speaker = Speaker(None, name, sp.start, sp.end, sp.text)


def _plural_speaker(doc: Doc, sp: Speaker) -> bool:
    """A speaker "they" can stand for: a plural noun phrase ("the lawyers", "officials") or a
    body (British usage: "the Home Office ... they said")."""
    if sp.entity is not None:
        return sp.entity.type in ("ORG", "NORP")
    span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    return span is not None and span.root.tag_ in ("NNS", "NNPS")


def _body_speaker(sp: Speaker) -> bool:
    """A speaker "it" can stand for: an organisation or a state (a person never is "it")."""
    return sp.entity is not None and sp.entity.type in ("ORG", "GPE")


def _resolve_pronoun_speakers(doc: Doc, quotes: list[Quote], pronoun: str, skip: set[str],
                              agrees: Callable[[Speaker], bool]) -> None:
    """A pronoun speaker with no entity of its own is the latest speaker before it within two
    paragraphs when that one agrees with it (speakers of consecutive quotes corefer far more
    often than not; the nearest agreeing antecedent, Hobbs 1978): "the lawyers said ... “Q,”
    they said" (plural), "Global Affairs Canada denied ... It said in a statement: “Q”" (a body).
    Earlier speakers that are themselves pronouns in ``skip`` are passed over."""
    text = text_of(doc)
    for i, q in enumerate(quotes):
        sp = q.speaker
        if sp is None or sp.entity is not None or sp.text.lower() != pronoun:
            continue
        for prev in reversed(quotes[:i]):
            ps = prev.speaker
            if ps is None or ps.text.lower() in skip or text.count("\n\n", ps.end, sp.start) > 2:
                continue
            if agrees(ps):
                q.speaker = Speaker(ps.entity, ps.name or ps.text, sp.start, sp.end, sp.text)
            elif prev.learned and (psent := doc.char_span(sp.start, sp.end, alignment_mode="expand")) is not None \
                    and psent.sent.start_char <= prev.start:
                # "Since Trump announced his decision, they have said": an act in a clause of the
                # pronoun's own sentence is not its antecedent
                continue
            break


def _self_contained(doc: Doc, q: Quote) -> bool:
    """A reported clause that holds its own cue, or that opens with a relative pronoun, is
    the relative clause the cue sits in ("the Kurds, all of whom he denounces as terrorists"),
    not something said."""
    if q.kind == "direct" or q.cue_span is None:
        return False
    if q.kind != "indirect" or not any(a <= q.cue_span[0] < b for a, b in q.spans):
        return False
    cue = doc.char_span(q.cue_span[0], q.cue_span[1], alignment_mode="expand")
    if cue is None:
        return False
    # the cue's own object is the relative pronoun ("whom he denounces", "all of whom he
    # denounces"); "which he said were at his side" reports a clause about it and stays
    objs = [c for c in cue[-1].children if c.dep_ in ("dobj", "pobj")]
    objs += [g for o in objs for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
             for g in p.children if g.dep_ == "pobj"]
    return any(o.lower_ in ("who", "whom", "which", "that") and o.tag_ in ("WP", "WDT") for o in objs)


def _fragment_speaker(doc: Doc, q: Quote, entities: list[Entity]) -> None:
    """A quoted fragment inside someone's sentence is that person's words: "Reid called
    Trump a “human leech who will bleed the country”" (the verb's subject speaks; PolNeAR
    marks such fragments as the subject's attribution)."""
    tok = _token_at(doc, q.start)
    if tok is None:
        return
    t = tok
    for _ in range(8):
        # the sentence's own verb, not a relative clause's ("called Trump a liar who ...")
        if t.pos_ in ("VERB", "AUX") and t.idx < q.start and t.dep_ not in ("relcl", "acl") or t.head == t:
            break
        t = t.head
    if t.pos_ not in ("VERB", "AUX") or t.idx >= q.start:
        return
    subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i >= tok.i or not _personish(subj) or subj.lower_ in ("it", "this", "that"):
        return
    q.speaker = make_speaker(subj, entities)
    q.cue, q.cue_span = t.lemma_.lower(), (t.idx, t.idx + len(t))


LABEL = re.compile(r"([A-Z][\w.'’&-]*\s?(?:[\w.'’&-]+\s?){0,4}):\s+(?=\S)")


def _label_attributions(doc: Doc, entities: list[Entity], done: list[Quote]) -> list[Quote]:
    """A paragraph that opens with a name and a colon attributes what follows to that name.

    Headline style ("Graham: Trump's rhetoric destroying GOP's chance") and transcripts
    ("WALLACE: Let's start ..."). The label must be a person or an organisation the NER
    finds, never a place ("Ukraine war: ...") or a time; a quote already found there wins.
    """
    text = text_of(doc)
    taken = [(s, e) for q in done for s, e in q.spans]
    out: list[Quote] = []
    for ps, pe in _paragraphs(text):
        if text[ps:ps + 1] in QUOTE_OPENERS:
            ps += 1  # a transcript paragraph quoted whole: "“WALLACE: Let's start ..."
        m = LABEL.match(text, ps, pe)
        if m is None or any(ch.isdigit() for ch in m.group(1)):
            continue
        ls, le = ps, ps + len(m.group(1).rstrip())
        span = doc.char_span(ls, le, alignment_mode="expand")
        if span is None or any(t.pos_ in ("VERB", "AUX") for t in span):
            continue
        ents = [e for e in ents_of(doc) if e.start_char < le and e.end_char > ls]
        # a label the article names elsewhere as a person or organisation counts whatever the
        # NER makes of it here ("WALLACE: Let's" is no work of art)
        # (the tagger often reads a bare headline surname as a common noun: "Sanders: ...")
        known = all(t.pos_ == "PROPN" or t.is_title for t in span) and any(
            x.type in ("PERSON", "ORG") and x.name.split()[-1].lower() == span[-1].lower_ for x in entities)
        # a source noun, alone or of a named party: "Poll: ...", "Clinton camp: ..."
        source_noun = span.root.lemma_.lower() in read_words("quote_label_nouns.tsv") and all(
            e.label_ in ("PERSON", "ORG", "NORP") for e in ents)
        if not known and not source_noun and (not ents or any(e.label_ not in ("PERSON", "ORG") for e in ents)):
            continue
        s, e = _trim(text, m.end(), pe)
        if len(text[s:e].split()) < 3:
            continue
        if any(a < e and b > s for a, b in taken):
            # a quote already found there wins; if it found no one saying it, the label
            # is its speaker (the transcript's "PENCE:" before a quoted paragraph)
            for q in done:
                if q.start < e and q.end > s and (q.speaker is None or (
                        q.speaker.entity is None and q.speaker.text.lower() in PERSONAL)):
                    q.speaker = _label_speaker(span, entities)
            continue
        marks = [(a, b) for q in find_quote_marks_cached(doc) for a, b in q if a >= s - 1 and b <= e + 1]
        kind = "direct" if marks and marks[0][0] - 1 <= s and marks[-1][1] + 1 >= e else \
            "mixed" if marks else "indirect"
        out.append(Quote(kind, [(s, e)], _strip_marks(text[s:e]), _label_speaker(span, entities), ":",
                         (le, le + 1), None, "speech", marks))
    return out


def _colon_paragraph_attributions(doc: Doc, entities: list[Entity], done: list[Quote],
                                  classes: tuple[str, ...]) -> list[Quote]:
    """A paragraph that ends "S said:" or "S added in a statement:" introduces the next
    paragraph as S's words even without quotation marks ("The governor added:" / "It's
    typical of Hillary Clinton. She knows nothing ..."): statements and transcripts are
    often printed so. A next paragraph that opens a quotation or is already a quote is
    left to the rules for those."""
    text = text_of(doc)
    taken = [(a, b) for q in done for a, b in q.spans]
    paras = _paragraphs(text)
    out: list[Quote] = []
    for (ps, pe), (ns, ne) in zip(paras, paras[1:], strict=False):
        if not text[ps:pe].rstrip().endswith(":") or text[ns:ns + 1] in QUOTE_OPENERS \
                or any(a < ne and b > ns for a, b in taken):
            continue
        colon = _token_at(doc, ps + len(text[ps:pe].rstrip()) - 1)
        if colon is None:
            continue
        cues = [t for t in sent_of(colon) if _is_cue(t, classes) and t.i < colon.i]
        cue = cues[-1] if cues else None
        subj = subject_of(cue) if cue is not None else None
        if subj is None or not _personish(subj) or any(t.pos_ in ("VERB", "AUX") and t.i > cue.i
                                                       and t.dep_ in ("ccomp", "xcomp") for t in cue.subtree):
            continue  # "said he had a message:" reports its own clause, not the next paragraph
        s, e = _trim(text, ns, ne)
        if len(text[s:e].split()) < 3 or any(ch in text[s:e] for ch in OPEN_DOUBLE + CLOSE_DOUBLE + '"'):
            continue
        out.append(Quote("indirect", [(s, e)], text[s:e], make_speaker(subj, entities), cue.lower_,
                         (cue.idx, cue.idx + len(cue)), None, "speech", []))
    return out


def _label_speaker(span, entities: list[Entity]) -> Speaker | None:
    """The speaker a label names: "WALLACE" is the article's Chris Wallace."""
    sp = make_speaker(span.root, entities)
    if sp is not None and (sp.start < span.start_char or sp.end > span.end_char):
        # the label's root can head the whole headline: the speaker is the label, and the
        # name inside it if any ("Clinton camp" speaks for Clinton's side, as the label says)
        sp = Speaker(None, None, span.start_char, span.end_char, span.text)
    if sp is not None and sp.entity is None:
        same = [x for x in entities if x.type in ("PERSON", "ORG")
                and x.name.split()[-1].lower() == span[-1].lower_]
        if same:
            ent = sorted(same, key=lambda x: x.type != "PERSON")[0]
            return Speaker(ent, ent.name, sp.start, sp.end, sp.text)
    return sp


_DEICTIC = re.compile(r"(?:that|this)(?:[’']s|\s+is|\s+was)?", re.I)


def _deictic_antecedent(doc: Doc, sent: Span, left: str, right_len: int) -> tuple[int, int] | None:
    """The sentence a bare "That's" / "This is" before "according to" stands for: the one
    before, when it is a sentence of prose (four words or more)."""
    if right_len >= 8 or not _DEICTIC.fullmatch(left.strip()) or sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    if sum(t.is_alpha for t in prev) < 4:
        return None
    s, e = _trim(text_of(doc), prev.start_char, prev.end_char)
    return (s, e) if e - s >= 8 else None


def _same_paragraph(text: str, cue: Token, toks: list[Token]) -> list[Token]:
    """The tagger can run a timestamp or a headline into the next paragraph's sentence;
    what a cue reports never crosses a paragraph break that the cue does not."""
    start = text.rfind("\n", 0, cue.idx) + 1
    end = text.find("\n", cue.idx)
    end = len(text) if end < 0 else end
    return [t for t in toks if start <= t.idx < end]


def _subheading(text: str, s: int, e: int) -> bool:
    """"... seeing now.” ‘Added room for misjudgment’ Accounts from inside ...": a quotation in
    single marks between two sentences, with no stop of its own, is a subheading the scraper
    ran into the text: the paper's headline for what follows, no one's words."""
    return text[s - 1:s] == "‘" and text[e:e + 1] == "’" and text[e - 1:e].isalnum() \
        and re.search(r"[.!?][”’\"]?\s*$", text[max(0, s - 4):s - 1]) is not None \
        and re.match(r"\s+[A-Z]", text[e + 1:e + 3]) is not None


def _learned_attributions(doc: Doc, entities: list[Entity], done: list[Quote],
                          mark_spans: list[tuple[int, int]],
                          classes: tuple[str, ...] = ("speech",)) -> list[Quote]:
    text = text_of(doc)
    used_cues = {q.cue_span[0] for q in done if q.cue_span}
    taken = [(s, e) for q in done if q.speaker is not None or q.kind != "direct" for s, e in q.spans]
    taken += [(s, e) for s, e in mark_spans if _subheading(text, s, e)]
    out: list[Quote] = []
    for tok in doc:
        if tok.pos_ != "VERB" or tok.idx in used_cues or _inside(mark_spans, tok.idx) or _raising_participle(tok):
            continue
        if (cue_class(tok) or "speech") not in classes:
            continue  # "Isis hoped to blend in with the civilians": a belief, reported only when asked for
        found = learned_content(tok)
        if found is None:
            continue
        toks, prob = found
        if toks and toks[-1].i > tok.i:
            toks = toks + _continuation(tok, toks, ("speech",))
        toks = _same_paragraph(text, tok, toks)
        if not toks or not [t for t in toks if not t.is_punct]:
            continue
        s, e = _trim(text, toks[0].idx, toks[-1].idx + len(toks[-1]))
        if e <= s or any(a < e and b > s for a, b in taken):
            continue
        if any(x.type in ("GPE", "LOC") and any(m.start <= s and e <= m.end for m in x.mentions) for x in entities):
            continue  # "has ruled Belarus since 1994", "won Ohio": a place is no one's words
        subj = _learned_speaker(tok)
        if subj is None or any(subj.i == t.i for t in toks):
            continue
        inner = _inner_marks(mark_spans, s, e)
        speaker = make_speaker(subj, entities)
        out.append(Quote("mixed" if inner else "indirect", [(s, e)], _strip_marks(text[s:e]), speaker,
                         tok.lower_, (tok.idx, tok.idx + len(tok)), None,
                         cue_lexicon().get(tok.lemma_.lower(), "attribution"), inner, learned=True,
                         confidence=round(prob, 3)))
        taken.append((s, e))
    return out


def _continuation(cue: Token, toks: list[Token], classes: tuple[str, ...]) -> list[Token]:
    """The rest of the sentence the small parser hangs above the cue: in "Clinton pointed out
    that one shooting may have more than one victim, so thousands of victims does not ...",
    "pointed" comes out as the complement of "translate". When the cue is the complement of a
    later verb that is no cue itself, the words after what was said are more of it; a tail
    with a cue or quotation marks of its own reports something else."""
    host = cue.head
    if cue.dep_ != "ccomp" or host.i <= toks[-1].i or _is_cue(host, classes) \
            or not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return []
    inside = {t.i for t in cue.subtree}
    tail = [t for t in host.subtree if t.i > toks[-1].i and t.i not in inside]
    if not tail or any(_is_cue(t, classes) or t.lower_ == "according" or t.text in ("“", "”", '"') for t in tail):
        return []
    if any(b.i != a.i + 1 for a, b in zip([toks[-1], *tail[:-1]], tail, strict=True)):
        return []  # only a contiguous run to the sentence's end
    return tail


def _learned_speaker(cue: Token) -> Token | None:
    """The speaker of a learned cue. A passive cue's subject is what is said, not who says
    it ("Kotey is alleged to have been ...", "he is reported to have been ..."): only its
    agent speaks, and an agentless passive names no one, so it makes no quote (a rule-found
    cue's sentence may still name the source elsewhere; the model's guess would not)."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in cue.children) or (
        cue.tag_ == "VBN" and cue.dep_ in ("acl", "amod", "advcl") and _misread_subject(cue) is None)
    if not passive:
        return subject_of(cue)
    agent = next((c for c in cue.children if c.dep_ == "agent"), None)
    return next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None


def _attribute_direct(doc: Doc, parts: list[tuple[int, int]], entities: list[Entity],
                      previous: Quote | None, classes: tuple[str, ...], done: list[Quote]) -> Quote | None:
    text = text_of(doc)
    s0, e_last = parts[0][0], parts[-1][1]
    words = len(" ".join(text[s:e] for s, e in parts).split())
    qtext = "\n".join(text[s:e].strip() for s, e in parts)
    open_tok = _token_at(doc, s0 - 1)
    sent = sent_of(open_tok) if open_tok is not None else None
    before = text[max(0, s0 - 30): s0 - 1]
    if len(parts) == 1 and _subheading(text, s0, e_last):
        return None
    if words <= 6 and _title_case(qtext) and re.search(
            r"\b(?:of|on|in|at|to|from|with|by|for)(?:\s+(?:the|a|an))?\s*$", before):
        # "said on “Fox News Sunday”", "On this weekend's broadcast of “Fox News Sunday,” Pence
        # said": a programme, a book or a paper named after a preposition is no one's words
        return None

    # (a) a cue before the quote in the same sentence: "S said: “Q”" or mixed "S said the x “Q”"
    if sent is not None:
        cues = [t for t in sent if t.idx < s0 - 1 and _is_cue(t, classes) and not _inside_any(doc, t)]
        # the tagger may run two sentences together: a cue before a full stop reports
        # something else ("... that it would add complexity. “Q,” said Mr. Burman.")
        cues = [t for t in cues if not re.search(r"[.!?][”\"’']*\s+[“\"'`A-Z]", text[t.idx: s0])]
        # a gerund in a noun's prepositional phrase names a topic, not an act of saying ("said
        # Dunford, speaking to a conference on countering extremism, “Q2”")
        cues = [t for t in cues if not (t.dep_ == "pcomp" and t.head.head.pos_ in ("NOUN", "PROPN"))]
        if cues:
            cue = cues[-1]
            between = text[cue.idx + len(cue): s0 - 1]
            direct = between.rstrip().endswith((":", ",")) or not between.strip()
            # what the cue reports, when a single quotation may lie inside it (no colon or comma)
            ct = content_tokens(cue) if len(parts) == 1 and not between.rstrip().endswith((":", ",")) else None
            if direct and not between.strip() and ct:
                # "reported “2,521 shooting incidents” in the city": the clause goes on past the
                # closing mark, so the quoted words are part of a reported phrase, not all of it
                direct = not any(t.idx > e_last + 1 and not t.is_punct for t in ct)
            subj = subject_of(cue)
            if subj is not None and _in_parts(parts, subj.idx):
                # the parser took a subject inside the quotation for the cue's own ("Ryan
                # said,“Look, they've got no place ...”"): the speaker stands outside it
                subj = _subject_outside(cue, parts)
            if subj is None:  # inverted order: "Said Ellis: “Q”"
                subj = next((c for c in cue.children if c.i > cue.i and c.dep_ in ("dobj", "attr", "npadvmod",
                             "nsubj", "appos") and c.pos_ == "PROPN"
                             and c.ent_type_ not in NOT_SPEAKERS), None)
                if subj is None and cue.dep_ == "compound" and cue.head.pos_ == "PROPN":
                    subj = cue.head
                noun = cue.head if cue.dep_ == "acl" and cue.head.pos_ == "NOUN" else next(
                    (c for c in cue.head.children if c.dep_ == "dobj" and c.i < cue.i), None) \
                    if cue.dep_ == "advcl" and cue.head.lemma_ in ("quote", "cite") else None
                if subj is None and cue.tag_ == "VBG" and noun is not None:
                    # "It quotes Pompeo’s note saying: “Q”", "the paper quoted an aide saying": the
                    # note's writer, the one quoted, speaks
                    subj = next((c for c in noun.children if c.dep_ == "poss" and _personish(c)), None) \
                        or (noun if _personish(noun) and noun.lemma_.lower() not in ("statement", "report") else None)
            earlier = next((q for q in done if q.cue_span == (cue.idx, cue.idx + len(cue))), None)
            if earlier is not None and direct and earlier.kind == "direct" and earlier.end < s0:
                # "“Every time you say that,” Tester said, referring to ..., “you give ...”":
                # one quotation interrupted by its attribution
                earlier.spans.extend(parts)
                earlier.text = earlier.text + "\n" + qtext
                return None
            if earlier is not None and not direct:
                # the quoted words end the clause the cue already reported: one mixed quote
                earlier.kind = "mixed"
                earlier.spans = [(earlier.start, max(earlier.end, e_last))]
                earlier.text = _strip_marks(text[earlier.start:earlier.end])
                earlier.marks.append(parts[0])
                return None
            if subj is not None or direct:
                kind = "direct" if direct else "mixed"
                if kind == "mixed" and words <= 2 and subj is None:
                    return None
                spans, marks = parts, []
                if kind == "mixed" and ct:
                    # "reported “2,521 shooting incidents” in the city": the quoted words sit in
                    # the cue's object or clause, and what was reported is all of it
                    cs, ce = _trim(text, ct[0].idx, ct[-1].idx + len(ct[-1]))
                    if cs <= s0 <= ce and sent_of(ct[0]) == sent:
                        spans, marks = [(cs, max(ce, e_last))], list(parts)
                        qtext = _strip_marks(text[cs:max(ce, e_last)])
                return Quote(kind, spans, qtext, make_speaker(subj, entities), cue.lower_,
                             (cue.idx, cue.idx + len(cue)), _channel(between),
                             cue_class(cue), marks)
    # (a2) any clause that introduces the quote with a colon or comma and has a person as
    # subject: "Hillary shot back, “Q”", "the Board was conclusive in its findings: “Q”"
    if sent is not None and text[:s0 - 1].rstrip().endswith((":", ",")):
        verbs = [t for t in sent if t.idx < s0 - 1 and t.pos_ in ("VERB", "AUX") and not _inside_any(doc, t)]
        for v in reversed(verbs[-3:]):
            subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
            if subj is not None and _personish(subj) and subj.lower_ not in ("it", "this", "that", "there"):
                return Quote("direct", parts, qtext, make_speaker(subj, entities), v.lower_,
                             (v.idx, v.idx + len(v)))
    # (b) a cue after the closing mark: "“Q,” S said." / "“Q,” said S."
    close_tok = _token_at(doc, e_last)
    if close_tok is not None:
        # the tagger may end the sentence at the closing mark: read on to the paragraph's
        # next full stop instead of trusting the sentence boundary
        para_end = text.find("\n", e_last)
        para_end = len(text) if para_end < 0 else para_end
        after = []
        # (a speaker's relative clause or apposition can hold the cue off for thirty words:
        # "“Q,” another fighter, who asked to be known only by her nom de guerre, Ruken Renas,
        # told me", "“Q,” Maj Gen Yury Yevtushenko, head of the Russian centre for ..., was
        # quoted as saying")
        window = doc[close_tok.i + 1: close_tok.i + 20]
        name_run = next((k for k, t in enumerate(window) if t.pos_ != "PROPN"), len(window))
        relative = any(t.tag_ in ("WP", "WDT") and t.i > 0 and doc[t.i - 1].text == "," for t in window) \
            or 0 < name_run < 8 and window[name_run].text == ","
        for t in doc[close_tok.i + 1: close_tok.i + (36 if relative else 20)]:
            if t.idx >= para_end or t.text in ("“", "\"", "«"):
                break
            after.append(t)
            if t.text in (".", "!", "?", ";"):
                break
        lead_in = doc[open_tok.i - 1] if open_tok is not None and open_tok.i > 0 else None
        if lead_in is not None and sent is not None and lead_in.i >= sent.start and lead_in.pos_ in ("DET", "ADJ", "ADP") \
                and len(parts) == 1 and not re.search(r"[.!?]\s+\S", qtext):
            # "Bemoaning the “phony system,” Trump accused Holt of ...": words after a
            # determiner or a preposition are a phrase quoted inside a clause (when they hold
            # no sentence of their own), not an utterance the next clause attributes; a
            # fronted participle of saying quotes them for the main clause's subject, and the
            # main verb keeps its own report
            return _participle_quote(doc, lead_in, parts, qtext, entities, classes)
        # (a subheading in single quotes may follow: "“... seeing now.” ‘Added room for
        # misjudgment’ Accounts from inside ...")
        first_word = next((t for t in after if not t.is_punct), None)
        if text[e_last - 1:e_last] == "." and first_word is not None and first_word.text[:1].isupper() and not (
                len(after) <= 8 and after[-1].text == "." and any(_is_cue(t, classes) for t in after[:4])):
            # "“... insanity.” On Monday Trump promised ...": a full stop inside the quote and
            # a capital after it start a new sentence; only a bare "Trump said." attributes back
            after = []
        elif text[e_last - 1:e_last] in ("!", "?") and after and after[0].text[:1].isupper() \
                and not any(_is_cue(t, classes) for t in after[:4]):
            # a question or an exclamation may end the quote alone ("“…?” Trump said, looking
            # out on the crowd") or the sentence with it ("“… where they belong!” The planned
            # pullout was announced …"): only a reporting clause at once attributes back
            after = []
        for t in after[:34 if relative else 18]:
            if _is_cue(t, classes) and (t.dep_ == "relcl" or any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT") for c in t.children)):
                continue  # "a UN official, who asked not to be named, told the Guardian": the speaker's relative clause
            if _is_cue(t, classes) and text[e_last - 1:e_last] in ".!?" and t.i > after[0].i \
                    and any(c.dep_ == "ccomp" and c.i > t.i for c in t.children):
                break  # "“... oust.” Regional estimates suggest that ...": a new sentence's own report
            if _is_cue(t, classes):
                subj = subject_of(t)
                lead = [x for x in after if x.i < t.i]
                if t.tag_ in ("VBD", "VBZ", "VBP") and _subject_phrase(lead) and (
                        subj is None or not lead[0].i <= subj.i < t.i):
                    # "“Q,” Ramos, 58, told AFP": with words between the quote and the cue,
                    # the speaker is among them, never inside the quote or after the cue
                    subj = _first_nominal(lead) or subj
                quoted = t.head.head if t.head.dep_ == "prep" else t.head
                if t.tag_ == "VBG" and quoted.lemma_ == "quote" and quoted.i < t.i:
                    # "“Q,” General Yevtushenko ... was quoted as saying": who was quoted speaks
                    subj = next((c for c in quoted.children if c.dep_ in ("nsubjpass", "nsubj")
                                 and not _in_parts(parts, c.idx)), None) or _first_nominal(lead)
                if subj is not None and _in_parts(parts, subj.idx):
                    # the parser gave the cue a subject inside the quote as well as the one
                    # after it ("“If it does not ..., it will,” said James Acton")
                    subj = next((c for c in t.children if c.i > t.i and c.dep_ in ("nsubj", "nsubjpass")), None)
                    if subj is None and any(not x.is_punct for x in lead):
                        subj = _first_nominal(lead)
                if subj is None:
                    subj = next((c for c in t.children if c.dep_ in ("dobj", "attr", "npadvmod")
                                 and _personish(c)), None)
                sp = make_speaker(subj, entities)
                if sp is None and not any(not x.is_punct for x in lead):
                    sp = _inverted_speaker(doc, t, entities)
                between = text[t.idx: after[-1].idx + len(after[-1])]
                return Quote("direct", parts, qtext, sp, t.lower_, (t.idx, t.idx + len(t)),
                             _channel(between), cue_class(t))
        # any verb after a quote that ends in a comma is attributive ("“Q,” Trump shot back.")
        inner_end = text[max(0, e_last - 2):e_last].rstrip()
        if inner_end.endswith((",", "?", "!", "—")) and after and after[-1].text in (".", "!", "?"):
            verbs = [t for t in after if t.pos_ == "VERB"]
            if verbs and len(after) <= 8:
                v = verbs[0]
                subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None and _personish(subj):
                    return Quote("direct", parts, qtext, make_speaker(subj, entities), v.lower_,
                                 (v.idx, v.idx + len(v)))
        if inner_end.endswith((",", "?", "!", "—")):
            speaker, v = _name_and_verb(doc, after, entities)
            if speaker is not None:
                return Quote("direct", parts, qtext, speaker, v.lower_, (v.idx, v.idx + len(v)))
    # (c) a dash and a name: "“Q” — S"
    m = re.match(r"[”\"»]?\s*[-–—―‒]\s*((?:[A-Z][\w.'’-]+\s?){1,5})", text[e_last:e_last + 60])
    if m:
        st = e_last + m.start(1)
        en = st + len(m.group(1).rstrip())
        name = m.group(1).strip()
        hit = entity_at(entities, st, en)
        sp = Speaker(hit[0], hit[0].name, hit[1].start, hit[1].end, hit[1].text) if hit else \
            Speaker(None, name, st, en, name)
        return Quote("direct", parts, qtext, sp, None)
    # (c1) "According to HuffPo: “Q”", "According to the newspaper, “Q”"
    m = re.search(r"\baccording to ([^:,.]{2,60})[:,]\s*$", text[max(0, s0 - 90): s0 - 1], re.I)
    if m:
        st = s0 - 1 - len(text[max(0, s0 - 90): s0 - 1]) + m.start(1)
        span = doc.char_span(st, st + len(m.group(1).rstrip()), alignment_mode="expand")
        if span is not None:
            return Quote("direct", parts, qtext, make_speaker(span.root, entities), "according to", None)
    # (c2) a name and a colon with no verb: "Mark Blumenthal and Jon Cohen: “Q”"
    head = text[max(0, s0 - 80): s0 - 1]
    m = re.search(r"(?:^|[\n.—–-]\s*)(?:(?:Said|Says|Added|Adds|Continued|Asked|Wrote|Tweeted)\s+)?"
                  r"((?:[A-Z][\w.'’-]*\s?(?:and\s)?){1,6}):\s*$", head)
    if m:
        st = s0 - 1 - len(head) + m.start(1)
        tok = _token_at(doc, st)
        if tok is not None and not any(_is_cue(t, classes) for t in doc[tok.i: open_tok.i if open_tok else tok.i]):
            # an inverted cue word before the name ("Said Ellis:") is the attribution itself
            name_end = st + len(m.group(1).rstrip())
            span = doc.char_span(st, name_end, alignment_mode="expand")
            if span is not None and any(t.pos_ == "PROPN" for t in span):
                sp = make_speaker(span.root, entities)
                return Quote("direct", parts, qtext, sp, ":", None)
    # (c2b) a noun phrase right before the colon, in running text: "... doesn't surprise
    # Republican pollster Daron Shaw: “Q”", "From the report: “Q”"
    lead_in = text[max(0, s0 - 200):s0 - 1].rstrip()
    colon = _token_at(doc, s0 - 1 - (len(text[max(0, s0 - 200):s0 - 1]) - len(lead_in)) - 1) \
        if lead_in.endswith(":") else None
    if colon is not None and colon.text == ":" and colon.i > 0:
        src = doc[colon.i - 1]
        if src.pos_ in ("PROPN", "NOUN") and _personish(src) and src.ent_type_ not in NOT_PLACES_OR_TIMES \
                and src.lower_ not in ("people", "group"):
            return Quote("direct", parts, qtext, make_speaker(src, entities), ":", None)
    # (c3) a paragraph that ends with a colon introduces the quote that opens the next one:
    # "NBC News has proof:" / "“Should there be a database ...”"
    para_start = text.rfind("\n", 0, s0 - 1)
    if para_start > 0 and s0 - 1 == para_start + 1:
        prev_para = text[text.rfind("\n", 0, para_start - 1) + 1: para_start].rstrip()
        if prev_para.endswith(":"):
            tok = _token_at(doc, para_start - 2)
            if tok is not None:
                verbs = [t for t in sent_of(tok) if t.pos_ in ("VERB", "AUX")]
                for v in reversed(verbs):
                    subj = subject_of(v)
                    if subj is not None and _personish(subj):
                        return Quote("direct", parts, qtext, make_speaker(subj, entities),
                                     v.lower_, (v.idx, v.idx + len(v)))
    # (d) continues the previous speaker's quotation: "“Q1,” he said. “Q2.”", or a paragraph
    # that is all quote after a paragraph that ended with the speaker's words
    if previous is not None and previous.speaker is not None and previous.end <= s0:
        gap = text[previous.end: s0 - 1]
        # the gap may be only the previous quote's own attribution, however long its
        # apposition ("said Rev. Kyev Tatum, then senior pastor at ...")
        own_cue = previous.cue_span is not None and previous.end <= previous.cue_span[0] < s0
        limit = 40 if own_cue and gap.count(".") <= 2 else 12
        if "\n" in gap and gap[gap.rfind("\n"):].strip():
            limit = -1  # a new paragraph that opens with its own words introduces its own quote
        if gap.count("\n") <= 2 and len(gap.split()) <= limit and previous.kind == "direct":
            # one quotation interrupted by its attribution: one quote with several spans
            previous.spans.extend(parts)
            previous.text = previous.text + "\n" + qtext
            return None
        if gap.count("\n") <= 2 and len(gap.split()) <= limit:
            return Quote("direct", parts, qtext, previous.speaker, previous.cue, previous.cue_span,
                         previous.channel, previous.cue_class)
    # (d3) a quotation that opens a sentence right after someone's reported speech goes on
    # with that speaker: "A spokesperson reiterated that services were suspended in 2012. “The
    # government will do what it takes ...”" (the news convention of a paraphrase, then the
    # words themselves)
    if open_tok is not None and sent is not None and open_tok.i <= sent.start + 1 and words >= 6:
        said = [q for q in done if q.kind != "direct" and q.speaker is not None and q.cue_span is not None
                and not q.learned and q.end <= s0]
        last = max(said, key=lambda q: q.end, default=None)
        close = _token_at(doc, e_last)
        if close is not None and any(t.idx > e_last and _is_cue(t, classes) for t in sent_of(close)):
            last = None  # its own attribution follows, however far ("“Q,” Leonard E. Burman, director of ..., said")
        if last is not None and (previous is None or previous.end < last.end):
            gap = text[max(last.end, last.cue_span[1]): s0 - 1]
            if gap.count("\n") <= 2 and len(gap.split()) <= 2 and gap.count(".") <= 1 and not re.search(r"[?!]", gap):
                return Quote("direct", parts, qtext, last.speaker, last.cue, last.cue_span, last.channel,
                             last.cue_class)
    # (d2) the sentence before announces a statement without giving it: "Smith spoke to
    # reporters on Monday." / "X said in a statement." followed by the quote itself
    # (a name in quotation marks opening a sentence, 'The “Minsk agreement” stipulated ...', is
    # no statement: the quotation must be sentence-sized, as in (e))
    # (the tagger may run the sentence before into the quotation: "... said the opposite.
    # “Last night they bombed the hospital ...”")
    run_on = open_tok is not None and sent is not None and open_tok.i > sent.start + 1 \
        and doc[open_tok.i - 1].text in (".", "!", "?", ":")
    if open_tok is not None and sent is not None and (sent.start > 0 or run_on) \
            and (open_tok.i <= sent.start + 1 or run_on) and (words >= 6 or open_tok.i == sent.start):
        prev_sent = doc[sent.start:open_tok.i] if run_on else sent_of(doc[sent.start - 1])
        if text.count("\n", prev_sent.end_char, s0) <= 2:
            for v in reversed(list(prev_sent)):
                if (_is_cue(v, classes) or v.lemma_ in ("speak", "talk", "address", "tweet")) \
                        and _complement(v) is None and not _inside_any(doc, v):
                    subj = subject_of(v)
                    if subj is not None and (_personish(subj) or _people_noun(subj)) \
                            and not _inside_any(doc, subj):  # ("a Kurdish resident of the city ... said the opposite.")
                        return Quote("direct", parts, qtext, make_speaker(subj, entities), v.lower_,
                                     (v.idx, v.idx + len(v)), _channel(text[v.idx:prev_sent.end_char]),
                                     cue_lexicon().get(v.lemma_.lower(), "speech"))
                    break
    # (e) no attribution: a scare quote or a title unless it is a sentence of its own
    if words < 6:
        return None
    return Quote("direct", parts, qtext, None, None)


def _participle_quote(doc: Doc, lead_in: Token, parts: list[tuple[int, int]], qtext: str,
                      entities: list[Entity], classes: tuple[str, ...]) -> Quote | None:
    """A phrase quoted in a fronted participle clause of saying: "Casting Iran as a
    “cancerous influence”, Pompeo said ...", "Bemoaning the “phony system,” Trump accused
    ...". The participle is the cue and the main clause's subject the speaker."""
    verb = next((a for a in [lead_in, *lead_in.ancestors] if a.pos_ == "VERB"), None)
    if verb is None or verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.head.idx < parts[-1][1]:
        return None
    if not (_is_cue(verb, classes) or cue_probability(verb) >= model()[1]):
        return None
    subj = subject_of(verb.head)
    if subj is None or subj.i < verb.i:
        return None
    return Quote("mixed", parts, qtext, make_speaker(subj, entities), verb.lower_,
                 (verb.idx, verb.idx + len(verb)), None, cue_class(verb) or "speech")


def _inner_marks(mark_spans: list[tuple[int, int]], s: int, e: int) -> list[tuple[int, int]]:
    """The quotations lying inside the reported span [s, e) (their marks may sit just outside
    it): the verbatim parts that make a quote mixed."""
    return [(a, b) for a, b in mark_spans if a - 1 >= s and b <= e + 1]


def _title_case(words: str) -> bool:
    """Whether a short quotation reads as a name: every word of three letters or more capitalised."""
    ws = [w for w in re.findall(r"[A-Za-z][\w’']*", words) if len(w) >= 3]
    return bool(ws) and all(w[0].isupper() for w in ws)


def _in_parts(parts: list[tuple[int, int]], pos: int) -> bool:
    return any(s <= pos < e for s, e in parts)


def _subject_outside(cue: Token, parts: list[tuple[int, int]]) -> Token | None:
    """The nearest subject of the cue or a verb governing it that is not in the quote."""
    t = cue
    for _ in range(5):
        for c in t.children:
            if c.dep_ in ("nsubj", "nsubjpass") and not _in_parts(parts, c.idx) and _personish(c):
                return c
        if t.head == t:
            break
        t = t.head
    return None


def _subject_phrase(toks: list[Token]) -> bool:
    """Whether the words between a closing mark and a cue open with a noun phrase and have
    no verb before their first comma ("Ramos, 58," yes; "about the decision," or "to
    discuss his remarks" no)."""
    words = [t for t in toks if not t.is_punct]
    if not words or words[0].pos_ not in ("PROPN", "NOUN", "PRON", "DET"):
        return False
    for t in toks:
        if t.text == ",":
            break
        if t.pos_ in ("VERB", "AUX") or t.dep_ == "prep" and t is words[0]:
            return False
    return True


def _first_nominal(toks: list[Token]) -> Token | None:
    """The head of the first noun phrase in a run of tokens ("Brent Bozell III, founder of
    ..." → Bozell; "the man" → man); appositions and compounds climb to their head."""
    inside = {t.i for t in toks}
    first = next((t for t in toks if t.pos_ in ("PROPN", "NOUN", "PRON") and t.ent_type_ not in NOT_SPEAKERS), None)
    if first is None:
        return None
    t = first
    while t.dep_ in ("compound", "flat", "amod", "nmod", "poss", "det") and t.head.i in inside and t.head.i > t.i:
        t = t.head
    return t


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return span[0]


def _inside_any(doc: Doc, tok: Token) -> bool:
    for q in find_quote_marks_cached(doc):
        if any(s <= tok.idx < e for s, e in q):
            return True
    return False


def find_quote_marks_cached(doc: Doc) -> list[list[tuple[int, int]]]:
    key = "_newswire_marks"
    if key not in doc.user_data:
        doc.user_data[key] = find_quote_marks(text_of(doc))
    return doc.user_data[key]


def iter_speaker_mentions(quotes: list[Quote]) -> Iterator[tuple[Entity, Mention]]:
    """Speaker references that should count as mentions of their entity ("He", "the dictator")."""
    for q in quotes:
        sp = q.speaker
        if sp is not None and sp.entity is not None:
            yield sp.entity, Mention(sp.start, sp.end, sp.text, "pronoun")
