"""A line-level boilerplate classifier: what the patterns in ``boilerplate.tsv`` miss.

Logistic regression over layout features of one line (length, sentence punctuation,
capitalisation, digits, link-bait markers, words of site furniture such as "comments",
"subscribe", "share"), in the spirit of jusText's and boilerpipe's shallow text features
(Kohlschütter et al. 2010). Weights live in ``data/line_classifier.json``, trained by
``scripts/train_line_classifier.py`` on ``training/boilerplate_lines.tsv``.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from importlib import resources

FURNITURE = re.compile(
    r"\b(comments?|subscribe|subscription|newsletters?|sign(ed)? up|log ?in|share|follow|click|tap|"
    r"download|app|cookies?|privacy|terms|advertis\w*|sponsored|copyright|rights reserved|reply|"
    r"loading|read more|related|trending|most (read|popular)|watch|video|photos?|gallery|"
    r"updated|published|posted|reading time|text size|print|email|tags?|categor\w+)\b",
    re.I,
)
BAIT = re.compile(r"\[[A-Z ]{3,}\]\s*$")
DATE = re.compile(r"\b(\d{1,2}[:.]\d{2}|\d{4}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b", re.I)
END = tuple(".!?”\"’)")

FEATURES = ("bias", "log_words", "short", "ends_sentence", "caps_ratio", "digit_ratio", "bait", "furniture",
            "furniture_short", "date", "bullet", "pipe", "no_verbish", "all_caps", "colon_end", "position_edge",
            "quote_mark", "long")


def features(line: str, position: float = 0.5) -> list[float]:
    words = line.split()
    n = len(words)
    letters = [c for c in line if c.isalpha()]
    caps = sum(1 for w in words if w[:1].isupper()) / n if n else 0.0
    digits = sum(c.isdigit() for c in line) / max(1, len(line))
    furniture = 1.0 if FURNITURE.search(line) else 0.0
    lower = line.lower()
    verbish = re.search(r"\b(is|are|was|were|has|have|had|said|says|will|would|can|could|\w+ed)\b", lower)
    return [
        1.0,
        math.log1p(n),
        1.0 if n <= 4 else 0.0,
        1.0 if line.rstrip().endswith(END) else 0.0,
        caps,
        digits,
        1.0 if BAIT.search(line) else 0.0,
        furniture,
        furniture * (1.0 if n <= 12 else 0.0),
        1.0 if DATE.search(line) and n <= 12 else 0.0,
        1.0 if line.lstrip()[:1] in "-•·*|>" else 0.0,
        1.0 if "|" in line or " · " in line else 0.0,
        0.0 if verbish else 1.0,
        1.0 if letters and sum(c.isupper() for c in letters) / len(letters) > 0.8 and n >= 2 else 0.0,
        1.0 if line.rstrip().endswith(":") else 0.0,
        1.0 if position < 0.05 or position > 0.95 else 0.0,
        1.0 if any(q in line for q in "“”\"") else 0.0,
        1.0 if n >= 25 else 0.0,
    ]


def train(rows: list[tuple[str, float, int]], epochs: int = 400, lr: float = 0.5, l2: float = 1e-3) -> list[float]:
    """Logistic regression by batch gradient descent; rows are (line, position, label 1=boilerplate)."""
    import numpy as np

    x = np.array([features(line, pos) for line, pos, _ in rows])
    y = np.array([lab for _, _, lab in rows], dtype=float)
    # balance the classes: boilerplate is the rarer one
    w_pos = len(y) / (2 * max(1, y.sum()))
    w_neg = len(y) / (2 * max(1, len(y) - y.sum()))
    sw = np.where(y == 1, w_pos, w_neg)
    w = np.zeros(x.shape[1])
    for _ in range(epochs):
        p = 1 / (1 + np.exp(-x @ w))
        grad = x.T @ ((p - y) * sw) / len(y) + l2 * w
        w -= lr * grad
    return [float(v) for v in w]


@lru_cache(maxsize=1)
def weights() -> list[float]:
    data = json.loads((resources.files("newswire") / "data" / "line_classifier.json").read_text(encoding="utf-8"))
    assert data["features"] == list(FEATURES), "line_classifier.json was trained on other features"
    return data["weights"]


def boilerplate_probability(line: str, position: float = 0.5) -> float:
    z = sum(w * f for w, f in zip(weights(), features(line, position), strict=True))
    return 1 / (1 + math.exp(-z))
