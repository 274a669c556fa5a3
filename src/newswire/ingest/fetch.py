"""Opt-in fetching of live URLs, refusing private networks unless told otherwise.

A crawler that follows user-given URLs must not become a way into the machine's own
network (server-side request forgery): every address the host name resolves to is
checked, and loopback, private, link-local, multicast and reserved ranges are refused
unless ``allow_private`` is set. Redirects are followed by hand so each hop is checked.
"""

from __future__ import annotations

import ipaddress
import socket
import urllib.error
import urllib.parse
import urllib.request

TIMEOUT = 15.0
MAX_REDIRECTS = 5
USER_AGENT = "newswire/0.1 (+https://github.com/newswire)"


class FetchError(Exception):
    pass


def check_host(host: str, port: int, allow_private: bool) -> None:
    try:
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except socket.gaierror as exc:
        raise FetchError(f"cannot resolve {host}: {exc.strerror}") from exc
    for info in infos:
        ip = ipaddress.ip_address(info[4][0])
        if not allow_private and (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast
                                  or ip.is_reserved or ip.is_unspecified):
            raise FetchError(f"refusing to fetch {host}: {ip} is a private, loopback or link-local address"
                             " (use --allow-private to permit)")


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):  # noqa: ANN002, ANN003
        return None


def fetch_url(url: str, max_bytes: int, allow_private: bool = False, timeout: float = TIMEOUT) -> tuple[bytes, str]:
    """Body and content type of ``url``; raises :class:`FetchError` with a one-line reason."""
    opener = urllib.request.build_opener(_NoRedirect)
    for _ in range(MAX_REDIRECTS + 1):
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError(f"not an http(s) URL: {url}")
        check_host(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80), allow_private)
        req = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
        try:
            resp = opener.open(req, timeout=timeout)
        except urllib.error.HTTPError as exc:
            if exc.code in (301, 302, 303, 307, 308) and exc.headers.get("Location"):
                url = urllib.parse.urljoin(url, exc.headers["Location"])
                continue
            raise FetchError(f"HTTP {exc.code}") from exc
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            raise FetchError(f"fetch failed: {getattr(exc, 'reason', exc)}") from exc
        with resp:
            body = resp.read(max_bytes + 1)
            if len(body) > max_bytes:
                raise FetchError(f"response larger than {max_bytes} bytes")
            return body, resp.headers.get("Content-Type", "")
    raise FetchError("too many redirects")
