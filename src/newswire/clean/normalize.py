"""Unicode and whitespace normalisation that keeps typographic quotes and paragraphs."""

from __future__ import annotations

import re
import unicodedata

_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\f\v]")


# dashes the tagger has not seen, as the em dash it reads as punctuation: the horizontal bar
# of quotation-dash styles ("made public ― Trump boasted") was a verb or a noun to it, and the
# parse around it fell apart; one character for one, so offsets hold
_DASHES = str.maketrans({"\u2015": "\u2014", "\u2012": "\u2013"})


def same_length_normalize(text: str) -> str:
    """The character-for-character part of ``normalize_text`` (offsets are kept)."""
    return text.translate(_DASHES)


def normalize_text(text: str) -> str:
    """NFC, visible spaces, ``\\n`` line ends, at most one blank line between paragraphs.

    Curly quotes and apostrophes are kept: the quote stage relies on their direction.
    """
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = same_length_normalize(text.translate(_INVISIBLE))
    text = _SPACES.sub(" ", text)
    # a bullet inside a line is an item the scraper ran into the one before it ("... said
    # Afrini. • This article was amended on ...", "Margaret Owen London • Turkey has said"):
    # each item is a paragraph of its own, so boilerplate rules see it and no sentence spans two
    text = re.sub(r"(?<=\S) +• +(?=\S)", "\n\n", text)
    lines = [re.sub(r" {2,}", " ", ln).strip() for ln in text.split("\n")]
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()
