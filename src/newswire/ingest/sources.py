"""Walk the inputs a user names and yield one record per article, or one error per bad item.

Formats are detected from the name and the first bytes, and can be forced with
``input_format``: ``text``, ``html``, ``jsonl``, ``feed``, ``warc``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from newswire.ingest.decode import DecodeError, decode_text, looks_binary
from newswire.ingest.html import parse_html
from newswire.models import ItemError, RawItem

DEFAULT_MAX_BYTES = 1_000_000  # one article; a 2 MB "article" is a dump, not news
FORMATS = ("auto", "text", "html", "jsonl", "feed", "warc")
_SKIP_DIRS = {".git", "__pycache__", ".venv", "node_modules"}

Item = RawItem | ItemError
_ENCODING = "utf-8"


def link_feed_items(items: Iterable[Item]) -> Iterator[Item]:
    """Give a text-less feed item the page it links to, when that page is in the input."""
    buffered = list(items)
    pages = {it.url: it for it in buffered if isinstance(it, RawItem) and it.input_format == "html" and it.url}
    used: set[int] = set()
    out: list[Item] = []
    for it in buffered:
        if isinstance(it, RawItem) and it.input_format == "feed-link":
            page = pages.get(it.url or "")
            if page is None:
                out.append(ItemError(it.external_id or "?", "feed item carries no text and its linked page"
                                                            " is not in the input"))
                continue
            used.add(id(page))
            page.title = it.title or page.title
            page.published = page.published or it.published
            page.source = it.source or page.source
            out.append(page)
            continue
        out.append(it)
    seen: set[int] = set()
    for it in out:
        if id(it) in used:  # a linked page is analysed once, not as page and as feed item
            if id(it) in seen:
                continue
            seen.add(id(it))
        yield it

def detect_format(name: str, head: bytes) -> str:
    low = name.lower()
    if low.endswith((".warc", ".warc.gz")):
        return "warc"
    if low.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    if low.endswith((".rss", ".atom")):
        return "feed"
    if low.endswith((".html", ".htm", ".xhtml")):
        return "html"
    sniff = head[:2048].lstrip().lower()
    if sniff.startswith(b"warc/"):
        return "warc"
    if sniff.startswith(b"<?xml") or sniff.startswith(b"<rss") or sniff.startswith(b"<feed"):
        if b"<rss" in sniff or b"<feed" in sniff or b"<rdf" in sniff:
            return "feed"
    if sniff.startswith((b"<!doctype html", b"<html")):
        return "html"
    if sniff.startswith(b"{"):
        return "jsonl"
    return "text"


def iter_inputs(
    paths: Iterable[str], input_format: str = "auto", max_bytes: int = DEFAULT_MAX_BYTES,
    encoding: str = "utf-8", fetch: bool = False, allow_private: bool = False,
) -> Iterator[Item]:
    """Yield a :class:`RawItem` per article, an :class:`ItemError` per unreadable item.

    Feed items that carry no text take the text of their linked page when that page is
    among the inputs too.
    """
    yield from link_feed_items(_iter_raw(paths, input_format, max_bytes, encoding, fetch, allow_private))


def _iter_raw(paths: Iterable[str], input_format: str, max_bytes: int, encoding: str, fetch: bool,
              allow_private: bool) -> Iterator[Item]:
    global _ENCODING
    _ENCODING = encoding
    for p in paths:
        if p == "-":
            data = sys.stdin.buffer.read()
            yield from _from_bytes("<stdin>", data, input_format, max_bytes)
            continue
        if p.startswith(("http://", "https://")) and fetch:
            from newswire.ingest.fetch import FetchError, fetch_url

            try:
                data, ctype = fetch_url(p, max_bytes=max_bytes * 4, allow_private=allow_private)
            except FetchError as exc:
                yield ItemError(p, str(exc))
                continue
            fmt = input_format
            if fmt == "auto" and "html" in ctype:
                fmt = "html"
            for item in _from_bytes(p, data, fmt, max_bytes):
                if isinstance(item, RawItem):
                    item.url = item.url or p
                yield item
            continue
        path = Path(p)
        if path.is_dir():
            for f in sorted(path.rglob("*")):
                if f.is_file() and not (_SKIP_DIRS & set(f.parts)) and not f.name.startswith("."):
                    yield from _from_file(f, input_format, max_bytes)
        elif path.is_file():
            yield from _from_file(path, input_format, max_bytes)
        else:
            yield ItemError(p, "no such file or folder")


def _from_file(path: Path, input_format: str, max_bytes: int) -> Iterator[Item]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield ItemError(str(path), f"cannot read: {exc.strerror or exc}")
        return
    yield from _from_bytes(str(path), data, input_format, max_bytes)


def _from_bytes(name: str, data: bytes, input_format: str, max_bytes: int) -> Iterator[Item]:
    fmt = detect_format(name, data) if input_format == "auto" else input_format
    if fmt == "warc":
        from newswire.ingest.warc import iter_warc

        yield from iter_warc(name, data, max_bytes)
        return
    if fmt == "jsonl":
        yield from _jsonl(name, data, max_bytes)
        return
    if not data.strip():
        yield ItemError(name, "empty file")
        return
    if fmt != "jsonl" and len(data) > max_bytes and fmt == "text":
        yield ItemError(name, f"too large ({len(data) / 1e6:.1f} MB > {max_bytes / 1e6:.1f} MB limit)")
        return
    try:
        # pages and feeds declare their charset; plain text is UTF-8 unless told otherwise
        text = decode_text(data, "auto" if fmt in ("html", "feed") else _ENCODING)
    except DecodeError as exc:
        yield ItemError(name, str(exc))
        return
    if fmt == "feed":
        from newswire.ingest.feeds import iter_feed

        yield from iter_feed(name, text, max_bytes)
        return
    if fmt == "html":
        item = parse_html(text, external_id=name)
        yield _checked(item, name, max_bytes)
        return
    yield _checked(RawItem(external_id=name, text=text, input_format="text"), name, max_bytes)


def _checked(item: RawItem, name: str, max_bytes: int) -> Item:
    if not item.text or not item.text.strip():
        return ItemError(name, "no article text found")
    if len(item.text.encode("utf-8")) > max_bytes:
        return ItemError(name, f"too large ({len(item.text) / 1e6:.1f} MB > {max_bytes / 1e6:.1f} MB limit)")
    return item


def _jsonl(name: str, data: bytes, max_bytes: int) -> Iterator[Item]:
    if looks_binary(data):
        yield ItemError(name, "binary content, not JSONL")
        return
    if not data.strip():
        yield ItemError(name, "empty file")
        return
    for n, raw in enumerate(data.splitlines(), start=1):
        where = f"{name}:{n}"
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            yield ItemError(where, f"not valid UTF-8 (offset {exc.start})")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ItemError(where, f"not JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(obj, dict):
            yield ItemError(where, "not a JSON object")
            continue
        text = obj.get("text")
        if not isinstance(text, str) or not text.strip():
            yield ItemError(where, "no 'text' field")
            continue
        ext = obj.get("id")
        item = RawItem(
            external_id=str(ext) if ext is not None else where,
            text=text,
            title=_str(obj.get("title")),
            url=_str(obj.get("url")),
            source=_str(obj.get("source")),
            published=_str(obj.get("published") or obj.get("date")),
            input_format="jsonl",
        )
        yield _checked(item, where if ext is None else f"{where} (id {ext})", max_bytes)


def _str(v: object) -> str | None:
    return None if v is None else str(v)
