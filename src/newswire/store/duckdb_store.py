"""The embedded store: one DuckDB file, nothing to start (the default)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb

from newswire.store.sql import (
    TABLE_COLUMNS,
    TABLES,
    SQLStore,
    actor_key,
    schema_statements,
    sql_path,
)

__all__ = ["Store", "TABLES", "actor_key"]


class Store(SQLStore):
    def __init__(self, path: str | Path, read_only: bool = False):
        self.path = str(path)
        if read_only and not Path(self.path).exists():
            raise FileNotFoundError(f"no store at {self.path} (run 'newswire analyze' first)")
        self.con = duckdb.connect(self.path, read_only=read_only)
        if not read_only:
            for stmt in schema_statements():
                self.con.execute(stmt)

    def close(self) -> None:
        self.con.close()

    def _execute(self, sql: str, args: list | tuple = ()) -> Any:
        return self.con.execute(sql, list(args))

    def _executemany(self, sql: str, rows: list[tuple]) -> None:
        self.con.executemany(sql, rows)

    @contextmanager
    def _transaction(self, article_id: str) -> Iterator[None]:
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

    def write_parquet(self, table: str, out: Path) -> int:
        if table not in TABLE_COLUMNS:
            raise ValueError(f"no table {table!r}")
        self.con.execute(f"COPY (SELECT * FROM {table}) TO '{sql_path(out)}' (FORMAT PARQUET)")
        return int(self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
