"""What both stores share: the tables, the writes and the queries, in SQL both DuckDB and
PostgreSQL run, so that ``newswire events`` answers the same on either.

One transaction per article, keyed by article id: re-analysing an article replaces its rows,
so runs are idempotent. Entities get a corpus-wide ``actor_key`` (canonical name + type), so
the same person is one row in ``newswire entities`` across articles.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import AbstractContextManager
from typing import Any

# column types are written in DuckDB's names; a backend maps them to its own (TYPES)
TABLE_COLUMNS: dict[str, str] = {
    "articles": "id VARCHAR PRIMARY KEY, external_id VARCHAR, url VARCHAR, source VARCHAR, title VARCHAR,"
                " published VARCHAR, language VARCHAR, text VARCHAR, duplicate_of VARCHAR,"
                " analysed_at TIMESTAMP DEFAULT current_timestamp, report JSON",
    "minhashes": "article_id VARCHAR PRIMARY KEY, hashvalues BLOB",
    "entities": "article_id VARCHAR, id VARCHAR, actor_key VARCHAR, name VARCHAR, type VARCHAR,"
                " country VARCHAR, sector VARCHAR, code VARCHAR, mention_count INTEGER",
    "mentions": "article_id VARCHAR, entity_id VARCHAR, start_char INTEGER, end_char INTEGER, text VARCHAR,"
                " kind VARCHAR",
    "quotes": "article_id VARCHAR, id VARCHAR, kind VARCHAR, text VARCHAR, speaker_entity VARCHAR,"
              " speaker_name VARCHAR, speaker_text VARCHAR, cue VARCHAR, channel VARCHAR,"
              " start_char INTEGER, end_char INTEGER, spans JSON",
    "events": "article_id VARCHAR, id VARCHAR, type VARCHAR, mode VARCHAR, cameo VARCHAR,"
              " actor_text VARCHAR, actor_entity VARCHAR, actor_country VARCHAR, actor_sector VARCHAR,"
              " target_text VARCHAR, target_entity VARCHAR, target_country VARCHAR, target_sector VARCHAR,"
              " location_text VARCHAR, location_name VARCHAR, location_country VARCHAR, lat DOUBLE, lon DOUBLE,"
              " date_text VARCHAR, date_start VARCHAR, date_end VARCHAR,"
              " quantity DOUBLE, quantity_unit VARCHAR, quantity_approx BOOLEAN,"
              " factuality VARCHAR, source_entity VARCHAR, source_name VARCHAR,"
              " evidence_start INTEGER, evidence_end INTEGER, evidence_text VARCHAR",
}

TABLES = ("entities", "mentions", "quotes", "events")


def actor_key(name: str, typ: str) -> str:
    return typ + ":" + re.sub(r"\s+", " ", name.lower()).strip()


def sql_path(p: object) -> str:
    """A file path inside a SQL string literal."""
    return str(p).replace("'", "''")


def schema_statements(types: dict[str, str] | None = None) -> list[str]:
    """``CREATE TABLE IF NOT EXISTS`` for each table, types renamed by ``types``."""
    out = []
    for name, cols in TABLE_COLUMNS.items():
        for a, b in (types or {}).items():
            cols = re.sub(rf"\b{a}\b", b, cols)
        out.append(f"CREATE TABLE IF NOT EXISTS {name} ({cols})")
    return out


class SQLStore:
    """The store's operations over a DB-API connection; a backend supplies the connection,
    its transactions and its placeholders."""

    placeholder = "?"

    # ------------------------------------------------------------------ backend hooks

    def _execute(self, sql: str, args: list | tuple = ()) -> Any:
        raise NotImplementedError

    def _executemany(self, sql: str, rows: list[tuple]) -> None:
        raise NotImplementedError

    def _transaction(self, article_id: str) -> AbstractContextManager:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def _json(self, obj: Any) -> Any:
        """A JSON column's value as the driver takes it."""
        return json.dumps(obj, ensure_ascii=False)

    # ------------------------------------------------------------------ shared

    def __enter__(self) -> SQLStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _sql(self, sql: str) -> str:
        return sql if self.placeholder == "?" else sql.replace("?", self.placeholder)

    def has_article(self, article_id: str) -> bool:
        return self._execute(self._sql("SELECT 1 FROM articles WHERE id = ?"), [article_id]).fetchone() is not None

    def minhashes(self) -> list[tuple[str, bytes, str | None]]:
        rows = self._execute("SELECT m.article_id, m.hashvalues, a.duplicate_of FROM minhashes m"
                             " JOIN articles a ON a.id = m.article_id").fetchall()
        return [(a, bytes(b), d) for a, b, d in rows]

    def save(self, report: dict, minhash: bytes | None = None) -> None:
        """Replace everything stored for this article in one transaction."""
        a = report["article"]
        aid = a["id"]
        q = self._sql
        with self._transaction(aid):
            self._execute(q("DELETE FROM articles WHERE id = ?"), [aid])
            if minhash is not None:
                self._execute(q("DELETE FROM minhashes WHERE article_id = ?"), [aid])
                self._execute(q("INSERT INTO minhashes VALUES (?, ?)"), [aid, minhash])
            for t in TABLES:
                self._execute(q(f"DELETE FROM {t} WHERE article_id = ?"), [aid])
            self._execute(
                q("INSERT INTO articles (id, external_id, url, source, title, published, language, text,"
                  " duplicate_of, report) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                [aid, a.get("external_id"), a.get("url"), a.get("source"), a.get("title"), a.get("published"),
                 a.get("language"), a.get("text"), a.get("duplicate_of"), self._json(report)],
            )
            ents = [(aid, e["id"], actor_key(e["actor"].get("kb_name") or e["name"], e["type"]), e["name"],
                     e["type"], e["actor"].get("country"), e["actor"].get("sector"), e["actor"].get("code"),
                     len(e["mentions"])) for e in report["entities"]]
            self._insert("entities", ents)
            self._insert("mentions", [(aid, e["id"], m["start"], m["end"], m["text"], m.get("kind"))
                                      for e in report["entities"] for m in e["mentions"]])
            qs = []
            for quote in report["quotes"]:
                sp = quote.get("speaker") or {}
                qs.append((aid, quote["id"], quote["kind"], quote["text"], sp.get("entity"), sp.get("name"),
                           sp.get("text"), quote.get("cue"), quote.get("channel"), quote["spans"][0]["start"],
                           quote["spans"][-1]["end"], self._json(quote["spans"])))
            self._insert("quotes", qs)
            self._insert("events", [_event_row(aid, v) for v in report["events"]])

    def _insert(self, table: str, rows: list[tuple]) -> None:
        if rows:
            self._executemany(self._sql(f"INSERT INTO {table} VALUES ({', '.join(['?'] * len(rows[0]))})"), rows)

    # ------------------------------------------------------------------ queries

    def quotes(self, speaker: str | None = None, since: str | None = None, kind: str | None = None,
               limit: int | None = None) -> list[dict]:
        sql = ("SELECT q.article_id, a.title, a.published, q.id, q.kind, q.speaker_name, q.speaker_text,"
               " q.cue, q.channel, q.text FROM quotes q JOIN articles a ON a.id = q.article_id WHERE 1=1")
        sql, args = _filtered(sql, [(speaker, "(q.speaker_name ILIKE ? OR q.speaker_text ILIKE ?)",
                                     [f"%{speaker}%"] * 2),
                                    (kind, "q.kind = ?", [kind]),
                                    (since, "a.published >= ?", [since])])
        sql += " ORDER BY a.published NULLS LAST, q.article_id, q.start_char, q.id"
        return self._rows(sql, args, limit)

    def events(self, type_: str | None = None, country: str | None = None, factuality: str | None = None,
               since: str | None = None, limit: int | None = None) -> list[dict]:
        # independent sources: articles reporting the same (type, actor, target, day) that
        # are not copies of one another (a syndicated copy counts with its original)
        sql = ("WITH keyed AS (SELECT e.*, a.title, a.published, coalesce(a.duplicate_of, a.id) AS origin,"
               " coalesce(e.actor_country, e.actor_text) AS k_actor,"
               " coalesce(e.target_country, e.target_text) AS k_target,"
               " coalesce(e.date_start, a.published) AS k_day"
               " FROM events e JOIN articles a ON a.id = e.article_id),"
               " counted AS (SELECT type, k_actor, k_target, k_day, count(DISTINCT origin) AS sources"
               " FROM keyed GROUP BY type, k_actor, k_target, k_day)"
               " SELECT e.article_id, e.title, e.published, e.id, e.type, e.mode, e.factuality, e.actor_text,"
               " e.actor_country, e.actor_sector, e.target_text, e.target_country, e.location_text,"
               " e.location_country, e.date_start, e.quantity, e.source_name, e.evidence_text, c.sources"
               " FROM keyed e JOIN counted c ON c.type = e.type AND c.k_actor IS NOT DISTINCT FROM e.k_actor"
               " AND c.k_target IS NOT DISTINCT FROM e.k_target AND c.k_day IS NOT DISTINCT FROM e.k_day"
               " WHERE 1=1")
        sql, args = _filtered(sql, [(type_, "e.type = ?", [(type_ or "").upper()]),
                                    (country, "(e.actor_country = ? OR e.target_country = ? OR e.location_country = ?)",
                                     [(country or "").upper()] * 3),
                                    (factuality, "e.factuality = ?", [factuality]),
                                    (since, "e.k_day >= ?", [since])])
        sql += " ORDER BY e.published NULLS LAST, e.article_id, e.evidence_start, e.id"
        return self._rows(sql, args, limit)

    def entities(self, type_: str | None = None, country: str | None = None, since: str | None = None,
                 limit: int | None = None) -> list[dict]:
        # an actor's code across the store is the one most of its mentions carry: one article
        # that codes the Turkish foreign minister by "his Russian counterpart" does not make
        # him Russian (the code rides on the whole (country, sector, code) row it came with; on a
        # tie the code that says more: a country, then the longer code); its name is the one
        # most of its articles use
        sql = ("WITH coded AS (SELECT actor_key, type, country, sector, code, row_number() OVER"
               " (PARTITION BY actor_key, type ORDER BY m DESC, country IS NULL, length(code) DESC, code) AS r"
               " FROM (SELECT actor_key, type,"
               " country, sector, code, sum(mention_count) AS m FROM entities WHERE code IS NOT NULL"
               " GROUP BY actor_key, type, country, sector, code) AS by_code),"
               " named AS (SELECT actor_key, type, name, row_number() OVER (PARTITION BY actor_key, type"
               " ORDER BY n DESC, name) AS r FROM (SELECT actor_key, type, name, count(*) AS n FROM entities"
               " GROUP BY actor_key, type, name) AS by_name)"
               " SELECT n.name, e.type, c.country, c.sector, c.code,"
               " count(DISTINCT e.article_id) AS articles, sum(e.mention_count) AS mentions"
               " FROM entities e JOIN articles a ON a.id = e.article_id"
               " JOIN named n ON n.actor_key = e.actor_key AND n.type = e.type AND n.r = 1"
               " LEFT JOIN coded c ON c.actor_key = e.actor_key AND c.type = e.type AND c.r = 1 WHERE 1=1")
        sql, args = _filtered(sql, [(type_, "e.type = ?", [(type_ or "").upper()]),
                                    (country, "c.country = ?", [(country or "").upper()]),
                                    (since, "a.published >= ?", [since])])
        sql += (" GROUP BY e.actor_key, e.type, n.name, c.country, c.sector, c.code"
                " ORDER BY mentions DESC, n.name, e.type")
        return self._rows(sql, args, limit)

    def reports(self) -> Iterator[dict]:
        for (rep,) in self._execute("SELECT report FROM articles ORDER BY published NULLS LAST, id").fetchall():
            yield json.loads(rep) if isinstance(rep, str) else rep

    def counts(self) -> dict[str, int]:
        return {t: int(self._execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in ("articles", *TABLES)}

    def table(self, name: str) -> tuple[list[str], list[tuple]]:
        """A whole table's column names and rows (for exports), JSON columns as JSON text."""
        if name not in TABLE_COLUMNS:
            raise ValueError(f"no table {name!r}")
        cur = self._execute(f"SELECT * FROM {name}")
        return [d[0] for d in cur.description], cur.fetchall()

    def _rows(self, sql: str, args: list, limit: int | None) -> list[dict]:
        if limit:
            sql += f" LIMIT {int(limit)}"
        cur = self._execute(self._sql(sql), args)
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


def _filtered(sql: str, filters: list[tuple[object, str, list]]) -> tuple[str, list]:
    """The query with " AND <clause>" for each filter whose value is given, and its arguments."""
    args: list = []
    for value, clause, values in filters:
        if value:
            sql += " AND " + clause
            args += values
    return sql, args


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
