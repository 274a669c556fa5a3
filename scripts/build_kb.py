"""Build the shipped dictionaries from the Phoenix/PETRARCH2 files (MIT):
src/newswire/data/actors.tsv.gz (actors, agents) and src/newswire/data/cameo_verbs.json.gz (verb patterns).

Usage: python scripts/build_kb.py [PHOENIX_DIR]   (default ../shared/data/phoenix-dictionaries)
"""

from __future__ import annotations

import sys
from pathlib import Path

from newswire.extract import cameo_verbs
from newswire.resolve.kb import KB_FILE, build_rows, write_kb

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    src = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared/data/phoenix-dictionaries"
    data = ROOT / "src/newswire/data"
    out = data / KB_FILE
    n = write_kb(build_rows(src), out)
    print(f"wrote {n} rows to {out.relative_to(ROOT)} ({out.stat().st_size / 1e6:.2f} MB)")
    verbs = cameo_verbs.build(src / "CAMEO.2.0.txt")
    vout = data / cameo_verbs.FILE
    cameo_verbs.write(verbs, vout)
    npat = sum(len(v["patterns"]) for v in verbs.values())
    print(f"wrote {len(verbs)} verbs, {npat} patterns to {vout.relative_to(ROOT)} ({vout.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
