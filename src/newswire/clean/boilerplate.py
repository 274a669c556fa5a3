"""Remove boilerplate lines from scraped text, recording each removal and its reason.

Patterns live in ``data/boilerplate.tsv``. Beyond the patterns, two layout rules catch
what scrapers leave around the body: a headline-like first line is the title, and
short "Topic: headline" teaser lines without sentence punctuation are links to other
articles (the related-article widgets of news sites).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from newswire.clean.line_classifier import boilerplate_probability
from newswire.datafiles import read_words
from newswire.models import Boilerplate

_END_PUNCT = tuple(".!?…:;\"”’)»")
# The classifier removes a line only when it is confident and the line is short: a
# missed promo line costs less than a lost paragraph of the article.
CLASSIFIER_THRESHOLD = 0.9
CLASSIFIER_MAX_WORDS = 20


@dataclass(frozen=True, slots=True)
class Rule:
    reason: str
    kind: str
    pattern: re.Pattern[str]


@lru_cache(maxsize=1)
def load_rules() -> tuple[Rule, ...]:
    text = (resources.files("newswire") / "data" / "boilerplate.tsv").read_text(encoding="utf-8")
    rules = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        reason, kind, rx = line.split("\t", 2)
        flags = re.IGNORECASE if not rx.startswith("^by [A-Z]") else 0
        rules.append(Rule(reason, kind, re.compile(rx, flags)))
    return tuple(rules)


def headline_like(line: str) -> bool:
    """Short, no sentence-final punctuation, mostly capitalised words."""
    words = line.split()
    if not words or len(words) > 25 or line.endswith(_END_PUNCT):
        return False
    return True


def is_teaser(line: str) -> bool:
    """'Russia: Putin unveils new Belarus deal' — a topic-prefixed link to another story."""
    return headline_like(line) and re.match(r"^[A-Z][\w'’ .-]{1,30}:\s+\S", line) is not None


_SENTENCE = re.compile(r"\b(is|are|was|were|has|have|had|did|does|do|said|says|will|would|can|could)\b"
                       r"|n[’']t\b|[’']re\b|\b\w{3,}(ed|es|ing)\b", re.I)


def _is_prose(words: list[str]) -> bool:
    """A finite verb the regular endings or the irregular forms show ("withdrew", "wrote")."""
    if _SENTENCE.search(" ".join(words)):
        return True
    irregular = read_words("irregular_verbs.txt")
    return any(w.strip(".,;:!?\"“”’'()").lower() in irregular for w in words[1:])


def classifier_removes(line: str, position: float) -> bool:
    """The classifier's verdict, limited to short lines that are not sentences of prose."""
    words = line.split()
    if len(words) > CLASSIFIER_MAX_WORDS:
        return False
    if len(words) >= 6 and line.rstrip().endswith((".", "”", "\"", ":")) and _is_prose(words) \
            and "@" not in line:
        # "Sanders' campaign didn't return a request seeking comment." is the article, and so
        # is "In the text accompanying the video post, Wallnau wrote:" (a quote's introduction)
        return False
    return boilerplate_probability(line, position) >= CLASSIFIER_THRESHOLD


def match_rule(line: str) -> Rule | None:
    for rule in load_rules():
        if rule.pattern.search(line):
            return rule
    return None


_LINK = re.compile(r"@\w|https?://|www\.", re.I)


def strip_boilerplate(text: str, take_title: bool) -> tuple[str, str | None, list[Boilerplate]]:
    """Return (body, title, removed). Paragraph breaks of the body are kept."""
    lines = text.split("\n")
    removed: list[Boilerplate] = []
    keep: list[str | None] = []  # None: a line the statistical rules removed
    title: str | None = None
    first = next((i for i, ln in enumerate(lines) if ln.strip()), None)
    if take_title and first is not None and headline_like(lines[first]):
        rest = [ln for ln in lines[first + 1:] if ln.strip()]
        if rest:  # a one-line text is a body, not a title
            title = lines[first].strip()
            lines[first] = ""
    in_block = False
    guessed: list[tuple[int, str]] = []  # lines only the statistical rules removed
    n_lines = len(lines)
    for idx, ln in enumerate(lines):
        s = ln.strip()
        if not s:
            keep.append("")
            continue
        rule = match_rule(s)
        if rule is not None:
            removed.append(Boilerplate(s, rule.reason))
            in_block = rule.kind == "block"
            continue
        if in_block and headline_like(s):
            removed.append(Boilerplate(s, "promo"))
            continue
        in_block = False
        teaser = is_teaser(s)
        if teaser or classifier_removes(s, idx / max(1, n_lines - 1)):
            guessed.append((len(keep), ln))
            removed.append(Boilerplate(s, "promo" if teaser else "other"))
            keep.append(None)
            continue
        keep.append(ln)
    guessed = [(at, ln) for at, ln in guessed if not _LINK.search(ln)]
    if guessed and not any(k and k.strip() for k in keep):
        # The teaser and line-classifier rules are guesses about lines around an article: a
        # text they would empty is a headline or a snippet on its own ("US throws out Russian
        # diplomats: Russia vows revenge"), kept whole rather than lost (trafilatura's
        # fallback: a stricter pass that finds nothing gives way to a looser one). A line
        # with a handle or a link ("Follow Jane Doe on Twitter @janedoe") stays removed.
        for at, ln in guessed:
            keep[at] = ln
        texts = {ln.strip() for _, ln in guessed}
        removed = [b for b in removed if b.text not in texts]
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(k for k in keep if k is not None)).strip()
    return body, title, removed
