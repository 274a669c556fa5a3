"""Resolution: actor codes, places, and speaker clustering.

Usage: newswire eval resolve [--part tune|report|all] [--polnear-n 84]
- Actor country and sector accuracy on the source/target actors of the PLOVER
  gold-standard records: each gold ``actorText`` is found in its sentence and coded by
  newswire's resolver (entity clusters, the Phoenix KB, composition from the text), with a
  country its words do not name guessed as the pipeline guesses it
  (``pipeline.inferred_country``: the place it is in, the sentence, the text's focus).
  Gold "IGO" counts as right when newswire codes an IGO sector; gold "IGO" or "NGO" (CAMEO's
  codes for a body of no one state) also when it codes no country and an IGO or NGO sector.
  The records' MED, JRN and CIV sectors are read as CAMEO's HLH, MED and CVL (see
  ``evaluate/plover.py``); the figure with the letters as written is printed beside it.
- Place-to-country accuracy on the records' gold ``eventLoc`` (country from its ISO2
  code, else the one country pycountry names for the name: a country, or subdivisions
  holding the name as whole words; see ``gold_place_country``).
- Within-article speaker clustering on PolNeAR dev: for every pair of matched quotes
  whose gold sources are both proper names, newswire is right when its canonical
  speakers are the same exactly when the gold surnames are.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata

from newswire.clean.normalize import same_length_normalize
from newswire.evaluate import shared_dir
from newswire.evaluate.plover import GSR, gold_country, gold_sector, load_records, split


def _actors(rec: dict) -> list[dict]:
    out = []
    for k in ("source", "target"):
        v = rec.get(k)
        if isinstance(v, list):
            out += [a for a in v if isinstance(a, dict)]
        elif isinstance(v, dict):
            out.append(v)
    return out


def _country_right(c: str | None, s: str | None, gold: str) -> bool:
    # CAMEO's IGO and NGO stand in the country slot for a body of no one state
    return c == gold or (gold == "IGO" and s == "IGO") or (
        gold in ("IGO", "NGO") and c is None and s in ("IGO", "NGO"))


def actor_scores(part: str, errors: list[str] | None = None) -> None:
    from newswire.annotate import get_nlp
    from newswire.extract.entities import extract_entities, token_entity
    from newswire.pipeline import focus_country, inferred_country
    from newswire.resolve.actors import (
        code_phrase,
        country_code,
        org_country_from_context,
        org_sector_from_apposition,
        person_country_from_context,
        phrase_function,
        resolve_entities,
    )
    from newswire.resolve.kb import default_kb
    from newswire.resolve.places import dateline_country

    kb = default_kb()
    # undated: the records' 2000-01-01 is a placeholder (GSR readme) and their states were
    # edited to today's ISO codes, so the dictionary is read as of today
    day = None
    recs = split(load_records(), part)
    nlp = get_nlp()
    c_ok = c_n = c_raw = s_ok = s_n = s_raw = 0
    for rec, doc in zip(recs, nlp.pipe([r["text"] for r in recs]), strict=True):
        ents = extract_entities(doc, country_of=lambda n: country_code(kb, n, day) is not None)
        ents = resolve_entities(ents, kb, day)
        person_country_from_context(ents, doc, kb, day)
        org_country_from_context(ents, doc, kb, day)  # the pipeline's order
        org_sector_from_apposition(ents, doc, kb, day)
        focus = focus_country(ents, dateline_country(doc.text, kb))
        sentences = sum(1 for _ in doc.sents)
        for a in _actors(rec):
            text = a.get("actorText") or ""
            pos = doc.text.find(text) if text else -1
            if pos < 0:
                continue
            span = doc.char_span(pos, pos + len(text), alignment_mode="expand")
            if span is None:
                continue
            # gold texts can stop short of their noun ("U.S. border patrol" of "... agents"):
            # then every token hangs outside the span, and the last one is the phrase's head
            outside = [t for t in span if t.head.i < span.start or t.head.i >= span.end or t.head == t]
            # when they hang on different words, the span is a whole phrase with a truncated
            # modifier ("deputy governor of the Tyumen" [region]) and its own root is the head
            root = outside[-1] if outside and len({t.head.i for t in outside}) == 1 else span.root
            if root.dep_ == "prep":  # "in central Baghdad": the place named, in its role
                root = next((t for t in root.children if t.dep_ == "pobj"), root)
            hit = token_entity(ents, root)
            ent = hit[0] if hit else None
            c, s = code_phrase(root, text, ent, kb, day)
            if c is None:  # as the pipeline guesses it (marked inferred there)
                c = inferred_country(root, ent, s, kb, day, focus, sentences)
            gold_c, gold_s = a.get("code"), a.get("sector")
            if gold_c:
                c_n += 1
                right = _country_right(c, s, gold_country(gold_c))
                c_raw += _country_right(c, s, gold_c)
                c_ok += right
                if not right and errors is not None:
                    errors.append(f"country {text!r}: {c} (gold {gold_c})")
            # PLOVER codes an international body's actor by its role (peacekeepers MIL)
            s = phrase_function(root, text, ent, kb, None, s) or s
            if gold_s and gold_s.isalpha() and gold_s.isupper() and len(gold_s) == 3:
                s_n += 1
                s_raw += s == gold_s
                gold_s = gold_sector(gold_s)
                s_ok += s == gold_s
                if s != gold_s and errors is not None:
                    errors.append(f"sector {text!r}: {s} (gold {gold_s})")
    print(f"PLOVER GSR actors ({part} records)")
    print(f"  actor country accuracy: {c_ok / max(1, c_n):.3f} ({c_ok}/{c_n})")
    print(f"    (codes as written, JAP not read as JPN: {c_raw / max(1, c_n):.3f})")
    print(f"  actor sector accuracy:  {s_ok / max(1, s_n):.3f} ({s_ok}/{s_n})")
    print(f"    (letters as written, MED/JRN/CIV not read as CAMEO's HLH/MED/CVL: {s_raw / max(1, s_n):.3f})")


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()


def gold_place_country(loc: dict, strict: bool = True) -> str | None:
    """The gold country of an ``eventLoc``: its ISO2 code, else the one country pycountry
    names for the name. Strict: a country's name, or subdivisions whose names hold the name
    as whole words, diacritics ignored ("Kabul" in "Kābul"). Not strict (the rule before
    session 22): pycountry's ``search_fuzzy``, whose substring matches make gold of a
    name's letters inside another word ("Tyre" in Malawi's "Blantyre", "Sanaa" in
    Somalia's "Sanaag", "Sinai" in Finland's "Varsinais-Suomi")."""
    import pycountry

    if loc.get("country code"):
        c = pycountry.countries.get(alpha_2=loc["country code"])
        return c.alpha_3 if c else None
    name = loc["name"]
    try:
        return pycountry.countries.lookup(name).alpha_3
    except LookupError:
        pass
    if strict:
        # a country's names first ("Britain" in the United Kingdom's official name, not
        # Papua New Guinea's province New Britain), then subdivisions
        word = re.compile(r"\b" + re.escape(_fold(name)) + r"\b")
        found = {c.alpha_3 for c in pycountry.countries
                 if any(word.search(_fold(getattr(c, a, "") or "")) for a in ("name", "official_name", "common_name"))}
        if not found:
            codes = {s.country_code for s in pycountry.subdivisions if word.search(_fold(s.name))}
            found = {pycountry.countries.get(alpha_2=c).alpha_3 for c in codes}
    else:
        try:
            found = {c.alpha_3 for c in pycountry.countries.search_fuzzy(name)}
        except LookupError:
            found = set()
    # cities pycountry does not know and ambiguous names ("Gaza" is also in Mozambique) are
    # left out
    return found.pop() if len(found) == 1 else None


def place_scores(part: str) -> None:
    from newswire.resolve.kb import default_kb
    from newswire.resolve.places import resolve_place

    kb = default_kb()
    scores = {True: [0, 0], False: [0, 0]}
    misses = []
    for rec in split(load_records(), part):
        loc = rec.get("eventLoc")
        if not isinstance(loc, dict) or not loc.get("name"):
            continue
        golds = {strict: gold_place_country(loc, strict) for strict in (True, False)}
        if golds[True] is None and golds[False] is None:
            continue
        got = resolve_place(loc["name"], kb, None, _context_country(rec["text"], loc["name"], kb)).country
        for strict, gold in golds.items():
            if gold is not None:
                scores[strict][0] += got == gold
                scores[strict][1] += 1
        if golds[True] is not None and got != golds[True]:
            misses.append(f"{loc['name']}→{got} (gold {golds[True]})")
    ok, n = scores[True]
    print(f"  place country accuracy: {ok / max(1, n):.3f} ({ok}/{n})" + (f"  misses: {', '.join(misses[:6])}" if misses and part == "tune" else ""))
    ok, n = scores[False]
    print(f"    (gold by pycountry's fuzzy search, the rule before session 22: {ok / max(1, n):.3f} ({ok}/{n}))")


def _context_country(text: str, place: str, kb) -> str | None:
    """The country the text is about, as the pipeline computes it for the article
    (``pipeline.focus_country`` over the coded entities); a single sentence here."""
    from newswire.annotate import get_nlp
    from newswire.extract.entities import extract_entities
    from newswire.pipeline import focus_country
    from newswire.resolve.actors import country_code, resolve_entities

    doc = get_nlp()(text)
    ents = resolve_entities(extract_entities(doc, country_of=lambda n: country_code(kb, n) is not None), kb, None)
    return focus_country(ents)


def _surname(text: str) -> str | None:
    """The last capitalised word of a gold source that is a person's name; None for a
    common noun that speaks of or for a named one ("a spokesman for Trump", "the father of
    Shamima Begum"), whose words are not that person's."""
    if re.search(r"\b[a-z][\w-]*\s+(?:for|of|to|at)\s+(?:the\s+)?[A-Z]", text):
        return None
    words = re.findall(r"[A-Z][\w'’-]+", text)
    return words[-1].lower() if words else None


def speaker_clustering(n_articles: int) -> None:
    from newswire.annotate import get_nlp
    from newswire.evaluate.quotes import chars, read_ann
    from newswire.extract.entities import extract_entities
    from newswire.extract.quotes import extract_quotes

    base = shared_dir() / "eval/quotes/polnear/dev"
    if not base.exists():
        print("  speaker clustering: PolNeAR dev not found")
        return
    texts = sorted((base / "text").glob("*.txt"))[:n_articles]
    ok = n = 0
    texts_in = [same_length_normalize(t.read_text(encoding="utf-8")) for t in texts]  # as the clean stage does
    for path, doc in zip(texts, get_nlp().pipe(texts_in), strict=True):
        anns = sorted((base / "attributions").glob(path.stem + "_*.ann"))
        if not anns:
            continue
        gold = read_ann(anns[0], doc.text)
        preds = extract_quotes(doc, extract_entities(doc))
        pairs = []
        for g in gold:
            if not g["source"]:
                continue
            src = " ".join(doc.text[a:b] for a, b in g["source"])
            sur = _surname(src)
            if sur is None or src.split()[0].lower() in ("he", "she", "they", "i", "we"):
                continue
            gc = chars(g["content"])
            best = max(preds, key=lambda p: len(chars(p.spans) & gc), default=None)
            if best is None or len(chars(best.spans) & gc) < 0.3 * len(gc) or best.speaker is None:
                continue
            key = id(best.speaker.entity) if best.speaker.entity else (best.speaker.name or "").lower()
            pairs.append((sur, key))
        for i in range(len(pairs)):
            for j in range(i + 1, len(pairs)):
                n += 1
                ok += (pairs[i][0] == pairs[j][0]) == (pairs[i][1] == pairs[j][1])
    print(f"PolNeAR dev speaker clustering ({len(texts)} articles): pair accuracy {ok / max(1, n):.3f} ({ok}/{n} pairs)")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--part", default="tune", choices=["tune", "report", "all"])
    ap.add_argument("--polnear-n", type=int, default=84)
    ap.add_argument("--errors", action="store_true", help="list wrong actor codes (tune part only)")
    args = ap.parse_args(argv)
    if not GSR.exists():
        sys.exit(f"PLOVER gold records not found at {GSR}")
    if args.errors and args.part != "tune":
        sys.exit("--errors lists mistakes on the tune part only: the report part is held out")
    errors: list[str] | None = [] if args.errors else None
    actor_scores(args.part, errors)
    for line in errors or []:
        print("  " + line)
    place_scores(args.part)
    speaker_clustering(args.polnear_n)


if __name__ == "__main__":
    main()
