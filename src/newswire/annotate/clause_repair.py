"""Clause repair: a sentence the parser read as a noun phrase, parsed again as a clause."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources

from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newswire.annotate import hyphen_start
from newswire.datafiles import read_rows

# An adverb that can only modify a verb: put before a word the parser read as an adjective
# or a noun, it makes the parser read the clause ("The CIA also armed Afghan rebels").
PROBE_ADVERB = "also"
CLAUSE_TAGS = ("VBD", "VBN", "VBZ", "VBP", "VB")
# where the model puts a verb it took for part of a noun phrase: "armed" in "The CIA armed
# Afghan rebels" is an adjective on "rebels", "detain" in "Police detain protesters" a noun,
# "lifts" in "Saudi Arabia lifts ban on women driving" an auxiliary
MODIFIER_DEPS = ("amod", "compound", "nmod", "ROOT", "npadvmod", "appos", "aux")
REPARSE_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")


class ClauseRepair:
    """Re-read a sentence the parser took for a noun phrase as the clause it is.

    The small model parses news sentences such as "The CIA armed Afghan rebels", "Armenia
    ceded control of the districts" or the headline "Police detain protesters in Minsk" as
    one noun phrase (the verb an adjective or a noun modifier), so no event has a verb, a
    subject or an object. When a sentence has no verbal root and a word after a noun could be
    an event verb, the sentence is parsed again with "also" before that word, which only a
    verb can follow; if the parser then finds a clause whose subject precedes the verb, that
    parse (without the adverb) replaces the noun phrase. Entities are kept as the model found them.
    """

    def __init__(self, nlp: Language, verbs: frozenset[str]) -> None:
        self.nlp = nlp
        self.verbs = verbs
        lemmatizer = nlp.get_pipe("lemmatizer")
        self.rules = lemmatizer.lookups.get_table("lemma_rules")["verb"]
        self.exceptions = lemmatizer.lookups.get_table("lemma_exc")["verb"]
        self.english_verbs = frozenset(lemmatizer.lookups.get_table("lemma_index")["verb"])

    def __call__(self, doc: Doc) -> Doc:
        for sent in list(doc.sents):
            if sent.root.pos_ in ("VERB", "AUX") or len(sent) < 3 or any(_finite(t) for t in sent):
                continue  # (a sentence with a finite verb of its own is a clause the parser hung elsewhere)
            for cand in self._candidates(sent):
                try:
                    if self._repair(doc, sent, cand):
                        break
                except (ValueError, IndexError, OverflowError):
                    break  # the model's own parse stays: a repair never costs an article
        return doc

    def _verb_lemmas(self, word: str) -> set[str]:
        word = word.lower()
        out = set(self.exceptions.get(word, []))
        for old, new in self.rules:
            if word.endswith(old) and len(word) > len(old) + 1:
                out.add(word[: len(word) - len(old)] + new)
        if word.endswith("ed") and len(word) > 4 and word[-3] == word[-4]:
            out.add(word[:-3])  # "shelled", "stopped"
        out.add(word)
        return out

    def _candidates(self, sent: Span) -> Iterator[Token]:
        for tok in sent[1:]:
            prev = tok.doc[tok.i - 1]
            if not (prev.pos_ in ("NOUN", "PROPN") or hyphen_start(prev) < prev.i) or not prev.whitespace_:
                continue  # the subject's last word is a noun ("the UN secretary-general")
            if tok.tag_ not in CLAUSE_TAGS + ("JJ", "NN", "NNS") or tok.dep_ not in MODIFIER_DEPS:
                continue  # a verb read as a modifier or as the head; an object stays one
            if tok.lower_.endswith("ing"):
                continue  # "the mass killing of people": a nominal, not a finite verb
            if tok.tag_ == "NNS" and not (tok.lower_.endswith("s") and prev.tag_ in ("NN", "NNP")):
                continue  # "Armenia mobilises reservists": a present verb after a singular subject
            # a word the tagger read as a verb needs only to be an English verb (WordNet's, in
            # the lemmatizer's index); one it read as an adjective or a noun must be an event verb
            known = self.english_verbs if tok.tag_ in CLAUSE_TAGS else self.verbs
            if self._verb_lemmas(tok.text) & known:
                yield tok

    def _repair(self, doc: Doc, sent: Span, cand: Token) -> bool:
        k = cand.i - sent.start  # the adverb's place in the re-read sentence
        words = [t.text for t in sent]
        spaces = [bool(t.whitespace_) for t in sent]
        words.insert(k, PROBE_ADVERB)
        spaces.insert(k, True)
        re_doc = Doc(self.nlp.vocab, words=words, spaces=spaces)
        for name in REPARSE_PIPES:
            re_doc = self.nlp.get_pipe(name)(re_doc)
        verb = re_doc[k + 1]
        if verb.dep_ != "ROOT" or verb.pos_ != "VERB" or not any(
                c.dep_ in ("nsubj", "nsubjpass") and c.i < k for c in verb.children):
            return False
        arr = doc.to_array([HEAD, DEP])  # unsigned: a head is an offset modulo 2**64
        for j in range(len(sent)):
            r = re_doc[j if j < k else j + 1]
            h = r.head.i if r.head.i != k else k + 1
            h = h if h < k else h - 1
            arr[sent.start + j, 0] = (h - j) % 2**64
            arr[sent.start + j, 1] = r.dep
        doc.from_array([HEAD, DEP], arr)
        for j, tok in enumerate(sent):
            r = re_doc[j if j < k else j + 1]
            tok.tag_, tok.pos_, tok.lemma_ = r.tag_, r.pos_, r.lemma_
        return True


def _finite(tok: Token) -> bool:
    """A finite verb or auxiliary in its place: "had" in "had emerged", "has" in "who has";
    not one the parser hung on a noun as a modifier ("lifts" in "lifts ban")."""
    return tok.pos_ in ("VERB", "AUX") and tok.tag_ in ("VBD", "VBZ", "VBP", "MD") \
        and not (tok.dep_ in MODIFIER_DEPS and tok.head.pos_ in ("NOUN", "PROPN"))


@lru_cache(maxsize=1)
def event_verbs() -> frozenset[str]:
    """Verbs that can report an event or a statement: the trigger table's, the CAMEO
    dictionary's and the quote cues' (only a verb that could carry an event is worth a repair)."""
    verbs = {row[0] for row in read_rows("event_triggers.tsv") if len(row) > 1 and row[1] == "VERB"}
    verbs |= {row[0] for row in read_rows("quote_cues.tsv") if " " not in row[0]}
    with gzip.open(resources.files("newswire") / "data" / "cameo_verbs.json.gz", "rt", encoding="utf-8") as fh:
        verbs |= set(json.load(fh)["verbs"])
    return frozenset(verbs)
