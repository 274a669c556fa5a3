"""Throughput: the full newswire pipeline beside the bare spaCy pipeline on the same texts.

Usage: python bench/throughput.py [--n 200] [--corpus DIR_OR_GLOB]
Default corpus: the PolNeAR article texts under ../shared/eval/quotes/polnear/*/text/.
Prints articles/s and words/s per core, each stage's share of the time, and peak memory.
"""

from __future__ import annotations

import argparse
import glob
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200, help="number of articles (0 = all)")
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared/eval/quotes/polnear/*/text/*.txt"))
    args = ap.parse_args()
    files = sorted(glob.glob(args.corpus)) if not Path(args.corpus).is_dir() else \
        sorted(str(p) for p in Path(args.corpus).rglob("*.txt"))
    if not files:
        sys.exit(f"no texts at {args.corpus}")
    if args.n:
        files = files[: args.n]

    from newswire.annotate import get_nlp
    from newswire.clean import clean
    from newswire.extract.entities import extract_entities
    from newswire.extract.events import extract_events
    from newswire.extract.quotes import extract_quotes
    from newswire.models import RawItem
    from newswire.pipeline import Pipeline

    raw = [RawItem(external_id=f, text=Path(f).read_text(encoding="utf-8")) for f in files]
    words = sum(len(r.text.split()) for r in raw)
    nlp = get_nlp()
    pipe = Pipeline()
    list(nlp.pipe([raw[0].text]))  # warm-up: model load is not throughput

    cpu = time.process_time
    t0 = cpu()
    list(nlp.pipe([r.text for r in raw], batch_size=16))
    t_spacy = cpu() - t0

    # 1. the full pipeline as `newswire analyze` runs it (minus the store)
    t0 = cpu()
    arts = [clean(r) for r in raw]
    t_clean = cpu() - t0
    t = cpu()
    docs = list(nlp.pipe([a.text for a in arts], batch_size=16))
    t_annotate = cpu() - t
    t = cpu()
    for a, doc in zip(arts, docs, strict=True):
        pipe.report(a, doc)
    t_report = cpu() - t
    t_full = cpu() - t0
    # 2. the extraction stages alone, on the same parsed documents
    stage = {"entities": 0.0, "quotes": 0.0, "events": 0.0}
    for doc in docs:
        t = cpu()
        ents = extract_entities(doc)
        stage["entities"] += cpu() - t
        t = cpu()
        qs = extract_quotes(doc, ents)
        stage["quotes"] += cpu() - t
        t = cpu()
        extract_events(doc, ents, qs)
        stage["events"] += cpu() - t
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    n = len(raw)
    print(f"corpus: {n} articles, {words} words ({os.path.dirname(files[0])}...)")
    print("CPU seconds on one core (process time; the pipeline runs single-threaded)")
    print(f"  bare spaCy ({nlp.meta['name']}):  {n / t_spacy:7.2f} articles/s/core  {words / t_spacy:9.0f} words/s/core")
    print(f"  newswire full pipeline:        {n / t_full:7.2f} articles/s/core  {words / t_full:9.0f} words/s/core")
    print("  stage shares of the full pipeline:")
    for k, v in (("ingest+clean", t_clean), ("annotate (spaCy)", t_annotate),
                 ("extract+resolve+report", t_report)):
        print(f"    {k:<24} {v:7.2f} s  {100 * v / t_full:5.1f} %")
    print(f"  ingest+clean alone: {n / t_clean:.1f} articles/s/core")
    for k, v in stage.items():
        print(f"    {k + ' extraction':<24} {v:7.2f} s  {100 * v / t_full:5.1f} % of pipeline,"
              f" {100 * v / t_annotate:5.1f} % of spaCy annotation")
    print(f"peak memory: {peak:.0f} MB")


if __name__ == "__main__":
    main()
