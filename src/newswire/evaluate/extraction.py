"""Main-text extraction on the Scrapinghub article-extraction benchmark (181 real pages).

Usage: newswire eval extraction [--n 0]
Prints word-level precision/recall/F1 (multisets of \\w+ tokens, per page, averaged over
pages) and the benchmark's own 4-token-shingle scores, for newswire's ingest+clean and
for trafilatura alone with its default settings, in the same run on the same pages.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter

from newswire.evaluate import shared_dir

BENCH = shared_dir() / "eval/extraction/article-extraction-benchmark"


def tokens(text: str) -> list[str]:
    return re.findall(r"\w+", text or "")


def prf(pred: Counter, gold: Counter) -> tuple[float, float, float, float]:
    tp = sum((pred & gold).values())
    fp = sum(pred.values()) - tp
    fn = sum(gold.values()) - tp
    total = tp + fp + fn
    if total == 0:
        return 1.0, 1.0, 1.0, 1.0
    return tp / total, fp / total, fn / total, total


def shingles(toks: list[str], n: int = 4) -> Counter:
    return Counter(tuple(toks[i:i + n]) for i in range(max(1, len(toks) - n + 1)))


def score(outputs: dict[str, str], gold: dict[str, str]) -> dict[str, float]:
    wp = wr = sp = sr = 0.0
    for k, g in gold.items():
        pt, gt = tokens(outputs.get(k, "")), tokens(g)
        for kind, (pc, gc) in (("w", (Counter(pt), Counter(gt))), ("s", (shingles(pt), shingles(gt)))):
            tp = sum((pc & gc).values())
            p = tp / sum(pc.values()) if pc else (1.0 if not gc else 0.0)
            r = tp / sum(gc.values()) if gc else 1.0
            if kind == "w":
                wp, wr = wp + p, wr + r
            else:
                sp, sr = sp + p, sr + r
    n = len(gold)
    out = {}
    for key, (p, r) in (("word", (wp / n, wr / n)), ("shingle", (sp / n, sr / n))):
        out[key + "_p"], out[key + "_r"] = p, r
        out[key + "_f1"] = 2 * p * r / (p + r) if p + r else 0.0
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=0)
    args = ap.parse_args(argv)
    if not BENCH.exists():
        sys.exit(f"benchmark not found at {BENCH}")
    import trafilatura

    from newswire.clean import clean
    from newswire.ingest.html import parse_html

    gold_all = json.loads((BENCH / "ground-truth.json").read_text(encoding="utf-8"))
    keys = sorted(gold_all)
    if args.n:
        keys = keys[: args.n]
    gold = {k: gold_all[k]["articleBody"] for k in keys}
    ours, traf = {}, {}
    for k in keys:
        html = gzip.decompress((BENCH / "html" / f"{k}.html.gz").read_bytes()).decode("utf-8", errors="replace")
        url = gold_all[k].get("url")
        traf[k] = trafilatura.extract(html, url=url) or ""
        item = parse_html(html, external_id=k, url=url)
        ours[k] = clean(item).text if item.text.strip() else ""
    print(f"article-extraction-benchmark: {len(keys)} pages; P/R averaged over pages")
    print(f"{'system':<26}{'word P':>8}{'word R':>8}{'word F1':>8}   {'shingle P':>9}{'shingle R':>9}{'shingle F1':>10}")
    for name, out in ((f"trafilatura {trafilatura.__version__} (default)", traf), ("newswire ingest+clean", ours)):
        s = score(out, gold)
        print(f"{name:<26}{s['word_p']:>8.3f}{s['word_r']:>8.3f}{s['word_f1']:>8.3f}   "
              f"{s['shingle_p']:>9.3f}{s['shingle_r']:>9.3f}{s['shingle_f1']:>10.3f}")


if __name__ == "__main__":
    main()
