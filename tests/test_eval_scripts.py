"""The evaluation scripts run on real gold data (skipped without ../shared)."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT, SHARED, needs_shared

POLNEAR_DEV = SHARED / "eval/quotes/polnear/dev"


@needs_shared(POLNEAR_DEV)
def test_polnear_quote_eval_scores_real_articles():
    res = subprocess.run([sys.executable, str(ROOT / "eval/quotes_polnear.py"), "--split", "dev", "--n", "4"],
                         capture_output=True, text=True, timeout=600)
    assert res.returncode == 0, res.stderr
    rows = [ln.split() for ln in res.stdout.splitlines() if ln.startswith("direct")]
    assert len(rows) == 2
    gold, pred, f1 = int(rows[0][1]), int(rows[0][2]), float(rows[0][5])
    assert gold > 0 and pred > 0 and f1 > 0.5  # direct quotes are found on real news text
