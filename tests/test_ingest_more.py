"""Encodings, opt-in fetching with its address guard, feed items linked to pages, language."""

from __future__ import annotations

import http.server
import json
import threading
from functools import partial

import pytest

from newswire.ingest import iter_inputs
from newswire.models import ItemError, RawItem
from tests.conftest import EXAMPLES, run_cli


def test_encoding_auto_reads_legacy_files(tmp_path):
    f = tmp_path / "cp1252.txt"
    text = "Caf\u00e9 owners in Paris said the \u201cstrike\u201d would go on, the union\u2019s leader said on Monday."
    f.write_bytes(text.encode("cp1252"))
    strict = list(iter_inputs([str(f)]))
    assert isinstance(strict[0], ItemError) and "UTF-8" in strict[0].message
    auto = list(iter_inputs([str(f)], encoding="auto"))
    assert isinstance(auto[0], RawItem) and "Café owners" in auto[0].text and "\u201cstrike\u201d" in auto[0].text


@pytest.fixture()
def local_server():
    handler = partial(http.server.SimpleHTTPRequestHandler, directory=str(EXAMPLES))
    handler.log_message = lambda *a, **k: None
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()


def test_fetch_refuses_loopback_unless_allowed(local_server):
    url = f"{local_server}/ceasefire.html"
    refused = run_cli("analyze", url, "--fetch", "--no-store", "--format", "json")
    assert refused.returncode == 2
    assert "refusing to fetch 127.0.0.1" in refused.stderr.decode()
    ok = run_cli("analyze", url, "--fetch", "--allow-private", "--no-store", "--format", "json")
    assert ok.returncode == 0, ok.stderr.decode()
    rep = json.loads(ok.stdout)
    assert rep["article"]["title"].startswith("Sudan's warring sides") and "ceasefire" in rep["article"]["text"]
    # without --fetch a URL is only a missing file
    plain = run_cli("analyze", url, "--no-store")
    assert "no such file" in plain.stderr.decode()


def test_feed_item_takes_its_linked_page_from_the_same_input(tmp_path):
    page = (EXAMPLES / "ceasefire.html").read_text()
    (tmp_path / "page.html").write_text(page)
    (tmp_path / "feed.xml").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
        "<item><title>Ceasefire agreed</title><link>https://news.example.org/world/sudan-ceasefire-jeddah</link>"
        "<pubDate>Wed, 21 May 2025 09:30:00 GMT</pubDate></item></channel></rss>")
    items = list(iter_inputs([str(tmp_path)]))
    assert len(items) == 1, items
    it = items[0]
    assert isinstance(it, RawItem) and it.title == "Ceasefire agreed" and "seven-day ceasefire" in it.text


def test_non_english_article_is_stored_with_a_note(analyse):
    rep = analyse("Les forces russes ont attaqué la ville de Kharkiv lundi, a déclaré le ministère ukrainien "
                  "de la Défense. « Nous ne céderons pas », a dit le porte-parole de l'armée.")
    assert rep["article"]["language"] == "fr"
    assert any("not supported" in n for n in rep["article"]["notes"])
    assert rep["quotes"] == [] and rep["events"] == []


def test_independent_sources_count_copies_once(analyse, tmp_path):
    from newswire.store.duckdb_store import Store

    a = analyse("Belarusian police arrested 40 protesters in Minsk on Sunday, the interior ministry said.",
                external_id="a")
    b = analyse("Belarusian police detained 40 protesters in Minsk on Sunday after a rally, witnesses said.",
                external_id="b")
    c = dict(b, article=dict(b["article"], id="c" * 64, duplicate_of=b["article"]["id"]))
    with Store(tmp_path / "s.duckdb") as st:
        for rep in (a, b, c):
            st.save(rep)
        rows = [r for r in st.events(type_="COERCE")]
        assert rows and max(r["sources"] for r in rows) == 2  # a, b; c is b's copy


def test_short_english_is_english_and_other_languages_stay_themselves():
    from newswire.clean.language import detect_language

    # a character n-gram model reads these one-liners as Nigerian Pidgin and Welsh
    assert detect_language("The United States imposed sanctions against Nigeria.")[0] == "en"
    assert detect_language("Israel freed 39 Palestinians.")[0] == "en"
    assert detect_language("Le gouvernement a annoncé des sanctions contre le Nigeria et la Russie.")[0] == "fr"
    assert detect_language("De regering heeft in Den Haag nieuwe sancties tegen Rusland aangekondigd.")[0] == "nl"
    assert detect_language("Oga police don arrest four people for Lagos after di wahala.")[0] == "pcm"
    # names are no language: the words around them decide
    assert detect_language("Nigerian soldiers clashed with Boko Haram fighters near Maiduguri.")[0] == "en"
    assert detect_language("Le président Macron a rencontré Angela Merkel à Berlin pour la crise.")[0] == "fr"


def test_a_one_line_english_item_is_analysed(analyse):
    rep = analyse("The United States imposed sanctions against Nigeria.")
    assert rep["article"]["language"] == "en"
    assert any(v["type"] == "SANCTION" for v in rep["events"])


def test_a_sentence_with_an_irregular_verb_is_prose_not_boilerplate(analyse):
    from newswire.clean.boilerplate import strip_boilerplate

    # no -ed word: the irregular past is what shows it is a sentence ("withdrew", "wrote")
    line = "Ethiopian troops withdrew from Baidoa under the terms of the truce."
    body, _, removed = strip_boilerplate(line, False)
    assert body == line and not removed
    intro = "In a post on his campaign website, the senator wrote:"
    assert strip_boilerplate(f"{intro}\n\n\"We will not back down.\"", False)[0].startswith(intro)
    # links and follow-me lines still go
    assert strip_boilerplate("Follow Jane Doe on Twitter @janedoe.", False)[0] == ""
    rep = analyse(line)
    assert any(v["type"] == "RETREAT" for v in rep["events"]), rep["events"]


def test_a_headline_on_its_own_is_analysed_not_lost(analyse):
    from newswire.clean.boilerplate import strip_boilerplate

    # the teaser and line-classifier rules take a lone headline for a promo line; a text they
    # would empty is kept whole (a feed item or a snippet may be nothing but its headline)
    for line in ("US throws out Russian diplomats: Russia vows revenge, trolls Obama",
                 "Spain threatens retaliation after president expels diplomats amid hacking row"):
        body, _, removed = strip_boilerplate(line, True)
        assert body == line and not removed
    # in an article the same lines still go, and rule-matched boilerplate goes on its own too
    article = ("US throws out Russian diplomats: Russia vows revenge, trolls Obama\n\n"
               "Ethiopian troops withdrew from Baidoa under the terms of the truce.")
    assert strip_boilerplate(article, False)[0] == "Ethiopian troops withdrew from Baidoa under the terms of the truce."
    assert strip_boilerplate("Follow Jane Doe on Twitter @janedoe.", False)[0] == ""
    rep = analyse("US throws out Russian diplomats: Russia vows revenge, trolls Obama")
    assert rep["article"]["text"].startswith("US throws out Russian diplomats")
    assert any((v["actor"] or {}).get("country") == "USA" for v in rep["events"]), rep["events"]


def test_a_bullet_inside_a_line_starts_a_paragraph(analyse):
    from newswire.clean.normalize import normalize_text

    # scraped letters pages run each letter's signature into the next letter with a bullet
    text = ("Isis is not defeated and we must not betray the Kurds. Margaret Owen London • Turkey "
            "has said it will invade the Kurdish enclave. • Join the debate – email us")
    assert normalize_text(text).split("\n\n") == [
        "Isis is not defeated and we must not betray the Kurds. Margaret Owen London",
        "Turkey has said it will invade the Kurdish enclave.", "Join the debate – email us"]
    assert normalize_text("• first item\n• second item") == "• first item\n• second item"
    rep = analyse(text)
    invade = next(q for q in rep["quotes"] if "invade the Kurdish enclave" in q["text"])
    assert invade["speaker"]["text"] == "Turkey"
