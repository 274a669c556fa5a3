"""Language identification (py3langid, a compact offline model)."""

from __future__ import annotations

import re
from functools import lru_cache

from newswire.datafiles import read_words

SUPPORTED = {"en"}
# the share of a text's words that are English function words above which it is English:
# running English prose has 40-50 %, a headline or a one-line lead 20-35 %; French, Spanish,
# German or Dutch prose shares only a handful of words with the list ("in", "a", "die")
ENGLISH_SHARE = 0.2


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str | None, float]:
    sample = text[:4000]
    if len(sample.strip()) < 20:
        return None, 0.0
    lang, prob = _identifier().classify(sample)
    if lang != "en" and prob < 0.3:
        # the model has no idea ("Israeli Prime Minister Benjamin Netanyahu met Palestinian
        # leader Yasser Arafat": Indonesian at 0.16): an item is analysed rather than lost
        return "en", float(prob)
    if lang != "en" and prob < 0.99:
        # a short English text the n-gram model takes for a creole or a neighbour: its
        # function words decide (data/english_function_words.tsv)
        words = re.findall(r"[a-z]+", sample.lower())
        share = sum(w in read_words("english_function_words.tsv") for w in words) / max(1, len(words))
        if share >= ENGLISH_SHARE:
            return "en", share
        if prob < 0.5 and "en" in [code for code, _ in _identifier().rank(sample)[:3]]:
            return "en", prob  # the model is unsure and English is among its three best guesses
        # names are no language: "Nigerian soldiers clashed with Boko Haram fighters near
        # Maiduguri" reads as Nigerian Pidgin for its names alone; the words around them decide
        rest = " ".join(w for w in sample.split() if not w[:1].isupper())
        if len(rest) >= 20:
            lang2, prob2 = _identifier().classify(rest)
            if lang2 == "en":
                return "en", float(prob2)
    return lang, float(prob)
