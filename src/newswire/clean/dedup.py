"""Near-duplicate detection: MinHash over word shingles with LSH (datasketch).

Syndicated and republished copies differ in headline, promo blocks and footers but share
most 5-word shingles of the body; different articles on the same story share few
(Broder 1997). A copy is flagged with the id of the first article it resembles.
"""

from __future__ import annotations

import re

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
SHINGLE = 5
THRESHOLD = 0.5  # estimated Jaccard of 5-word shingles
SCHEME = "affine64"  # stored hash values are only comparable under the same scheme


def minhash(text: str) -> MinHash:
    words = re.findall(r"\w+", text.lower())
    m = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    grams = {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    m.update_batch([g.encode("utf-8") for g in grams])
    return m


class Deduper:
    """Remembers the articles it has seen; tells whether a new one is a copy of one of them."""

    def __init__(self, threshold: float = THRESHOLD):
        self.lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self.hashes: dict[str, MinHash] = {}
        self.root: dict[str, str] = {}  # copy → the original it was first flagged against
        self.threshold = threshold

    def add(self, article_id: str, m: MinHash, duplicate_of: str | None = None) -> None:
        if article_id not in self.hashes:
            self.hashes[article_id] = m
            self.lsh.insert(article_id, m)
        if duplicate_of:
            self.root[article_id] = duplicate_of

    def load(self, rows: list[tuple[str, bytes, str | None]]) -> None:
        for aid, blob, dup in rows:
            hv = np.frombuffer(blob, dtype=np.uint64)
            self.add(aid, MinHash(num_perm=NUM_PERM, hashvalues=hv, scheme=SCHEME), dup)

    def duplicate_of(self, article_id: str, m: MinHash) -> str | None:
        best, best_j = None, 0.0
        for other in self.lsh.query(m):
            if other == article_id:
                continue
            j = m.jaccard(self.hashes[other])
            if j >= self.threshold and j > best_j:
                best, best_j = other, j
        # a copy of a copy points at the original, so a story's copies form one group
        return self.root.get(best, best) if best is not None else None


def to_blob(m: MinHash) -> bytes:
    return np.asarray(m.hashvalues, dtype=np.uint64).tobytes()
