"""Shared reading of the PLOVER gold-standard records (CAMEO manual examples, CC BY-SA 4.0)."""

from __future__ import annotations

import json
from pathlib import Path

from newswire.evaluate import shared_dir

GSR = shared_dir() / "eval/events/plover-gsr-cameo/PLOVER_GSR_CAMEO.json"
CAMEO2PLOVER = shared_dir() / "eval/events/plover-gsr-cameo/CAMEO2PLOVER-2021.txt"
# The 0.5b1 categories of the records that the 2021 table folded into others
# (CAMEO2PLOVER-2021: 10 → REQUEST, 09 and 11 → ACCUSE, 19 → ASSAULT).
OLD_TO_NEW = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}

# The records write three sectors in another alphabet than CAMEO's, which newswire codes in
# (with the Phoenix dictionaries): MED for medical workers ("Swiss doctors", "Red Crescent in
# Bam"), JRN for the press ("La Prensa", "prominent anti-Syria journalist") and CIV for
# civilians ("Libyans"). CAMEO's codes for these are HLH, MED and CVL (CAMEO manual, ch. 3).
GOLD_SECTOR_TO_CAMEO = {"MED": "HLH", "JRN": "MED", "CIV": "CVL"}


# The records' readme says their states were edited to ISO 3166 codes; one older CAMEO/KEDS
# state code was left ("Tokyo", "Japan" coded JAP, no ISO 3166 code). It is read as the ISO
# code of the same state; the figure with the codes as written is printed beside it.
GOLD_COUNTRY_TO_ISO = {"JAP": "JPN"}


def gold_country(code: str) -> str:
    """A record's country code in ISO 3166 alpha-3."""
    return GOLD_COUNTRY_TO_ISO.get(code, code)


def gold_sector(code: str) -> str:
    """A record's three-letter sector in CAMEO's alphabet."""
    return GOLD_SECTOR_TO_CAMEO.get(code, code)


def load_records(path: Path = GSR) -> list[dict]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [r for r in data if r.get("text") and r.get("event")]


def split(records: list[dict], part: str) -> list[dict]:
    """``tune``: records at even positions (2nd, 4th, ...); ``report``: odd (1st, 3rd, ...),
    held out for reported figures only."""
    if part == "all":
        return records
    start = 1 if part == "tune" else 0
    return records[start::2]


def gold_type(rec: dict) -> str:
    return OLD_TO_NEW.get(rec["event"], rec["event"])


def load_cameo2plover(path: Path = CAMEO2PLOVER) -> dict[str, tuple[str, str | None]]:
    """CAMEO code → (PLOVER type, mode) from the 2021 table."""
    out: dict[str, tuple[str, str | None]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line or ":" not in line or not line[0].isdigit():
            continue
        code, rest = line.split(":", 1)
        parts = [p.strip() for p in rest.split(",")]
        out.setdefault(code.strip(), (parts[0], parts[1] or None if len(parts) > 1 else None))
    return out
