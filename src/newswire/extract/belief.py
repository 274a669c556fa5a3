"""Which attribution cues express a belief or intention rather than speech."""

from __future__ import annotations

from newswire.extract.quotes import cue_lexicon


def is_belief_cue(cue_text: str) -> bool:
    """True when the cue's last verb-like word is a belief verb in ``data/quote_cues.tsv``."""
    lex = cue_lexicon()
    words = [w.strip(".,;:").lower() for w in cue_text.split()]
    for w in reversed(words):
        for form in (w, w.rstrip("s"), w[:-2] if w.endswith("ed") else w, w[:-3] if w.endswith("ing") else w,
                     w[:-1] if w.endswith("d") else w):
            if form in lex:
                return lex[form] == "belief"
    return False
