"""Bytes to text, refusing what is not text."""

from __future__ import annotations


class DecodeError(ValueError):
    pass


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many C0 control characters mean this is not a text file."""
    head = data[:8192]
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    ctrl = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return bool(head) and ctrl / len(head) > 0.05


def decode_text(data: bytes, encoding: str = "utf-8") -> str:
    """Decode with ``encoding``; ``auto`` keeps UTF-8 and detects anything else.

    Plain UTF-8 is the default on purpose: a file that is not UTF-8 gets a clear error
    rather than a silent guess, unless the user asks for ``auto`` (charset_normalizer).
    """
    if looks_binary(data):
        raise DecodeError("binary content, not text")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if encoding not in ("utf-8", "auto"):
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            raise DecodeError(f"cannot decode as {encoding}: {exc}") from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if encoding == "auto":
            from charset_normalizer import from_bytes

            best = from_bytes(data).best()
            if best is not None:
                return str(best)
        raise DecodeError(f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start});"
                          " try --encoding auto") from exc
