"""Train the line classifier on training/boilerplate_lines.tsv (split=train) and write
src/newswire/data/line_classifier.json. Data origin: see scripts/build_boilerplate_set.py.

Usage: python scripts/train_line_classifier.py
"""

from __future__ import annotations

import json
from pathlib import Path

from newswire.clean.line_classifier import FEATURES, train

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    rows = []
    for line in (ROOT / "training/boilerplate_lines.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        split, label, pos, _page, text = line.split("\t", 4)
        if split == "train":
            rows.append((text, float(pos), 1 if label == "boilerplate" else 0))
    w = train(rows)
    out = ROOT / "src/newswire/data/line_classifier.json"
    out.write_text(json.dumps({"features": list(FEATURES), "weights": w,
                               "trained_on": "training/boilerplate_lines.tsv split=train", "n": len(rows)},
                              indent=1) + "\n", encoding="utf-8")
    print(f"trained on {len(rows)} lines; wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
