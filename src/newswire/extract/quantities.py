"""How many: numbers attached to an event's participants, with approximation markers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from newswire.annotate import ents_of, text_of

WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "hundred": 100, "thousand": 1000, "dozen": 12,
}
# vague quantities count as approximate lower bounds ("dozens killed" → 24, approx)
VAGUE = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "tens of thousands": 20000,
         "hundreds of thousands": 200000, "millions": 2000000}
SCALE = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "k": 1_000, "m": 1_000_000}
APPROX = ("up to", "over", "more than", "about", "around", "nearly", "almost", "some", "roughly",
          "approximately", "at least", "estimated", "as many as", "fewer than", "less than", "close to")


@dataclass(slots=True)
class Quantity:
    value: float
    unit: str | None
    approx: bool
    start: int
    end: int


def parse_number(text: str) -> float | None:
    t = text.lower().replace(",", "").strip()
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(thousand|million|billion|k|m)?", t)
    if m:
        return float(m.group(1)) * SCALE.get(m.group(2) or "", 1)
    parts = t.split()
    if parts and all(p in WORD_NUMBERS for p in parts):
        total = 1
        for p in parts:
            total *= WORD_NUMBERS[p]
        return float(total)
    return None


def quantity_near(tok: Token) -> Quantity | None:
    """A number modifying ``tok`` (or its object/subject): "20,000 people", "over 80 times"."""
    doc = tok.doc
    cands: list[Token] = []
    for t in [tok, *tok.children]:
        cands.extend(c for c in t.children if c.dep_ in ("nummod",) or c.like_num)
        if t.dep_ in ("dobj", "nsubj", "nsubjpass", "npadvmod", "pobj", "attr"):
            cands.extend(c for c in t.children if c.like_num or c.dep_ == "nummod")
        if t.lower_ in VAGUE:
            cands.append(t)
    for c in cands:
        if c.ent_type_ in ("DATE", "TIME") or (c.head.lower_ in ("in", "since", "by", "until", "of")
                                               and re.fullmatch(r"1[89]\d\d|20\d\d", c.text)):
            continue  # "sent forces in 2015": a year says when, not how many
        if c.lower_ == "one" and c.i > 0 and doc[c.i - 1].lower_ in ("no", "every", "any", "each"):
            continue  # "arrested no one": a pronoun, no count
        ent = next((e for e in ents_of(doc) if e.start <= c.i < e.end and e.label_ in ("CARDINAL", "QUANTITY")), None)
        span_text = ent.text if ent is not None else c.text
        start = ent.start_char if ent is not None else c.idx
        end = ent.end_char if ent is not None else c.idx + len(c)
        low = span_text.lower()
        approx = False
        for a in APPROX:
            if low.startswith(a + " "):
                approx, low = True, low[len(a) + 1:]
        before = text_of(doc)[max(0, start - 15):start].lower()
        if any(before.rstrip().endswith(a) for a in APPROX):
            approx = True
        if low in VAGUE:
            value: float | None = VAGUE[low]
            approx = True
        else:
            value = parse_number(low)
        if value is None:
            continue
        unit_tok = c.head if c.head != c else None
        unit = unit_tok.lemma_.lower() if unit_tok is not None and unit_tok.pos_ == "NOUN" else None
        if unit == "people":
            unit = "people"
        if unit in ("time",):
            unit = "times"
        return Quantity(value, unit, approx, start, end)
    return None
