"""The shared store: the real CLI on the bundled examples into a PostgreSQL server the tests
start themselves (tests/pgserver.py), answering as the embedded store does, and taking two
analysing processes at once."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import EXAMPLES, ROOT, run_cli


@pytest.fixture(scope="module")
def both_stores(pg_server, tmp_path_factory):
    duck = str(tmp_path_factory.mktemp("db") / "e.duckdb")
    pg = pg_server.new_database()
    for target in (duck, pg):
        res = run_cli("analyze", str(EXAMPLES), "--db", target, "--format", "jsonl")
        assert res.returncode == 0, res.stderr.decode()
    return duck, pg


def _json(*args: str) -> list[dict]:
    res = run_cli(*args, "--format", "json")
    assert res.returncode == 0, res.stderr.decode()
    return json.loads(res.stdout)


@pytest.mark.parametrize("command", [["events"], ["events", "--type", "COERCE"], ["entities"],
                                     ["entities", "--type", "PERSON"], ["quotes"], ["quotes", "--speaker", "brooks"]])
def test_postgres_answers_as_the_embedded_store(both_stores, command):
    duck, pg = both_stores
    rows = _json(*command, "--db", pg)
    assert rows, "the examples hold events, entities and quotes"
    assert rows == _json(*command, "--db", duck)


def test_postgres_exports_and_reanalysis_are_idempotent(both_stores, tmp_path):
    import duckdb

    duck, pg = both_stores
    for target, name in ((duck, "d"), (pg, "p")):
        for suffix in ("csv", "parquet", "jsonl"):
            res = run_cli("export", str(tmp_path / f"{name}.{suffix}"), "--db", target)
            assert res.returncode == 0, res.stderr.decode()
    assert (tmp_path / "p.csv").read_text() == (tmp_path / "d.csv").read_text()
    assert (tmp_path / "p.jsonl").read_text() == (tmp_path / "d.jsonl").read_text()  # reports, keys in order
    con = duckdb.connect()
    q = "SELECT type, factuality, actor_text, lat FROM '{}' ORDER BY article_id, id"
    assert con.execute(q.format(tmp_path / "p.parquet")).fetchall() == con.execute(q.format(tmp_path / "d.parquet")).fetchall()
    before = _json("events", "--db", pg)
    res = run_cli("analyze", str(EXAMPLES), "--db", pg, "--format", "jsonl")
    assert res.returncode == 0, res.stderr.decode()
    assert _json("events", "--db", pg) == before  # the same articles again: replaced, not added


def test_two_processes_analyse_into_one_database_at_once(pg_server):
    dsn = pg_server.new_database()
    files = sorted(EXAMPLES.iterdir())
    # both take the middle article: one copy of it must remain, whichever writes last
    batches = [files[:2], files[1:]]
    procs = [subprocess.Popen([sys.executable, "-m", "newswire.serve.cli", "analyze", *map(str, b), "--db", dsn,
                               "--format", "jsonl"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
             for b in batches]
    for p in procs:
        _, err = p.communicate(timeout=600)
        assert p.returncode == 0, err.decode()
    import psycopg

    with psycopg.connect(dsn) as con:
        ids = [r[0] for r in con.execute("SELECT external_id FROM articles ORDER BY external_id")]
        assert sorted(i.rsplit("/", 1)[-1] for i in ids) == sorted(f.name for f in files)
        per_article = con.execute("SELECT count(DISTINCT article_id), count(*) FROM events").fetchone()
        assert per_article[0] == len(files)
        dupes = con.execute("SELECT article_id, id, count(*) FROM events GROUP BY 1, 2 HAVING count(*) > 1").fetchall()
        assert not dupes


def test_an_unreachable_server_is_one_clear_line(pg_server):
    dead = pg_server.dsn("nosuchdb").replace("newswire@", "newswire:secret@")
    res = run_cli("events", "--db", dead)
    err = res.stderr.decode()
    assert res.returncode != 0 and "Traceback" not in err
    assert "cannot connect to" in err and "secret" not in err  # no password in messages
