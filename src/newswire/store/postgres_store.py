"""The shared store: a PostgreSQL database, for several analysts or analysing processes at once.

Chosen by giving ``--db`` (or ``$NEWSWIRE_DB``) a ``postgresql://`` address. The tables, the
writes and the queries are the embedded store's (``store/sql.py``); an article's rows are
replaced under a lock on its id, so two processes that analyse the same article one after
the other, or at once, leave one copy of it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from newswire.store.sql import TABLE_COLUMNS, SQLStore, schema_statements, sql_path

# DuckDB's type names (sql.TABLE_COLUMNS) in PostgreSQL; JSON stays JSON, not JSONB, so that a
# stored report comes back with its keys in their order
TYPES = {"BLOB": "BYTEA", "DOUBLE": "DOUBLE PRECISION"}
# one lock id for creating the tables (two processes starting at once on a new database)
SCHEMA_LOCK = 0x6E657773


def is_postgres(target: str) -> bool:
    return target.startswith(("postgresql://", "postgres://"))


def redacted(dsn: str) -> str:
    """The address without its password, for messages."""
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", dsn)


class StoreUnavailable(RuntimeError):
    pass


class PostgresStore(SQLStore):
    placeholder = "%s"

    def __init__(self, dsn: str, read_only: bool = False):
        try:
            import psycopg
        except ImportError as exc:  # an optional dependency: say how to get it
            raise StoreUnavailable("a postgresql:// store needs psycopg: pip install 'psycopg[binary]'") from exc
        self.path = redacted(dsn)
        try:
            self.con = psycopg.connect(dsn, autocommit=True)
        except psycopg.Error as exc:
            raise StoreUnavailable(f"cannot connect to {self.path}: {str(exc).strip().splitlines()[0]}") from exc
        if read_only:
            if self.con.execute("SELECT to_regclass('articles')").fetchone()[0] is None:
                self.con.close()
                raise FileNotFoundError(f"no newswire tables in {self.path} (run 'newswire analyze' first)")
            self.con.execute("SET default_transaction_read_only = on")
        else:
            with self.con.transaction():
                self.con.execute("SELECT pg_advisory_xact_lock(%s)", [SCHEMA_LOCK])
                for stmt in schema_statements(TYPES):
                    self.con.execute(stmt)
                for table in ("entities", "mentions", "quotes", "events"):
                    # an article's rows are found by its id when it is replaced
                    self.con.execute(f"CREATE INDEX IF NOT EXISTS {table}_article ON {table} (article_id)")

    def close(self) -> None:
        self.con.close()

    def _execute(self, sql: str, args: list | tuple = ()) -> Any:
        return self.con.execute(sql, list(args) if args else None)

    def _executemany(self, sql: str, rows: list[tuple]) -> None:
        with self.con.cursor() as cur:
            cur.executemany(sql, rows)

    def _json(self, obj: Any) -> Any:
        from psycopg.types.json import Json

        return Json(obj)

    @contextmanager
    def _transaction(self, article_id: str) -> Iterator[None]:
        with self.con.transaction():
            # one writer per article at a time: the second waits, then replaces the first's rows
            self.con.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", [article_id])
            yield

    def table(self, name: str) -> tuple[list[str], list[tuple]]:
        # JSON columns as the JSON text the embedded store keeps, not parsed
        cols, rows = super().table(name)
        return cols, [tuple(_plain(v) for v in r) for r in rows]

    def write_parquet(self, table: str, out: Path) -> int:
        """Through an in-memory DuckDB table of the same columns: one Parquet writer for both."""
        import duckdb

        cols, rows = self.table(table)
        con = duckdb.connect()
        try:
            con.execute(f"CREATE TABLE {table} ({TABLE_COLUMNS[table].replace(' PRIMARY KEY', '')})")
            if rows:
                con.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join(['?'] * len(cols))})",
                                rows)
            con.execute(f"COPY {table} TO '{sql_path(out)}' (FORMAT PARQUET)")
        finally:
            con.close()
        return len(rows)


def _plain(v: Any) -> Any:
    """A value as DuckDB takes it: JSON columns come back from psycopg parsed."""
    return json.dumps(v, ensure_ascii=False) if isinstance(v, dict | list) else bytes(v) if isinstance(v, memoryview) else v
