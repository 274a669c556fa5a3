"""Evaluation against the gold sets under ``../shared/eval`` (``newswire eval NAME``).

Every module has ``main(argv)`` and reads its data from ``$NEWSWIRE_SHARED`` or from the
``shared`` folder beside the repository (or the current directory's parent).
"""

from __future__ import annotations

import os
from pathlib import Path


def shared_dir() -> Path:
    env = os.environ.get("NEWSWIRE_SHARED")
    if env:
        return Path(env)
    here = Path(__file__).resolve()
    for cand in (here.parents[3] / "shared", Path.cwd().parent / "shared", Path.cwd() / "shared"):
        if cand.exists():
            return cand
    return here.parents[3] / "shared"


def f1_per_label(tp: dict, fp: dict, fn: dict, labels: list[str]) -> list[float]:
    """F1 of each label from true-positive, false-positive and false-negative counts."""
    out = []
    for lab in labels:
        p = tp[lab] / (tp[lab] + fp[lab]) if tp[lab] + fp[lab] else 0.0
        r = tp[lab] / (tp[lab] + fn[lab]) if tp[lab] + fn[lab] else 0.0
        out.append(2 * p * r / (p + r) if p + r else 0.0)
    return out
