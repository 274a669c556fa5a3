"""Build src/newswire/data/given_names.tsv: English-language given names with the gender
their bearers overwhelmingly have, from the 1990 US Census name frequency lists (a US
government work in the public domain) as the ``names`` package (MIT) ships them.

Coreference reads it as a last resort: a person the text gives no title, role word or
pronoun for is still not "she" when named Dirk (name gender lists are the number-gender
filter of Bergsma & Lin 2006 and the Stanford sieve, Lee et al. 2013). A name common in
both lists (Jordan, Jean, Leslie) is left out.

Usage: pip install names==0.3.0 && python scripts/build_given_names.py
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src/newswire/data/given_names.tsv"
RATIO = 20.0  # a name kept only when one gender's share is twenty times the other's
# Names the US lists give one gender that another naming tradition in the news gives the
# other: Italian men (Andrea Orlando, Michele, Simone), Russian and Slavic men (Valery
# Gerasimov, Yuri, Nikita, Misha, Sasha, Marian), Finnish men (Mika, Toni), Catalan (Joan),
# Armenian (Karen) and Romanian (Carol) men. Left out: the text must tell.
CROSS_CULTURAL = frozenset(
    "andrea daniele gabriele michele nicola simone valery valeri yuri yury nikita misha sasha "
    "marian mika toni joan karen carol".split())


def _shares(file: str) -> dict[str, float]:
    out = {}
    for line in (resources.files("names") / file).read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) == 4:
            out[parts[0].lower()] = float(parts[1])
    return out


def main() -> None:
    male, female = _shares("dist.male.first"), _shares("dist.female.first")
    rows = []
    for name in sorted(set(male) | set(female)):
        if name in CROSS_CULTURAL:
            continue
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if m >= RATIO * f or (f == 0.0 and m > 0):
            rows.append((name, "m"))
        elif f >= RATIO * m or (m == 0.0 and f > 0):
            rows.append((name, "f"))
    head = ("# Given names and the gender of nearly all their bearers (1990 US Census name lists,\n"
            "# public domain, via the `names` package); names shared by both lists are left out.\n"
            "# Built by scripts/build_given_names.py. Columns: name <TAB> m|f\n")
    OUT.write_text(head + "".join(f"{n}\t{g}\n" for n, g in rows), encoding="utf-8")
    print(f"wrote {len(rows)} names to {OUT.name}")


if __name__ == "__main__":
    main()
