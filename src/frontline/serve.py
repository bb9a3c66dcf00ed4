"""``frontline serve``: a read-only SPARQL 1.1 endpoint over the embedded store.

The endpoint is Oxigraph's own HTTP server (the ``oxigraph`` binary from the PyPI package of the
same name) run as ``oxigraph serve-read-only --location STORE --bind HOST:PORT
--union-default-graph``, so it speaks the whole SPARQL 1.1 protocol (GET and POST queries at
``/query``, content negotiation, the Graph Store protocol for reading) and refuses every update
(HTTP 403). The default graph is the union of the article graphs, as for ``frontline query``.

frontline itself never keeps the store open while serving: before the server starts the store is
opened for writing once and closed again, which proves that no build holds it (a locked store is a
:class:`StoreError`, not a server that reads a store while another process writes it). Oxigraph's
read-only mode does not lock, so other readers (``frontline query``, a second ``serve``) can run
at the same time; a ``frontline build`` into a store that is being served is not safe — stop the
server first.
"""

from __future__ import annotations

import ipaddress
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

from frontline.errors import StoreError, UsageError
from frontline.store import DEFAULT_STORE_PATH, EmbeddedStore

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878


@dataclass(frozen=True)
class ServerPlan:
    """What ``serve`` will run: the command line, the query URL and a warning (or None)."""

    argv: list[str]
    url: str
    warning: str | None


def is_loopback(host: str) -> bool:
    """True when ``host`` only accepts connections from this machine."""
    name = host.strip("[]").lower()
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def exposure_warning(host: str) -> str | None:
    """The warning printed when the endpoint is reachable from other machines."""
    if is_loopback(host):
        return None
    return (
        f"serving on {host} makes the store readable by anyone who can reach this machine "
        "(no authentication); bind 127.0.0.1 unless that is intended"
    )


def oxigraph_binary() -> str:
    """The ``oxigraph`` server binary: next to this Python first, else on PATH."""
    candidates = [Path(sys.executable).parent / ("oxigraph.exe" if os.name == "nt" else "oxigraph")]
    found = shutil.which("oxigraph")
    if found:
        candidates.append(Path(found))
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    raise UsageError(
        "the oxigraph server binary is not installed",
        "oxigraph",
        "install it with: pip install 'oxigraph>=0.5,<0.6'",
    )


def store_path(path: str | Path | None) -> Path:
    """The embedded store to serve: ``path``, else $FRONTLINE_STORE, else .frontline/store."""
    return (
        Path(path)
        if path is not None
        else Path(os.environ.get("FRONTLINE_STORE") or DEFAULT_STORE_PATH)
    )


def check_store(path: Path) -> None:
    """Raise StoreError unless ``path`` is an existing store that no other process is writing."""
    if not path.is_dir():
        raise StoreError("store does not exist", str(path), "build it first with frontline build")
    if not (path / "CURRENT").is_file():
        raise StoreError(
            "not an Oxigraph store (no CURRENT file)",
            str(path),
            "give the directory that frontline build wrote (--store)",
        )
    # opening for writing takes the store's lock: it fails while a build (or another writer)
    # has it open; closing right away releases it, so the server's read-only view is consistent
    EmbeddedStore(path).close()


def plan(
    path: str | Path | None = None,
    *,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    timeout: int | None = None,
    binary: str | None = None,
) -> ServerPlan:
    """Check the options and build the server command line (nothing is started)."""
    if not 1 <= port <= 65535:
        raise UsageError(f"not a TCP port: {port}", "--port", "give a number from 1 to 65535")
    if not host or any(c.isspace() for c in host) or "/" in host:
        raise UsageError(f"not a host name or address: {host!r}", "--host", "e.g. 127.0.0.1")
    if timeout is not None and timeout < 1:
        raise UsageError(f"not a timeout: {timeout}", "--timeout", "give whole seconds, >= 1")
    location = store_path(path)
    bare = host.strip("[]")
    bind_host = f"[{bare}]" if ":" in bare else bare
    argv = [
        binary or oxigraph_binary(),
        "serve-read-only",
        "--location",
        str(location),
        "--bind",
        f"{bind_host}:{port}",
        "--union-default-graph",
    ]
    if timeout is not None:
        argv += ["--timeout-s", str(timeout)]
    url_host = "127.0.0.1" if bare in ("0.0.0.0", "") else ("[::1]" if bare == "::" else bind_host)
    return ServerPlan(
        argv=argv, url=f"http://{url_host}:{port}/query", warning=exposure_warning(host)
    )


def wait_until_ready(url: str, proc: subprocess.Popen[bytes], deadline: float = 30.0) -> None:
    """Poll ``url`` with ``ASK {}`` until the server answers; StoreError if it exits or stalls."""
    end = time.monotonic() + deadline
    while True:
        try:
            with urllib.request.urlopen(f"{url}?query=ASK%7B%7D", timeout=1):
                return
        except urllib.error.HTTPError:
            return  # it answered
        except OSError:
            code = proc.poll()
            if code is not None:
                raise StoreError(
                    f"the SPARQL server exited with status {code}",
                    url,
                    "see its message above; is the port already in use?",
                ) from None
            if time.monotonic() > end:
                raise StoreError(
                    f"the SPARQL server did not answer within {deadline:.0f} s", url
                ) from None
            time.sleep(0.1)


def serve(
    path: str | Path | None = None,
    *,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    timeout: int | None = None,
    on_ready: Callable[[ServerPlan], None] | None = None,
) -> None:
    """Serve the store read-only until this process is interrupted (Ctrl-C or SIGTERM).

    ``on_ready`` is called once the endpoint answers. Raises UsageError for bad options or a
    missing binary, StoreError for a missing or locked store, or a server that does not start or
    stops on its own with an error.
    """
    chosen = plan(path, host=host, port=port, timeout=timeout)
    check_store(store_path(path))
    proc = subprocess.Popen(chosen.argv, stdout=subprocess.DEVNULL)
    stopping = False

    def stop(signum: int, frame: FrameType | None) -> None:
        nonlocal stopping
        stopping = True
        proc.terminate()

    try:
        previous = signal.signal(signal.SIGTERM, stop)
    except ValueError:  # not the main thread: leave signal handling alone
        previous = None
    try:
        try:
            wait_until_ready(chosen.url, proc)
        except StoreError:
            if stopping:  # told to stop before the server was up: not a failure
                return
            raise
        if on_ready is not None:
            on_ready(chosen)
        code = proc.wait()
        if code != 0 and not stopping:
            raise StoreError(f"the SPARQL server stopped with status {code}", chosen.url)
    except KeyboardInterrupt:
        proc.terminate()
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
        if proc.poll() is None:
            stop_process(proc)


def stop_process(proc: subprocess.Popen[bytes], grace: float = 10.0) -> None:
    """Ask a server process to stop, and kill it if it is still running after ``grace`` s."""
    proc.terminate()
    try:
        proc.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


__all__ = [
    "DEFAULT_HOST",
    "DEFAULT_PORT",
    "ServerPlan",
    "check_store",
    "exposure_warning",
    "is_loopback",
    "oxigraph_binary",
    "plan",
    "serve",
    "stop_process",
]
