"""Build training/boilerplate_lines.tsv: scraped-text lines labelled body or boilerplate.

Lines come from the 181 pages of the article-extraction benchmark (MIT), extracted by
trafilatura in recall mode with comments so that boilerplate survives; a line is
"body" when >= 90 % of its words occur in the page's gold article body, "boilerplate"
when < 50 % do (the rest is ambiguous and left out). Every boilerplate line is kept and
up to four body lines per page, so both classes are well represented. Pages with an even
index are for training, odd for testing (column split).

Usage: python scripts/build_boilerplate_set.py [BENCHMARK_DIR]
"""

from __future__ import annotations

import gzip
import json
import random
import re
import sys
from pathlib import Path

import trafilatura

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    bench = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared/eval/extraction/article-extraction-benchmark"
    gold = json.loads((bench / "ground-truth.json").read_text(encoding="utf-8"))
    rng = random.Random(13)
    rows = []
    for i, k in enumerate(sorted(gold)):
        html = gzip.decompress((bench / "html" / f"{k}.html.gz").read_bytes()).decode("utf-8", errors="replace")
        text = trafilatura.extract(html, favor_recall=True, include_comments=True, include_tables=False) or ""
        words = set(re.findall(r"\w+", gold[k]["articleBody"].lower()))
        lines = [ln.strip() for ln in text.split("\n") if re.search(r"\w", ln)]
        body, boiler = [], []
        for pos, ln in enumerate(lines):
            w = re.findall(r"\w+", ln.lower())
            cov = sum(x in words for x in w) / len(w)
            rel = pos / max(1, len(lines) - 1)
            if cov >= 0.9:
                body.append((ln, rel))
            elif cov < 0.5:
                boiler.append((ln, rel))
        split = "train" if i % 2 == 0 else "test"
        for ln, rel in boiler:
            rows.append((split, "boilerplate", f"{rel:.2f}", k, ln))
        for ln, rel in rng.sample(body, min(4, len(body))):
            rows.append((split, "body", f"{rel:.2f}", k, ln))
    out = ROOT / "training" / "boilerplate_lines.tsv"
    with out.open("w", encoding="utf-8") as fh:
        fh.write("split\tlabel\tposition\tpage\tline\n")
        for r in rows:
            fh.write("\t".join(x.replace("\t", " ") for x in r) + "\n")
    print(f"wrote {len(rows)} lines to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
