"""WARC crawl files through warcio: each HTTP 200 HTML response is one article."""

from __future__ import annotations

import io
from collections.abc import Iterator

from newswire.ingest.html import parse_html
from newswire.models import ItemError, RawItem


def iter_warc(name: str, data: bytes, max_bytes: int) -> Iterator[RawItem | ItemError]:
    from warcio.archiveiterator import ArchiveIterator

    try:
        for record in ArchiveIterator(io.BytesIO(data)):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            where = f"{name}#{url}"
            if record.http_headers.get_statuscode() != "200":
                continue
            ctype = (record.http_headers.get_header("Content-Type") or "").lower()
            if "html" not in ctype:
                continue
            body = record.content_stream().read()
            charset = "utf-8"
            if "charset=" in ctype:
                charset = ctype.split("charset=", 1)[1].split(";")[0].strip() or "utf-8"
            try:
                html = body.decode(charset, errors="replace")
            except LookupError:
                html = body.decode("utf-8", errors="replace")
            item = parse_html(html, external_id=url, url=url)
            item.input_format = "warc"
            if not item.text.strip():
                yield ItemError(where, "no article text found")
            elif len(item.text.encode("utf-8")) > max_bytes:
                yield ItemError(where, "too large")
            else:
                yield item
    except Exception as exc:  # a truncated or corrupt archive: report, keep what was read
        yield ItemError(name, f"unreadable WARC ({type(exc).__name__}: {exc})")
