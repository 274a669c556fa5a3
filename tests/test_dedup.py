"""Near-duplicates: a republished copy is flagged, other articles on the story are not."""

from __future__ import annotations

import json

import pytest

from newswire.clean.dedup import Deduper, minhash
from tests.conftest import SAMPLE, SHARED, needs_shared, run_cli

GUARDIAN = SHARED / "corpora/guardian-syria-2019/articles.jsonl"


def _republished(text: str) -> str:
    """A syndicated copy: new headline, a promo block, a footer, one sentence reworded."""
    lines = text.splitlines()
    lines[0] = "Lukashenko's troops mass at Ukraine frontier as Minsk warns of 'response'"
    body = "\n".join(lines)
    body = body.replace("Belarusian people have made very clear", "People in Belarus have made it clear")
    body = body.replace("DON’T MISS:", "READ MORE:")
    return body + "\n\nShare this article\nCopyright 2022 Example Syndication Ltd\n"


@needs_shared(SAMPLE)
def test_republished_copy_is_flagged_in_the_store(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a_original.txt").write_text(SAMPLE.read_text(encoding="utf-8"))
    (d / "b_copy.txt").write_text(_republished(SAMPLE.read_text(encoding="utf-8")))
    (d / "c_exact.txt").write_text(SAMPLE.read_text(encoding="utf-8"))
    db = tmp_path / "d.duckdb"
    res = run_cli("analyze", str(d), "--db", str(db), "--format", "jsonl")
    assert res.returncode == 0, res.stderr.decode()
    reps = [json.loads(x) for x in res.stdout.decode().splitlines()]
    assert len(reps) == 2  # the exact copy is analysed once
    assert "skipped" in res.stderr.decode() and "c_exact.txt" in res.stderr.decode()
    orig, copy = reps
    assert orig["article"]["duplicate_of"] is None
    assert copy["article"]["duplicate_of"] == orig["article"]["id"]
    # a later run against the same store still recognises the copy
    (tmp_path / "later").mkdir()
    (tmp_path / "later" / "again.txt").write_text(_republished(SAMPLE.read_text(encoding="utf-8")).replace(
        "Protestors", "Protesters"))
    res2 = run_cli("analyze", str(tmp_path / "later"), "--db", str(db), "--format", "jsonl")
    rep = json.loads(res2.stdout.decode())
    assert rep["article"]["duplicate_of"] == orig["article"]["id"]


@needs_shared(GUARDIAN)
def test_articles_on_the_same_story_are_not_flagged():
    arts = [json.loads(x) for x in GUARDIAN.read_text(encoding="utf-8").splitlines()][:120]
    d = Deduper()
    flagged = []
    for a in arts:
        m = minhash(a["text"])
        if d.duplicate_of(a["id"], m):
            flagged.append(a["id"])
        d.add(a["id"], m)
    assert flagged == []
    # and a copy of one of them with its first paragraph cut is caught
    text = arts[7]["text"]
    cut = text[len(text) // 6:]
    assert d.duplicate_of("copy", minhash(cut)) == arts[7]["id"]


def test_minhash_ignores_case_and_punctuation():
    a = minhash("Police arrested 40 protesters in Minsk on Sunday, the interior ministry said.")
    b = minhash("POLICE arrested 40 protesters in Minsk on Sunday -- the Interior Ministry said")
    assert a.jaccard(b) == pytest.approx(1.0)
