"""The embedded store: one DuckDB file, one transaction per article, keyed by article id.

Re-analysing an article replaces its rows, so runs are idempotent. Entities get a
corpus-wide ``actor_key`` (canonical name + type) so the same person is one row in
``newswire entities`` across articles.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import duckdb

SCHEMA_SQL = """
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY, external_id VARCHAR, url VARCHAR, source VARCHAR, title VARCHAR,
    published VARCHAR, language VARCHAR, text VARCHAR, duplicate_of VARCHAR,
    analysed_at TIMESTAMP DEFAULT current_timestamp, report JSON
);
CREATE TABLE IF NOT EXISTS minhashes (article_id VARCHAR PRIMARY KEY, hashvalues BLOB);
CREATE TABLE IF NOT EXISTS entities (
    article_id VARCHAR, id VARCHAR, actor_key VARCHAR, name VARCHAR, type VARCHAR,
    country VARCHAR, sector VARCHAR, code VARCHAR, mention_count INTEGER
);
CREATE TABLE IF NOT EXISTS mentions (
    article_id VARCHAR, entity_id VARCHAR, start_char INTEGER, end_char INTEGER, text VARCHAR, kind VARCHAR
);
CREATE TABLE IF NOT EXISTS quotes (
    article_id VARCHAR, id VARCHAR, kind VARCHAR, text VARCHAR, speaker_entity VARCHAR,
    speaker_name VARCHAR, speaker_text VARCHAR, cue VARCHAR, channel VARCHAR,
    start_char INTEGER, end_char INTEGER, spans JSON
);
CREATE TABLE IF NOT EXISTS events (
    article_id VARCHAR, id VARCHAR, type VARCHAR, mode VARCHAR, cameo VARCHAR,
    actor_text VARCHAR, actor_entity VARCHAR, actor_country VARCHAR, actor_sector VARCHAR,
    target_text VARCHAR, target_entity VARCHAR, target_country VARCHAR, target_sector VARCHAR,
    location_text VARCHAR, location_name VARCHAR, location_country VARCHAR, lat DOUBLE, lon DOUBLE,
    date_text VARCHAR, date_start VARCHAR, date_end VARCHAR,
    quantity DOUBLE, quantity_unit VARCHAR, quantity_approx BOOLEAN,
    factuality VARCHAR, source_entity VARCHAR, source_name VARCHAR,
    evidence_start INTEGER, evidence_end INTEGER, evidence_text VARCHAR
);
"""

TABLES = ("entities", "mentions", "quotes", "events")


def actor_key(name: str, typ: str) -> str:
    return typ + ":" + re.sub(r"\s+", " ", name.lower()).strip()


class Store:
    def __init__(self, path: str | Path, read_only: bool = False):
        self.path = str(path)
        if read_only and not Path(self.path).exists():
            raise FileNotFoundError(f"no store at {self.path} (run 'newswire analyze' first)")
        self.con = duckdb.connect(self.path, read_only=read_only)
        if not read_only:
            self.con.execute(SCHEMA_SQL)

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def has_article(self, article_id: str) -> bool:
        return self.con.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone() is not None

    def minhashes(self) -> list[tuple[str, bytes, str | None]]:
        rows = self.con.execute("SELECT m.article_id, m.hashvalues, a.duplicate_of FROM minhashes m"
                                " JOIN articles a ON a.id = m.article_id").fetchall()
        return [(a, bytes(b), d) for a, b, d in rows]

    def save(self, report: dict, minhash: bytes | None = None) -> None:
        """Replace everything stored for this article in one transaction."""
        a = report["article"]
        aid = a["id"]
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute("DELETE FROM articles WHERE id = ?", [aid])
            if minhash is not None:
                con.execute("DELETE FROM minhashes WHERE article_id = ?", [aid])
                con.execute("INSERT INTO minhashes VALUES (?, ?)", [aid, minhash])
            for t in TABLES:
                con.execute(f"DELETE FROM {t} WHERE article_id = ?", [aid])
            con.execute(
                "INSERT INTO articles (id, external_id, url, source, title, published, language, text,"
                " duplicate_of, report) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [aid, a.get("external_id"), a.get("url"), a.get("source"), a.get("title"), a.get("published"),
                 a.get("language"), a.get("text"), a.get("duplicate_of"), json.dumps(report, ensure_ascii=False)],
            )
            ents = [(aid, e["id"], actor_key(e["actor"].get("kb_name") or e["name"], e["type"]), e["name"], e["type"],
                     e["actor"].get("country"), e["actor"].get("sector"), e["actor"].get("code"),
                     len(e["mentions"])) for e in report["entities"]]
            if ents:
                con.executemany("INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", ents)
            ments = [(aid, e["id"], m["start"], m["end"], m["text"], m.get("kind"))
                     for e in report["entities"] for m in e["mentions"]]
            if ments:
                con.executemany("INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?)", ments)
            qs = []
            for q in report["quotes"]:
                sp = q.get("speaker") or {}
                qs.append((aid, q["id"], q["kind"], q["text"], sp.get("entity"), sp.get("name"), sp.get("text"),
                           q.get("cue"), q.get("channel"), q["spans"][0]["start"], q["spans"][-1]["end"],
                           json.dumps(q["spans"])))
            if qs:
                con.executemany("INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", qs)
            evs = [_event_row(aid, v) for v in report["events"]]
            if evs:
                con.executemany(f"INSERT INTO events VALUES ({', '.join(['?'] * 30)})", evs)
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise

    # ------------------------------------------------------------------ queries

    def quotes(self, speaker: str | None = None, since: str | None = None, kind: str | None = None,
               limit: int | None = None) -> list[dict]:
        sql = ("SELECT q.article_id, a.title, a.published, q.id, q.kind, q.speaker_name, q.speaker_text,"
               " q.cue, q.channel, q.text FROM quotes q JOIN articles a ON a.id = q.article_id WHERE 1=1")
        args: list = []
        if speaker:
            sql += " AND (q.speaker_name ILIKE ? OR q.speaker_text ILIKE ?)"
            args += [f"%{speaker}%", f"%{speaker}%"]
        if kind:
            sql += " AND q.kind = ?"
            args.append(kind)
        if since:
            sql += " AND a.published >= ?"
            args.append(since)
        sql += " ORDER BY a.published NULLS LAST, q.article_id, q.start_char"
        return self._rows(sql, args, limit)

    def events(self, type_: str | None = None, country: str | None = None, factuality: str | None = None,
               since: str | None = None, limit: int | None = None) -> list[dict]:
        # independent sources: articles reporting the same (type, actor, target, day) that
        # are not copies of one another (a syndicated copy counts with its original)
        sql = ("SELECT e.article_id, a.title, a.published, e.id, e.type, e.mode, e.factuality, e.actor_text,"
               " e.actor_country, e.actor_sector, e.target_text, e.target_country, e.location_text,"
               " e.location_country, e.date_start, e.quantity, e.source_name, e.evidence_text,"
               " count(DISTINCT coalesce(a.duplicate_of, a.id)) OVER (PARTITION BY e.type,"
               " coalesce(e.actor_country, e.actor_text), coalesce(e.target_country, e.target_text),"
               " coalesce(e.date_start, a.published)) AS sources"
               " FROM events e JOIN articles a ON a.id = e.article_id WHERE 1=1")
        args: list = []
        if type_:
            sql += " AND e.type = ?"
            args.append(type_.upper())
        if country:
            sql += " AND (e.actor_country = ? OR e.target_country = ? OR e.location_country = ?)"
            args += [country.upper()] * 3
        if factuality:
            sql += " AND e.factuality = ?"
            args.append(factuality)
        if since:
            sql += " AND coalesce(e.date_start, a.published) >= ?"
            args.append(since)
        sql += " ORDER BY a.published NULLS LAST, e.article_id, e.evidence_start"
        return self._rows(sql, args, limit)

    def entities(self, type_: str | None = None, country: str | None = None, since: str | None = None,
                 limit: int | None = None) -> list[dict]:
        # an actor's code across the store is the one most of its mentions carry: one article
        # that codes the Turkish foreign minister by "his Russian counterpart" does not make
        # him Russian (the code rides on the whole (country, sector, code) row it came with)
        sql = ("WITH coded AS (SELECT actor_key, type, arg_max(struct_pack(country := country, sector := sector,"
               " code := code), m) AS best FROM (SELECT actor_key, type, country, sector, code,"
               " sum(mention_count) AS m FROM entities WHERE code IS NOT NULL"
               " GROUP BY actor_key, type, country, sector, code) GROUP BY actor_key, type)"
               " SELECT mode(e.name) AS name, e.type, any_value(c.best.country) AS country,"
               " any_value(c.best.sector) AS sector, any_value(c.best.code) AS code,"
               " count(DISTINCT e.article_id) AS articles, sum(e.mention_count) AS mentions"
               " FROM entities e JOIN articles a ON a.id = e.article_id"
               " LEFT JOIN coded c ON c.actor_key = e.actor_key AND c.type = e.type WHERE 1=1")
        args: list = []
        if type_:
            sql += " AND e.type = ?"
            args.append(type_.upper())
        if country:
            sql += " AND c.best.country = ?"
            args.append(country.upper())
        if since:
            sql += " AND a.published >= ?"
            args.append(since)
        sql += " GROUP BY e.actor_key, e.type ORDER BY mentions DESC, name"
        return self._rows(sql, args, limit)

    def reports(self) -> Iterator[dict]:
        for (rep,) in self.con.execute("SELECT report FROM articles ORDER BY published NULLS LAST, id").fetchall():
            yield json.loads(rep)

    def counts(self) -> dict[str, int]:
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("articles", *TABLES)}

    def _rows(self, sql: str, args: list, limit: int | None) -> list[dict]:
        if limit:
            sql += f" LIMIT {int(limit)}"
        cur = self.con.execute(sql, args)
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


def _event_row(aid: str, v: dict) -> tuple:
    a = v.get("actor") or {}
    t = v.get("target") or {}
    loc = v.get("location") or {}
    d = v.get("date") or {}
    q = v.get("quantity") or {}
    s = v.get("source") or {}
    ev = v["evidence"]
    return (aid, v["id"], v["type"], v.get("mode"), v.get("cameo"),
            a.get("text"), a.get("entity"), a.get("country"), a.get("sector"),
            t.get("text"), t.get("entity"), t.get("country"), t.get("sector"),
            loc.get("text"), loc.get("name"), loc.get("country"), loc.get("lat"), loc.get("lon"),
            d.get("text"), d.get("start"), d.get("end"),
            q.get("value"), q.get("unit"), q.get("approx"),
            v["factuality"], s.get("entity"), s.get("name"),
            ev["start"], ev["end"], ev["text"])
