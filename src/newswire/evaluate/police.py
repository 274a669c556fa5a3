"""Factuality test on IndiaPoliceEvents (Halterman et al. 2021): police KILL / ARREST / FORCE.

Usage: newswire eval police [--part tune|report|all] [--n 0]
Gold labels count only events the text asserts happened. A sentence is predicted
positive for a class when newswire finds an event of that class in it whose factuality
is asserted (and, in the second row, asserted or claimed), with police or security forces
as the actor, or no actor and police named in the sentence (passives: "killed in police
firing"). The keyword baseline marks a sentence when it names the police and a keyword of
the class, whatever the grammar says. Documents with even ids are "tune", odd "report".
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import defaultdict

from newswire.evaluate import shared_dir

DATA = shared_dir() / "eval/events/india-police-events/sents.csv"
CLASSES = ("KILL", "ARREST", "FORCE")
POLICE = re.compile(r"\b(police|policemen|cops?|constables?|jawans?|security forces|srp|crpf|rapid action force|army|troops|forces)\b")
KEYWORDS = {
    "KILL": re.compile(r"\b(kill(ed|ing|s)?|shot dead|died|dead|death)\b"),
    "ARREST": re.compile(r"\b(arrest(ed|s)?|detain(ed)?|held|custody|rounded up|nabbed)\b"),
    "FORCE": re.compile(r"\b(fir(ed|ing)|open(ed)? fire|lathi|tear ?gas|baton|charged|shot|bullets?|rounds)\b"),
}
# "police station" and "police complaint" name a place or a filing, not the force acting
# ("shot at ... under the naubatpur police station"); the proximity rule skips them
PLACE_AFTER = re.compile(r"\s+(station|stations|complaint|limits|outpost|chowki)\b")
FORCE_COERCE = ("crack", "dispers", "repress", "beat", "lathi", "break", "broke")


def classes_of(event: dict, sentence: str) -> set[str]:
    actor = event.get("actor") or {}
    # police act, or the actor is not coded and the police are named next to the event
    # ("four persons were killed in police firing")
    police = actor.get("sector") in ("COP", "MIL")
    target = event.get("target") or {}
    # the proximity rule is for passives with no agent ("killed in police firing"); a noun
    # such as "the attack" with no actor, or the police as the target, says nothing of
    # police force
    if not police and not actor.get("text") and event["trigger"].get("pos", "VERB") in ("VERB", "AUX") \
            and target.get("sector") not in ("COP", "MIL"):
        pos = event["trigger"]["start"] - event["evidence"]["start"]
        # police named inside the target are the victims ("injuring passengers and several
        # policemen"), not the force used
        t0 = target["start"] - event["evidence"]["start"] if target.get("start") is not None else -1
        t1 = target["end"] - event["evidence"]["start"] if target.get("end") is not None else -1
        police = any(abs(m.start() - pos) < 60 and not PLACE_AFTER.match(sentence, m.end())
                     and not t0 <= m.start() < t1 for m in POLICE.finditer(sentence))
    if event["type"] == "COERCE" and event.get("mode") == "arrest":
        return {"ARREST"}  # arrests are made by the police whoever the sentence names
    if not police:
        return set()
    out = set()
    trig = event["trigger"]["text"].lower()
    # "shot dead", "gunned down": a shooting trigger whose result is death
    # the event's own flag: "killed", "shot dead", "the firing left two dead" (merged)
    lemma_kill = bool(event.get("fatal"))
    if event["type"] == "ASSAULT":
        out.add("FORCE")
        if lemma_kill:
            out.add("KILL")
    if event["type"] == "COERCE" and trig.startswith(FORCE_COERCE):
        out.add("FORCE")  # a crackdown or dispersal is force; a curfew or a ban is not
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--part", default="tune", choices=["tune", "report", "all"])
    ap.add_argument("--n", type=int, default=0, help="first N sentences of the part")
    args = ap.parse_args(argv)
    if not DATA.exists():
        sys.exit(f"IndiaPoliceEvents not found at {DATA}")
    from newswire.models import RawItem
    from newswire.pipeline import Pipeline

    rows = list(csv.DictReader(DATA.open(encoding="utf-8")))
    if args.part != "all":
        want = 0 if args.part == "tune" else 1
        rows = [r for r in rows if int(r["doc_id"]) % 2 == want]
    rows = [r for r in rows if r["sent_text"].strip()]
    if args.n:
        rows = rows[: args.n]
    pipe = Pipeline(skip_exact_duplicates=False)
    items = [RawItem(external_id=f"{r['doc_id']}-{r['sent_id']}", text=r["sent_text"], title="",
                     input_format="jsonl") for r in rows]
    counts: dict[str, dict[str, list[int]]] = {s: defaultdict(lambda: [0, 0, 0]) for s in ("asserted", "asserted+claimed", "keyword baseline")}
    for row, res in zip(rows, pipe.run(items), strict=True):
        sent = row["sent_text"].lower()
        events = (res.report or {}).get("events", [])
        pred = {
            "asserted": set().union(*(classes_of(v, sent) for v in events if v["factuality"] == "asserted")),
            "asserted+claimed": set().union(*(classes_of(v, sent) for v in events
                                              if v["factuality"] in ("asserted", "claimed"))),
            "keyword baseline": {c for c in CLASSES if POLICE.search(sent) and KEYWORDS[c].search(sent)},
        }
        for system, labels in pred.items():
            for c in CLASSES:
                gold = row[c] in ("1", "True")
                tp_fp_fn = counts[system][c]
                if c in labels and gold:
                    tp_fp_fn[0] += 1
                elif c in labels:
                    tp_fp_fn[1] += 1
                elif gold:
                    tp_fp_fn[2] += 1
    print(f"IndiaPoliceEvents ({args.part}: {len(rows)} sentences), sentence-level P/R/F1")
    print(f"{'system':<20}" + "".join(f"{c:>22}" for c in CLASSES) + f"{'macro F1':>10}")
    for system, table in counts.items():
        cells, f1s = [], []
        for c in CLASSES:
            tp, fp, fn = table[c]
            p = tp / (tp + fp) if tp + fp else 0.0
            r = tp / (tp + fn) if tp + fn else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            f1s.append(f)
            cells.append(f"{p:.2f}/{r:.2f}/{f:.2f}".rjust(22))
        print(f"{system:<20}" + "".join(cells) + f"{sum(f1s) / len(f1s):>10.3f}")


if __name__ == "__main__":
    main()
