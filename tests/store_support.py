"""Store test helpers shared by conftest.py, test_store.py and test_store_faults.py."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path


def free_port() -> int:
    """A loopback TCP port nothing listens on at the moment."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def held_open(path: Path) -> Iterator[None]:
    """Another process holding the embedded store at ``path`` open for writing (its lock)."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import sys, pyoxigraph
                s = pyoxigraph.Store({str(path)!r})
                print("ready", flush=True)
                sys.stdin.read()
                """
            ),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == b"ready"
        yield
    finally:
        holder.communicate(b"", timeout=20)
