"""The ``newswire`` command line."""

from __future__ import annotations

import csv
import json
import os
import sys
from pathlib import Path

import click

from newswire.ingest import DEFAULT_MAX_BYTES, iter_inputs
from newswire.ingest.sources import FORMATS
from newswire.store.postgres_store import redacted


def default_db() -> str:
    return os.environ.get("NEWSWIRE_DB", "newswire.duckdb")


db_option = click.option("--db", "db", default=None, metavar="FILE|URL",
                         help="Store: a DuckDB file, or a postgresql:// address for a shared PostgreSQL"
                              " database (default: $NEWSWIRE_DB or ./newswire.duckdb).")


@click.group()
@click.version_option(package_name="newswire")
def main() -> None:
    """newswire: who did what to whom, where, when, how many, and who says so."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json", "jsonl"]), default="text", show_default=True)
@db_option
@click.option("--no-store", is_flag=True, help="Analyse only; write nothing to the store.")
@click.option("--input-format", type=click.Choice(FORMATS), default="auto", show_default=True)
@click.option("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, show_default=True,
              help="Refuse articles larger than this.")
@click.option("--encoding", default="utf-8", show_default=True,
              help="Text file encoding; 'auto' detects non-UTF-8 files.")
@click.option("--fetch", is_flag=True, help="Fetch http(s) URLs given as PATHS (off by default).")
@click.option("--allow-private", is_flag=True, help="With --fetch: allow loopback and private addresses.")
def analyze(paths: tuple[str, ...], fmt: str, db: str | None, no_store: bool, input_format: str,
            max_bytes: int, encoding: str, fetch: bool, allow_private: bool) -> None:
    """Analyse text files, folders, HTML pages, feeds, WARC or JSONL files ('-' for stdin)."""
    from tqdm import tqdm

    from newswire.pipeline import Pipeline

    items = list(iter_inputs(paths, input_format=input_format, max_bytes=max_bytes, encoding=encoding,
                             fetch=fetch, allow_private=allow_private))
    store = None
    if not no_store:
        store = _open(db, read_only=False)
    reports: list[dict] = []
    failed = skipped = 0
    bar = tqdm(total=len(items), file=sys.stderr, unit="article", disable=len(items) <= 3 or None)
    try:
        from newswire.clean.dedup import Deduper

        deduper = Deduper()
        if store is not None:
            deduper.load(store.minhashes())
        for res in Pipeline(deduper=deduper).run(items):
            bar.update(1)
            if res.error is not None:
                if res.error.skipped:
                    skipped += 1
                    tqdm.write(f"skipped: {res.error.item}: {res.error.message}", file=sys.stderr)
                else:
                    failed += 1
                    tqdm.write(str(res.error), file=sys.stderr)
                continue
            rep = res.report
            assert rep is not None
            if store is not None:
                try:
                    store.save(rep, res.minhash)
                except Exception as exc:
                    failed += 1
                    tqdm.write(f"error: {res.item}: not stored ({exc})", file=sys.stderr)
            if fmt == "jsonl":
                click.echo(json.dumps(rep, ensure_ascii=False))
            elif fmt == "json":
                reports.append(rep)
            else:
                from newswire.serve.text_report import render

                click.echo(render(rep))
    finally:
        bar.close()
        if store is not None:
            store.close()
    if fmt == "json":
        payload = reports[0] if len(reports) == 1 else reports
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    ok = len(items) - failed - skipped
    click.echo(f"{ok} article(s) analysed, {failed} failed, {skipped} skipped"
               + ("" if no_store else f"; store: {redacted(db or default_db())}"), err=True)
    if failed:
        sys.exit(1 if ok else 2)


def _table(rows: list[dict], cols: list[str], widths: dict[str, int] | None = None) -> str:
    widths = widths or {}
    if not rows:
        return "(no rows)"
    w = {c: min(widths.get(c, 40), max(len(c), *(len(str(r.get(c) if r.get(c) is not None else "")) for r in rows)))
         for c in cols}
    lines = ["  ".join(c.ljust(w[c]) for c in cols), "  ".join("-" * w[c] for c in cols)]
    for r in rows:
        cells = []
        for c in cols:
            v = "" if r.get(c) is None else " ".join(str(r[c]).split())
            cells.append((v if len(v) <= w[c] else v[: w[c] - 1] + "…").ljust(w[c]))
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def _output(rows: list[dict], fmt: str, cols: list[str], widths: dict[str, int] | None = None) -> None:
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
    else:
        click.echo(_table(rows, cols, widths))


def _open(db: str | None, read_only: bool = True):
    from newswire.store import open_store
    from newswire.store.postgres_store import StoreUnavailable

    try:
        return open_store(db or default_db(), read_only=read_only)
    except (FileNotFoundError, StoreUnavailable) as exc:
        raise click.ClickException(str(exc)) from exc


fmt_option = click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
since_option = click.option("--since", metavar="DATE", help="Only on or after this ISO date.")
limit_option = click.option("--limit", type=int, default=None)


@main.command()
@click.option("--speaker", help="Speaker name contains this (case-insensitive).")
@click.option("--kind", type=click.Choice(["direct", "indirect", "mixed"]))
@since_option
@fmt_option
@limit_option
@db_option
def quotes(speaker, kind, since, fmt, limit, db) -> None:
    """Quotes in the store, with their speakers."""
    with _open(db) as st:
        rows = st.quotes(speaker=speaker, since=since, kind=kind, limit=limit)
    _output(rows, fmt, ["published", "speaker_name", "kind", "cue", "text"], {"text": 80, "speaker_name": 28})


@main.command()
@click.option("--type", "type_", help="PLOVER event type, e.g. MOBILIZE.")
@click.option("--country", help="ISO3 code of actor, target or place.")
@click.option("--factuality", type=click.Choice(["asserted", "claimed", "denied", "negated", "hypothetical", "planned"]))
@since_option
@fmt_option
@limit_option
@db_option
def events(type_, country, factuality, since, fmt, limit, db) -> None:
    """Events in the store."""
    with _open(db) as st:
        rows = st.events(type_=type_, country=country, factuality=factuality, since=since, limit=limit)
    _output(rows, fmt, ["published", "type", "mode", "factuality", "actor_text", "actor_country", "target_text",
                        "location_text", "quantity", "source_name", "sources"],
            {"actor_text": 30, "target_text": 24, "location_text": 18, "source_name": 24})


@main.command()
@click.option("--type", "type_", help="PERSON, ORG, GPE, LOC, NORP.")
@click.option("--country", help="ISO3 actor country.")
@since_option
@fmt_option
@limit_option
@db_option
def entities(type_, country, since, fmt, limit, db) -> None:
    """Entities across the store, one row per canonical actor, with mention counts."""
    with _open(db) as st:
        rows = st.entities(type_=type_, country=country, since=since, limit=limit)
    _output(rows, fmt, ["name", "type", "code", "articles", "mentions"], {"name": 40})


@main.command()
@click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), default=None,
              help="Default: from OUT's extension.")
@click.option("--table", type=click.Choice(["reports", "events", "quotes", "entities"]), default=None,
              help="For csv/parquet: which table (default events).")
@db_option
def export(out: Path, fmt: str | None, table: str | None, db: str | None) -> None:
    """Export stored reports (jsonl) or a table (csv, parquet)."""
    fmt = fmt or {".jsonl": "jsonl", ".csv": "csv", ".parquet": "parquet"}.get(out.suffix, "jsonl")
    with _open(db) as st:
        if fmt == "jsonl" and (table in (None, "reports")):
            n = 0
            with out.open("w", encoding="utf-8") as fh:
                for rep in st.reports():
                    fh.write(json.dumps(rep, ensure_ascii=False) + "\n")
                    n += 1
            click.echo(f"wrote {n} reports to {out}", err=True)
            return
        name = table if table not in (None, "reports") else "events"
        if fmt == "parquet":
            n = st.write_parquet(name, out)
        else:
            cols, rows = st.table(name)
            n = len(rows)
            with out.open("w", encoding="utf-8", newline="") as fh:
                if fmt == "csv":
                    w = csv.writer(fh)
                    w.writerow(cols)
                    w.writerows(rows)
                else:
                    for r in rows:
                        fh.write(json.dumps(dict(zip(cols, r, strict=True)), default=str, ensure_ascii=False) + "\n")
    click.echo(f"wrote {n} {name} rows to {out}", err=True)


@main.command(name="eval", context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
@click.argument("what", type=click.Choice(["quotes", "events", "resolve", "extraction", "police", "boilerplate", "petrarch", "acled"]))
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def eval_(what: str, args: tuple[str, ...]) -> None:
    """Score newswire on a gold set from ../shared/eval (options: newswire eval WHAT --help)."""
    import importlib

    importlib.import_module(f"newswire.evaluate.{what}").main(list(args))


if __name__ == "__main__":
    main()
