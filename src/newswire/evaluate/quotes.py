"""Quote attribution on PolNeAR (Newell et al. 2018), read from ../shared.

Usage: newswire eval quotes [--split dev] [--n 0]
Tune on train/dev only; the test split is for reported figures.

Matching follows the Gender Gap Tracker: a predicted quote matches a gold content span
when |pred ∩ gold| / |gold| ≥ threshold (0.3 and 0.8), one-to-one, greedily by overlap.
Speaker is correct when the predicted speaker mention overlaps the gold Source span (or
another mention of the same predicted entity does); cue when the cue spans overlap.
Belief/intention attributions ("believes", "wants") are annotated in PolNeAR but are not
quotes: figures are given (a) on speech attributions only, excluding gold whose cue is a
belief verb, and (b) on all gold with newswire's belief cues switched on.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

from newswire.clean.normalize import same_length_normalize
from newswire.evaluate import shared_dir

POLNEAR = shared_dir() / "eval/quotes/polnear"
QUOTE_CHARS = "“”\"«»"


def read_ann(path: Path, text: str) -> list[dict]:
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    rels = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, _, offs = parts[1].partition(" ")
            segs = []
            for seg in offs.split(";"):
                a, b = seg.split()
                segs.append((int(a), int(b)))
            spans[parts[0]] = (label, segs)
        elif line.startswith("E") and len(parts) >= 2:
            rels.append(dict(x.split(":", 1) for x in parts[1].split()))
    out = []
    for r in rels:
        if "Content" not in r or r["Content"] not in spans:
            continue
        content = spans[r["Content"]][1]
        src = spans[r["Source"]][1] if r.get("Source") in spans else []
        cue = spans[r["Cue"]][1] if r.get("Cue") in spans else []
        out.append({"content": content, "source": src, "cue": cue, "kind": gold_kind(text, content),
                    "cue_text": " ".join(text[a:b] for a, b in cue).lower()})
    return out


def gold_kind(text: str, content: list[tuple[int, int]]) -> str:
    text = text.replace("''", '"\u0001').replace("``", '"\u0001')
    a, b = content[0][0], content[-1][1]
    inner = text[a:b]
    before = text[max(0, a - 2):a]
    stripped = inner.strip()
    if (stripped[:1] in QUOTE_CHARS or any(c in before for c in QUOTE_CHARS)) and \
            (stripped[-1:] in QUOTE_CHARS or stripped[-2:-1] in QUOTE_CHARS or text[b:b + 1] in QUOTE_CHARS):
        return "direct"
    if any(c in inner for c in QUOTE_CHARS):
        return "mixed"
    return "indirect"


def chars(spans: list[tuple[int, int]]) -> set[int]:
    return {i for a, b in spans for i in range(a, b)}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="dev", choices=["train", "dev", "test"])
    ap.add_argument("--n", type=int, default=0, help="first N articles only")
    ap.add_argument("--errors", action="store_true", help="list wrong speakers (train/dev only)")
    args = ap.parse_args(argv)
    if args.errors and args.split == "test":
        sys.exit("--errors lists mistakes on train or dev only: the test split is held out")
    base = POLNEAR / args.split
    if not base.exists():
        sys.exit(f"PolNeAR not found at {base}")
    from newswire.annotate import get_nlp
    from newswire.extract.belief import is_belief_cue
    from newswire.extract.entities import extract_entities
    from newswire.extract.quotes import extract_quotes
    from newswire.pipeline import Pipeline
    from newswire.resolve.actors import country_code

    kb = Pipeline().kb
    texts = sorted((base / "text").glob("*.txt"))
    if args.n:
        texts = texts[: args.n]
    nlp = get_nlp()
    # the pipeline's one-for-one character normalisation (clean stage), which keeps the gold offsets
    docs = nlp.pipe([same_length_normalize(t.read_text(encoding="utf-8")) for t in texts], batch_size=16)
    results = {mode: defaultdict(lambda: defaultdict(float)) for mode in ("speech", "all")}
    errors: list[str] | None = [] if args.errors else None
    for path, doc in zip(texts, docs, strict=True):
        anns = sorted((base / "attributions").glob(path.stem + "_*.ann"))
        if not anns:
            continue
        gold_all = read_ann(anns[0], doc.text)
        ents = extract_entities(doc, country_of=lambda n: country_code(kb, n) is not None)
        for mode in ("speech", "all"):
            preds = extract_quotes(doc, ents, with_beliefs=(mode == "all"))
            gold = [g for g in gold_all if mode == "all" or not is_belief_cue(g["cue_text"])]
            score(doc.text, preds, gold, results[mode], errors if mode == "speech" else None)
    for mode, res in results.items():
        label = "speech attributions only" if mode == "speech" else "all attributions, belief cues on"
        print(f"\nPolNeAR {args.split} ({len(texts)} articles), {label}")
        print(f"{'kind':<10}{'gold':>6}{'pred':>6}  {'P@.3':>6}{'R@.3':>6}{'F1@.3':>6}  {'P@.8':>6}{'R@.8':>6}"
              f"{'F1@.8':>6}  {'exactF1':>7}  {'speaker':>7}  {'cue':>5}")
        for kind in ("all", "direct", "indirect", "mixed"):
            r = res[kind]
            row = [f"{kind:<10}", f"{int(r['gold']):>6}", f"{int(r['pred']):>6}  "]
            for thr in ("3", "8"):
                p = r[f"mp{thr}"] / r["pred"] if r["pred"] else 0.0
                rc = r[f"mg{thr}"] / r["gold"] if r["gold"] else 0.0
                f = 2 * p * rc / (p + rc) if p + rc else 0.0
                row.append(f"{p:>6.3f}{rc:>6.3f}{f:>6.3f}  ")
            pe = r["exact"] / r["pred"] if r["pred"] else 0.0
            re_ = r["exact"] / r["gold"] if r["gold"] else 0.0
            fe = 2 * pe * re_ / (pe + re_) if pe + re_ else 0.0
            sp = r["spk_ok"] / r["spk_n"] if r["spk_n"] else 0.0
            cu = r["cue_ok"] / r["mg3"] if r["mg3"] else 0.0
            row.append(f"{fe:>7.3f}  {sp:>7.3f}  {cu:>5.3f}")
            print("".join(row))
    for line in errors or []:
        print(line)


def _norm_bounds(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (text[a].isspace() or text[a] in QUOTE_CHARS + ",.:;"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in QUOTE_CHARS + ",.:;"):
        b -= 1
    m = re.match(r"that\s+", text[a:b])
    if m:
        a += m.end()
    return a, b


def score(text: str, preds, gold: list[dict], res, errors: list[str] | None = None) -> None:
    pc = [chars(p.spans) for p in preds]
    gc = [chars(g["content"]) for g in gold]
    for kind in ("all", "direct", "indirect", "mixed"):
        gi = [i for i, g in enumerate(gold) if kind == "all" or g["kind"] == kind]
        pi = [i for i, p in enumerate(preds) if kind == "all" or p.kind == kind]
        res[kind]["gold"] += len(gi)
        res[kind]["pred"] += len(pi)
        # recall side: gold of this kind vs all predictions; precision side: preds of this kind vs all gold
        for thr, key in ((0.3, "3"), (0.8, "8")):
            pairs = sorted(((len(pc[p] & gc[g]) / max(1, len(gc[g])), p, g) for g in range(len(gold))
                            for p in range(len(preds)) if pc[p] & gc[g]), reverse=True)
            used_p, used_g, match = set(), set(), {}
            for ov, p, g in pairs:
                if ov < thr or p in used_p or g in used_g:
                    continue
                used_p.add(p)
                used_g.add(g)
                match[g] = p
            res[kind]["mg" + key] += sum(1 for g in gi if g in match)
            res[kind]["mp" + key] += sum(1 for p in pi if p in used_p)
            if key == "3":
                for g in gi:
                    if g not in match:
                        continue
                    p = preds[match[g]]
                    gsrc = chars(gold[g]["source"])
                    if gsrc:
                        res[kind]["spk_n"] += 1
                        sp = p.speaker
                        ok = False
                        if sp is not None:
                            spans = [(sp.start, sp.end)]
                            if sp.entity is not None:
                                spans += [(m.start, m.end) for m in sp.entity.mentions]
                            ok = any(chars([s]) & gsrc for s in spans)
                        res[kind]["spk_ok"] += ok
                        if not ok and errors is not None and kind != "all":
                            said = " ".join(text[a:b] for a, b in gold[g]["source"])
                            got = f"{sp.text!r}->{sp.name!r}" if sp is not None else "-"
                            quote = text[p.start:p.end].replace("\n", " ")[:90]
                            errors.append(f"  speaker {kind}: gold {said!r} got {got}  | {quote}")
                    if p.cue_span and gold[g]["cue"] and chars([p.cue_span]) & chars(gold[g]["cue"]):
                        res[kind]["cue_ok"] += 1
        for g in gi:
            a, b = _norm_bounds(text, gold[g]["content"][0][0], gold[g]["content"][-1][1])
            if any(_norm_bounds(text, p.start, p.end) == (a, b) for p in preds):
                res[kind]["exact"] += 1


if __name__ == "__main__":
    main()
