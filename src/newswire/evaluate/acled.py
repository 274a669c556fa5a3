"""ACLED sub-event types on the CASE 2021 task 2 snippets, through the PLOVER cross-walk.

Usage: newswire eval acled [--part tune|report|all]
Each snippet is analysed; its label is the cross-walk (``data/acled_crosswalk.tsv``) of the
first event newswire finds, or, with no event, the first text-only row that fits; with
neither, OTHER. Snippets with even ids are "tune", odd "report".
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter

from newswire.evaluate import f1_per_label, shared_dir
from newswire.resolve.acled import acled_subtype

DATA = shared_dir() / "eval/events/case2021-task2-acled/test_set_final_release_with_labels.tsv"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--part", default="tune", choices=["tune", "report", "all"])
    args = ap.parse_args(argv)
    if not DATA.exists():
        sys.exit(f"CASE 2021 data not found at {DATA}")
    from newswire.models import RawItem
    from newswire.pipeline import Pipeline

    rows = list(csv.DictReader(DATA.open(encoding="utf-8"), delimiter="\t"))
    if args.part != "all":
        want = 0 if args.part == "tune" else 1
        rows = [r for r in rows if int(r["id"]) % 2 == want]
    pipe = Pipeline(skip_exact_duplicates=False)
    items = [RawItem(external_id=r["id"], text=r["EventSnippet"], title="", input_format="jsonl") for r in rows]
    tp: Counter = Counter()
    fp: Counter = Counter()
    fn: Counter = Counter()
    correct = 0
    for row, res in zip(rows, pipe.run(items), strict=True):
        text = row["EventSnippet"]
        events = (res.report or {}).get("events", [])
        pred = None
        for v in events:
            pred = acled_subtype(v, v["evidence"]["text"])
            if pred:
                break
        pred = pred or acled_subtype(None, text) or "OTHER"
        gold = row["SubType"]
        if pred == gold:
            correct += 1
            tp[gold] += 1
        else:
            fn[gold] += 1
            fp[pred] += 1
    labels = sorted(set(tp) | set(fn))
    f1s = f1_per_label(tp, fp, fn, labels)
    print(f"CASE 2021 task 2, ACLED sub-event types ({args.part}: {len(rows)} snippets, {len(labels)} gold labels)")
    print(f"  accuracy: {correct / len(rows):.3f}   macro-F1: {sum(f1s) / len(f1s):.3f}")
    print("  per label F1: " + ", ".join(f"{lab} {f:.2f}" for lab, f in zip(labels, f1s, strict=True)))


if __name__ == "__main__":
    main()
