"""The real CLI on the bundled examples: content, schema, store, exports, bad input."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest

from tests.conftest import EXAMPLES, SAMPLE, run_cli


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    db = tmp_path_factory.mktemp("db") / "t.duckdb"
    res = run_cli("analyze", str(EXAMPLES), "--db", str(db), "--format", "jsonl")
    assert res.returncode == 0, res.stderr.decode()
    reports = [json.loads(line) for line in res.stdout.decode().splitlines()]
    return db, reports


def _schema():
    return json.loads((resources.files("newswire") / "data" / "report.schema.json").read_text())


def test_jsonl_reports_validate_and_keep_input_ids(store):
    _, reports = store
    assert len(reports) == 3
    for r in reports:
        jsonschema.validate(r, _schema())
    ids = sorted(r["article"]["external_id"].rsplit("/", 1)[-1] for r in reports)
    assert ids == ["border-talks.txt", "ceasefire.html", "protest-crackdown.txt"]


def test_example_content(store):
    _, reports = store
    by = {r["article"]["external_id"].rsplit("/", 1)[-1]: r for r in reports}
    protest = by["protest-crackdown.txt"]
    assert "We use your sign-up" not in protest["article"]["text"]
    assert "READ MORE" not in protest["article"]["text"]
    q = next(q for q in protest["quotes"] if q["text"].startswith("The police acted within the law"))
    assert q["speaker"]["name"] == "Levan Mikeladze" and len(q["spans"]) == 2
    arrests = [v for v in protest["events"] if v["type"] == "COERCE" and v["mode"] == "arrest"]
    assert arrests and arrests[0]["actor"]["sector"] == "COP"
    # "Beridze denied that protesters had attacked the police, claiming officers fired ..."
    denied = next(v for v in protest["events"] if v["factuality"] == "denied")
    assert denied["type"] == "ASSAULT" and denied["source"]["name"] == "Nino Beridze"
    fired = next(v for v in protest["events"] if v["mode"] == "firearms")
    assert fired["factuality"] == "claimed" and fired["source"]["name"] == "Nino Beridze"
    # "Anyone who attacks officers will be held responsible": no attack happened
    generic = next(v for v in protest["events"] if v["evidence"]["text"].startswith('"Anyone who'))
    assert generic["factuality"] == "hypothetical" and generic["actor"]["text"] == "Anyone"
    # "The government has not withdrawn the bill": a concession that has not happened
    assert any(v["factuality"] == "negated" and v["type"] == "CONCEDE" for v in protest["events"])
    html = by["ceasefire.html"]
    assert html["article"]["title"].startswith("Sudan's warring sides agree")
    assert "Most read" not in html["article"]["text"] and "Sign up" not in html["article"]["text"]
    envoy = next(q for q in html["quotes"] if q["text"].startswith("This is a chance"))
    assert envoy["speaker"]["name"] == "Daniel Brooks"
    assert any(v["type"] == "AGREE" for v in html["events"])


def test_json_single_report_validates(tmp_path):
    res = run_cli("analyze", str(EXAMPLES / "border-talks.txt"), "--format", "json", "--no-store")
    assert res.returncode == 0, res.stderr.decode()
    rep = json.loads(res.stdout)
    jsonschema.validate(rep, _schema())
    assert any(v["type"] == "CONSULT" for v in rep["events"])
    acc = next(v for v in rep["events"] if v["type"] == "ACCUSE")
    assert acc["actor"]["country"] == "AZE"


def test_store_queries_and_idempotent_rerun(store, tmp_path):
    db, _ = store
    res = run_cli("quotes", "--db", str(db), "--speaker", "Mikeladze", "--format", "json")
    rows = json.loads(res.stdout)
    assert rows and all("Mikeladze" in r["speaker_name"] for r in rows)
    res = run_cli("events", "--db", str(db), "--type", "COERCE", "--format", "json")
    assert all(r["type"] == "COERCE" for r in json.loads(res.stdout))
    before = run_cli("entities", "--db", str(db), "--format", "json").stdout
    again = run_cli("analyze", str(EXAMPLES), "--db", str(db), "--format", "jsonl")
    assert again.returncode == 0
    after = run_cli("entities", "--db", str(db), "--format", "json").stdout
    assert json.loads(before) == json.loads(after)
    table = run_cli("events", "--db", str(db)).stdout.decode()
    assert "COERCE" in table and "factuality" in table
    out = tmp_path / "ev.csv"
    assert run_cli("export", str(out), "--db", str(db)).returncode == 0
    assert out.read_text().splitlines()[0].startswith("article_id,id,type")
    pq = tmp_path / "reports.jsonl"
    assert run_cli("export", str(pq), "--db", str(db)).returncode == 0
    assert len(pq.read_text().splitlines()) == 3
    parquet = tmp_path / "q.parquet"
    assert run_cli("export", str(parquet), "--table", "quotes", "--db", str(db)).returncode == 0
    assert parquet.stat().st_size > 0


def test_bad_input_does_not_stop_the_batch(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "empty.txt").write_text("")
    (d / "binary.bin").write_bytes(bytes(range(256)) * 4)
    (d / "latin1.txt").write_bytes("Caf\xe9 owners protested in Paris on Monday.".encode("latin-1"))
    (d / "big.txt").write_text("Police arrested protesters. " * 80_000)
    (d / "items.jsonl").write_text('{"id": "ok1", "text": "Police arrested 12 protesters in Minsk on Monday."}\n'
                                   "{not json}\n"
                                   '{"id": "nt"}\n')
    (d / "good.txt").write_text((EXAMPLES / "border-talks.txt").read_text())
    db = tmp_path / "b.duckdb"
    res = run_cli("analyze", str(d), "--db", str(db), "--format", "jsonl")
    assert res.returncode == 1
    err = [ln for ln in res.stderr.decode().splitlines() if ln.startswith("error:")]
    assert any("empty.txt" in e and "empty" in e for e in err)
    assert any("binary.bin" in e and "binary" in e for e in err)
    assert any("latin1.txt" in e and "UTF-8" in e for e in err)
    assert any("big.txt" in e and "too large" in e for e in err)
    assert any("items.jsonl:2" in e and "not JSON" in e for e in err)
    assert any("items.jsonl:3" in e and "text" in e for e in err)
    assert len(err) == 6, err
    out = [json.loads(x) for x in res.stdout.decode().splitlines()]
    assert {r["article"]["external_id"] for r in out} >= {"ok1"}
    assert len(out) == 2


def test_stdin_and_text_digest():
    if not SAMPLE.exists():
        pytest.skip("needs ../shared/samples/belarus-troops-border.txt, absent in this checkout")
    res = run_cli("analyze", "-", "--no-store", input=SAMPLE.read_bytes())
    assert res.returncode == 0, res.stderr.decode()
    out = res.stdout.decode()
    assert "Quotes by speaker" in out and "Viktor Gulevich" in out and "Events" in out
    assert "claimed by Viktor Gulevich" in out
