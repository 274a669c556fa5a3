"""HTML pages: trafilatura first, an lxml text fallback after."""

from __future__ import annotations

import json

from newswire.models import RawItem

RECALL_RATIO = 0.5


def parse_html(html: str, external_id: str | None, url: str | None = None) -> RawItem:
    import trafilatura

    text = None
    meta: dict = {}
    try:
        # Fast path: trafilatura tuned for precision (boilerplate is costlier to us than a
        # missed paragraph: it turns into false quotes and events).
        out = trafilatura.extract(
            html, url=url, output_format="json", with_metadata=True,
            include_comments=False, include_tables=False, favor_precision=True,
        )
        if out:
            meta = json.loads(out)
            text = meta.get("text")
        # Fallback: when the precise pass kept much less than the default pass, it cut body
        # paragraphs; take the default text and let the cleaner remove the boilerplate.
        recall = trafilatura.extract(html, url=url, include_comments=False, include_tables=False)
        if recall and (not text or len(text) < RECALL_RATIO * len(recall)):
            text = recall
    except Exception:  # trafilatura raises on odd markup; the fallback handles it
        text = None
    if not text:
        text, meta = _fallback(html), meta or {}
    # trafilatura writes one paragraph per line; a blank line is the paragraph break the
    # annotator ends sentences at (a headline has no full stop to end it)
    text = "\n\n".join(line.strip() for line in (text or "").split("\n") if line.strip())
    return RawItem(
        external_id=external_id,
        text=text or "",
        title=meta.get("title"),
        # trafilatura's JSON calls the canonical URL "source" and the site name "source-hostname"
        url=meta.get("url") or meta.get("source") or url,
        source=meta.get("sitename") or meta.get("source-hostname") or meta.get("hostname"),
        published=meta.get("date"),
        input_format="html",
        language=meta.get("language"),
    )


def _fallback(html: str) -> str:
    """Paragraph text of the page when trafilatura finds no main text."""
    from lxml import html as lhtml

    try:
        root = lhtml.fromstring(html)
    except Exception:
        return ""
    for bad in root.xpath("//script|//style|//nav|//footer|//header|//aside"):
        bad.drop_tree()
    paras = [p.text_content().strip() for p in root.xpath("//p")]
    paras = [p for p in paras if p]
    if not paras:
        body = root.find("body")
        return (body if body is not None else root).text_content().strip()
    return "\n\n".join(paras)
