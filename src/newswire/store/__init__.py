"""Store: DuckDB embedded by default (``store/duckdb_store.py``), PostgreSQL when a
``postgresql://`` address is given (``store/postgres_store.py``); both speak ``store/sql.py``."""

from __future__ import annotations

from pathlib import Path

from newswire.store.sql import SQLStore


def open_store(target: str | Path, read_only: bool = False) -> SQLStore:
    """The store a ``--db`` value names: a PostgreSQL address or a DuckDB file."""
    from newswire.store.postgres_store import PostgresStore, is_postgres

    if isinstance(target, str) and is_postgres(target):
        return PostgresStore(target, read_only=read_only)
    from newswire.store.duckdb_store import Store

    return Store(target, read_only=read_only)
