"""Small records passed between pipeline stages."""

from __future__ import annotations

from dataclasses import dataclass, field

SCHEMA_VERSION = "newswire/1"


@dataclass(slots=True)
class RawItem:
    """One article as it arrived, before cleaning."""

    external_id: str | None
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None
    input_format: str = "text"
    language: str | None = None  # when the input declares one (HTML lang, feed)


@dataclass(slots=True)
class ItemError:
    """An input item that could not be read; reported on one line, the batch goes on."""

    item: str
    message: str
    skipped: bool = False  # not a failure: e.g. an exact duplicate analysed once already

    def __str__(self) -> str:
        return f"error: {self.item}: {self.message}"


@dataclass(slots=True)
class Boilerplate:
    text: str
    reason: str


@dataclass(slots=True)
class CleanArticle:
    id: str
    external_id: str | None
    url: str | None
    source: str | None
    title: str | None
    published: str | None
    language: str | None
    text: str
    boilerplate: list[Boilerplate] = field(default_factory=list)
    duplicate_of: str | None = None
    notes: list[str] = field(default_factory=list)
    input_format: str = "text"
    minhash: bytes | None = None
