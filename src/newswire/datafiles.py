"""Reading the project's data files (``src/newswire/data/``)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


def read_text(name: str) -> str:
    return (resources.files("newswire") / "data" / name).read_text(encoding="utf-8")


def read_pairs(name: str) -> dict[str, str]:
    """The first two tab-separated columns of a data file, skipping comments and blanks."""
    out: dict[str, str] = {}
    for line in read_text(name).splitlines():
        if line.strip() and not line.startswith("#"):
            k, v = line.split("\t")[:2]
            out[k.strip()] = v.strip()
    return out


def read_rows(name: str) -> list[list[str]]:
    """The tab-separated rows of a data file, each cell stripped, skipping comments and blanks."""
    return [[cell.strip() for cell in line.split("\t")] for line in read_text(name).splitlines()
            if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=64)
def read_words(name: str) -> frozenset[str]:
    """The first column of a data file, skipping comments and blanks (read once: immutable)."""
    return frozenset(line.split("\t")[0].strip() for line in read_text(name).splitlines()
                     if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=8)
def read_classes(name: str) -> dict[str, frozenset[str]]:
    """Word classes of a data file whose rows are ``CLASS <TAB> word|word|... <TAB> why`` (read once)."""
    return {row[0]: frozenset(row[1].split("|")) for row in read_rows(name)}
