"""RSS/Atom feeds through feedparser: one article per item that carries its own text."""

from __future__ import annotations

from collections.abc import Iterator

from newswire.ingest.html import parse_html
from newswire.models import ItemError, RawItem


def iter_feed(name: str, text: str, max_bytes: int) -> Iterator[RawItem | ItemError]:
    import feedparser

    feed = feedparser.parse(text)
    if feed.bozo and not feed.entries:
        yield ItemError(name, f"not a readable feed ({feed.get('bozo_exception')})")
        return
    site = feed.feed.get("title")
    for i, entry in enumerate(feed.entries, start=1):
        where = f"{name}#{i}"
        body = ""
        if entry.get("content"):
            body = entry.content[0].get("value", "")
        body = body or entry.get("summary", "")
        link = entry.get("link")
        if not body.strip():
            if link:  # the page may be in the same input: linked by ingest.sources
                yield RawItem(external_id=link, text="", title=entry.get("title"), url=link,
                              source=site, published=entry.get("published") or entry.get("updated"),
                              input_format="feed-link")
            else:
                yield ItemError(where, "feed item carries no text")
            continue
        item = parse_html(f"<html><body>{body}</body></html>", external_id=link or where, url=link)
        if len(item.text) < 0.5 * len(_strip(body)):
            # trafilatura is tuned for whole pages; an item body is already the article.
            from newswire.ingest.html import _fallback

            item.text = _fallback(f"<html><body>{body}</body></html>")
        item.title = entry.get("title") or item.title
        item.published = entry.get("published") or entry.get("updated") or item.published
        item.source = site or item.source
        item.input_format = "feed"
        if not item.text.strip():
            yield ItemError(where, "feed item carries no text")
        elif len(item.text.encode("utf-8")) > max_bytes:
            yield ItemError(where, "too large")
        else:
            yield item


def _strip(html: str) -> str:
    import re

    return re.sub(r"<[^>]+>", "", html)
