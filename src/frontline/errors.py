"""The one exception hierarchy of frontline.

Every error says *what* went wrong, *where* (a file, ``file:line``, a URL, a store path) and a
*hint* on what to do about it. ``str(error)`` is ``"<what> (<where>): <hint>"`` with the missing
parts left out, which is exactly what the CLI prints after ``Error:``. ``exit_code`` is the
process exit status the CLI uses for it.
"""

from __future__ import annotations

from typing import Any


class FrontlineError(Exception):
    """Base class: something frontline cannot do, explained for a human."""

    exit_code: int = 2

    def __init__(self, what: str, where: str | None = None, hint: str | None = None) -> None:
        super().__init__(what)
        self.what = what
        self.where = where
        self.hint = hint

    def __str__(self) -> str:
        text = self.what
        if self.where:
            text += f" ({self.where})"
        if self.hint:
            text += f": {self.hint}"
        return text

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.what!r}, where={self.where!r}, hint={self.hint!r})"

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        # keep what/where/hint when an error crosses a process boundary (parallel builds)
        return (type(self), (self.what, self.where, self.hint))


class InputError(FrontlineError):
    """A source file or article that cannot be read: missing, empty, binary, malformed."""

    exit_code = 2


class UsageError(FrontlineError):
    """The command or function was called wrongly (unknown format, conflicting options)."""

    exit_code = 2


class StoreError(FrontlineError):
    """The triple store is locked, corrupt, read-only or unreachable."""

    exit_code = 2


class QueryError(FrontlineError):
    """A SPARQL query that does not parse or cannot be run; carries the position when known."""

    exit_code = 2

    def __init__(
        self,
        what: str,
        where: str | None = None,
        hint: str | None = None,
        *,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        super().__init__(what, where, hint)
        self.line = line
        self.column = column

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return (_rebuild_query_error, (self.what, self.where, self.hint, self.line, self.column))


def _rebuild_query_error(
    what: str, where: str | None, hint: str | None, line: int | None, column: int | None
) -> QueryError:
    return QueryError(what, where, hint, line=line, column=column)


class ExtractionError(FrontlineError):
    """An article that was read but could not be turned into statements and a graph."""

    exit_code = 2
