"""ACLED sub-event types for PLOVER events, through ``data/acled_crosswalk.tsv``."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def crosswalk() -> list[tuple[str, str, re.Pattern[str] | None, str, dict[str, frozenset[str]]]]:
    rows = []
    text = (resources.files("newswire") / "data" / "acled_crosswalk.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            cols = line.split("\t")
            typ, mode, rx, sub = cols[:4]
            # optional fifth column: sectors the actor and target must have ("actor=MIL|REB;target=...")
            need = {k: frozenset(v.split("|")) for k, _, v in
                    (c.partition("=") for c in (cols[4].split(";") if len(cols) > 4 else []))}
            rows.append((typ, mode, None if rx == "-" else re.compile(rx, re.I), sub, need))
    return rows


def acled_subtype(event: dict | None, sentence: str) -> str | None:
    """The ACLED sub-event type of a newswire event (or of a sentence with no event)."""
    for typ, mode, rx, sub, need in crosswalk():
        if event is None and typ != "*":
            continue
        if event is not None and typ not in ("*", event["type"]):
            continue
        if mode != "*" and (event is None or event.get("mode") != mode):
            continue
        if rx is not None and not rx.search(sentence):
            continue
        if need and (event is None or any(((event.get(k) or {}).get("sector") or "-") not in v
                                          for k, v in need.items())):
            continue
        return sub
    return None
