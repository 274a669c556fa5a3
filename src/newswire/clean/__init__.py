"""Clean: normalise, strip boilerplate, identify language, give the article its id."""

from __future__ import annotations

import hashlib

from newswire.clean.boilerplate import strip_boilerplate
from newswire.clean.language import SUPPORTED, detect_language
from newswire.clean.normalize import normalize_text
from newswire.models import CleanArticle, RawItem


def article_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def clean(item: RawItem) -> CleanArticle:
    text = normalize_text(item.text)
    # Plain text carries its headline as the first line; HTML and JSONL give it apart.
    take_title = item.title is None and item.input_format == "text"
    body, title, removed = strip_boilerplate(text, take_title=take_title)
    lang, prob = detect_language(body)
    if item.language and (lang is None or prob < 0.9):
        lang = item.language.split("-")[0].lower()
    notes = []
    if lang is not None and lang not in SUPPORTED:
        notes.append(f"language not supported yet: {lang}")
    return CleanArticle(
        id=article_id(body),
        external_id=item.external_id,
        url=item.url,
        source=item.source,
        title=item.title or title,
        published=item.published,
        language=lang,
        text=body,
        boilerplate=removed,
        notes=notes,
        input_format=item.input_format,
    )
