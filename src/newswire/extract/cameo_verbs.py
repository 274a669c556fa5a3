"""CAMEO verb patterns from the Phoenix/PETRARCH2 verb dictionary (MIT), matched on a parse.

The dictionary (``CAMEO.2.0.txt``) groups verbs into synonym blocks with a default CAMEO
code, and lists patterns of words around the verb (``- * (TO BORDER) [154]``: the verb,
then "to border", codes 154 "mobilize armed forces"). :func:`build` turns it into the
compact ``data/cameo_verbs.json.gz`` shipped with the package; :func:`match` codes a
verb token: the longest pattern whose words all occur, in order, in the verb's clause.
This reads TABARI/PETRARCH's format but not its matcher: words are matched on spaCy
lemmas within the verb's dependency subtree, not on a shallow parse.
"""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from spacy.tokens import Token

from newswire.annotate import sent_of

FILE = "cameo_verbs.json.gz"
_CODE = re.compile(r"\[([0-9]{2,4}|---)[^\]]*\]")


def _words(raw: str, synsets: dict[str, list[str]]) -> list[list[str]]:
    """Pattern text → list of slots, each a list of alternative lower-case words."""
    raw = raw.replace("{", " ").replace("}", " ").replace("(", " ").replace(")", " ")
    slots: list[list[str]] = []
    for w in raw.split():
        if w in ("$", "+", "%", "^", "|", "-"):
            continue
        if w == "*":
            slots.append(["*"])
            continue
        w = w.strip("+$%^|")
        if not w:
            continue
        if w.startswith("&"):
            alts = synsets.get(w.rstrip("_"), [])
            if alts:
                slots.append(alts)
            continue
        slots.append([w.lower().replace("_", " ").strip()])
    return slots


def build(path: Path) -> dict:
    """Parse the verb dictionary into {verb: {"code": str|None, "patterns": [[pre, post, code]]}}."""
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    synsets: dict[str, list[str]] = {}
    cur: str | None = None
    for line in lines:
        body = line.split("#", 1)[0].rstrip()
        if body.startswith("&"):
            cur = body.strip().rstrip("_")
            synsets[cur] = []
        elif cur and body.startswith("+"):
            synsets[cur].append(body[1:].strip().strip("_").replace("_", " ").lower())
        elif not body.strip():
            continue
        else:
            cur = None
    verbs: dict[str, dict] = {}
    block: list[str] = []
    block_code: str | None = None
    for line in lines:
        body = line.split("#", 1)[0].rstrip()
        if body.startswith("---"):
            m = _CODE.search(body)
            block_code = m.group(1) if m and m.group(1) != "---" else None
            block = []
            continue
        if not body.strip() or body.startswith("&"):
            continue
        if body.startswith("- "):
            m = _CODE.search(body)
            if not m or m.group(1) == "---" or not block:
                continue
            slots = _words(body[2: m.start()], synsets)
            if ["*"] not in slots:
                continue
            k = slots.index(["*"])
            pre, post = slots[:k], slots[k + 1:]
            for v in block:
                verbs[v]["patterns"].append([pre, post, m.group(1)])
            continue
        if body.startswith((" ", "\t")) and not body.strip().startswith("+"):
            continue
        # a verb line: VERB {IRREGULAR FORMS} [code] or +MULTI_WORD {...} [code]
        m = _CODE.search(body)
        code = m.group(1) if m and m.group(1) != "---" else block_code
        head = re.sub(r"\{.*?\}", "", _CODE.sub("", body)).strip().lstrip("+").strip("_ ")
        if not head or not re.match(r"^[A-Z][A-Z_'\-]*$", head):
            continue
        verb = head.lower().replace("_", " ")
        verbs.setdefault(verb, {"code": code, "patterns": []})
        block.append(verb)
    return verbs


def write(verbs: dict, out: Path) -> None:
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as fh:
        json.dump({"source": "Phoenix/PETRARCH2 CAMEO.2.0.txt (MIT, (c) 2014 Open Event Data Alliance)",
                   "verbs": verbs}, fh, separators=(",", ":"))


@dataclass(frozen=True, slots=True)
class VerbMatch:
    code: str
    words: int  # pattern words matched; 0 = the verb's default code
    verb: str


@lru_cache(maxsize=1)
def verbs() -> dict[str, dict]:
    ref = resources.files("newswire") / "data" / FILE
    with ref.open("rb") as fh:
        return json.loads(gzip.decompress(fh.read()).decode("utf-8"))["verbs"]


def _forms(t: Token) -> set[str]:
    return {t.lower_, t.lemma_.lower()}


FUNCTION_WORDS = frozenset("in on at to for with from by of into onto over under up down out off about "
                           "the a an".split())
MAX_GAP = 3  # words a pattern may skip between its slots (determiners, adjectives, names)


def _seq_match(slots: list[list[str]], toks: list[Token]) -> bool:
    """All slots match tokens in order, each within a few words of the previous one."""
    i = 0
    for alts in slots:
        found = False
        limit = i + MAX_GAP + 1
        while i < len(toks) and i < limit:
            for a in alts:
                parts = a.split()
                if all(i + j < len(toks) and parts[j] in _forms(toks[i + j]) for j in range(len(parts))):
                    i += len(parts)
                    found = True
                    break
            if found:
                break
            i += 1
        if not found:
            return False
    return True


def match(tok: Token, skip_deps: tuple[str, ...] = ("advcl", "parataxis")) -> VerbMatch | None:
    """The CAMEO code of a verb token in its clause, or None when the verb is not listed;
    the subtrees of children in ``skip_deps`` are not the verb's object phrase."""
    table = verbs()
    lemma = tok.lemma_.lower()
    cands = []
    # multi-word verbs: "call for", "crack down", "step up"
    for c in tok.children:
        if c.dep_ in ("prt", "prep") and f"{lemma} {c.lower_}" in table:
            cands.append(f"{lemma} {c.lower_}")
    if lemma in table:
        cands.append(lemma)
    if not cands:
        return None
    # a pattern describes the verb's own object phrase: words of an adverbial or a loosely
    # attached clause ("began there after negotiations failed") are not in it
    skip = {t.i for c in tok.children if c.dep_ in skip_deps for t in c.subtree}
    sub = sorted((t for t in tok.subtree if t.i not in skip), key=lambda t: t.i)
    after = [t for t in sub if t.i > tok.i and not t.is_punct]
    before = [t for t in sent_of(tok) if t.i < tok.i]
    # fast path: a pattern can only match if each of its slots has a word in the clause
    words_after = {f for t in after for f in _forms(t)}
    words_before = {f for t in before for f in _forms(t)}
    best: VerbMatch | None = None
    for verb in cands:
        entry = table[verb]
        for pre, post, code in entry["patterns"]:
            n = len(pre) + len(post)
            if best is not None and n <= best.words:
                continue
            if not all(any(a.split()[0] in words_after for a in alts) for alts in post):
                continue
            if not all(any(a.split()[0] in words_before for a in alts) for alts in pre):
                continue
            if post and not _seq_match(post, after):
                continue
            if pre and not _seq_match(pre[::-1], before[::-1]):
                continue
            if all(a in FUNCTION_WORDS for alts in pre + post for a in alts):
                # "BEGIN IN", "ORDER ... TO": a preposition alone says no more than the bare
                # verb, whose own code it keeps ("ordered the military to deploy" is no visit)
                n, code = 0, entry.get("code") or code
            best = VerbMatch(code, n, verb)
        if best is None and entry.get("code"):
            best = VerbMatch(entry["code"], 0, verb)
    return best
