"""Event coding on the PLOVER gold-standard records: type, actor and target, mode.

Usage: newswire eval events [--part tune|report|all]
The records at odd positions (1st, 3rd, ...) are held out ("report"); tune on "tune".
Each sentence is analysed alone; the predicted event is the one whose trigger falls in
the gold event text (the EVT markup), else the first event found. Sentences where
newswire finds no event count as wrong. Gold sectors are read in CAMEO's alphabet (the
records' MED, JRN, CIV are CAMEO's HLH, MED, CVL; ``evaluate/plover.py``).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from newswire.evaluate import f1_per_label
from newswire.evaluate.plover import GSR, gold_country, gold_sector, gold_type, load_records, split


def _dicts(v: object) -> list[dict]:
    """Gold actors are a list of objects, one object, or (in one record) a stray string."""
    if isinstance(v, dict):
        return [v]
    return [a for a in v if isinstance(a, dict)] if isinstance(v, list) else []


def _code_ok(p: dict, codes: set[str]) -> bool:
    """Gold codes are ISO3 or a non-state code (IGO, NGO) that newswire keeps as the sector;
    CAMEO's IGO and NGO both mean a body of no one state, so either sector matches either."""
    if p.get("country") is None and codes & {"IGO", "NGO"}:
        return p.get("sector") in ("IGO", "NGO")
    return p.get("country") in codes


def _pick(events: list[dict], rec: dict) -> dict | None:
    if not events:
        return None
    words = {w.lower() for w in (rec.get("eventText") or "").split()}
    for v in events:
        if v["trigger"]["text"].lower() in words:
            return v
    return events[0]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--part", default="tune", choices=["tune", "report", "all"])
    ap.add_argument("--errors", action="store_true", help="print each wrong type, actor or target")
    args = ap.parse_args(argv)
    if not GSR.exists():
        sys.exit(f"PLOVER gold records not found at {GSR}")
    from newswire.models import RawItem
    from newswire.pipeline import Pipeline

    recs = split(load_records(), args.part)
    pipe = Pipeline(skip_exact_duplicates=False)
    items = [RawItem(external_id=r["id"], text=r["text"], title="", input_format="jsonl") for r in recs]
    tp: Counter = Counter()
    fp: Counter = Counter()
    fn: Counter = Counter()
    correct = found = 0
    act = {"country": [0, 0], "sector": [0, 0]}
    tar = {"country": [0, 0]}
    act_sector_raw = act_country_raw = tar_country_raw = 0
    mode = [0, 0]
    family = [0, 0]  # the count is mode[1]
    for rec, res in zip(recs, pipe.run(items), strict=True):
        gold = gold_type(rec)
        rep = res.report or {"events": []}
        v = _pick(rep["events"], rec)
        pred = v["type"] if v else None
        found += v is not None
        if pred == gold:
            correct += 1
            tp[gold] += 1
        else:
            fn[gold] += 1
            if pred:
                fp[pred] += 1
        gsrc = _dicts(rec.get("source"))
        if gsrc and v is not None:
            a = v.get("actor") or {}
            written = {s.get("code") for s in gsrc if s.get("code")}
            codes = {gold_country(c) for c in written}
            # a gold sector's first three letters are CAMEO's sector ("CVLalb": civilians,
            # Albanian); "***" is no sector coded and is left out, as in the resolve eval
            raw = {s["sector"][:3] for s in gsrc if (s.get("sector") or "")[:3].isalpha()}
            secs = {gold_sector(s) for s in raw}  # the records' MED/JRN/CIV in CAMEO's letters
            if codes:
                act["country"][1] += 1
                act["country"][0] += _code_ok(a, codes)
                act_country_raw += _code_ok(a, written)
            if secs:
                act["sector"][1] += 1
                # PLOVER codes an international body by its role: "function" where newswire has one
                act["sector"][0] += (a.get("function") or a.get("sector")) in secs
                act_sector_raw += (a.get("function") or a.get("sector")) in raw
        gtar = _dicts(rec.get("target"))
        if gtar and v is not None:
            written = {s.get("code") for s in gtar if s.get("code")}
            codes = {gold_country(c) for c in written}
            if codes:
                tar["country"][1] += 1
                tar["country"][0] += _code_ok(v.get("target") or {}, codes)
                tar_country_raw += _code_ok(v.get("target") or {}, written)
        if args.errors:
            _print_errors(rec, gold, v, gsrc, gtar)
        if rec.get("mode") and v is not None and pred == gold:
            mode[1] += 1
            mode[0] += (v.get("mode") or "") == rec["mode"]
            # PLOVER 0.5 splits modes newswire keeps whole ("demo" → demo-org / demo-spon)
            family[0] += (v.get("mode") or "").split("-")[0] == rec["mode"].split("-")[0]
    n = len(recs)
    types = sorted(set(tp) | set(fn) | set(fp))
    f1s = f1_per_label(tp, fp, fn, types)
    print(f"PLOVER GSR ({args.part}: {n} sentences; 0.5b1 DEMAND/DISAPPROVE/INVESTIGATE/FIGHT mapped by CAMEO2PLOVER-2021)")
    print(f"  sentences with an event found:     {found / n:.3f}")
    print(f"  event type accuracy:               {correct / n:.3f}")
    print(f"  event type macro-F1 ({len(types)} types):     {sum(f1s) / len(f1s):.3f}")

    def frac(x: list[int]) -> str:
        return f"{x[0] / x[1]:.3f} ({x[0]}/{x[1]})" if x[1] else "n/a"

    print(f"  actor country accuracy:            {frac(act['country'])}   (events found, gold has a code)")
    print(f"    (codes as written, JAP not read as JPN: {frac([act_country_raw, act['country'][1]])})")
    print(f"  actor sector accuracy:             {frac(act['sector'])}")
    print(f"    (letters as written, MED/JRN/CIV not read as CAMEO's: {frac([act_sector_raw, act['sector'][1]])})")
    print(f"  target country accuracy:           {frac(tar['country'])}")
    print(f"    (codes as written, JAP not read as JPN: {frac([tar_country_raw, tar['country'][1]])})")
    print(f"  mode accuracy (type right):        {frac(mode)}")
    print(f"  mode family (demo-org ~ demo):     {frac([family[0], mode[1]])}")
    print("  per type (gold → tp/fn):", ", ".join(f"{t} {tp[t]}/{fn[t]}" for t in types if tp[t] + fn[t]))


def _print_errors(rec: dict, gold: str, v: dict | None, gsrc: list[dict], gtar: list[dict]) -> None:
    def who(p: dict | None) -> str:
        return f"{p.get('text')!r}={p.get('country')}/{p.get('sector')}" if p else "-"

    def gwho(gs: list[dict]) -> str:
        return ", ".join(f"{g.get('actorText')!r}={g.get('code')}/{g.get('sector')}" for g in gs) or "-"

    a = (v or {}).get("actor") or {}
    t = (v or {}).get("target") or {}
    gc = {gold_country(g["code"]) for g in gsrc if g.get("code")}
    tc = {gold_country(g["code"]) for g in gtar if g.get("code")}
    flags = ("T" if not v or v["type"] != gold else " ") + ("A" if gc and not _code_ok(a, gc) else " ") + \
        ("G" if tc and not _code_ok(t, tc) else " ")
    if flags.strip():
        print(f"{flags} gold {gold} {gwho(gsrc)} -> {gwho(gtar)}")
        print(f"    got  {v['type'] if v else None} [{v['trigger']['text'] if v else ''}] {who(a)} -> {who(t)}")
        print(f"    {rec['text'][:200]!r}")


if __name__ == "__main__":
    main()
