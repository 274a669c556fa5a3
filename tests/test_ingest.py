from __future__ import annotations

import gzip
import io

from newswire.clean import clean
from newswire.ingest import iter_inputs
from newswire.models import ItemError, RawItem
from tests.conftest import EXAMPLES

FEED = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Example Wire</title>
<item><title>Troops deployed</title><link>https://example.org/a</link>
<pubDate>Tue, 17 May 2022 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Belarus deployed troops to the border on Tuesday, officials said.&lt;/p&gt;</description></item>
<item><title>Empty</title><link>https://example.org/b</link></item>
</channel></rss>"""


def test_html_metadata():
    items = list(iter_inputs([str(EXAMPLES / "ceasefire.html")]))
    assert len(items) == 1 and isinstance(items[0], RawItem)
    it = items[0]
    assert it.title.startswith("Sudan's warring sides")
    assert it.published.startswith("2025-05-21")
    assert "seven-day ceasefire" in it.text and "Most read" not in it.text


def test_feed_items(tmp_path):
    f = tmp_path / "feed.xml"
    f.write_text(FEED)
    items = list(iter_inputs([str(f)]))
    ok = [i for i in items if isinstance(i, RawItem)]
    bad = [i for i in items if isinstance(i, ItemError)]
    assert len(ok) == 1 and ok[0].title == "Troops deployed" and "deployed troops" in ok[0].text
    assert ok[0].source == "Example Wire" and ok[0].url == "https://example.org/a"
    assert len(bad) == 1


def test_warc(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=True)
    html = (EXAMPLES / "ceasefire.html").read_bytes()
    for status, body in (("200 OK", html), ("404 Not Found", b"<html>gone</html>")):
        headers = StatusAndHeaders(status, [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record("https://example.org/x", "response", payload=io.BytesIO(body),
                                           http_headers=headers))
    p = tmp_path / "crawl.warc.gz"
    p.write_bytes(buf.getvalue())
    items = list(iter_inputs([str(p)]))
    assert len(items) == 1 and isinstance(items[0], RawItem) and "ceasefire" in items[0].text
    assert gzip.decompress(p.read_bytes())[:4] == b"WARC"


def test_clean_keeps_paragraphs_and_curly_quotes():
    art = clean(RawItem("x", "Title line here\n\nHe said: \u201cWe\u00a0will\u00ad go.\u201d\r\n\r\n\r\nSecond para."))
    assert art.title == "Title line here"
    assert art.text == "He said: \u201cWe will go.\u201d\n\nSecond para."
    assert len(art.id) == 64


def test_html_paragraphs_are_sentences_of_their_own(tmp_path):
    # a headline kept in the body has no full stop; a blank line between paragraphs ends it,
    # so the first paragraph's claim is not fused with the headline's words
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Russia accuses Ukraine of drone strike on Belgorod as Kyiv denies involvement</title>"
        '<meta property="article:published_time" content="2024-05-13T09:30:00Z"></head><body><article>'
        "<h1>Russia accuses Ukraine of drone strike on Belgorod as Kyiv denies involvement</h1>"
        "<p>Russia's defence ministry said on Sunday that Ukrainian forces had launched 25 drones at the border "
        "region of Belgorod overnight, killing two civilians and damaging a power station.</p>"
        "<p>The ministry said air defences had shot down 23 of the drones. Ukraine's military intelligence agency "
        "denied that it had carried out the attack.</p></article></body></html>")
    item = next(iter(iter_inputs([str(page)])))
    assert "\n\n" in item.text
    from newswire.annotate import get_nlp

    doc = get_nlp()(item.text)
    assert not any("involvement" in s.text and "defence ministry" in s.text for s in doc.sents)
