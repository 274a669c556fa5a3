"""The human-readable digest of a report: title, entities, quotes by speaker, events."""

from __future__ import annotations

import textwrap
from collections import OrderedDict


def _short(text: str, n: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def render(report: dict) -> str:
    a = report["article"]
    out: list[str] = []
    title = a.get("title") or "(untitled)"
    out.append(title)
    out.append("=" * min(len(title), 100))
    meta = [x for x in (a.get("source"), a.get("published"), a.get("url"), a.get("external_id")) if x]
    if meta:
        out.append(" · ".join(meta))
    out.append(f"language: {a.get('language')}  ·  boilerplate removed: {len(a.get('boilerplate', []))} lines"
               + (f"  ·  duplicate of {a['duplicate_of'][:12]}" if a.get("duplicate_of") else ""))
    for note in a.get("notes") or []:
        out.append(f"note: {note}")
    ents = [e for e in report["entities"] if e["type"] in ("PERSON", "ORG", "GPE", "LOC")]
    if ents:
        out.append("\nEntities")
        for e in ents:
            act = e.get("actor") or {}
            code = act.get("code") or "-"
            out.append(f"  {e['name']:<34} {e['type']:<7} {code:<10} {len(e['mentions'])} mentions")
    if report["quotes"]:
        out.append("\nQuotes by speaker")
        groups: OrderedDict[str, list[dict]] = OrderedDict()
        for q in report["quotes"]:
            sp = q.get("speaker") or {}
            groups.setdefault(sp.get("name") or "(unattributed)", []).append(q)
        for who, qs in groups.items():
            out.append(f"  {who}")
            for q in qs:
                via = f"{q.get('cue') or '-'}" + (f", {q['channel']}" if q.get("channel") else "")
                body = textwrap.fill(_short(q["text"], 240), width=96, initial_indent="      ",
                                     subsequent_indent="      ")
                out.append(f"    [{q['kind']}; {via}]")
                out.append(body)
    if report["events"]:
        out.append("\nEvents")
        for v in report["events"]:
            actor = v.get("actor") or {}
            target = v.get("target") or {}
            who = actor.get("text") or "?"
            code = "/".join(x for x in (actor.get("country"), actor.get("sector")) if x)
            line = f"  {v['type']}" + (f" ({v['mode']})" if v.get("mode") else "")
            line += f": {who}" + (f" [{code}]" if code else "")
            if target:
                line += f" → {target.get('text')}"
            if v.get("location"):
                line += f" @ {v['location'].get('name') or v['location'].get('text')}"
            if v.get("quantity"):
                qv = v["quantity"]
                line += f" ×{'~' if qv.get('approx') else ''}{qv['value']}{' ' + qv['unit'] if qv.get('unit') else ''}"
            if v.get("date") and v["date"].get("text"):
                line += f" ({v['date']['text']})"
            fact = v["factuality"]
            if v.get("source"):
                fact += f" by {v['source'].get('name')}"
            out.append(line)
            out.append(f"      {fact} — “{_short(v['evidence']['text'], 120)}”")
    return "\n".join(out) + "\n"
