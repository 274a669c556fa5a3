"""Ingest: turn paths, files and streams into :class:`~newswire.models.RawItem` records."""

from newswire.ingest.sources import DEFAULT_MAX_BYTES, iter_inputs

__all__ = ["DEFAULT_MAX_BYTES", "iter_inputs"]
