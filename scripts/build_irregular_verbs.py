"""Build src/newswire/data/irregular_verbs.txt: English verb forms that carry no regular
ending (took, met, withdrew, fought), from the verb exception table of spaCy's English
lemmatizer (spacy-lookups-data, MIT) as the pinned en_core_web_sm pipeline ships it.

The cleaner reads the list to tell a sentence of prose from a link or a label without
running the parser ("Israeli troops withdrew from Jenin." has no -ed word).

Usage: python scripts/build_irregular_verbs.py
"""

from __future__ import annotations

from pathlib import Path

from newswire.annotate import get_nlp

OUT = Path(__file__).resolve().parents[1] / "src/newswire/data/irregular_verbs.txt"


def main() -> None:
    table = get_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_exc")["verb"]
    forms = sorted(f for f, lemmas in table.items()
                   if f.isalpha() and not f.endswith(("ed", "ing")) and f not in lemmas)
    OUT.write_text("# Irregular English verb forms (from spaCy's English lemmatizer exceptions, MIT);\n"
                   "# built by scripts/build_irregular_verbs.py\n" + "\n".join(forms) + "\n", encoding="utf-8")
    print(f"wrote {len(forms)} forms to {OUT.name}")


if __name__ == "__main__":
    main()
