"""Line-level precision/recall of the boilerplate cleaner on the labelled lines.

Usage: newswire eval boilerplate [--split test|train|all]
Data: training/boilerplate_lines.tsv in the repository (built from the MIT-licensed
article-extraction benchmark by scripts/build_boilerplate_set.py). Figures for the
patterns alone, the classifier alone, and both as the cleaner uses them.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from newswire.clean.boilerplate import CLASSIFIER_THRESHOLD, classifier_removes, match_rule
from newswire.clean.line_classifier import boilerplate_probability

DATA = Path(__file__).resolve().parents[3] / "training" / "boilerplate_lines.tsv"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="test", choices=["test", "train", "all"])
    ap.add_argument("--data", default=str(DATA))
    args = ap.parse_args(argv)
    rows = []
    for line in Path(args.data).read_text(encoding="utf-8").splitlines()[1:]:
        split, label, pos, _page, text = line.split("\t", 4)
        if args.split in ("all", split):
            rows.append((text, float(pos), label == "boilerplate"))
    systems = {
        "patterns": lambda t, p: match_rule(t) is not None,
        "classifier": lambda t, p: boilerplate_probability(t, p) >= CLASSIFIER_THRESHOLD,
        "cleaner (patterns + guarded classifier)": lambda t, p: match_rule(t) is not None or classifier_removes(t, p),
    }
    n_pos = sum(1 for r in rows if r[2])
    print(f"boilerplate lines ({args.split}: {len(rows)} lines, {n_pos} boilerplate); positive class = boilerplate")
    for name, fn in systems.items():
        tp = fp = fn_ = 0
        for text, pos, gold in rows:
            pred = fn(text, pos)
            tp += pred and gold
            fp += pred and not gold
            fn_ += gold and not pred
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn_) if tp + fn_ else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"  {name:<40} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")


if __name__ == "__main__":
    main()
