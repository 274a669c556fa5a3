"""A throwaway PostgreSQL server for the tests: Debian's postgresql programs, a fresh data
directory, loopback only, stopped at the end. Skips, saying why, where there is none."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from itertools import count
from pathlib import Path

import pytest

SUPERUSER = "newswire"


def _bin_dir() -> Path | None:
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return Path(found).resolve().parent
    # Debian keeps the server programs out of PATH
    dirs = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda d: int(Path(d).parent.name) if Path(d).parent.name.isdigit() else 0)
    return Path(dirs[-1]) if dirs and (Path(dirs[-1]) / "initdb").exists() else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, bindir: Path, root: Path, user: str | None):
        self.bindir, self.root, self.user = bindir, root, user
        self.data = root / "data"
        self.port = _free_port()
        self._n = count()

    def _run(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run([str(self.bindir / args[0]), *args[1:]], capture_output=True, text=True,
                              user=self.user, timeout=120, cwd=self.root)

    def start(self) -> None:
        r = self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, "-A", "trust", "-E", "UTF8", "--no-sync")
        if r.returncode:
            raise RuntimeError(f"initdb failed: {r.stderr.strip()}")
        opts = f"-c listen_addresses=127.0.0.1 -p {self.port} -c unix_socket_directories={self.root} -c fsync=off"
        r = self._run("pg_ctl", "-D", str(self.data), "-o", opts, "-l", str(self.root / "server.log"), "-w", "start")
        if r.returncode:
            log = (self.root / "server.log").read_text(errors="replace") if (self.root / "server.log").exists() else ""
            raise RuntimeError(f"pg_ctl start failed: {r.stderr.strip()} {log[-500:]}")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def dsn(self, db: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{db}"

    def new_database(self) -> str:
        """A fresh, empty database's address."""
        import psycopg

        name = f"t{os.getpid()}_{next(self._n)}"
        with psycopg.connect(self.dsn(), autocommit=True) as con:
            con.execute(f"CREATE DATABASE {name}")
        return self.dsn(name)


def start_server() -> Iterator[Server]:
    pytest.importorskip("psycopg", reason="psycopg is not installed (make setup installs it)")
    bindir = _bin_dir()
    if bindir is None:
        pytest.skip("PostgreSQL server programs (initdb, pg_ctl) not found: install Debian's postgresql package")
    user = None
    if os.geteuid() == 0:
        # the server refuses to run as root: run it as the package's own user
        try:
            import pwd

            pw = pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("running as root and there is no 'postgres' user to run the server as")
        user = "postgres"
    root = Path(tempfile.mkdtemp(prefix="newswire-pg-"))
    if user is not None:
        os.chown(root, pw.pw_uid, pw.pw_gid)
    server = Server(bindir, root, user)
    try:
        server.start()
        deadline = time.monotonic() + 30
        import psycopg

        while True:
            try:
                psycopg.connect(server.dsn(), connect_timeout=2).close()
                break
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)
