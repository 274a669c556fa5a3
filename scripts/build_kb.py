"""Build the shipped actor KB (src/newswire/data/actors.tsv.gz) from the Phoenix dictionaries.

Usage: python scripts/build_kb.py [PHOENIX_DIR]   (default ../shared/data/phoenix-dictionaries)
"""

from __future__ import annotations

import sys
from pathlib import Path

from newswire.resolve.kb import KB_FILE, build_rows, write_kb

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    src = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared/data/phoenix-dictionaries"
    out = ROOT / "src/newswire/data" / KB_FILE
    n = write_kb(build_rows(src), out)
    print(f"wrote {n} rows to {out.relative_to(ROOT)} ({out.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
