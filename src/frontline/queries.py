"""Canned SPARQL queries: find them, read their headers, bind parameters, run them, format rows.

A canned query is a ``queries/NAME.rq`` file whose first lines are comments::

    # title: Acknowledgements
    # description: Who acknowledged something, and when.
    # param: about (string) — what was acknowledged, e.g. "North Korean troops"
    # param: from (date, optional) — only statements made on or after this date

Parameters are SPARQL variables (``?about``) bound by the store as RDF terms; user text is never
pasted into the query. An optional parameter that is not given stays an unbound variable, so the
query must treat an unbound one as "no filter" (use it in a triple pattern, where an unbound
variable matches anything, or test ``!BOUND(?from) || …``); parameters are bound in the
outermost group (a remote store gets a VALUES block there), so filter on them there too. Only
read-only queries are run: update operations are refused.

A name parameter can be resolved to entities before the query runs (``# resolve: actor ->
speakerNode``): frontline finds the entity nodes one of whose names (``rdfs:label``,
``skos:altLabel``) equals the text ignoring case, then runs the query once per entity with
``?speakerNode`` bound to it (once with an IRI that matches nothing when no entity has the name)
and merges the rows, dropping repeats. Matching a name against every label in the store is a scan
that SPARQL stores cannot index (statements and events have labels too); the entity nodes are few.
The query must still compare the name itself, so that the file gives the same rows when another
tool runs it with only the name bound; with the entity bound, that comparison is a lookup or two.
The entity is written into the WHERE clause as a constant IRI (``with_constant``; an IRI the store
returned, never user text), because Oxigraph evaluates a UNION before joining it with bound
values, and the other parameters then go in a VALUES block; queries where that is not safe (a
sub-SELECT, MINUS or SERVICE in the WHERE clause) keep the ordinary binding.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import partial
from pathlib import Path
from typing import NamedTuple, Protocol, TypeVar

from rdflib.term import BNode, Identifier, Literal, URIRef
from rich.console import Console
from rich.table import Table
from rich.text import Text

from frontline import resources
from frontline.errors import FrontlineError, QueryError, UsageError
from frontline.model import KIND_OF_CLASS
from frontline.namespaces import XSD

SPARQL_SPEC = "https://www.w3.org/TR/sparql11-query/"
FORMATS: tuple[str, ...] = ("table", "csv", "tsv", "json")
PARAM_TYPES: tuple[str, ...] = ("string", "iri", "date", "integer", "decimal", "boolean")
UPDATE_KEYWORDS: frozenset[str] = frozenset(
    {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}
)
QUERY_FORMS: frozenset[str] = frozenset({"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"})


class QueryParam(NamedTuple):
    """One declared parameter: the variable name, its type, what it means, whether it may be left
    out (``# param: from (date, optional) — …``)."""

    name: str
    type: str
    meaning: str
    optional: bool = False


@dataclass(frozen=True)
class CannedQuery:
    """A SPARQL query file with its header."""

    name: str
    title: str
    description: str
    params: list[QueryParam] = field(default_factory=list)
    path: Path | None = None
    text: str = ""
    #: multi-valued (" | "-joined) columns whose parts are sorted after the query runs, for
    #: queries that aggregate in the outermost group (where parameters must be bound)
    sorted_columns: tuple[str, ...] = ()
    #: multi-valued columns whose parts go together (``# aligned: locatedIn locatedInLabel``):
    #: sorted as tuples by the first column's parts, so the n-th label stays the n-th IRI's
    aligned_columns: tuple[str, ...] = ()
    #: columns the rows are ordered by after the query runs (``# order: date kind``), empty
    #: values last, for listing queries: an embedded Oxigraph store compares IRIs and strings in
    #: ORDER BY through its dictionary, which costs seconds for 50k rows; sorting the display
    #: strings here costs milliseconds. --limit/--offset then slice the ordered rows.
    order_columns: tuple[str, ...] = ()
    #: name parameters resolved to entities first (``# resolve: actor -> speakerNode``):
    #: (parameter, variable bound to each entity named by it)
    resolve: tuple[tuple[str, str], ...] = ()
    #: of those, the parameters a person's surname alone also names (``# resolve: actor ->
    #: speakerNode or surname``): "Zakharova" is Maria Zakharova
    by_surname: frozenset[str] = frozenset()


class SelectStore(Protocol):
    """What running a query needs from a store (``frontline.store.Store`` has it)."""

    def select(
        self,
        sparql: str,
        bindings: Mapping[str, Identifier] | None = None,
        timeout: float | None = None,
    ) -> tuple[list[str], list[list[Identifier | None]]]: ...


# --------------------------------------------------------------------------------------------
# reading query files
# --------------------------------------------------------------------------------------------

_HEADER = re.compile(r"^\s*#\s*(title|description|param)\s*:\s*(.*?)\s*$", re.IGNORECASE)
_RESOLVE = re.compile(
    r"^\s*#\s*resolve\s*:\s*([A-Za-z_]\w*)\s*->\s*\??([A-Za-z_]\w*)(\s+or\s+surname)?\s*$",
    re.MULTILINE | re.IGNORECASE,
)
_PARAM = re.compile(
    r"^(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s*(?:\((?P<type>[^)]*)\))?\s*(?:(?:—|–|--|-|:)\s*(?P<meaning>.*))?$"
)
# the prologue (PREFIX / BASE declarations), whitespace and comments before the query form
_PROLOGUE = re.compile(
    r"(?:\s+|#[^\n]*|PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)*",
    re.IGNORECASE,
)
_KEYWORD = re.compile(r"[A-Za-z]+")
_POSITION = re.compile(r"(?:error )?at (\d+):(\d+):?\s*(.*)", re.DOTALL)


def _parse_header(text: str, where: str) -> tuple[str, str, list[QueryParam]]:
    title = ""
    description = ""
    params: list[QueryParam] = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break
        match = _HEADER.match(stripped)
        if not match:
            continue
        key, value = match.group(1).lower(), match.group(2)
        if key == "title":
            title = value
        elif key == "description":
            description = value
        elif key in ("sorted", "aligned", "order", "resolve"):
            continue  # read by _sorted_columns
        else:
            pm = _PARAM.match(value)
            if not pm:
                raise QueryError(
                    f"malformed parameter declaration {value!r}",
                    f"{where}:{lineno}",
                    "write it as '# param: name (type) — meaning'",
                    line=lineno,
                )
            ptype, *flags = [
                part.strip() for part in (pm.group("type") or "string").lower().split(",")
            ]
            ptype = ptype or "string"
            if any(flag != "optional" for flag in flags):
                raise QueryError(
                    f"unknown parameter flag in {value!r}",
                    f"{where}:{lineno}",
                    "write '(type)' or '(type, optional)'",
                    line=lineno,
                )
            if ptype not in PARAM_TYPES:
                raise QueryError(
                    f"unknown parameter type {ptype!r} for {pm.group('name')!r}",
                    f"{where}:{lineno}",
                    f"use one of: {', '.join(PARAM_TYPES)}",
                    line=lineno,
                )
            meaning = (pm.group("meaning") or "").strip()
            params.append(QueryParam(pm.group("name"), ptype, meaning, "optional" in flags))
    return title, description, params


def query_form(text: str) -> str:
    """The first keyword after the prologue, upper case ("SELECT", "INSERT", ...; "" if none)."""
    prologue = _PROLOGUE.match(text)
    rest = text[prologue.end() if prologue else 0 :]
    keyword = _KEYWORD.match(rest)
    return keyword.group(0).upper() if keyword else ""


def check_query(text: str, where: str = "<query>") -> None:
    """Raise QueryError if ``text`` is an update or not valid SPARQL 1.1 query syntax."""
    form = query_form(text)
    if form in UPDATE_KEYWORDS:
        raise QueryError(
            f"refusing to run a SPARQL update ({form})",
            where,
            "frontline query only reads the store; change it with `frontline build`",
        )
    import pyoxigraph

    try:
        # parsing happens when the query is prepared; the (empty) result is never iterated,
        # so nothing is evaluated, not even a SERVICE call
        pyoxigraph.Store().query(text)
    except SyntaxError as exc:
        message = str(exc)
        match = _POSITION.search(message)
        line = column = None
        if match:
            line, column = int(match.group(1)), int(match.group(2))
            message = match.group(3).strip() or message
            where = f"{where}:{line}:{column}"
        raise QueryError(
            f"SPARQL syntax error: {message}",
            where,
            f"fix the query; the grammar is at {SPARQL_SPEC}",
            line=line,
            column=column,
        ) from None
    if form not in QUERY_FORMS:  # pragma: no cover - the parser rejects these first
        raise QueryError(f"not a SPARQL query (starts with {form!r})", where, "write a SELECT")
    if form != "SELECT":
        raise QueryError(
            f"only SELECT queries can be run, this is {form}",
            where,
            "rewrite it as a SELECT that returns the columns you want",
        )


def read_query(path: Path, name: str | None = None) -> CannedQuery:
    """Read and check one ``.rq`` file."""
    where = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UsageError(f"query file not found: {path}", where, "check the path") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read query file: {exc}", where, "check the file") from None
    title, description, params = _parse_header(text, where)
    check_query(text, where)
    for param in params:
        if not re.search(rf"[?$]{re.escape(param.name)}\b", text):
            raise QueryError(
                f"parameter {param.name!r} is declared but ?{param.name} is not used",
                where,
                "use the variable in the query or remove the '# param:' line",
            )
    resolve = tuple((m.group(1), m.group(2)) for m in _RESOLVE.finditer(text))
    by_surname = frozenset(m.group(1) for m in _RESOLVE.finditer(text) if m.group(3))
    declared = {p.name for p in params}
    for param_name, variable in resolve:
        if param_name not in declared or not re.search(rf"[?$]{variable}\b", text):
            raise QueryError(
                f"'# resolve: {param_name} -> {variable}' needs a declared parameter "
                f"{param_name!r} and a variable ?{variable} in the query",
                where,
                "declare the parameter with '# param:' and use the variable",
            )
    return CannedQuery(
        name=name or path.stem,
        title=title or path.stem,
        description=description,
        params=params,
        path=path,
        text=text,
        sorted_columns=_sorted_columns(text),
        aligned_columns=_sorted_columns(text, "aligned"),
        order_columns=_sorted_columns(text, "order"),
        resolve=resolve,
        by_surname=by_surname,
    )


def _sorted_columns(text: str, key: str = "sorted") -> tuple[str, ...]:
    """Columns named on a '# sorted: a b' (or '# order: a b') header line."""
    line = re.compile(rf"^\s*#\s*{key}\s*:\s*(.+)$", re.MULTILINE | re.IGNORECASE)
    return tuple(name for m in line.finditer(text) for name in m.group(1).split())


def _queries_dir() -> Path:
    return resources.queries_dir()


def list_queries() -> list[CannedQuery]:
    """Every canned query, sorted by name."""
    return [read_query(path) for path in sorted(_queries_dir().glob("*.rq"))]


def query_names() -> list[str]:
    return sorted(path.stem for path in _queries_dir().glob("*.rq"))


def load_query(name_or_path: str | Path) -> CannedQuery:
    """A canned query by name (``"statements"``) or any ``.rq`` file by path."""
    if isinstance(name_or_path, Path):
        return read_query(name_or_path)
    text = str(name_or_path)
    candidate = Path(text)
    looks_like_path = text.endswith(".rq") or "/" in text or "\\" in text
    if looks_like_path or (candidate.is_file() and not (_queries_dir() / f"{text}.rq").is_file()):
        return read_query(candidate)
    path = _queries_dir() / f"{text}.rq"
    if not re.fullmatch(r"[A-Za-z0-9_.-]+", text) or not path.is_file():
        names = ", ".join(query_names())
        raise UsageError(
            f"unknown query {text!r}",
            None,
            f"use one of: {names}, or a path to a .rq file (`frontline query --list`)",
        )
    return read_query(path, name=text)


# --------------------------------------------------------------------------------------------
# parameters
# --------------------------------------------------------------------------------------------

_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]*")
_GYEARMONTH = re.compile(r"-?\d{4,}-(0[1-9]|1[0-2])")
_GYEAR = re.compile(r"-?\d{4,}")


def _bind_value(param: QueryParam, value: str) -> Identifier:
    def bad(hint: str) -> UsageError:
        return UsageError(f"bad value {value!r} for parameter {param.name!r}", param.type, hint)

    if param.type == "iri":
        iri = value[1:-1] if value.startswith("<") and value.endswith(">") else value
        if not _IRI.fullmatch(iri):
            raise bad("give an absolute IRI without spaces, e.g. <https://w3id.org/frontline/id/…>")
        return URIRef(iri)
    if param.type == "date":
        if _GYEARMONTH.fullmatch(value):
            return Literal(value, datatype=URIRef(XSD + "gYearMonth"))
        if _GYEAR.fullmatch(value):
            return Literal(value, datatype=URIRef(XSD + "gYear"))
        try:
            date.fromisoformat(value)
        except ValueError:
            raise bad("give an ISO date: YYYY-MM-DD, YYYY-MM or YYYY") from None
        return Literal(value, datatype=URIRef(XSD + "date"))
    if param.type == "integer":
        try:
            return Literal(int(value.strip()))
        except ValueError:
            raise bad("give a whole number") from None
    if param.type == "decimal":
        try:
            return Literal(Decimal(value.strip()))
        except InvalidOperation:
            raise bad("give a decimal number") from None
    if param.type == "boolean":
        lowered = value.strip().lower()
        if lowered not in ("true", "false", "1", "0"):
            raise bad("give true or false")
        return Literal(lowered in ("true", "1"))
    return Literal(value)


def bind_params(query: CannedQuery, params: Mapping[str, str] | None) -> dict[str, Identifier]:
    """RDF terms for ``params``; UsageError for unknown, missing or malformed values.

    An optional parameter that is not given is not bound (the query sees an unbound variable).
    """
    params = dict(params or {})
    declared = {p.name: p for p in query.params}
    unknown = sorted(set(params) - set(declared))
    if unknown:
        accepted = ", ".join(declared) if declared else "none"
        raise UsageError(
            f"unknown parameter{'s' if len(unknown) > 1 else ''} {', '.join(unknown)} "
            f"for query {query.name!r}",
            None,
            f"it accepts: {accepted}",
        )
    missing = [p.name for p in query.params if p.name not in params and not p.optional]
    if missing:
        usage = " ".join(f"--param {name}=…" for name in missing)
        raise UsageError(
            f"missing parameter{'s' if len(missing) > 1 else ''} {', '.join(missing)} "
            f"for query {query.name!r}",
            None,
            f"give {usage}",
        )
    return {name: _bind_value(declared[name], value) for name, value in params.items()}


def parse_param_options(options: Sequence[str]) -> dict[str, str]:
    """``["k=v", ...]`` (the CLI's ``--param``) -> ``{"k": "v"}``; UsageError without ``=``."""
    result: dict[str, str] = {}
    for option in options:
        key, sep, value = option.partition("=")
        if not sep or not key.strip():
            raise UsageError(f"bad --param {option!r}", None, "write it as --param name=value")
        result[key.strip()] = value
    return result


# --------------------------------------------------------------------------------------------
# running and formatting
# --------------------------------------------------------------------------------------------


def display(term: Identifier | None) -> str:
    """A term as text: full IRI, literal lexical form, ``_:id`` blank node, '' unbound."""
    if term is None:
        return ""
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def paged(canned: CannedQuery, limit: int | None = None, offset: int | None = None) -> CannedQuery:
    """The query with a LIMIT / OFFSET after its solution modifiers (for big collections)."""
    if limit is None and not offset:
        return canned
    if limit is not None and limit < 0 or offset is not None and offset < 0:
        raise UsageError("--limit and --offset take numbers of rows, 0 or more")
    if re.search(r"\b(LIMIT|OFFSET)\s+\d+\s*$", canned.text.strip(), re.IGNORECASE):
        raise UsageError(
            "the query has its own LIMIT or OFFSET",
            str(canned.path or canned.name),
            "drop --limit/--offset or edit the query",
        )
    tail = (f"\nLIMIT {int(limit)}" if limit is not None else "") + (
        f"\nOFFSET {int(offset)}" if offset else ""
    )
    return replace(canned, text=canned.text.rstrip() + tail + "\n")


_T = TypeVar("_T")


def _attempt(canned: CannedQuery, timeout: float | None, call: Callable[[], _T]) -> _T:
    """``call()``, with the store's errors explained as QueryErrors about ``canned``."""
    try:
        return call()
    except FrontlineError:
        raise
    except TimeoutError:
        raise QueryError(
            f"query {canned.name!r} timed out after {timeout} s",
            str(canned.path or canned.name),
            "raise --timeout or narrow the query",
        ) from None
    except Exception as exc:  # the store's own errors, explained
        raise QueryError(
            f"query {canned.name!r} failed: {exc}",
            str(canned.path or canned.name),
            "check the query and the store",
        ) from None


#: bound to a ``# resolve:`` variable when no entity has the name: no triple has it
NO_ENTITY = URIRef("urn:x-frontline:no-entity")

# Entity nodes, found by class (every entity has one of these, see frontline.model), so that the
# labels of statements and events (most labels in a store) are never read. ?text is projected so
# the embedded store binds it directly; a remote store gets a VALUES block.
_ENTITY_CLASSES = " ".join(f"fl:{name}" for name in sorted(KIND_OF_CLASS))
_ENTITIES_NAMED = f"""PREFIX fl:   <https://w3id.org/frontline/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?entity ?text WHERE {{
  VALUES ?entityClass {{ {_ENTITY_CLASSES} }}
  ?entity a ?entityClass ;
          rdfs:label|skos:altLabel ?name .
  FILTER(LCASE(STR(?name)) = LCASE(STR(?text)))
}}
"""


# ... or, for a person with a proper name (capitalised: not "acting commander of the 810th
# Brigade"), whose name ends with it as a word: the surname ("Zakharova")
_ENTITIES_NAMED_OR_SURNAME = _ENTITIES_NAMED.replace(
    "FILTER(LCASE(STR(?name)) = LCASE(STR(?text)))",
    """FILTER(LCASE(STR(?name)) = LCASE(STR(?text))
         || (?entityClass = fl:Person
             && LCASE(SUBSTR(STR(?name), 1, 1)) != SUBSTR(STR(?name), 1, 1)
             && STRENDS(LCASE(STR(?name)), CONCAT(" ", LCASE(STR(?text))))))""",
)


# ... written exactly so: one index lookup, where the case-insensitive comparison reads the names
# of every entity (~12 ms on a 1M-triple store)
_ENTITIES_SPELLED = f"""PREFIX fl:   <https://w3id.org/frontline/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?entity WHERE {{
  VALUES ?entityClass {{ {_ENTITY_CLASSES} }}
  ?entity rdfs:label|skos:altLabel ?text ;
          a ?entityClass .
}}
"""


def entities_named(
    store: SelectStore, text: str, timeout: float | None = None, surname: bool = False
) -> list[URIRef]:
    """The entity nodes one of whose names (rdfs:label, skos:altLabel) is ``text``, sorted: those
    that write it exactly so if there are any, else those whose name equals it ignoring case and,
    with ``surname``, the people whose name ends with the word(s) ``text``."""
    _, rows = store.select(_ENTITIES_SPELLED, {"text": Literal(text)}, timeout=timeout)
    if not rows:
        query = _ENTITIES_NAMED_OR_SURNAME if surname else _ENTITIES_NAMED
        _, rows = store.select(query, {"text": Literal(text)}, timeout=timeout)
    return sorted({URIRef(str(row[0])) for row in rows if isinstance(row[0], URIRef)})


_NAME_CHAR = re.compile(r"[A-Za-z0-9_\u00b7\u00c0-\uffff]")
#: inside these a variable has a scope of its own (or is not joined with the outer binding), so
#: writing the value for it would change the answer: such a query keeps the ordinary binding
_OWN_SCOPE: frozenset[str] = frozenset({"SELECT", "MINUS", "SERVICE"})


def _replace_variable(
    text: str, variable: str, value: str, scoped: bool = True
) -> tuple[str, int] | None:
    """``text`` with every ``?variable`` / ``$variable`` written as ``value`` (comments, strings
    and IRIs skipped) and the number replaced; None if ``scoped`` and it holds a keyword of
    ``_OWN_SCOPE``."""
    from frontline.store import _skip_token

    out: list[str] = []
    count = 0
    i = 0
    while i < len(text):
        j = _skip_token(text, i)
        if j != i:
            out.append(text[i:j])
            i = j
            continue
        ch = text[i]
        if ch in "?$" and text.startswith(variable, i + 1):
            end = i + 1 + len(variable)
            if end >= len(text) or not _NAME_CHAR.match(text[end]):
                out.append(value)
                count += 1
                i = end
                continue
        if ch in "?$" or _NAME_CHAR.match(ch):
            word = re.compile(r"[?$]?[\w\u00b7\u00c0-\uffff:.-]*").match(text, i)
            j = word.end() if word and word.end() > i else i + 1
            if scoped and text[i:j].upper() in _OWN_SCOPE:
                return None
            out.append(text[i:j])
            i = j
            continue
        out.append(ch)
        i += 1
    return "".join(out), count


def with_constant(text: str, variable: str, iri: URIRef) -> str | None:
    """``text`` with ``iri`` written as a constant for ``?variable`` in its WHERE clause, or None
    when that cannot be done safely (then bind the variable the ordinary way).

    A store can then start from that IRI: Oxigraph evaluates a UNION (and the patterns of a
    group) before joining them with the parameters' VALUES block, so a bound ``?target`` in
    ``{ ?s fl:about ?target } UNION { … }`` reads every ``fl:about`` first; written as a
    constant it is one index lookup. The constant acts as the variable pre-bound (as pyoxigraph
    substitutions bind): used where a pattern or an expression reads it. Queries whose WHERE
    clause has a sub-SELECT, MINUS or SERVICE keep the ordinary binding; if the variable is also
    used outside the WHERE clause (projected, grouped by), a one-row VALUES block at the start
    of the clause still binds it there. The result is parsed before it is used.
    """
    from frontline.store import _skip_braced, nt_term, where_brace

    value = nt_term(iri)
    start = where_brace(text, keyword_only=True)
    if start is None:
        return None
    end = _skip_braced(text, start)
    replaced = _replace_variable(text[start + 1 : end - 1], variable, value)
    if replaced is None:
        return None
    body, count = replaced
    if not count:
        return None
    outside = _replace_variable(text[:start] + " " + text[end:], variable, value, scoped=False)
    if outside is None or outside[1]:
        body = f" VALUES ?{variable} {{ {value} }}" + body
    result = text[: start + 1] + body + text[end - 1 :]
    import pyoxigraph

    try:
        pyoxigraph.Store().query(result)  # parsed only, never evaluated
    except SyntaxError:
        return None
    return result


def _select_text(
    store: SelectStore,
    sparql: str,
    bindings: Mapping[str, Identifier] | None,
    timeout: float | None,
) -> tuple[list[str], list[list[str]]]:
    """Rows as text (:func:`display`): through the store's own ``select_text`` where it has one
    (frontline's stores skip building rdflib terms), else from ``select``."""
    select_text = getattr(store, "select_text", None)
    if select_text is not None:
        columns, rows = select_text(sparql, bindings, timeout=timeout)
        return list(columns), [list(row) for row in rows]
    columns, terms = store.select(sparql, bindings, timeout=timeout)
    return list(columns), [[display(term) for term in row] for row in terms]


def run_query(
    store: SelectStore,
    query: CannedQuery | str | Path,
    params: Mapping[str, str] | None = None,
    timeout: float | None = None,
    limit: int | None = None,
    offset: int | None = None,
) -> tuple[list[str], list[list[str]]]:
    """Run a canned query (object, name or path) with ``params``: column names and display rows.

    ``limit`` / ``offset`` page through a large result (rows in the query's own order). A query
    with an ``# order:`` header is run whole (narrow it with its parameters), its rows ordered
    here and then sliced.
    """
    canned = query if isinstance(query, CannedQuery) else load_query(query)
    if canned.order_columns or canned.resolve:
        paged(canned, limit, offset)  # the same checks
    else:
        canned = paged(canned, limit, offset)
    bindings = bind_params(canned, params)
    runs: list[dict[str, Identifier]] = [bindings]
    for param_name, variable in canned.resolve:
        if param_name not in bindings:
            continue
        named = _attempt(
            canned,
            timeout,
            partial(
                entities_named,
                store,
                str(bindings[param_name]),
                timeout,
                param_name in canned.by_surname,
            ),
        )
        runs = [{**run, variable: entity} for run in runs for entity in named or [NO_ENTITY]]
    columns: list[str] = []
    rows: list[list[str]] = []
    seen: set[tuple[str, ...]] = set()
    constants = {variable for _, variable in canned.resolve}
    for run in runs:
        text, bound = canned.text, dict(run)
        for variable in sorted(constants & set(bound)):
            term = bound[variable]
            if isinstance(term, URIRef):
                constant = with_constant(text, variable, term)
                if constant is not None:
                    text = constant
                    del bound[variable]
        if text is not canned.text and bound:
            # the other parameters as a VALUES block at the start of the WHERE clause, as for
            # a remote store: pyoxigraph's substitutions made the same query 2.5x slower
            # (acknowledgements on a 1M-triple store: 260 ms against 100 ms)
            from frontline.store import insert_values

            text, bound = insert_values(text, bound), {}
        columns, part = _attempt(
            canned, timeout, partial(_select_text, store, text, bound or None, timeout)
        )
        if len(runs) == 1:
            rows = part
            break
        for row in part:  # rows found through two entities are one row
            key = tuple(row)
            if key not in seen:
                seen.add(key)
                rows.append(row)
    out = rows
    for name in canned.sorted_columns:
        if name in columns:
            i = list(columns).index(name)
            for row in out:
                if row[i]:
                    row[i] = " | ".join(sorted(set(row[i].split(" | "))))
    aligned = [list(columns).index(n) for n in canned.aligned_columns if n in columns]
    if aligned:
        for row in out:
            parts = [row[i].split(" | ") if row[i] else [] for i in aligned]
            if len({len(p) for p in parts}) == 1:
                pairs = sorted(set(zip(*parts, strict=True)))
                for n, i in enumerate(aligned):
                    row[i] = " | ".join(pair[n] for pair in pairs)
            else:  # not one value of each per part: sorted one by one
                for i, p in zip(aligned, parts, strict=True):
                    row[i] = " | ".join(sorted(set(p)))
    if canned.order_columns:
        out = order_rows(columns, out, canned.order_columns)
    if canned.order_columns or canned.resolve:
        start = offset or 0
        out = out[start : None if limit is None else start + limit]
    return list(columns), out


def order_rows(
    columns: Sequence[str], rows: list[list[str]], order: Sequence[str]
) -> list[list[str]]:
    """``rows`` ordered by the ``order`` columns (as text; empty values after the others), then
    by the whole row, so that the order does not depend on the store."""
    unknown = [name for name in order if name not in columns]
    if unknown:
        raise QueryError(
            f"'# order:' names {', '.join(unknown)}, which the query does not return",
            None,
            f"order by its columns: {', '.join(columns)}",
        )
    at = [list(columns).index(name) for name in order]
    return sorted(rows, key=lambda row: ([(row[i] == "", row[i]) for i in at], row))


def rows_table(
    columns: Sequence[str], rows: Sequence[Sequence[str]], title: str | None = None
) -> Table:
    """A rich Table of the rows (the CLI prints it)."""
    table = Table(title=title, show_lines=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(Text(cell) for cell in row))  # cells are data, never rich markup
    return table


def _tsv_cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def format_rows(
    columns: Sequence[str],
    rows: Sequence[Sequence[str]],
    fmt: str = "table",
    width: int | None = None,
) -> str:
    """Rows as text: ``table`` (rich), ``csv``/``tsv`` (header row), ``json`` (array of objects).

    csv follows RFC 4180 (quoted when needed); tsv never quotes and writes a backslash, tab, newline
    or carriage return inside a cell as ``\\\\``, ``\\t``, ``\\n``, ``\\r``.
    """
    if fmt == "json":
        objects = [dict(zip(columns, row, strict=True)) for row in rows]
        return json.dumps(objects, ensure_ascii=False, indent=2)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(rows)
        return out.getvalue()
    if fmt == "tsv":
        # one line per row, no quoting: backslash, tab and line breaks inside a cell are escaped
        lines = ["\t".join(_tsv_cell(cell) for cell in line) for line in [list(columns), *rows]]
        return "\n".join(lines) + "\n"
    if fmt == "table":
        out = io.StringIO()
        console = Console(
            file=out,
            width=width or shutil.get_terminal_size((120, 24)).columns,
            no_color=True,
            highlight=False,
        )
        console.print(rows_table(columns, rows))
        return out.getvalue()
    raise UsageError(f"unknown format {fmt!r}", None, f"use one of: {', '.join(FORMATS)}")
