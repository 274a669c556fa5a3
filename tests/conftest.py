from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLE = SHARED / "samples" / "belarus-troops-border.txt"
EXAMPLES = ROOT / "examples"


def needs_shared(path: Path):
    return pytest.mark.skipif(not path.exists(), reason=f"needs ../shared data ({path.name}), absent in this checkout")


def run_cli(*args: str, cwd: Path | None = None, input: bytes | None = None, env: dict | None = None):
    return subprocess.run([sys.executable, "-m", "newswire.serve.cli", *args], cwd=cwd, input=input,
                          capture_output=True, env=env, timeout=600)


@pytest.fixture(scope="session")
def pipeline():
    from newswire.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def analyse(pipeline):
    from newswire.models import RawItem

    def _analyse(text: str, **kw) -> dict:
        res = list(pipeline.run([RawItem(external_id=kw.pop("external_id", "t"), text=text, **kw)]))
        assert res[0].error is None, res[0].error
        return res[0].report

    return _analyse


@pytest.fixture(scope="session")
def sample_report(analyse):
    if not SAMPLE.exists():
        pytest.skip("needs ../shared/samples/belarus-troops-border.txt, absent in this checkout")
    return analyse(SAMPLE.read_text(encoding="utf-8"), external_id=str(SAMPLE))


@pytest.fixture(scope="session")
def pg_server():
    """A PostgreSQL server the tests start themselves on loopback (tests/pgserver.py)."""
    from tests.pgserver import start_server

    yield from start_server()
